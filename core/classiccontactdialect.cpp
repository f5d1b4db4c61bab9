#include "classiccontactdialect.h"

#include "contactbody.h"
#include "contactdecoder.h"
#include "listquery.h"

#include <QJsonArray>

namespace bridge {

namespace {

QStringList workspacePath(const QString &workspaceId) {
    return {QStringLiteral("v1"), QStringLiteral("workspaces"), workspaceId};
}

QStringList collectionPath(const QString &workspaceId) {
    return workspacePath(workspaceId) << QStringLiteral("contacts");
}

} // namespace

bool ClassicContactDialect::supports(ContactOperation operation) const {
    return operation != ContactOperation::Get && operation != ContactOperation::Upsert;
}

QByteArray ClassicContactDialect::encodedQuery(const ContactQuery &query) {
    QByteArray out;
    if (!query.owner.isEmpty())
        appendQueryParameter(out, QByteArrayLiteral("ownerId"), query.owner);
    if (!query.search.isEmpty())
        appendQueryParameter(out, QByteArrayLiteral("search"), query.search);
    appendQueryParameter(out, QByteArrayLiteral("page"), QString::number(query.page));
    appendQueryParameter(out, QByteArrayLiteral("limit"), QString::number(query.limit));
    return out;
}

QByteArray ClassicContactDialect::body(const ContactDraft &draft) {
    QByteArray out = "{";
    ContactBody m{out};
    m.optional("firstName", draft.firstName);
    m.optional("lastName", draft.lastName);
    m.optional("cellphone", draft.cellphone);
    m.optional("email", draft.email);
    m.optional("ownerId", draft.ownerIdentifier);
    if (!draft.attributes.isEmpty()) {
        m.key("customAttributes");
        out += '[';
        ContactBody items{out};
        for (const ContactAttributeValue &attribute : draft.attributes) {
            for (const QString &value : attribute.values) {
                out += items.first ? "" : ",";
                items.first = false;
                out += '{';
                ContactBody item{out};
                item.key("key");
                appendJsonString(out, attribute.definitionId);
                item.key("value");
                appendJsonString(out, value);
                out += '}';
            }
        }
        out += ']';
    }
    out += '}';
    return out;
}

RequestSpec ClassicContactDialect::list(const QString &workspaceId, const ContactQuery &query) const {
    return {QByteArrayLiteral("GET"), collectionPath(workspaceId), encodedQuery(query), {}, true};
}

RequestSpec ClassicContactDialect::create(const QString &workspaceId, const ContactDraft &draft) const {
    // Never retried: a lost answer to a create is reported, never sent twice.
    return {QByteArrayLiteral("POST"), collectionPath(workspaceId), {}, body(draft), false};
}

RequestSpec ClassicContactDialect::update(const QString &workspaceId, const QString &contactId,
                                          const ContactDraft &draft) const {
    // The reference lists the fields of an update but not its method: PATCH, as for conversations,
    // since only the fields given change.
    return {QByteArrayLiteral("PATCH"), collectionPath(workspaceId) << contactId, {}, body(draft), false};
}

RequestSpec ClassicContactDialect::remove(const QString &workspaceId, const QString &contactId) const {
    return {QByteArrayLiteral("DELETE"), collectionPath(workspaceId) << contactId, {}, {}, false};
}

RequestSpec ClassicContactDialect::attributeDefinitions(const QString &workspaceId) const {
    // Not in the classic reference: the Connect path under /v1, a choice the sandbox shares.
    return {QByteArrayLiteral("GET"),
            workspacePath(workspaceId) << QStringLiteral("settings") << QStringLiteral("attributes"),
            {},
            {},
            true};
}

QStringList ClassicContactDialect::requiredFields(ContactOperation operation) const {
    if (operation == ContactOperation::Create)
        return {ContactDraft::FirstName, ContactDraft::LastName, ContactDraft::Cellphone};
    return {};
}

JsonDecoder::Result<ContactPage> ClassicContactDialect::decodePage(const QByteArray &body) const {
    return ContactDecoder::classicPage(body);
}

JsonDecoder::Result<Contact> ClassicContactDialect::decodeContact(const QByteArray &body) const {
    return ContactDecoder::classicContact(body);
}

QJsonObject ClassicContactDialect::toJson(const Contact &contact) const {
    QJsonObject o = commonJson(contact);
    o.insert(QStringLiteral("workspaceId"), contact.workspaceId);
    QJsonArray attributes;
    for (const ContactAttribute &attribute : contact.attributes) {
        for (const QString &value : attribute.values)
            attributes.append(
                QJsonObject{{QStringLiteral("key"), attribute.key}, {QStringLiteral("value"), value}});
    }
    o.insert(QStringLiteral("customAttributes"), attributes);
    return o;
}

QJsonObject ClassicContactDialect::toJson(const ContactPage &page) const {
    QJsonArray contacts;
    for (const Contact &contact : page.contacts)
        contacts.append(toJson(contact));
    const Pagination &p = page.pagination;
    return {{QStringLiteral("contacts"), contacts},
            {QStringLiteral("pagination"), QJsonObject{{QStringLiteral("page"), p.page},
                                                       {QStringLiteral("limit"), p.limit},
                                                       {QStringLiteral("total"), p.total},
                                                       {QStringLiteral("totalPages"), p.totalPages}}}};
}

} // namespace bridge
