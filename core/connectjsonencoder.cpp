#include "connectjsonencoder.h"

#include "jsonencoder.h"

#include <QJsonArray>

namespace bridge {

namespace {

QJsonValue textOrNull(const QString &text) {
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonValue dateOrNull(const QDateTime &when) {
    return when.isValid() ? QJsonValue(JsonEncoder::dateTime(when)) : QJsonValue();
}

QJsonArray people(const QList<Participant> &participants) {
    QJsonArray array;
    for (const Participant &p : participants)
        array.append(ConnectJsonEncoder::toJson(p));
    return array;
}

} // namespace

QJsonObject ConnectJsonEncoder::toJson(const Participant &participant) {
    QJsonObject object{{QStringLiteral("identifier"), participant.identifier},
                       {QStringLiteral("identifierType"), participant.type}};
    if (!participant.role.isEmpty())
        object.insert(QStringLiteral("role"), participant.role);
    if (participant.joinedAt.isValid())
        object.insert(QStringLiteral("joinedAt"), JsonEncoder::dateTime(participant.joinedAt));
    object.insert(QStringLiteral("lastSeenAt"), dateOrNull(participant.lastSeenAt));
    return object;
}

QJsonObject ConnectJsonEncoder::toJson(const Conversation &conversation) {
    return {{QStringLiteral("id"), conversation.id},
            {QStringLiteral("workspaceId"), conversation.workspaceId},
            {QStringLiteral("participants"),
             QJsonObject{{QStringLiteral("externals"), people(conversation.externalParticipants)},
                         {QStringLiteral("internals"), people(conversation.internalParticipants)}}},
            {QStringLiteral("createdAt"), dateOrNull(conversation.createdAt)},
            {QStringLiteral("updatedAt"), dateOrNull(conversation.updatedAt)},
            {QStringLiteral("name"), textOrNull(conversation.name)},
            {QStringLiteral("status"), textOrNull(conversation.status.raw())}};
}

QJsonObject ConnectJsonEncoder::toJson(const ConversationPage &page) {
    QJsonArray conversations;
    for (const Conversation &c : page.conversations)
        conversations.append(toJson(c));
    return {{QStringLiteral("conversations"), conversations},
            {QStringLiteral("cursor"), textOrNull(page.pagination.nextCursor)}};
}

QJsonObject ConnectJsonEncoder::channels(const QString &workspaceId, const QList<ProviderChannel> &channels) {
    QJsonArray array;
    for (const ProviderChannel &channel : channels)
        array.append(QJsonObject{{QStringLiteral("provider"), channel.provider},
                                 {QStringLiteral("identifier"), channel.identifier}});
    return {{QStringLiteral("workspaceId"), workspaceId}, {QStringLiteral("providerChannels"), array}};
}

} // namespace bridge
