#include "connectapi.h"

#include "connectcodes.h"
#include "connectjson.h"
#include "connectlistquery.h"
#include "jsonbody.h"
#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace bridge::sandbox {

using namespace connectcode;

namespace {

//! Where a request goes, from its segments after the prefix: "bridge", "api" (the server checked
//! them), then "health" or "v1", "workspaces", id, ...
struct Route {
    enum class Kind { None, Health, Conversations, Conversation, Channels, Messages, Files };
    Kind kind = Kind::None;
    QString workspace;
    QString item; //!< the conversation id or the provider

    static Route of(const QStringList &s) {
        if (s.size() == 3 && s.at(2) == QLatin1String("health"))
            return {Kind::Health, {}, {}};
        if (s.size() < 6 || s.size() > 7 || s.at(2) != QLatin1String("v1") ||
            s.at(3) != QLatin1String("workspaces")) {
            return {};
        }
        if (s.size() == 6 && s.at(5) == QLatin1String("messages"))
            return {Kind::Messages, s.at(4), {}};
        if (s.size() == 6 && s.at(5) == QLatin1String("files"))
            return {Kind::Files, s.at(4), {}};
        const bool item = s.size() == 7;
        if (item && s.at(6).isEmpty())
            return {};
        if (s.at(5) == QLatin1String("conversations"))
            return {item ? Kind::Conversation : Kind::Conversations, s.at(4), item ? s.at(6) : QString()};
        if (s.at(5) == QLatin1String("provider-channels") && item)
            return {Kind::Channels, s.at(4), s.at(6)};
        return {};
    }
};

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

//! Create allows these two only: the others follow what happens in a conversation.
const QStringList kCreateStatuses{QStringLiteral("ACTIVE"), QStringLiteral("GHOST")};

//! name: a string, or null for none; absent leaves it as it is.
void readName(const QJsonValue &value, std::optional<QString> &name, ConnectProblems &problems) {
    if (value.isString())
        name = value.toString();
    else if (value.isNull())
        name.reset();
    else if (!value.isUndefined())
        problems.add(kInvalid, QStringLiteral("name must be a string or null"));
}

//! status: one of allowed, exactly; absent leaves it as it is.
void readStatus(const QJsonValue &value, const QStringList &allowed, QString &status,
                ConnectProblems &problems) {
    if (value.isString() && allowed.contains(value.toString()))
        status = value.toString();
    else if (!value.isUndefined())
        problems.add(kInvalid, QStringLiteral("status must be one of %1").arg(allowed.join(u", ")));
}

//! Applies one side of a PATCH to participants (removals first); every contradiction goes to
//! conflicts, with the side's codes.
void apply(QList<ParticipantRecord> &participants, const QList<ConnectParticipant> &add,
           const QList<ConnectParticipant> &remove, const char *alreadyIn, const char *notIn,
           const QString &role, const QDateTime &now, ConnectProblems &conflicts) {
    for (const ConnectParticipant &participant : remove) {
        const auto same = [&participant](const ParticipantRecord &p) { return participant.names(p); };
        if (participants.removeIf(same) == 0) {
            conflicts.add(notIn,
                          QStringLiteral("%1: %2 (%3) is not in the conversation")
                              .arg(participant.where, participant.identifier, participant.identifierType));
        }
    }
    for (const ConnectParticipant &participant : add) {
        const auto same = [&participant](const ParticipantRecord &p) { return participant.names(p); };
        if (std::any_of(participants.cbegin(), participants.cend(), same)) {
            conflicts.add(alreadyIn,
                          QStringLiteral("%1: %2 (%3) is already in the conversation")
                              .arg(participant.where, participant.identifier, participant.identifierType));
        } else {
            participants.append(participant.record(role, now));
        }
    }
}

} // namespace

ConnectApi::ConnectApi(const SandboxConfig &config)
    : ApiDialect(std::make_unique<ConversationStore>(
          ConnectDataset::generate(config.seed, config.conversationCount, config.workspaceId), config.seed,
          &ConnectDataset::conversationId))
    , m_config(config)
    , m_keys(config)
    , m_cursor("bridge-sandbox cursor " + QByteArray::number(config.seed) + ' ' + config.workspaceId.toUtf8())
    , m_channels(ConnectDataset::channels(config.seed))
    , m_contacts(config)
    , m_messages(store()) {}

std::optional<HttpAnswer> ConnectApi::refuse(const ReceivedRequest &request, const QDateTime &) const {
    const ApiKeyVerifier::Result result = m_keys.verify(request.method, request.header("x-api-key"));
    if (result.ok())
        return std::nullopt;
    return error(result.status, result.code, result.message);
}

HttpAnswer ConnectApi::handle(const ApiRequest &request) {
    if (auto answer = m_contacts.handle(request))
        return *answer;
    const Route route = Route::of(request.segments);
    const QByteArray &method = request.method;
    if (route.kind == Route::Kind::None)
        return error(404, kNoSuchEndpoint, QStringLiteral("no such endpoint"));
    if (route.kind == Route::Kind::Health) {
        return method == "GET" ? HttpAnswer::json(200, JsonWriter().add("status", u"ok").object())
                               : methodNotAllowed(method, "GET");
    }
    if (route.workspace != m_config.workspaceId)
        return error(404, kNoSuchWorkspace, QStringLiteral("unknown workspace \"%1\"").arg(route.workspace));
    switch (route.kind) {
    case Route::Kind::Conversations:
        if (method == "GET")
            return list(request);
        return method == "POST" ? create(request) : methodNotAllowed(method, "GET, POST");
    case Route::Kind::Conversation:
        if (method == "GET")
            return get(route.item);
        return method == "PATCH" ? update(route.item, request) : methodNotAllowed(method, "GET, PATCH");
    case Route::Kind::Channels:
        return method == "GET" ? channels(route.item) : methodNotAllowed(method, "GET");
    case Route::Kind::Messages:
        return method == "POST" ? m_messages.send(request) : methodNotAllowed(method, "POST");
    case Route::Kind::Files:
        return method == "POST" ? m_messages.files(request) : methodNotAllowed(method, "POST");
    case Route::Kind::None:
    case Route::Kind::Health:
        break; // answered above
    }
    return error(404, kNoSuchEndpoint, QStringLiteral("no such endpoint"));
}

HttpAnswer ConnectApi::sandboxError(SandboxError which, int status) const {
    switch (which) {
    case SandboxError::NoSuchEndpoint:
        return error(status, kNoSuchEndpoint, QStringLiteral("no such endpoint"));
    case SandboxError::FailedConversation:
        return error(status, kFailedConversation,
                     QStringLiteral("the sandbox was told to fail this conversation"));
    case SandboxError::RateLimited:
        return error(status, kRateLimited, QStringLiteral("too many requests, slow down"));
    case SandboxError::FailedRequest:
        break;
    }
    return error(status, kFailedRequest, QStringLiteral("the sandbox was told to fail this request"));
}

QString ConnectApi::patchedConversationId(const ApiRequest &request) const {
    const Route route = Route::of(request.segments);
    return request.method == "PATCH" && route.kind == Route::Kind::Conversation ? route.item : QString();
}

QByteArray ConnectApi::conversationJson(const ConversationRecord &record) const {
    return ConnectJson::conversation(record);
}

HttpAnswer ConnectApi::faultAnswer(Fault fault, const ApiRequest &request) const {
    const QList<ConversationRecord> &all = store().all();
    switch (fault) {
    case Fault::MalformedJson:
        return HttpAnswer::json(200, "{\"conversations\": [{\"id\": \"00000000-broken\", <html>oops");
    case Fault::WrongTypes: {
        const QByteArray conversation = JsonWriter()
                                            .add("id", 12345)
                                            .add("workspaceId", m_config.workspaceId)
                                            .addRaw("participants", "\"nobody\"")
                                            .add("createdAt", 1700000000)
                                            .add("updatedAt", QStringLiteral("yesterday"))
                                            .add("name", 42)
                                            .add("status", 3)
                                            .object();
        if (Route::of(request.segments).kind != Route::Kind::Conversations)
            return HttpAnswer::json(200, conversation);
        return HttpAnswer::json(200, JsonWriter()
                                         .addRaw("conversations", JsonWriter::array({conversation}))
                                         .add("cursor", 2)
                                         .object());
    }
    case Fault::OversizedBody:
        return HttpAnswer::json(
            200, oversizedListBody(all.isEmpty() ? QByteArray("{}") : ConnectJson::conversation(all.first()),
                                   ",\"cursor\":null}"));
    case Fault::CutShortBody:
        return page({}, 0, 20);
    default:
        return error(500, kFailedRequest, QStringLiteral("no such fault"));
    }
}

HttpAnswer ConnectApi::list(const ApiRequest &request) const {
    ConnectProblems problems;
    const auto query = ConnectListQuery::read(request.rawQuery, problems);
    if (!query)
        return problems.answer(400);
    qsizetype offset = 0;
    if (!query->cursor.isEmpty()) {
        QString problem;
        const auto read = m_cursor.read(query->cursor, ConnectListQuery::filterKey(query->filter), problem);
        if (!read)
            return error(400, kBadCursor, problem);
        offset = *read;
    }
    return page(query->filter, offset, query->limit);
}

HttpAnswer ConnectApi::page(const ConversationFilter &filter, qsizetype offset, int limit) const {
    qsizetype total = 0;
    const QList<ConversationRecord> window = store().window(filter, offset, limit, total);
    const qsizetype next = offset + limit;
    const auto cursor =
        next < total ? std::optional(m_cursor.make(next, ConnectListQuery::filterKey(filter))) : std::nullopt;
    return HttpAnswer::json(200, ConnectJson::page(window, cursor));
}

HttpAnswer ConnectApi::create(const ApiRequest &request) {
    QString why;
    const auto body = JsonBody::object(request.body, why);
    if (!body)
        return error(400, kNotJson, why);

    ConnectProblems problems;
    const Sides sides = readSides(body->value(QLatin1String("participants")), problems);
    ConversationRecord record;
    record.workspaceId = m_config.workspaceId;
    record.createdAt = record.updatedAt = request.now;
    record.status = QStringLiteral("ACTIVE");
    if (body->contains(QLatin1String("teamId"))) {
        const QJsonValue team = body->value(QLatin1String("teamId"));
        if (!team.isString() || !ConnectParticipant::isUuid(team.toString()))
            problems.add(kInvalid, QStringLiteral("teamId must be a UUID"));
        else
            record.teamId = team.toString();
        if (sides.internals) {
            problems.add(kInvalid, QStringLiteral(
                                       "teamId and participants.internals are mutually exclusive: send one"));
        }
    }
    readName(body->value(QLatin1String("name")), record.name, problems);
    readStatus(body->value(QLatin1String("status")), kCreateStatuses, record.status, problems);
    if (!problems.isEmpty())
        return problems.answer(400);

    for (const ConnectParticipant &participant : sides.externals)
        record.externalParticipants.append(participant.record(QStringLiteral("EXTERNAL"), request.now));
    for (const ConnectParticipant &participant : sides.internals.value_or(QList<ConnectParticipant>()))
        record.internalParticipants.append(participant.record(QStringLiteral("INTERNAL"), request.now));
    return HttpAnswer::json(201, ConnectJson::conversation(store().add(record)));
}

HttpAnswer ConnectApi::get(const QString &conversationId) const {
    const auto record = store().find(conversationId);
    if (!record)
        return error(404, kNoSuchConversation,
                     QStringLiteral("conversation \"%1\" not found").arg(conversationId));
    return HttpAnswer::json(200, ConnectJson::conversation(*record));
}

HttpAnswer ConnectApi::update(const QString &conversationId, const ApiRequest &request) {
    auto record = store().find(conversationId);
    if (!record)
        return error(404, kNoSuchConversation,
                     QStringLiteral("conversation \"%1\" not found").arg(conversationId));
    QString why;
    const auto body = JsonBody::object(request.body, why);
    if (!body)
        return error(400, kNotJson, why);

    ConnectProblems problems;
    const QJsonValue name = body->value(QLatin1String("name"));
    const QJsonValue status = body->value(QLatin1String("status"));
    readName(name, record->name, problems);
    readStatus(status, ConnectDataset::statuses(), record->status, problems);
    Changes externals;
    Changes internals;
    const QJsonValue participants = body->value(QLatin1String("participants"));
    if (participants.isObject()) {
        const QJsonObject sides = participants.toObject();
        externals =
            readChanges(sides.value(QLatin1String("externals")), QStringLiteral("participants.externals"),
                        ConnectParticipant::Side::External, problems);
        internals =
            readChanges(sides.value(QLatin1String("internals")), QStringLiteral("participants.internals"),
                        ConnectParticipant::Side::Internal, problems);
    } else if (!participants.isUndefined()) {
        problems.add(kInvalid, QStringLiteral("participants must be an object with externals and internals"));
    }
    if (name.isUndefined() && status.isUndefined() && participants.isUndefined())
        problems.add(kInvalid, QStringLiteral("nothing to update: send name, status or participants"));
    if (!problems.isEmpty())
        return problems.answer(400);

    ConnectProblems conflicts;
    apply(record->externalParticipants, externals.add, externals.remove, kExternalAlreadyIn, kExternalNotIn,
          QStringLiteral("EXTERNAL"), request.now, conflicts);
    apply(record->internalParticipants, internals.add, internals.remove, kInternalAlreadyIn, kInternalNotIn,
          QStringLiteral("INTERNAL"), request.now, conflicts);
    if (!conflicts.isEmpty())
        return conflicts.answer(409);
    if (record->externalParticipants.isEmpty()) {
        return error(400, kExternalsRequired,
                     QStringLiteral("a conversation keeps at least one external participant"));
    }
    record->updatedAt = request.now;
    store().replace(*record);
    return HttpAnswer::json(200, ConnectJson::conversation(*record));
}

ConnectApi::Sides ConnectApi::readSides(const QJsonValue &value, ConnectProblems &problems) const {
    Sides sides;
    if (!value.isUndefined() && !value.isObject()) {
        problems.add(kInvalid, QStringLiteral("participants must be an object with externals and internals"));
        return sides;
    }
    const QJsonObject object = value.toObject();
    const QJsonValue externals = object.value(QLatin1String("externals"));
    if (externals.isUndefined() || (externals.isArray() && externals.toArray().isEmpty()))
        problems.add(kExternalsRequired, QStringLiteral("participants.externals is required: at least one"));
    if (!externals.isUndefined()) {
        sides.externals = ConnectParticipant::readAll(externals, QStringLiteral("participants.externals"),
                                                      ConnectParticipant::Side::External, problems);
        checkChannels(sides.externals, problems);
    }
    if (object.contains(QLatin1String("internals"))) {
        sides.internals = ConnectParticipant::readAll(object.value(QLatin1String("internals")),
                                                      QStringLiteral("participants.internals"),
                                                      ConnectParticipant::Side::Internal, problems);
    }
    return sides;
}

ConnectApi::Changes ConnectApi::readChanges(const QJsonValue &value, const QString &field,
                                            ConnectParticipant::Side side, ConnectProblems &problems) const {
    Changes changes;
    if (value.isUndefined())
        return changes;
    if (!value.isObject()) {
        problems.add(kInvalid, QStringLiteral("%1 must be an object with add and remove").arg(field));
        return changes;
    }
    const QJsonObject object = value.toObject();
    if (object.contains(QLatin1String("add"))) {
        changes.add = ConnectParticipant::readAll(object.value(QLatin1String("add")),
                                                  field + QLatin1String(".add"), side, problems);
        checkChannels(changes.add, problems);
    }
    if (object.contains(QLatin1String("remove"))) {
        changes.remove = ConnectParticipant::readAll(object.value(QLatin1String("remove")),
                                                     field + QLatin1String(".remove"), side, problems);
    }
    return changes;
}

void ConnectApi::checkChannels(const QList<ConnectParticipant> &externals, ConnectProblems &problems) const {
    for (const ConnectParticipant &participant : externals) {
        if (participant.provider.isEmpty())
            continue;
        const bool known = std::any_of(m_channels.cbegin(), m_channels.cend(), [&participant](const auto &c) {
            return c.provider == participant.provider && c.identifier == participant.channel;
        });
        if (!known) {
            problems.add(kUnknownChannel,
                         QStringLiteral("%1: \"%2\" is not a %3 channel of this workspace")
                             .arg(participant.where, participant.channel, participant.provider));
        }
    }
}

HttpAnswer ConnectApi::channels(const QString &provider) const {
    if (provider != QLatin1String("WHATSAPP") && provider != QLatin1String("HEYGIA"))
        return error(400, kInvalid,
                     QStringLiteral("provider must be WHATSAPP or HEYGIA, not \"%1\"").arg(provider));
    QList<QByteArray> items;
    for (const ProviderChannel &channel : m_channels) {
        if (channel.provider == provider)
            items.append(JsonWriter()
                             .add("provider", channel.provider)
                             .add("identifier", channel.identifier)
                             .object());
    }
    return HttpAnswer::json(200, JsonWriter()
                                     .add("workspaceId", m_config.workspaceId)
                                     .addRaw("providerChannels", JsonWriter::array(items))
                                     .object());
}

} // namespace bridge::sandbox
