#include "contactbook.h"

#include "connectdataset.h"
#include "dataset.h"
#include "jsonwriter.h"

#include <QCryptographicHash>
#include <QRegularExpression>

#include <algorithm>

namespace bridge::sandbox {

namespace {

QString digitsOf(const QString &text) {
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits += c;
    }
    return digits;
}

//! The address the seeded conversations use for the person with this local part (the first one
//! without a "+orders" tag); local@example.com when none does.
QString emailOf(const QString &local, const QList<ConversationRecord> &conversations) {
    for (const ConversationRecord &record : conversations) {
        for (const ParticipantRecord &p : record.externalParticipants) {
            if (p.type == QLatin1String("email") && p.identifier.startsWith(local + QLatin1Char('@')))
                return p.identifier;
        }
    }
    return local + QStringLiteral("@example.com");
}

//! The phone of a conversation named after the person whose first customer writes by phone, in
//! E.164; a made-up London number when there is none.
QString phoneOf(const QString &displayName, int index, const QList<ConversationRecord> &conversations) {
    const QString suffix = QStringLiteral(" — ") + displayName;
    for (const ConversationRecord &record : conversations) {
        if (record.name && record.name->endsWith(suffix) && !record.externalParticipants.isEmpty() &&
            record.externalParticipants.first().type == QLatin1String("phone"))
            return QLatin1Char('+') + digitsOf(record.externalParticipants.first().identifier);
    }
    return QStringLiteral("+4420794610%1").arg(index, 2, 10, QLatin1Char('0'));
}

QString idFor(ContactBook::Ids ids, quint32 seed, const QString &name) {
    if (ids == ContactBook::Ids::Connect)
        return ConnectDataset::nameUuid(seed, name);
    const QByteArray hash = QCryptographicHash::hash(
        QByteArray(QByteArray::number(seed) + ':' + name.toUtf8()), QCryptographicHash::Sha256);
    return QLatin1String(name.startsWith(QLatin1String("contact:")) ? "ct_" : "usr_") +
           QString::fromLatin1(hash.left(6).toHex());
}

QList<AttributeRecord> attributeDefinitions(ContactBook::Ids ids, quint32 seed) {
    const auto id = [ids, seed](const QString &name) {
        return ids == ContactBook::Ids::Connect
                   ? ConnectDataset::nameUuid(seed, QLatin1String("attribute:") + name)
                   : QLatin1String("attr_") + name;
    };
    AttributeRecord company{id(QStringLiteral("company")), false, false, QStringLiteral("Company"),
                            QStringLiteral("TEXT"),        {},    {}};
    AttributeRecord plan{id(QStringLiteral("plan")),
                         true,
                         true,
                         QStringLiteral("Plan"),
                         QStringLiteral("SINGLE_SELECT"),
                         {{id(QStringLiteral("plan.free")), QStringLiteral("Free")},
                          {id(QStringLiteral("plan.pro")), QStringLiteral("Pro")},
                          {id(QStringLiteral("plan.enterprise")), QStringLiteral("Enterprise")}},
                         {}};
    AttributeRecord interests{id(QStringLiteral("interests")),
                              true,
                              false,
                              QStringLiteral("Interests"),
                              QStringLiteral("MULTI_SELECT"),
                              {{id(QStringLiteral("interests.billing")), QStringLiteral("Billing")},
                               {id(QStringLiteral("interests.shipping")), QStringLiteral("Shipping")},
                               {id(QStringLiteral("interests.product")), QStringLiteral("Product news")}},
                              {}};
    AttributeRecord legacy{
        id(QStringLiteral("legacy")),  false, true, QStringLiteral("Legacy code"), QStringLiteral("TEXT"), {},
        Dataset::anchor().addDays(-90)};
    return {company, plan, interests, legacy};
}

} // namespace

bool AttributeRecord::hasClosedValue(const QString &valueId) const {
    return std::any_of(closedValues.cbegin(), closedValues.cend(),
                       [&valueId](const auto &value) { return value.first == valueId; });
}

ContactBook::ContactBook(quint32 seed, int conversationCount, const QString &workspaceId, Ids ids)
    : m_ids(ids)
    , m_seed(seed)
    , m_attributes(attributeDefinitions(ids, seed)) {
    for (const QString &email : Dataset::agentEmails())
        m_owners.append({idFor(ids, seed, QLatin1String("agent:") + email), email});
    const QList<ConversationRecord> conversations = Dataset::generate(seed, conversationCount, workspaceId);
    const auto people = Dataset::customers();
    for (int i = 0; i < int(people.size()); ++i) {
        const auto &[displayName, local] = people.at(i);
        ContactRecord c;
        c.email = emailOf(local, conversations);
        c.id = idFor(ids, seed, QLatin1String("contact:") + c.email);
        const qsizetype space = displayName.indexOf(QLatin1Char(' '));
        c.firstName = space < 0 ? displayName : displayName.left(space);
        c.lastName = space < 0 ? QString() : displayName.mid(space + 1); // 王芳: no last name, PARTIAL
        c.cellphone = phoneOf(displayName, i, conversations);
        c.languageCode = i % 4 == 0 ? QStringLiteral("ES") : QStringLiteral("EN");
        if (i % 5 != 4)
            c.ownerId = m_owners.at(i % m_owners.size()).id;
        if (i % 2 == 0)
            c.attributes.append({m_attributes.at(0).id, {QStringLiteral("Company %1").arg(QChar(u'A' + i))}});
        if (i % 4 != 3) // every fourth lacks the required plan: PARTIAL
            c.attributes.append({m_attributes.at(1).id, {m_attributes.at(1).closedValues.at(i % 3).first}});
        if (i % 3 == 0)
            c.attributes.append(
                {m_attributes.at(2).id,
                 {m_attributes.at(2).closedValues.at(0).first, m_attributes.at(2).closedValues.at(2).first}});
        c.createdAt = Dataset::anchor().addDays(-300 + i);
        c.updatedAt = c.createdAt.addDays(20);
        m_contacts.append(c);
    }
}

QString ContactBook::folded(const QString &text) {
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        switch (c.toLower().unicode()) {
        case u'ø':
            out += u'o';
            break;
        case u'ł':
            out += u'l';
            break;
        case u'đ':
            out += u'd';
            break;
        case u'ı':
            out += u'i';
            break;
        case u'æ':
            out += QStringLiteral("ae");
            break;
        case u'ß':
            out += QStringLiteral("ss");
            break;
        default:
            out += c.toCaseFolded();
        }
    }
    return out;
}

void ContactBook::readIdentity(const QJsonObject &body, ContactRecord &record, QStringList &problems) {
    const std::pair<const char *, QString *> fields[] = {{"firstName", &record.firstName},
                                                         {"lastName", &record.lastName},
                                                         {"cellphone", &record.cellphone},
                                                         {"email", &record.email}};
    for (const auto &[name, target] : fields) {
        const QJsonValue value = body.value(QLatin1String(name));
        if (value.isUndefined())
            continue;
        if (!value.isString() || value.toString().trimmed().isEmpty()) {
            problems.append(QStringLiteral("%1 must be a non-empty string").arg(QLatin1String(name)));
            continue;
        }
        *target = value.toString();
    }
    if (body.contains(QLatin1String("cellphone")) && !record.cellphone.isEmpty() && !isE164(record.cellphone))
        problems.append(QStringLiteral("cellphone must be E.164: '+' and 8 to 15 digits"));
    if (body.contains(QLatin1String("email")) && !record.email.isEmpty() && !isEmail(record.email))
        problems.append(QStringLiteral("email must be an email address"));
}

QString ContactBook::attributeProblem(const QString &id, const QStringList &values) const {
    const AttributeRecord *a = attribute(id);
    if (!a)
        return QStringLiteral("no custom attribute \"%1\"").arg(id);
    if (a->deletedAt.isValid())
        return QStringLiteral("custom attribute \"%1\" is archived").arg(id);
    if (values.isEmpty() || values.first().isEmpty())
        return QStringLiteral("custom attribute \"%1\" needs a value").arg(id);
    if (!a->closed)
        return values.size() == 1 ? QString()
                                  : QStringLiteral("custom attribute \"%1\" takes one value").arg(id);
    for (const QString &value : values) {
        if (!a->hasClosedValue(value))
            return QStringLiteral("\"%1\" is not a value of custom attribute \"%2\"").arg(value, id);
    }
    return {};
}

void ContactBook::setAttribute(ContactRecord &record, const QString &id, const QStringList &values) {
    for (auto &attribute : record.attributes) {
        if (attribute.first == id) {
            attribute.second = values;
            return;
        }
    }
    record.attributes.append({id, values});
}

bool ContactBook::isE164(const QString &text) {
    static const QRegularExpression e164(QStringLiteral("^\\+[0-9]{8,15}$"));
    return e164.match(text).hasMatch();
}

bool ContactBook::isEmail(const QString &text) {
    static const QRegularExpression shape(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    return shape.match(text).hasMatch();
}

QList<ContactRecord> ContactBook::search(const QString &search, const QString &ownerId) const {
    const QString needle = folded(search.trimmed());
    const QString digits = digitsOf(search);
    static const QRegularExpression phoneShape(QStringLiteral("^[0-9+()\\s-]+$"));
    const bool phoneLike = digits.size() >= 3 && phoneShape.match(search.trimmed()).hasMatch();
    QList<ContactRecord> found;
    for (const ContactRecord &c : m_contacts) {
        if (!ownerId.isEmpty() && c.ownerId != ownerId)
            continue;
        const QString name = folded(c.firstName + QLatin1Char(' ') + c.lastName);
        const bool matches = needle.isEmpty() || name.contains(needle) || folded(c.email).contains(needle) ||
                             (phoneLike && digitsOf(c.cellphone).contains(digits));
        if (matches)
            found.append(c);
    }
    return found;
}

std::optional<ContactRecord> ContactBook::find(const QString &id) const {
    for (const ContactRecord &c : m_contacts) {
        if (c.id == id)
            return c;
    }
    return std::nullopt;
}

std::optional<ContactRecord> ContactBook::findByCellphone(const QString &cellphone) const {
    for (const ContactRecord &c : m_contacts) {
        if (c.cellphone == cellphone)
            return c;
    }
    return std::nullopt;
}

QString ContactBook::newId() {
    QString id;
    do {
        id = idFor(m_ids, m_seed, QStringLiteral("contact:new:%1").arg(++m_created));
    } while (find(id));
    return id;
}

ContactRecord ContactBook::add(ContactRecord record) {
    record.id = newId();
    m_contacts.append(record);
    return record;
}

void ContactBook::replace(const ContactRecord &record) {
    for (ContactRecord &c : m_contacts) {
        if (c.id == record.id)
            c = record;
    }
}

bool ContactBook::remove(const QString &id) {
    return m_contacts.removeIf([&id](const ContactRecord &c) { return c.id == id; }) > 0;
}

const AttributeRecord *ContactBook::attribute(const QString &id) const {
    for (const AttributeRecord &a : m_attributes) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

QByteArray ContactBook::attributesJson(const QList<AttributeRecord> &attributes) {
    QList<QByteArray> items;
    for (const AttributeRecord &a : attributes) {
        QList<QByteArray> values;
        for (const auto &[id, value] : a.closedValues)
            values.append(JsonWriter().add("id", id).add("value", value).object());
        items.append(JsonWriter()
                         .add("id", a.id)
                         .add("category", a.closed ? u"CLOSED" : u"OPEN")
                         .addRaw("isRequired", a.required ? "true" : "false")
                         .add("keyName", a.keyName)
                         .add("type", a.type)
                         .addRaw("closedAttributesValues", JsonWriter::array(values))
                         .addRaw("deletedAt", a.deletedAt.isValid() ? JsonWriter::string(rfc3339(a.deletedAt))
                                                                    : QByteArray("null"))
                         .object());
    }
    return JsonWriter::array(items);
}

const OwnerRecord *ContactBook::ownerById(const QString &id) const {
    for (const OwnerRecord &o : m_owners) {
        if (o.id == id)
            return &o;
    }
    return nullptr;
}

const OwnerRecord *ContactBook::ownerByEmail(const QString &email) const {
    for (const OwnerRecord &o : m_owners) {
        if (o.email.compare(email, Qt::CaseInsensitive) == 0)
            return &o;
    }
    return nullptr;
}

bool ContactBook::isComplete(const ContactRecord &record) const {
    if (record.firstName.isEmpty() || record.lastName.isEmpty() || record.email.isEmpty() ||
        record.cellphone.isEmpty())
        return false;
    for (const AttributeRecord &a : m_attributes) {
        if (!a.required || a.deletedAt.isValid())
            continue;
        const bool present =
            std::any_of(record.attributes.cbegin(), record.attributes.cend(),
                        [&a](const auto &v) { return v.first == a.id && !v.second.isEmpty(); });
        if (!present)
            return false;
    }
    return true;
}

} // namespace bridge::sandbox
