#include "connectcontactsapi.h"

#include "connectcodes.h"
#include "jsonbody.h"
#include "jsonwriter.h"
#include "querydecoder.h"

#include <QJsonArray>

namespace bridge::sandbox {

using namespace connectcode;

namespace {

// The contacts' own codes (the reference lists none for contacts).
constexpr char kNoSuchContact[] = "BRIDGE_CONTACT_0001";
constexpr char kCellphoneTaken[] = "BRIDGE_CONTACT_0002";

HttpAnswer error(int status, const char *code, const QString &message) {
    return ConnectProblems::error(status, code, message);
}

HttpAnswer methodNotAllowed(const QByteArray &method, const QByteArray &allow) {
    HttpAnswer answer = error(405, kMethodNotAllowed,
                              QStringLiteral("method %1 is not allowed here; allowed: %2")
                                  .arg(QString::fromLatin1(method), QString::fromLatin1(allow)));
    answer.extraHeaders.append({"Allow", allow});
    return answer;
}

HttpAnswer noSuchContact(const QString &id) {
    return error(404, kNoSuchContact, QStringLiteral("contact \"%1\" not found").arg(id));
}

QByteArray orNull(const QString &text) {
    return text.isEmpty() ? QByteArray("null") : JsonWriter::string(text);
}

QString filterKey(const QString &search, const QString &owner) {
    return QStringLiteral("contacts search=%1 owner=%2").arg(search, owner);
}

} // namespace

ConnectContactsApi::ConnectContactsApi(const SandboxConfig &config)
    : m_config(config)
    , m_book(config.seed, config.conversationCount, config.workspaceId, ContactBook::Ids::Connect)
    , m_cursor("bridge-sandbox contacts " + QByteArray::number(config.seed) + ' ' +
               config.workspaceId.toUtf8()) {}

std::optional<HttpAnswer> ConnectContactsApi::handle(const ApiRequest &request) {
    const QStringList &s = request.segments;
    if (s.size() < 6 || s.at(2) != QLatin1String("v1") || s.at(3) != QLatin1String("workspaces"))
        return std::nullopt;
    const bool settings =
        s.size() == 7 && s.at(5) == QLatin1String("settings") && s.at(6) == QLatin1String("attributes");
    const bool contacts =
        s.at(5) == QLatin1String("contacts") && s.size() <= 7 && !(s.size() == 7 && s.at(6).isEmpty());
    if (!settings && !contacts)
        return std::nullopt;
    if (s.at(4) != m_config.workspaceId)
        return error(404, kNoSuchWorkspace, QStringLiteral("unknown workspace \"%1\"").arg(s.at(4)));
    const QByteArray &method = request.method;
    if (settings)
        return method == "GET" ? attributes(request) : methodNotAllowed(method, "GET");
    if (s.size() == 6) {
        if (method == "GET")
            return list(request);
        return method == "POST" ? create(request) : methodNotAllowed(method, "GET, POST");
    }
    if (s.at(6) == QLatin1String("partial"))
        return method == "POST" ? upsert(request) : methodNotAllowed(method, "POST");
    if (method == "GET")
        return get(s.at(6));
    return method == "PATCH" ? update(s.at(6), request) : methodNotAllowed(method, "GET, PATCH");
}

QByteArray ConnectContactsApi::json(const ContactRecord &c) const {
    QList<QByteArray> attributes;
    for (const auto &[key, values] : c.attributes) {
        QList<QByteArray> texts;
        for (const QString &value : values)
            texts.append(JsonWriter::string(value));
        attributes.append(JsonWriter().add("key", key).addRaw("values", JsonWriter::array(texts)).object());
    }
    return JsonWriter()
        .add("id", c.id)
        .add("workspaceId", m_config.workspaceId)
        .add("type", m_book.isComplete(c) ? u"NORMAL" : u"PARTIAL")
        .add("createdAt", rfc3339(c.createdAt))
        .add("updatedAt", rfc3339(c.updatedAt))
        .addRaw("firstName", orNull(c.firstName))
        .addRaw("lastName", orNull(c.lastName))
        .addRaw("email", orNull(c.email))
        .addRaw("cellphone", orNull(c.cellphone))
        .addRaw("languageCode", orNull(c.languageCode))
        .addRaw("ownerId", orNull(c.ownerId))
        .addRaw("customAttributes", JsonWriter::array(attributes))
        .object();
}

HttpAnswer ConnectContactsApi::list(const ApiRequest &request) const {
    const QueryDecoder::Items query = QueryDecoder::decode(request.rawQuery);
    const auto limit = QueryDecoder::integer(query, QStringLiteral("limit"), 20, 1, 100);
    if (!limit)
        return error(400, kInvalid, QStringLiteral("limit must be a whole number from 1 to 100"));
    const QString search = QueryDecoder::value(query, QStringLiteral("search")).value_or(QString());
    const QString ownerEmail = QueryDecoder::value(query, QStringLiteral("ownerEmail")).value_or(QString());
    QString ownerId;
    if (!ownerEmail.isEmpty()) {
        const OwnerRecord *owner = m_book.ownerByEmail(ownerEmail);
        if (!owner)
            return HttpAnswer::json(200, "{\"contacts\":[],\"cursor\":null}"); // nobody owns contacts there
        ownerId = owner->id;
    }
    const QString key = filterKey(search, ownerEmail.toLower());
    qsizetype offset = 0;
    if (const QString cursor = QueryDecoder::value(query, QStringLiteral("cursor")).value_or(QString());
        !cursor.isEmpty()) {
        QString problem;
        const auto read = m_cursor.read(cursor, key, problem);
        if (!read)
            return error(400, kBadCursor, problem);
        offset = *read;
    }
    const QList<ContactRecord> found = m_book.search(search, ownerId);
    QList<QByteArray> items;
    for (const ContactRecord &c : found.mid(offset, *limit))
        items.append(json(c));
    const qsizetype next = offset + *limit;
    const QByteArray cursor =
        next < found.size() ? JsonWriter::string(m_cursor.make(next, key)) : QByteArray("null");
    return HttpAnswer::json(
        200, JsonWriter().addRaw("contacts", JsonWriter::array(items)).addRaw("cursor", cursor).object());
}

HttpAnswer ConnectContactsApi::get(const QString &contactId) const {
    const auto record = m_book.find(contactId);
    return record ? HttpAnswer::json(200, json(*record)) : noSuchContact(contactId);
}

void ConnectContactsApi::readAttributes(const QJsonValue &value, ContactRecord &record,
                                        ConnectProblems &problems) const {
    if (value.isUndefined())
        return;
    if (!value.isObject()) {
        problems.add(kInvalid, QStringLiteral("customAttributes must be an object with openAttributes and "
                                              "closedAttributes"));
        return;
    }
    struct Given {
        QString id;
        QStringList values;
        bool closed;
    };
    QList<Given> given;
    for (const QJsonValue &item : value[QLatin1String("openAttributes")].toArray()) {
        const QJsonValue id = item[QLatin1String("customAttributeId")];
        const QJsonValue content = item[QLatin1String("content")];
        if (!id.isString() || !content.isString())
            problems.add(kInvalid, QStringLiteral("openAttributes items are {customAttributeId, content}"));
        else
            given.append({id.toString(), {content.toString()}, false});
    }
    for (const QJsonValue &item : value[QLatin1String("closedAttributes")].toArray()) {
        const QJsonValue id = item[QLatin1String("customAttributeId")];
        const QJsonValue ids = item[QLatin1String("closedCustomAttributeIds")];
        QStringList values;
        for (const QJsonValue &v : ids.toArray())
            values.append(v.toString());
        if (!id.isString() || !ids.isArray())
            problems.add(kInvalid, QStringLiteral("closedAttributes items are {customAttributeId, "
                                                  "closedCustomAttributeIds}"));
        else
            given.append({id.toString(), values, true});
    }
    for (const Given &g : given) {
        const AttributeRecord *a = m_book.attribute(g.id);
        QString problem = m_book.attributeProblem(g.id, g.values);
        if (problem.isEmpty() && a->closed != g.closed)
            problem =
                QStringLiteral("custom attribute \"%1\" is %2: send it in %3")
                    .arg(g.id, a->closed ? QStringLiteral("closed") : QStringLiteral("open"),
                         a->closed ? QStringLiteral("closedAttributes") : QStringLiteral("openAttributes"));
        if (!problem.isEmpty())
            problems.add(kInvalid, problem);
        else
            ContactBook::setAttribute(record, g.id, g.values);
    }
}

void ConnectContactsApi::read(const QJsonObject &body, ContactRecord &record,
                              ConnectProblems &problems) const {
    QStringList identity;
    ContactBook::readIdentity(body, record, identity);
    for (const QString &problem : identity)
        problems.add(kInvalid, problem);
    const QJsonValue owner = body.value(QLatin1String("ownerIdentifier"));
    if (!owner.isUndefined()) {
        const QString identifier = owner[QLatin1String("identifier")].toString();
        const QString type = owner[QLatin1String("identifierType")].toString();
        const OwnerRecord *found = type == QLatin1String("EMAIL") ? m_book.ownerByEmail(identifier)
                                   : type == QLatin1String("ID")  ? m_book.ownerById(identifier)
                                                                  : nullptr;
        if (found)
            record.ownerId = found->id;
        else
            problems.add(kInvalid, QStringLiteral("ownerIdentifier must name a member of the workspace by "
                                                  "{identifier, identifierType: ID or EMAIL}"));
    }
    readAttributes(body.value(QLatin1String("customAttributes")), record, problems);
}

HttpAnswer ConnectContactsApi::create(const ApiRequest &request) {
    QString why;
    const auto body = JsonBody::object(request.body, why);
    if (!body)
        return error(400, kNotJson, why);
    ContactRecord record;
    ConnectProblems problems;
    read(*body, record, problems);
    if (!body->contains(QLatin1String("cellphone")))
        problems.add(kInvalid, QStringLiteral("cellphone is required"));
    if (!problems.isEmpty())
        return problems.answer(400);
    if (m_book.findByCellphone(record.cellphone))
        return error(409, kCellphoneTaken,
                     QStringLiteral("a contact with cellphone %1 already exists").arg(record.cellphone));
    record.languageCode = QStringLiteral("EN");
    record.createdAt = record.updatedAt = request.now;
    return HttpAnswer::json(201, json(m_book.add(record)));
}

HttpAnswer ConnectContactsApi::upsert(const ApiRequest &request) {
    QString why;
    const auto body = JsonBody::object(request.body, why);
    if (!body)
        return error(400, kNotJson, why);
    const QJsonValue cellphone = body->value(QLatin1String("cellphone"));
    if (!cellphone.isString() || !ContactBook::isE164(cellphone.toString()))
        return error(400, kInvalid, QStringLiteral("cellphone is required: E.164, '+' and 8 to 15 digits"));
    const auto existing = m_book.findByCellphone(cellphone.toString());
    ContactRecord record = existing.value_or(ContactRecord());
    ConnectProblems problems;
    read(*body, record, problems);
    if (!problems.isEmpty())
        return problems.answer(400);
    record.updatedAt = request.now;
    if (existing) {
        m_book.replace(record);
        return HttpAnswer::json(200, json(record));
    }
    record.languageCode = QStringLiteral("EN");
    record.createdAt = request.now;
    return HttpAnswer::json(201, json(m_book.add(record)));
}

HttpAnswer ConnectContactsApi::update(const QString &contactId, const ApiRequest &request) {
    auto record = m_book.find(contactId);
    if (!record)
        return noSuchContact(contactId);
    QString why;
    const auto body = JsonBody::object(request.body, why);
    if (!body)
        return error(400, kNotJson, why);
    ConnectProblems problems;
    read(*body, *record, problems);
    if (body->isEmpty())
        problems.add(kInvalid, QStringLiteral("nothing to update"));
    if (!problems.isEmpty())
        return problems.answer(400);
    if (const auto other = m_book.findByCellphone(record->cellphone); other && other->id != contactId)
        return error(409, kCellphoneTaken,
                     QStringLiteral("a contact with cellphone %1 already exists").arg(record->cellphone));
    record->updatedAt = request.now;
    m_book.replace(*record);
    return HttpAnswer::json(200, json(*record));
}

HttpAnswer ConnectContactsApi::attributes(const ApiRequest &request) const {
    // Filters of the reference: category, includeArchived, isRequired.
    const QueryDecoder::Items query = QueryDecoder::decode(request.rawQuery);
    const auto category = QueryDecoder::value(query, QStringLiteral("category"));
    const bool archived =
        QueryDecoder::value(query, QStringLiteral("includeArchived")) == QStringLiteral("true");
    const auto required = QueryDecoder::value(query, QStringLiteral("isRequired"));
    QList<AttributeRecord> kept;
    for (const AttributeRecord &a : m_book.attributes()) {
        if (category && *category != (a.closed ? QLatin1String("CLOSED") : QLatin1String("OPEN")))
            continue;
        if (!archived && a.deletedAt.isValid())
            continue;
        if (required && (*required == QLatin1String("true")) != a.required)
            continue;
        kept.append(a);
    }
    return HttpAnswer::json(
        200, JsonWriter().addRaw("customAttributes", ContactBook::attributesJson(kept)).object());
}

} // namespace bridge::sandbox
