#include "conversationsapi.h"

#include "jsonbody.h"
#include "jsonwriter.h"
#include "querydecoder.h"

#include <QJsonArray>

namespace bridge::sandbox {

namespace {

const QString kValidation = QStringLiteral("validation_error");
const QString kInvalidParameter = QStringLiteral("invalid_parameter");

HttpAnswer notFound(const QString &message) {
    return HttpAnswer::error(404, QStringLiteral("not_found"), message);
}

HttpAnswer methodNotAllowed(const QByteArray &method, const QByteArray &allow) {
    HttpAnswer answer = HttpAnswer::error(405, QStringLiteral("method_not_allowed"),
                                          QStringLiteral("method %1 is not allowed here; allowed: %2")
                                              .arg(QString::fromLatin1(method), QString::fromLatin1(allow)));
    answer.extraHeaders.append({"Allow", allow});
    return answer;
}

bool isParticipantType(const QJsonValue &value) {
    return value == QLatin1String("email") || value == QLatin1String("phone");
}

//! Validates an array of {identifier, type}; appends problems named after field.
QList<ParticipantRecord> participants(const QJsonValue &value, const QString &field, const QString &role,
                                      const QDateTime &now, QStringList &problems) {
    QList<ParticipantRecord> result;
    if (!value.isArray()) {
        problems.append(QStringLiteral("%1 must be an array").arg(field));
        return result;
    }
    const QJsonArray items = value.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString where = QStringLiteral("%1[%2]").arg(field).arg(i);
        if (!items.at(i).isObject()) {
            problems.append(QStringLiteral("%1 must be an object with identifier and type").arg(where));
            continue;
        }
        const QJsonObject item = items.at(i).toObject();
        const QJsonValue identifier = item.value(QLatin1String("identifier"));
        const QJsonValue type = item.value(QLatin1String("type"));
        bool valid = true;
        if (!identifier.isString() || identifier.toString().trimmed().isEmpty()) {
            problems.append(QStringLiteral("%1.identifier must be a non-empty string").arg(where));
            valid = false;
        }
        if (!isParticipantType(type)) {
            problems.append(QStringLiteral("%1.type must be \"email\" or \"phone\"").arg(where));
            valid = false;
        }
        if (valid)
            result.append({identifier.toString(), type.toString(), role, now, {}});
    }
    return result;
}

std::optional<QJsonObject> bodyObject(const QByteArray &body, HttpAnswer &error) {
    QString problem;
    auto object = JsonBody::object(body, problem);
    if (!object)
        error = HttpAnswer::error(400, QStringLiteral("invalid_json"), problem);
    return object;
}

HttpAnswer validationError(const QStringList &problems) {
    return HttpAnswer::error(400, kValidation, problems.join(QLatin1String("; ")));
}

std::optional<UserFilter> userFilter(const QueryDecoder::Items &query, const QString &name,
                                     QStringList &problems) {
    const auto identifier = QueryDecoder::value(query, name + QLatin1String("[identifier]"));
    const auto type = QueryDecoder::value(query, name + QLatin1String("[type]"));
    if (!identifier && !type)
        return std::nullopt;
    UserFilter filter{identifier.value_or(QString()), type.value_or(QString())};
    if (type && *type != QLatin1String("email") && *type != QLatin1String("phone")) {
        problems.append(
            QStringLiteral("%1[type] must be \"email\" or \"phone\", not \"%2\"").arg(name, *type));
    }
    return filter;
}

} // namespace

ConversationsApi::ConversationsApi(const SandboxConfig &config)
    : ApiDialect(
          std::make_unique<ConversationStore>(config.seed, config.conversationCount, config.workspaceId))
    , m_config(config)
    , m_verifier(config)
    , m_contacts(config) {}

std::optional<HttpAnswer> ConversationsApi::refuse(const ReceivedRequest &request,
                                                   const QDateTime &now) const {
    const AuthHeaders headers{request.header("X-API-Key"), request.header("X-API-Timestamp"),
                              request.header("X-API-Signature")};
    const RequestVerifier::Result auth = m_verifier.verify(request.method, request.path, request.rawQuery,
                                                           request.body, headers, now.toSecsSinceEpoch());
    if (auth.ok)
        return std::nullopt;
    return HttpAnswer::error(401, auth.code, auth.message);
}

HttpAnswer ConversationsApi::sandboxError(SandboxError error, int status) const {
    switch (error) {
    case SandboxError::NoSuchEndpoint:
        return notFound(QStringLiteral("no such endpoint"));
    case SandboxError::FailedConversation:
        return HttpAnswer::error(status, QStringLiteral("injected_failure"),
                                 QStringLiteral("the sandbox was told to fail this conversation"));
    case SandboxError::RateLimited:
        return HttpAnswer::error(status, QStringLiteral("rate_limited"),
                                 QStringLiteral("too many requests, slow down"));
    case SandboxError::FailedRequest:
        break;
    }
    return HttpAnswer::error(status, QStringLiteral("injected_failure"),
                             QStringLiteral("the sandbox was told to fail this request"));
}

QString ConversationsApi::patchedConversationId(const ApiRequest &request) const {
    return request.method == "PATCH" && request.segments.size() == 5 ? request.segments.at(4) : QString();
}

QByteArray ConversationsApi::conversationJson(const ConversationRecord &record) const {
    return record.toJsonBytes();
}

HttpAnswer ConversationsApi::handle(const ApiRequest &request) {
    if (auto answer = m_contacts.handle(request))
        return *answer;
    const QStringList &s = request.segments;
    const bool collection = s.size() == 4;
    const bool item = s.size() == 5 && !s.at(4).isEmpty();
    if (!(collection || item) || s.at(0) != QLatin1String("v1") || s.at(1) != QLatin1String("workspaces") ||
        s.at(3) != QLatin1String("conversations")) {
        return notFound(QStringLiteral("no such endpoint"));
    }
    if (s.at(2) != m_config.workspaceId)
        return notFound(QStringLiteral("unknown workspace \"%1\"").arg(s.at(2)));

    if (collection) {
        if (request.method == "GET")
            return list(request);
        if (request.method == "POST")
            return create(request);
        return methodNotAllowed(request.method, "GET, POST");
    }
    if (request.method == "GET")
        return get(s.at(4));
    if (request.method == "PATCH")
        return update(s.at(4), request);
    return methodNotAllowed(request.method, "GET, PATCH");
}

HttpAnswer ConversationsApi::faultAnswer(Fault fault, const ApiRequest &request) const {
    const QList<ConversationRecord> &all = store().all();
    switch (fault) {
    case Fault::MalformedJson:
        return HttpAnswer::json(200, "{\"conversations\": [{\"id\": \"conv_broken\", <html>oops");
    case Fault::WrongTypes: {
        const QByteArray conversation = JsonWriter()
                                            .add("id", 12345)
                                            .add("workspaceId", m_config.workspaceId)
                                            .addRaw("externalParticipants", "\"nobody\"")
                                            .add("status", QStringLiteral("active"))
                                            .add("createdAt", 1700000000)
                                            .add("updatedAt", QStringLiteral("yesterday"))
                                            .object();
        if (request.segments.size() != 4) // not the list
            return HttpAnswer::json(200, conversation);
        const QByteArray pagination = JsonWriter()
                                          .add("page", 1)
                                          .add("limit", 20)
                                          .add("total", QString::number(all.size()))
                                          .add("totalPages", QStringLiteral("many"))
                                          .object();
        return HttpAnswer::json(200, JsonWriter()
                                         .addRaw("conversations", JsonWriter::array({conversation}))
                                         .addRaw("pagination", pagination)
                                         .object());
    }
    case Fault::OversizedBody:
        return HttpAnswer::json(
            200,
            oversizedListBody(all.isEmpty() ? QByteArray("{}") : all.first().toJsonBytes(),
                              ",\"pagination\":{\"page\":1,\"limit\":20,\"total\":1,\"totalPages\":1}}"));
    case Fault::CutShortBody:
        return HttpAnswer::json(200, pageJson(all, 1, 20));
    default:
        return HttpAnswer::error(500, QStringLiteral("internal"), QStringLiteral("no such fault"));
    }
}

QByteArray ConversationsApi::pageJson(const QList<ConversationRecord> &items, int page, int limit) {
    return pageJson(items.mid(qsizetype(page - 1) * limit, limit), items.size(), page, limit);
}

QByteArray ConversationsApi::pageJson(const QList<ConversationRecord> &pageItems, qsizetype total, int page,
                                      int limit) {
    const qsizetype totalPages = (total + limit - 1) / limit;
    QList<QByteArray> conversations;
    conversations.reserve(pageItems.size());
    for (const ConversationRecord &record : pageItems)
        conversations.append(record.toJsonBytes());
    const QByteArray pagination = JsonWriter()
                                      .add("page", page)
                                      .add("limit", limit)
                                      .add("total", qint64(total))
                                      .add("totalPages", qint64(totalPages))
                                      .object();
    return JsonWriter()
        .addRaw("conversations", JsonWriter::array(conversations))
        .addRaw("pagination", pagination)
        .object();
}

HttpAnswer ConversationsApi::list(const ApiRequest &request) const {
    const QueryDecoder::Items query = QueryDecoder::decode(request.rawQuery);
    QStringList problems;
    const auto page = QueryDecoder::integer(query, QStringLiteral("page"), 1, 1, 1000000000);
    const auto limit = QueryDecoder::integer(query, QStringLiteral("limit"), 20, 20, 100);
    if (!page)
        problems.append(QStringLiteral("page must be an integer >= 1"));
    if (!limit)
        problems.append(QStringLiteral("limit must be an integer between 20 and 100"));

    ConversationFilter filter;
    if (const auto status = QueryDecoder::value(query, QStringLiteral("status"))) {
        static const QStringList statuses{QStringLiteral("active"), QStringLiteral("archived"),
                                          QStringLiteral("ghost")};
        if (!statuses.contains(*status)) {
            problems.append(
                QStringLiteral("status must be one of active, archived, ghost, not \"%1\"").arg(*status));
        }
        filter.status = *status;
    }
    filter.externalUser = userFilter(query, QStringLiteral("externalUser"), problems);
    filter.internalUser = userFilter(query, QStringLiteral("internalUser"), problems);
    if (!problems.isEmpty())
        return HttpAnswer::error(400, kInvalidParameter, problems.join(QLatin1String("; ")));

    qsizetype total = 0;
    const QList<ConversationRecord> window =
        store().window(filter, qsizetype(*page - 1) * *limit, *limit, total);
    return HttpAnswer::json(200, pageJson(window, total, *page, *limit));
}

HttpAnswer ConversationsApi::create(const ApiRequest &request) {
    HttpAnswer error;
    const auto body = bodyObject(request.body, error);
    if (!body)
        return error;

    QStringList problems;
    ConversationRecord record;
    record.workspaceId = m_config.workspaceId;
    record.createdAt = record.updatedAt = request.now;

    if (!body->contains(QLatin1String("externalParticipants"))) {
        problems.append(QStringLiteral("externalParticipants is required"));
    } else {
        const QJsonValue external = body->value(QLatin1String("externalParticipants"));
        record.externalParticipants = participants(external, QStringLiteral("externalParticipants"),
                                                   QStringLiteral("external"), request.now, problems);
        if (external.isArray() && external.toArray().isEmpty())
            problems.append(QStringLiteral("externalParticipants must not be empty"));
    }
    const bool hasInternal = body->contains(QLatin1String("internalParticipants"));
    const bool hasTeam = body->contains(QLatin1String("teamId"));
    if (hasInternal && hasTeam) {
        problems.append(QStringLiteral("internalParticipants and teamId are mutually exclusive: send one"));
    }
    if (hasInternal) {
        record.internalParticipants = participants(body->value(QLatin1String("internalParticipants")),
                                                   QStringLiteral("internalParticipants"),
                                                   QStringLiteral("internal"), request.now, problems);
    }
    if (hasTeam) {
        const QJsonValue team = body->value(QLatin1String("teamId"));
        if (!team.isString() || team.toString().isEmpty())
            problems.append(QStringLiteral("teamId must be a non-empty string"));
        else
            record.teamId = team.toString();
    }
    if (body->contains(QLatin1String("name"))) {
        const QJsonValue name = body->value(QLatin1String("name"));
        if (!name.isString())
            problems.append(QStringLiteral("name must be a string"));
        else
            record.name = name.toString();
    }
    record.status = QStringLiteral("active");
    if (body->contains(QLatin1String("status"))) {
        const QJsonValue status = body->value(QLatin1String("status"));
        if (status != QLatin1String("active") && status != QLatin1String("ghost"))
            problems.append(QStringLiteral("status must be \"active\" or \"ghost\" on create"));
        else
            record.status = status.toString();
    }
    if (!problems.isEmpty())
        return validationError(problems);
    return HttpAnswer::json(201, store().add(record).toJsonBytes());
}

HttpAnswer ConversationsApi::get(const QString &conversationId) const {
    const auto record = store().find(conversationId);
    if (!record)
        return notFound(QStringLiteral("conversation \"%1\" not found").arg(conversationId));
    return HttpAnswer::json(200, record->toJsonBytes());
}

namespace {

bool samePerson(const ParticipantRecord &a, const ParticipantRecord &b) {
    return a.identifier == b.identifier && a.type == b.type;
}

//! body[field]'s people joined to side (those already there are left as they are); false when absent.
bool addPeople(const QJsonObject &body, const QString &field, const QString &role,
               QList<ParticipantRecord> &side, const QDateTime &now, QStringList &problems) {
    if (!body.contains(field))
        return false;
    for (const ParticipantRecord &person : participants(body.value(field), field, role, now, problems)) {
        if (std::none_of(side.cbegin(), side.cend(),
                         [&person](const ParticipantRecord &p) { return samePerson(p, person); }))
            side.append(person);
    }
    return true;
}

//! body[field]'s people taken out of sides; each one in none of them is a problem. False when absent.
bool removePeople(const QJsonObject &body, const QString &field,
                  const QList<QList<ParticipantRecord> *> &sides, const QDateTime &now,
                  QStringList &problems) {
    if (!body.contains(field))
        return false;
    const auto removed = participants(body.value(field), field, QString(), now, problems);
    for (qsizetype i = 0; i < removed.size(); ++i) {
        qsizetype count = 0;
        for (QList<ParticipantRecord> *side : sides)
            count += side->removeIf([&](const ParticipantRecord &p) { return samePerson(p, removed.at(i)); });
        if (count == 0)
            problems.append(QStringLiteral("%1[%2]: \"%3\" is not a participant")
                                .arg(field)
                                .arg(i)
                                .arg(removed.at(i).identifier));
    }
    return true;
}

} // namespace

HttpAnswer ConversationsApi::update(const QString &conversationId, const ApiRequest &request) {
    auto record = store().find(conversationId);
    if (!record)
        return notFound(QStringLiteral("conversation \"%1\" not found").arg(conversationId));
    HttpAnswer error;
    const auto body = bodyObject(request.body, error);
    if (!body)
        return error;

    QStringList problems;
    bool changed = false;
    if (body->contains(QLatin1String("name"))) {
        const QJsonValue name = body->value(QLatin1String("name"));
        if (!name.isString())
            problems.append(QStringLiteral("name must be a string"));
        else
            record->name = name.toString();
        changed = true;
    }
    if (body->contains(QLatin1String("status"))) {
        const QJsonValue status = body->value(QLatin1String("status"));
        static const QStringList statuses{QStringLiteral("active"), QStringLiteral("archived"),
                                          QStringLiteral("ghost")};
        if (!status.isString() || !statuses.contains(status.toString()))
            problems.append(QStringLiteral("status must be one of active, archived, ghost"));
        else
            record->status = status.toString();
        changed = true;
    }
    // Customers join with addParticipants; agents with addInternalParticipants. removeParticipants
    // removes from either side (as before agents could be named), removeInternalParticipants from agents.
    changed |= addPeople(*body, QStringLiteral("addParticipants"), QStringLiteral("external"),
                         record->externalParticipants, request.now, problems);
    changed |= addPeople(*body, QStringLiteral("addInternalParticipants"), QStringLiteral("internal"),
                         record->internalParticipants, request.now, problems);
    changed |=
        removePeople(*body, QStringLiteral("removeParticipants"),
                     {&record->externalParticipants, &record->internalParticipants}, request.now, problems);
    changed |= removePeople(*body, QStringLiteral("removeInternalParticipants"),
                            {&record->internalParticipants}, request.now, problems);
    if (record->externalParticipants.isEmpty())
        problems.append(QStringLiteral("a conversation keeps at least one external participant"));
    if (!changed) {
        problems.append(QStringLiteral("nothing to update: send name, status, addParticipants, "
                                       "removeParticipants, addInternalParticipants or "
                                       "removeInternalParticipants"));
    }
    if (!problems.isEmpty())
        return validationError(problems);
    record->updatedAt = request.now;
    store().replace(*record);
    return HttpAnswer::json(200, record->toJsonBytes());
}

} // namespace bridge::sandbox
