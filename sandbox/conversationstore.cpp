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

bool accepts(const ConversationFilter &filter, const ConversationRecord &record) {
    return (filter.status.isEmpty() || record.status == filter.status) &&
           (!filter.externalUser || matches(record.externalParticipants, *filter.externalUser)) &&
           (!filter.internalUser || matches(record.internalParticipants, *filter.internalUser));
}

bool isEmpty(const ConversationFilter &filter) {
    return filter.status.isEmpty() && !filter.externalUser && !filter.internalUser;
}
} // namespace

ConversationStore::ConversationStore(quint32 seed, int count, const QString &workspaceId)
    : ConversationStore(Dataset::generate(seed, count, workspaceId), seed, &Dataset::conversationId) {}

ConversationStore::ConversationStore(QList<ConversationRecord> items, quint32 seed, IdMaker newId)
    : m_items(std::move(items))
    , m_idGenerator(seed ^ 0x5eed1d5U)
    , m_newId(newId) {}

QList<ConversationRecord> ConversationStore::window(const ConversationFilter &filter, qsizetype first,
                                                    qsizetype count, qsizetype &total) const {
    if (isEmpty(filter)) {
        total = m_items.size();
        return first < total ? m_items.mid(first, count) : QList<ConversationRecord>();
    }
    QList<ConversationRecord> result;
    total = 0;
    for (const ConversationRecord &record : m_items) {
        if (!accepts(filter, record))
            continue;
        if (total >= first && total - first < count)
            result.append(record);
        ++total;
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
        record.id = m_newId(m_idGenerator);
    } while (find(record.id));
    m_items.prepend(record);
    return record;
}

void ConversationStore::replace(const ConversationRecord &record) {
    m_items.removeIf([&record](const ConversationRecord &item) { return item.id == record.id; });
    m_items.prepend(record);
}

} // namespace bridge::sandbox
