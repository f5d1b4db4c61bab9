#include "classiccontactsapi.h"

#include "jsonbody.h"
#include "jsonwriter.h"
#include "querydecoder.h"

#include <QJsonArray>

namespace bridge::sandbox {

namespace {

HttpAnswer notFound(const QString &message) {
    return HttpAnswer::error(404, QStringLiteral("not_found"), message);
}

HttpAnswer validationError(const QStringList &problems) {
    return HttpAnswer::error(400, QStringLiteral("validation_error"), problems.join(QLatin1String("; ")));
}

HttpAnswer methodNotAllowed(const QByteArray &method, const QByteArray &allow) {
    HttpAnswer answer = HttpAnswer::error(405, QStringLiteral("method_not_allowed"),
                                          QStringLiteral("method %1 is not allowed here; allowed: %2")
                                              .arg(QString::fromLatin1(method), QString::fromLatin1(allow)));
    answer.extraHeaders.append({"Allow", allow});
    return answer;
}

QByteArray orNull(const QString &text) {
    return text.isEmpty() ? QByteArray("null") : JsonWriter::string(text);
}

} // namespace

ClassicContactsApi::ClassicContactsApi(const SandboxConfig &config)
    : m_config(config)
    , m_book(config.seed, config.conversationCount, config.workspaceId, ContactBook::Ids::Classic) {}

std::optional<HttpAnswer> ClassicContactsApi::handle(const ApiRequest &request) {
    const QStringList &s = request.segments;
    if (s.size() < 4 || s.at(0) != QLatin1String("v1") || s.at(1) != QLatin1String("workspaces"))
        return std::nullopt;
    const bool settings =
        s.size() == 5 && s.at(3) == QLatin1String("settings") && s.at(4) == QLatin1String("attributes");
    const bool contacts =
        s.at(3) == QLatin1String("contacts") && s.size() <= 5 && !(s.size() == 5 && s.at(4).isEmpty());
    if (!settings && !contacts)
        return std::nullopt;
    if (s.at(2) != m_config.workspaceId)
        return notFound(QStringLiteral("unknown workspace \"%1\"").arg(s.at(2)));
    const QByteArray &method = request.method;
    if (settings)
        return method == "GET" ? attributes() : methodNotAllowed(method, "GET");
    if (s.size() == 4) {
        if (method == "GET")
            return list(request);
        return method == "POST" ? create(request) : methodNotAllowed(method, "GET, POST");
    }
    if (method == "PATCH")
        return update(s.at(4), request);
    return method == "DELETE" ? remove(s.at(4)) : methodNotAllowed(method, "PATCH, DELETE");
}

QByteArray ClassicContactsApi::json(const ContactRecord &c) const {
    QList<QByteArray> attributes;
    for (const auto &[key, values] : c.attributes) {
        for (const QString &value : values)
            attributes.append(JsonWriter().add("key", key).add("value", value).object());
    }
    return JsonWriter()
        .add("id", c.id)
        .add("workspaceId", m_config.workspaceId)
        .addRaw("firstName", orNull(c.firstName))
        .addRaw("lastName", orNull(c.lastName))
        .addRaw("email", orNull(c.email))
        .addRaw("cellphone", orNull(c.cellphone))
        .addRaw("ownerId", orNull(c.ownerId))
        .addRaw("customAttributes", JsonWriter::array(attributes))
        .add("createdAt", rfc3339(c.createdAt))
        .add("updatedAt", rfc3339(c.updatedAt))
        .object();
}

HttpAnswer ClassicContactsApi::list(const ApiRequest &request) const {
    const QueryDecoder::Items query = QueryDecoder::decode(request.rawQuery);
    const auto page = QueryDecoder::integer(query, QStringLiteral("page"), 1, 1, 1000000);
    const auto limit = QueryDecoder::integer(query, QStringLiteral("limit"), 20, 1, 100);
    QStringList problems;
    if (!page)
        problems.append(QStringLiteral("page must be a whole number of 1 or more"));
    if (!limit)
        problems.append(QStringLiteral("limit must be a whole number from 1 to 100"));
    if (!problems.isEmpty())
        return validationError(problems);
    const QList<ContactRecord> found =
        m_book.search(QueryDecoder::value(query, QStringLiteral("search")).value_or(QString()),
                      QueryDecoder::value(query, QStringLiteral("ownerId")).value_or(QString()));
    QList<QByteArray> items;
    for (const ContactRecord &c : found.mid(qsizetype(*page - 1) * *limit, *limit))
        items.append(json(c));
    const qsizetype totalPages = (found.size() + *limit - 1) / *limit;
    return HttpAnswer::json(200, JsonWriter()
                                     .addRaw("contacts", JsonWriter::array(items))
                                     .addRaw("pagination", JsonWriter()
                                                               .add("page", *page)
                                                               .add("limit", *limit)
                                                               .add("total", found.size())
                                                               .add("totalPages", totalPages)
                                                               .object())
                                     .object());
}

void ClassicContactsApi::read(const QJsonObject &body, ContactRecord &record, QStringList &problems) const {
    ContactBook::readIdentity(body, record, problems);
    const QJsonValue owner = body.value(QLatin1String("ownerId"));
    if (owner.isString() && m_book.ownerById(owner.toString()))
        record.ownerId = owner.toString();
    else if (!owner.isUndefined())
        problems.append(QStringLiteral("ownerId must be the id of a member of the workspace"));
    const QJsonValue attributes = body.value(QLatin1String("customAttributes"));
    if (attributes.isUndefined())
        return;
    if (!attributes.isArray()) {
        problems.append(QStringLiteral("customAttributes must be an array of {\"key\", \"value\"}"));
        return;
    }
    QList<QPair<QString, QStringList>> given; // closed attributes may come once per value
    for (const QJsonValue &item : attributes.toArray()) {
        const QJsonValue key = item[QLatin1String("key")];
        const QJsonValue value = item[QLatin1String("value")];
        if (!key.isString() || !value.isString()) {
            problems.append(
                QStringLiteral("customAttributes items must be {\"key\": string, \"value\": string}"));
            return;
        }
        auto it = std::find_if(given.begin(), given.end(),
                               [&key](const auto &g) { return g.first == key.toString(); });
        if (it == given.end())
            given.append({key.toString(), {value.toString()}});
        else
            it->second.append(value.toString());
    }
    for (const auto &[key, values] : given) {
        if (const QString problem = m_book.attributeProblem(key, values); !problem.isEmpty())
            problems.append(problem);
        else
            ContactBook::setAttribute(record, key, values);
    }
}

HttpAnswer ClassicContactsApi::create(const ApiRequest &request) {
    QString why;
    const auto body = JsonBody::object(request.body, why);
    if (!body)
        return HttpAnswer::error(400, QStringLiteral("invalid_json"), why);
    ContactRecord record;
    QStringList problems;
    read(*body, record, problems);
    for (const char *field : {"firstName", "lastName", "cellphone"}) {
        if (!body->contains(QLatin1String(field)))
            problems.append(QStringLiteral("%1 is required").arg(QLatin1String(field)));
    }
    if (!problems.isEmpty())
        return validationError(problems);
    if (m_book.findByCellphone(record.cellphone))
        return HttpAnswer::error(
            409, QStringLiteral("conflict"),
            QStringLiteral("a contact with cellphone %1 already exists").arg(record.cellphone));
    record.createdAt = record.updatedAt = request.now;
    return HttpAnswer::json(201, json(m_book.add(record)));
}

HttpAnswer ClassicContactsApi::update(const QString &contactId, const ApiRequest &request) {
    auto record = m_book.find(contactId);
    if (!record)
        return notFound(QStringLiteral("contact \"%1\" not found").arg(contactId));
    QString why;
    const auto body = JsonBody::object(request.body, why);
    if (!body)
        return HttpAnswer::error(400, QStringLiteral("invalid_json"), why);
    QStringList problems;
    read(*body, *record, problems);
    if (body->isEmpty())
        problems.append(QStringLiteral("nothing to update"));
    if (!problems.isEmpty())
        return validationError(problems);
    if (const auto other = m_book.findByCellphone(record->cellphone); other && other->id != contactId)
        return HttpAnswer::error(
            409, QStringLiteral("conflict"),
            QStringLiteral("a contact with cellphone %1 already exists").arg(record->cellphone));
    record->updatedAt = request.now;
    m_book.replace(*record);
    return HttpAnswer::json(200, json(*record));
}

HttpAnswer ClassicContactsApi::remove(const QString &contactId) {
    if (!m_book.remove(contactId))
        return notFound(QStringLiteral("contact \"%1\" not found").arg(contactId));
    HttpAnswer answer;
    answer.status = 204;
    return answer;
}

// Every definition, archived ones with their deletedAt: the classic reference documents no filters.
HttpAnswer ClassicContactsApi::attributes() const {
    return HttpAnswer::json(
        200,
        JsonWriter().addRaw("customAttributes", ContactBook::attributesJson(m_book.attributes())).object());
}

} // namespace bridge::sandbox
