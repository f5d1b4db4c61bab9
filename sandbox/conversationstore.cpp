#include "conversationstore.h"

#include "dataset.h"

#include <algorithm>

namespace bridge::sandbox {

namespace {
bool matches(const QList<ParticipantRecord> &participants, const UserFilter &filter) {
    return std::any_of(
        participants.cbegin(), participants.cend(), [&filter](const ParticipantRecord &participant) {
            return (filter.identifier.isEmpty() || participant.identifier == filter.identifier) &&
                   (filter.type.isEmpty() || participant.type == filter.type);
        });
}
} // namespace

ConversationStore::ConversationStore(quint32 seed, int count, const QString &workspaceId)
    : m_items(Dataset::generate(seed, count, workspaceId))
    , m_idGenerator(seed ^ 0x5eed1d5U) {}

QList<ConversationRecord> ConversationStore::filtered(const ConversationFilter &filter) const {
    QList<ConversationRecord> result;
    for (const ConversationRecord &record : m_items) {
        if (!filter.status.isEmpty() && record.status != filter.status)
            continue;
        if (filter.externalUser && !matches(record.externalParticipants, *filter.externalUser))
            continue;
        if (filter.internalUser && !matches(record.internalParticipants, *filter.internalUser))
            continue;
        result.append(record);
    }
    return result;
}

std::optional<ConversationRecord> ConversationStore::find(const QString &id) const {
    for (const ConversationRecord &record : m_items) {
        if (record.id == id)
            return record;
    }
    return std::nullopt;
}

ConversationRecord ConversationStore::add(ConversationRecord record) {
    do {
        record.id = Dataset::conversationId(m_idGenerator);
    } while (find(record.id));
    m_items.prepend(record);
    return record;
}

void ConversationStore::replace(const ConversationRecord &record) {
    m_items.removeIf([&record](const ConversationRecord &item) { return item.id == record.id; });
    m_items.prepend(record);
}

} // namespace bridge::sandbox
