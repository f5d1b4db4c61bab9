#include "connectapi.h"

#include "connectcodes.h"
#include "connectjson.h"
#include "jsonbody.h"
#include "jsonwriter.h"
#include "querydecoder.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace bridge::sandbox {

using namespace connectcode;

namespace {

//! Where a request goes, from its segments after the prefix ("bridge", "api", ...).
struct Route {
    enum class Kind { None, Health, Conversations, Conversation, Channels };
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

std::optional<UserFilter> userFilter(const QueryDecoder::Items &query, const QString &side,
                                     const QStringList &types, ConnectProblems &problems) {
    const QString name = side + QLatin1String("UserIdentifier");
    const auto identifier = QueryDecoder::value(query, name);
    const auto type = QueryDecoder::value(query, name + QLatin1String("Type"));
    if (!identifier && !type)
        return std::nullopt;
    if (!identifier)
        problems.add(kInvalid, QStringLiteral("%1Type needs %1").arg(name));
    else if (identifier->isEmpty())
        problems.add(kInvalid, QStringLiteral("%1 must not be empty").arg(name));
    if (type && !types.contains(*type)) {
        problems.add(
            kInvalid,
            QStringLiteral("%1Type must be one of %2, not \"%3\"").arg(name, types.join(u", "), *type));
    }
    return UserFilter{identifier.value_or(QString()), type.value_or(QString())};
}

//! The filter written the same way each time, for the cursor.
QString filterKey(const ConversationFilter &filter) {
    const auto user = [](const std::optional<UserFilter> &f) {
        return f ? QStringLiteral("%1|%2").arg(f->identifier, f->type) : QStringLiteral("-");
    };
    return QStringList{filter.status, user(filter.externalUser), user(filter.internalUser)}.join(u'\n');
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
    , m_channels(ConnectDataset::channels(config.seed)) {}

std::optional<HttpAnswer> ConnectApi::refuse(const ReceivedRequest &request, const QDateTime &) const {
    const ApiKeyVerifier::Result result = m_keys.verify(request.method, request.header("x-api-key"));
    if (result.ok())
        return std::nullopt;
    return error(result.status, result.code, result.message);
}

HttpAnswer ConnectApi::handle(const ApiRequest &request) {
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
    default:
        return method == "GET" ? channels(route.item) : methodNotAllowed(method, "GET");
    }
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
    case Fault::OversizedBody: {
        constexpr qsizetype size = 9 * 1024 * 1024;
        const QByteArray item = all.isEmpty() ? QByteArray("{}") : ConnectJson::conversation(all.first());
        QByteArray body("{\"conversations\":[");
        body.reserve(size + item.size() + 128);
        while (body.size() < size) {
            body += item;
            body += ',';
        }
        body += item + "],\"cursor\":null}";
        return HttpAnswer::json(200, body);
    }
    case Fault::CutShortBody:
        return page({}, 0, 20);
    default:
        return error(500, kFailedRequest, QStringLiteral("no such fault"));
    }
}

HttpAnswer ConnectApi::list(const ApiRequest &request) const {
    const QueryDecoder::Items query = QueryDecoder::decode(request.rawQuery);
    ConnectProblems problems;
    const auto limit = QueryDecoder::integer(query, QStringLiteral("limit"), 20, 1, 100);
    if (!limit)
        problems.add(kInvalid, QStringLiteral("limit must be an integer between 1 and 100"));
    ConversationFilter filter;
    if (const auto status = QueryDecoder::value(query, QStringLiteral("status"))) {
        if (!ConnectDataset::statuses().contains(*status)) {
            problems.add(kInvalid, QStringLiteral("status must be one of %1, not \"%2\"")
                                       .arg(ConnectDataset::statuses().join(u", "), *status));
        }
        filter.status = *status;
    }
    filter.externalUser =
        userFilter(query, QStringLiteral("external"),
                   {QStringLiteral("ID"), QStringLiteral("EMAIL"), QStringLiteral("PHONE")}, problems);
    filter.internalUser = userFilter(query, QStringLiteral("internal"),
                                     {QStringLiteral("ID"), QStringLiteral("EMAIL")}, problems);
    if (!problems.isEmpty())
        return problems.answer(400);

    qsizetype offset = 0;
    const QString cursor = QueryDecoder::value(query, QStringLiteral("cursor")).value_or(QString());
    if (!cursor.isEmpty()) {
        QString problem;
        const auto read = m_cursor.read(cursor, filterKey(filter), problem);
        if (!read)
            return error(400, kBadCursor, problem);
        offset = *read;
    }
    return page(filter, offset, *limit);
}

HttpAnswer ConnectApi::page(const ConversationFilter &filter, qsizetype offset, int limit) const {
    qsizetype total = 0;
    const QList<ConversationRecord> window = store().window(filter, offset, limit, total);
    const qsizetype next = offset + limit;
    const auto cursor = next < total ? std::optional(m_cursor.make(next, filterKey(filter))) : std::nullopt;
    return HttpAnswer::json(200, ConnectJson::page(window, cursor));
}

HttpAnswer ConnectApi::create(const ApiRequest &request) {
    QString why;
    const auto body = JsonBody::object(request.body, why);
    if (!body)
        return error(400, kNotJson, why);

    ConnectProblems problems;
    QList<ConnectParticipant> externals;
    QList<ConnectParticipant> internals;
    bool hasInternals = false;
    const QJsonValue participants = body->value(QLatin1String("participants"));
    if (!participants.isUndefined() && !participants.isObject()) {
        problems.add(kInvalid, QStringLiteral("participants must be an object with externals and internals"));
    } else {
        const QJsonObject sides = participants.toObject();
        const QJsonValue external = sides.value(QLatin1String("externals"));
        if (external.isUndefined() || (external.isArray() && external.toArray().isEmpty())) {
            problems.add(kExternalsRequired,
                         QStringLiteral("participants.externals is required: at least one"));
        }
        if (!external.isUndefined()) {
            const QString field = QStringLiteral("participants.externals");
            externals =
                ConnectParticipant::readAll(external, field, ConnectParticipant::Side::External, problems);
            checkChannels(externals, problems);
        }
        hasInternals = sides.contains(QLatin1String("internals"));
        if (hasInternals) {
            internals = ConnectParticipant::readAll(sides.value(QLatin1String("internals")),
                                                    QStringLiteral("participants.internals"),
                                                    ConnectParticipant::Side::Internal, problems);
        }
    }

    ConversationRecord record;
    record.workspaceId = m_config.workspaceId;
    record.createdAt = record.updatedAt = request.now;
    if (body->contains(QLatin1String("teamId"))) {
        const QJsonValue team = body->value(QLatin1String("teamId"));
        if (!team.isString() || !ConnectParticipant::isUuid(team.toString()))
            problems.add(kInvalid, QStringLiteral("teamId must be a UUID"));
        else
            record.teamId = team.toString();
        if (hasInternals) {
            problems.add(kInvalid, QStringLiteral(
                                       "teamId and participants.internals are mutually exclusive: send one"));
        }
    }
    const QJsonValue name = body->value(QLatin1String("name"));
    if (name.isString())
        record.name = name.toString();
    else if (!name.isUndefined() && !name.isNull())
        problems.add(kInvalid, QStringLiteral("name must be a string or null"));
    const QJsonValue status = body->value(QLatin1String("status"));
    record.status = QStringLiteral("ACTIVE");
    if (status == QLatin1String("ACTIVE") || status == QLatin1String("GHOST"))
        record.status = status.toString();
    else if (!status.isUndefined())
        problems.add(kInvalid, QStringLiteral("status must be ACTIVE or GHOST on create"));
    if (!problems.isEmpty())
        return problems.answer(400);

    for (const ConnectParticipant &participant : std::as_const(externals))
        record.externalParticipants.append(participant.record(QStringLiteral("EXTERNAL"), request.now));
    for (const ConnectParticipant &participant : std::as_const(internals))
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
    if (name.isString())
        record->name = name.toString();
    else if (name.isNull())
        record->name.reset();
    else if (!name.isUndefined())
        problems.add(kInvalid, QStringLiteral("name must be a string or null"));
    const QJsonValue status = body->value(QLatin1String("status"));
    if (status.isString() && ConnectDataset::statuses().contains(status.toString())) {
        record->status = status.toString();
    } else if (!status.isUndefined()) {
        problems.add(kInvalid,
                     QStringLiteral("status must be one of %1").arg(ConnectDataset::statuses().join(u", ")));
    }
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
