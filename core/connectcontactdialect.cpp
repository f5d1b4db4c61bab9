#include "connectcontactdialect.h"

#include "contactbody.h"
#include "contactdecoder.h"
#include "listquery.h"

#include <QJsonArray>

namespace bridge {

namespace {

QStringList workspacePath(const QString &workspaceId) {
    return {QStringLiteral("bridge"), QStringLiteral("api"), QStringLiteral("v1"),
            QStringLiteral("workspaces"), workspaceId};
}

QStringList collectionPath(const QString &workspaceId) {
    return workspacePath(workspaceId) << QStringLiteral("contacts");
}

void appendStrings(QByteArray &out, const QStringList &values) {
    out += '[';
    for (qsizetype i = 0; i < values.size(); ++i) {
        out += i > 0 ? "," : "";
        appendJsonString(out, values.at(i));
    }
    out += ']';
}

//! [{"customAttributeId", "content"}] or [{"customAttributeId", "closedCustomAttributeIds"}].
void appendAttributes(QByteArray &out, const QList<ContactAttributeValue> &attributes,
                      AttributeDefinition::Category category) {
    out += '[';
    bool first = true;
    for (const ContactAttributeValue &attribute : attributes) {
        if (attribute.category != category)
            continue;
        out += first ? "" : ",";
        first = false;
        out += '{';
        ContactBody item{out};
        item.key("customAttributeId");
        appendJsonString(out, attribute.definitionId);
        if (category == AttributeDefinition::Category::Open) {
            item.key("content");
            appendJsonString(out, attribute.values.value(0));
        } else {
            item.key("closedCustomAttributeIds");
            appendStrings(out, attribute.values);
        }
        out += '}';
    }
    out += ']';
}

} // namespace

bool ConnectContactDialect::supports(ContactOperation operation) const {
    return operation != ContactOperation::Delete;
}

QByteArray ConnectContactDialect::encodedQuery(const ContactQuery &query) {
    QByteArray out;
    if (!query.owner.isEmpty())
        appendQueryParameter(out, QByteArrayLiteral("ownerEmail"), query.owner);
    if (!query.search.isEmpty())
        appendQueryParameter(out, QByteArrayLiteral("search"), query.search);
    appendQueryParameter(out, QByteArrayLiteral("limit"), QString::number(query.limit));
    if (!query.cursor.isEmpty())
        appendQueryParameter(out, QByteArrayLiteral("cursor"), query.cursor);
    return out;
}

QByteArray ConnectContactDialect::body(const ContactDraft &draft) {
    QByteArray out = "{";
    ContactBody m{out};
    m.optional("firstName", draft.firstName);
    m.optional("lastName", draft.lastName);
    m.optional("cellphone", draft.cellphone);
    m.optional("email", draft.email);
    if (!draft.ownerIdentifier.isEmpty()) {
        m.key("ownerIdentifier");
        out += '{';
        ContactBody owner{out};
        owner.key("identifier");
        appendJsonString(out, draft.ownerIdentifier);
        owner.key("identifierType");
        appendJsonString(out, draft.ownerIdentifier.contains(QLatin1Char('@')) ? QStringLiteral("EMAIL")
                                                                               : QStringLiteral("ID"));
        out += '}';
    }
    if (!draft.attributes.isEmpty()) {
        m.key("customAttributes");
        out += "{\"openAttributes\":";
        appendAttributes(out, draft.attributes, AttributeDefinition::Category::Open);
        out += ",\"closedAttributes\":";
        appendAttributes(out, draft.attributes, AttributeDefinition::Category::Closed);
        out += '}';
    }
    out += '}';
    return out;
}

RequestSpec ConnectContactDialect::list(const QString &workspaceId, const ContactQuery &query) const {
    return {QByteArrayLiteral("GET"), collectionPath(workspaceId), encodedQuery(query), {}, true};
}

RequestSpec ConnectContactDialect::get(const QString &workspaceId, const QString &contactId) const {
    return {QByteArrayLiteral("GET"), collectionPath(workspaceId) << contactId, {}, {}, true};
}

RequestSpec ConnectContactDialect::create(const QString &workspaceId, const ContactDraft &draft) const {
    // Never retried: a lost answer to a create is reported, never sent twice.
    return {QByteArrayLiteral("POST"), collectionPath(workspaceId), {}, body(draft), false};
}

RequestSpec ConnectContactDialect::upsert(const QString &workspaceId, const ContactDraft &draft) const {
    return {QByteArrayLiteral("POST"),
            collectionPath(workspaceId) << QStringLiteral("partial"),
            {},
            body(draft),
            false};
}

RequestSpec ConnectContactDialect::update(const QString &workspaceId, const QString &contactId,
                                          const ContactDraft &draft) const {
    return {QByteArrayLiteral("PATCH"), collectionPath(workspaceId) << contactId, {}, body(draft), false};
}

RequestSpec ConnectContactDialect::attributeDefinitions(const QString &workspaceId) const {
    return {QByteArrayLiteral("GET"),
            workspacePath(workspaceId) << QStringLiteral("settings") << QStringLiteral("attributes"),
            {},
            {},
            true};
}

QStringList ConnectContactDialect::requiredFields(ContactOperation operation) const {
    // The cellphone is the upsert key; a plain create needs it too (choice: the reference names no
    // other required field, and a contact nobody can be reached at is of no use).
    if (operation == ContactOperation::Create || operation == ContactOperation::Upsert)
        return {ContactDraft::Cellphone};
    return {};
}

JsonDecoder::Result<ContactPage> ConnectContactDialect::decodePage(const QByteArray &body) const {
    return ContactDecoder::connectPage(body);
}

JsonDecoder::Result<Contact> ConnectContactDialect::decodeContact(const QByteArray &body) const {
    return ContactDecoder::connectContact(body);
}

QJsonObject ConnectContactDialect::toJson(const Contact &contact) const {
    QJsonObject o = commonJson(contact);
    o.insert(QStringLiteral("workspaceId"), contact.workspaceId);
    o.insert(QStringLiteral("type"), contactTypeName(contact.type));
    o.insert(QStringLiteral("languageCode"),
             contact.languageCode.isEmpty() ? QJsonValue() : QJsonValue(contact.languageCode));
    QJsonArray attributes;
    for (const ContactAttribute &attribute : contact.attributes)
        attributes.append(
            QJsonObject{{QStringLiteral("key"), attribute.key},
                        {QStringLiteral("values"), QJsonArray::fromStringList(attribute.values)}});
    o.insert(QStringLiteral("customAttributes"), attributes);
    return o;
}

QJsonObject ConnectContactDialect::toJson(const ContactPage &page) const {
    QJsonArray contacts;
    for (const Contact &contact : page.contacts)
        contacts.append(toJson(contact));
    const QString &cursor = page.pagination.nextCursor;
    return {{QStringLiteral("contacts"), contacts},
            {QStringLiteral("cursor"), cursor.isEmpty() ? QJsonValue() : QJsonValue(cursor)}};
}

} // namespace bridge
