// BridgeClient's contact calls: each asks the profile's ContactDialect for the request, its checks
// and its decoder, and starts like every other call.
#include "bridgeclient.h"
#include "contactdialect.h"

namespace bridge {

namespace {

//! A contact id is needed, and the operation must exist in this generation.
FieldErrors idProblems(const ContactDialect &api, ContactOperation operation, const QString &contactId) {
    FieldErrors errors;
    if (!api.supports(operation))
        errors.append({QStringLiteral("operation"), api.unsupportedSentence(operation)});
    if (contactId.trimmed().isEmpty())
        errors.append({QStringLiteral("contactId"), QStringLiteral("is required")});
    return errors;
}

} // namespace

const ContactDialect &BridgeClient::contactDialect() const {
    return ContactDialect::of(options().generation);
}

BridgeClient::Decoder<Contact> BridgeClient::contactDecoder() const {
    const ContactDialect &api = contactDialect();
    return [&api](const QByteArray &body) { return api.decodeContact(body); };
}

CallHandle BridgeClient::contacts(const ContactQuery &query, QObject *context, Callback<ContactPage> done) {
    const ContactDialect &api = contactDialect();
    // A cursored answer has no position of its own: it is the page that was asked for.
    auto decode = [&api, page = query.page, limit = query.limit](const QByteArray &body) {
        auto decoded = api.decodePage(body);
        if (auto *value = std::get_if<ContactPage>(&decoded); value && value->pagination.cursored) {
            value->pagination.page = page;
            value->pagination.limit = limit;
        }
        return decoded;
    };
    return start<ContactPage>(api.list(options().workspaceId, query), api.validate(query), context,
                              std::move(decode), std::move(done));
}

CallHandle BridgeClient::contact(const QString &contactId, QObject *context, Callback<Contact> done) {
    const ContactDialect &api = contactDialect();
    return start<Contact>(api.get(options().workspaceId, contactId),
                          idProblems(api, ContactOperation::Get, contactId), context, contactDecoder(),
                          std::move(done));
}

CallHandle BridgeClient::createContact(const ContactDraft &draft, QObject *context, Callback<Contact> done) {
    const ContactDialect &api = contactDialect();
    return start<Contact>(api.create(options().workspaceId, draft),
                          api.validate(draft, ContactOperation::Create), context, contactDecoder(),
                          std::move(done));
}

CallHandle BridgeClient::upsertContact(const ContactDraft &draft, QObject *context, Callback<Contact> done) {
    const ContactDialect &api = contactDialect();
    return start<Contact>(api.upsert(options().workspaceId, draft),
                          api.validate(draft, ContactOperation::Upsert), context, contactDecoder(),
                          std::move(done));
}

CallHandle BridgeClient::updateContact(const QString &contactId, const ContactDraft &draft, QObject *context,
                                       Callback<Contact> done) {
    const ContactDialect &api = contactDialect();
    FieldErrors errors = api.validate(draft, ContactOperation::Update);
    if (contactId.trimmed().isEmpty())
        errors.append({QStringLiteral("contactId"), QStringLiteral("is required")});
    return start<Contact>(api.update(options().workspaceId, contactId, draft), errors, context,
                          contactDecoder(), std::move(done));
}

CallHandle BridgeClient::deleteContact(const QString &contactId, QObject *context, Callback<bool> done) {
    const ContactDialect &api = contactDialect();
    return start<bool>(
        api.remove(options().workspaceId, contactId), idProblems(api, ContactOperation::Delete, contactId),
        context, [](const QByteArray &) { return JsonDecoder::Result<bool>(true); }, std::move(done));
}

CallHandle BridgeClient::attributeDefinitions(QObject *context, Callback<QList<AttributeDefinition>> done) {
    const ContactDialect &api = contactDialect();
    auto decode = [&api](const QByteArray &body) { return api.decodeAttributeDefinitions(body); };
    return start<QList<AttributeDefinition>>(api.attributeDefinitions(options().workspaceId), {}, context,
                                             std::move(decode), std::move(done));
}

} // namespace bridge
