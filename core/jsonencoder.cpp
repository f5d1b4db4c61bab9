#include "jsonencoder.h"

#include <QJsonArray>

namespace bridge {

QString JsonEncoder::dateTime(const QDateTime &when) {
    if (!when.isValid())
        return {};
    const QDateTime utc = when.toUTC();
    return utc.toString(utc.time().msec() ? QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")
                                          : QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

QJsonObject JsonEncoder::toJson(const Participant &participant) {
    QJsonObject object{{QStringLiteral("identifier"), participant.identifier},
                       {QStringLiteral("type"), participant.type}};
    if (!participant.role.isEmpty())
        object.insert(QStringLiteral("role"), participant.role);
    if (participant.joinedAt.isValid())
        object.insert(QStringLiteral("joinedAt"), dateTime(participant.joinedAt));
    object.insert(QStringLiteral("lastSeenAt"), participant.lastSeenAt.isValid()
                                                    ? QJsonValue(dateTime(participant.lastSeenAt))
                                                    : QJsonValue());
    return object;
}

QJsonObject JsonEncoder::toJson(const Conversation &conversation) {
    const auto participants = [](const QList<Participant> &list) {
        QJsonArray array;
        for (const Participant &p : list)
            array.append(toJson(p));
        return array;
    };
    QJsonObject object{
        {QStringLiteral("id"), conversation.id},
        {QStringLiteral("workspaceId"), conversation.workspaceId},
        {QStringLiteral("externalParticipants"), participants(conversation.externalParticipants)},
        {QStringLiteral("status"), conversation.status.raw()},
        {QStringLiteral("createdAt"), dateTime(conversation.createdAt)},
        {QStringLiteral("updatedAt"), dateTime(conversation.updatedAt)}};
    if (!conversation.internalParticipants.isEmpty())
        object.insert(QStringLiteral("internalParticipants"),
                      participants(conversation.internalParticipants));
    if (!conversation.name.isEmpty())
        object.insert(QStringLiteral("name"), conversation.name);
    if (!conversation.teamId.isEmpty())
        object.insert(QStringLiteral("teamId"), conversation.teamId);
    return object;
}

QJsonObject JsonEncoder::toJson(const ConversationPage &page) {
    QJsonArray conversations;
    for (const Conversation &c : page.conversations)
        conversations.append(toJson(c));
    return {{QStringLiteral("conversations"), conversations},
            {QStringLiteral("pagination"),
             QJsonObject{{QStringLiteral("page"), page.pagination.page},
                         {QStringLiteral("limit"), page.pagination.limit},
                         {QStringLiteral("total"), page.pagination.total},
                         {QStringLiteral("totalPages"), page.pagination.totalPages}}}};
}

} // namespace bridge
