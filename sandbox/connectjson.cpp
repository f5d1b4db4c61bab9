#include "connectjson.h"

#include "jsonwriter.h"

namespace bridge::sandbox {

namespace {
QByteArray participant(const ParticipantRecord &record) {
    JsonWriter writer;
    writer.add("identifier", record.identifier).add("identifierType", record.type).add("role", record.role);
    writer.add("joinedAt", rfc3339(record.joinedAt));
    if (record.lastSeenAt.isValid())
        writer.add("lastSeenAt", rfc3339(record.lastSeenAt));
    else
        writer.addNull("lastSeenAt");
    return writer.object();
}

QByteArray participants(const QList<ParticipantRecord> &records) {
    QList<QByteArray> items;
    items.reserve(records.size());
    for (const ParticipantRecord &record : records)
        items.append(participant(record));
    return JsonWriter::array(items);
}
} // namespace

QByteArray ConnectJson::conversation(const ConversationRecord &record) {
    JsonWriter writer;
    writer.add("id", record.id).add("workspaceId", record.workspaceId);
    writer.addRaw("participants", JsonWriter()
                                      .addRaw("externals", participants(record.externalParticipants))
                                      .addRaw("internals", participants(record.internalParticipants))
                                      .object());
    writer.add("createdAt", rfc3339(record.createdAt)).add("updatedAt", rfc3339(record.updatedAt));
    if (record.name)
        writer.add("name", *record.name);
    else
        writer.addNull("name");
    writer.add("status", record.status);
    return writer.object();
}

QByteArray ConnectJson::page(const QList<ConversationRecord> &items, const std::optional<QString> &cursor) {
    QList<QByteArray> conversations;
    conversations.reserve(items.size());
    for (const ConversationRecord &record : items)
        conversations.append(conversation(record));
    JsonWriter writer;
    writer.addRaw("conversations", JsonWriter::array(conversations));
    if (cursor)
        writer.add("cursor", *cursor);
    else
        writer.addNull("cursor");
    return writer.object();
}

} // namespace bridge::sandbox
