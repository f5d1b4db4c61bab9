#include "conversationrecord.h"

#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace bridge::sandbox {

QString rfc3339(const QDateTime &dateTime) {
    return QDateTime::fromSecsSinceEpoch(dateTime.toSecsSinceEpoch(), Qt::UTC).toString(Qt::ISODate);
}

QByteArray ParticipantRecord::toJsonBytes() const {
    JsonWriter writer;
    writer.add("identifier", identifier).add("type", type).add("role", role);
    writer.add("joinedAt", rfc3339(joinedAt));
    if (lastSeenAt.isValid())
        writer.add("lastSeenAt", rfc3339(lastSeenAt));
    else
        writer.addNull("lastSeenAt");
    return writer.object();
}

QJsonObject ParticipantRecord::toJson() const {
    return QJsonDocument::fromJson(toJsonBytes()).object();
}

namespace {
QByteArray participantsJson(const QList<ParticipantRecord> &participants) {
    QList<QByteArray> items;
    items.reserve(participants.size());
    for (const ParticipantRecord &participant : participants)
        items.append(participant.toJsonBytes());
    return JsonWriter::array(items);
}
} // namespace

QByteArray ConversationRecord::toJsonBytes() const {
    JsonWriter writer;
    writer.add("id", id).add("workspaceId", workspaceId);
    writer.addRaw("externalParticipants", participantsJson(externalParticipants));
    if (!internalParticipants.isEmpty())
        writer.addRaw("internalParticipants", participantsJson(internalParticipants));
    if (name)
        writer.add("name", *name);
    writer.add("status", status);
    if (teamId)
        writer.add("teamId", *teamId);
    writer.add("createdAt", rfc3339(createdAt)).add("updatedAt", rfc3339(updatedAt));
    return writer.object();
}

QJsonObject ConversationRecord::toJson() const {
    return QJsonDocument::fromJson(toJsonBytes()).object();
}

} // namespace bridge::sandbox
