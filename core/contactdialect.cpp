#include "contactdialect.h"

#include "classiccontactdialect.h"
#include "connectcontactdialect.h"
#include "contactdecoder.h"
#include "jsonencoder.h"

#include <QCoreApplication>

namespace bridge {

namespace {

struct ContactText {
    Q_DECLARE_TR_FUNCTIONS(bridge::ContactDialect)
};

QString dateText(const QDateTime &date) {
    return JsonEncoder::dateTime(date);
}

} // namespace

const ContactDialect &ContactDialect::of(ApiGeneration generation) {
    static const ClassicContactDialect classic;
    static const ConnectContactDialect connect;
    if (generation == ApiGeneration::Connect)
        return connect;
    return classic;
}

QString ContactDialect::unsupportedSentence(ContactOperation operation) const {
    if (supports(operation))
        return {};
    const QString api = apiGenerationName(generation());
    switch (operation) {
    case ContactOperation::Get:
        return ContactText::tr("The %1 API cannot open a single contact: find it in the list instead.")
            .arg(api);
    case ContactOperation::Upsert:
        return ContactText::tr("The %1 API cannot create or update a contact by cell phone number: use "
                               "create or update.")
            .arg(api);
    case ContactOperation::Delete:
        return ContactText::tr("The %1 API cannot delete contacts.").arg(api);
    case ContactOperation::List:
    case ContactOperation::Create:
    case ContactOperation::Update:
    case ContactOperation::AttributeDefinitions:
        break;
    }
    return ContactText::tr("The %1 API cannot do this with contacts.").arg(api);
}

FieldErrors ContactDialect::validate(const ContactQuery &query) const {
    FieldErrors errors;
    if (query.limit < minLimit() || query.limit > maxLimit())
        errors.append(
            {QStringLiteral("limit"),
             ContactText::tr("The page size must be between %1 and %2.").arg(minLimit()).arg(maxLimit())});
    if (pagesByCursor() && query.page > 1 && query.cursor.isEmpty())
        errors.append(
            {QStringLiteral("cursor"), ContactText::tr("This API pages by cursor: a later page needs "
                                                       "the cursor of the one before it.")});
    if (!pagesByCursor() && query.page < 1)
        errors.append({QStringLiteral("page"), ContactText::tr("The page must be 1 or more.")});
    return errors;
}

FieldErrors ContactDialect::validate(const ContactDraft &draft, ContactOperation operation) const {
    if (!supports(operation))
        return {{QStringLiteral("operation"), unsupportedSentence(operation)}};
    FieldErrors errors = draft.validate(requiredFields(operation));
    if (operation == ContactOperation::Update && draft.isEmpty())
        errors.append({QStringLiteral("contact"), ContactText::tr("There is nothing to change.")});
    return errors;
}

JsonDecoder::Result<QList<AttributeDefinition>>
ContactDialect::decodeAttributeDefinitions(const QByteArray &body) const {
    return ContactDecoder::attributeDefinitions(body);
}

QJsonObject ContactDialect::commonJson(const Contact &contact) {
    const auto orNull = [](const QString &text) { return text.isEmpty() ? QJsonValue() : QJsonValue(text); };
    return {{QStringLiteral("id"), contact.id},
            {QStringLiteral("firstName"), orNull(contact.firstName)},
            {QStringLiteral("lastName"), orNull(contact.lastName)},
            {QStringLiteral("email"), orNull(contact.email)},
            {QStringLiteral("cellphone"), orNull(contact.cellphone)},
            {QStringLiteral("ownerId"), orNull(contact.ownerId)},
            {QStringLiteral("createdAt"), dateText(contact.createdAt)},
            {QStringLiteral("updatedAt"), dateText(contact.updatedAt)}};
}

} // namespace bridge
