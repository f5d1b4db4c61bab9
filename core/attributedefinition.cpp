#include "attributedefinition.h"

namespace bridge {

QString contactTypeName(ContactType type) {
    switch (type) {
    case ContactType::Partial:
        return QStringLiteral("PARTIAL");
    case ContactType::Normal:
        return QStringLiteral("NORMAL");
    case ContactType::Unknown:
        break;
    }
    return {};
}

QString Contact::displayName() const {
    const QString name = QStringList{firstName, lastName}.join(QLatin1Char(' ')).trimmed();
    if (!name.isEmpty())
        return name;
    return email.isEmpty() ? cellphone : email;
}

QString attributeCategoryName(AttributeDefinition::Category category) {
    return category == AttributeDefinition::Category::Closed ? QStringLiteral("CLOSED")
                                                             : QStringLiteral("OPEN");
}

QString AttributeDefinition::valueText(const QString &stored) const {
    if (category == Category::Closed) {
        for (const ClosedValue &value : closedValues) {
            if (value.id == stored)
                return value.value;
        }
    }
    return stored;
}

namespace {

const AttributeDefinition *definitionFor(const QString &key, const QList<AttributeDefinition> &definitions) {
    for (const AttributeDefinition &definition : definitions) {
        if (definition.id == key)
            return &definition;
    }
    for (const AttributeDefinition &definition : definitions) {
        if (definition.keyName == key)
            return &definition;
    }
    return nullptr;
}

} // namespace

QList<NamedAttribute> nameAttributes(const QList<ContactAttribute> &attributes,
                                     const QList<AttributeDefinition> &definitions) {
    QList<NamedAttribute> named;
    for (const ContactAttribute &attribute : attributes) {
        NamedAttribute out{attribute.key, attribute.key, attribute.values, false, false};
        if (const AttributeDefinition *definition = definitionFor(attribute.key, definitions)) {
            out.name = definition->keyName;
            out.defined = true;
            out.required = definition->isRequired;
            for (QString &value : out.values)
                value = definition->valueText(value);
        }
        named.append(out);
    }
    return named;
}

} // namespace bridge
