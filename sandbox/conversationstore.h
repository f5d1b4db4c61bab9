#pragma once

#include "conversationrecord.h"

#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <optional>

namespace bridge::sandbox {

//! A participant filter of the list endpoint: identifier and/or type.
struct UserFilter {
    QString identifier; //!< empty = any
    QString type;       //!< empty = any
};

struct ConversationFilter {
    QString status; //!< empty = any
    std::optional<UserFilter> externalUser;
    std::optional<UserFilter> internalUser;
};

//! The conversations of the one workspace, newest updatedAt first.
//! A created or updated conversation moves to the front.
class ConversationStore {
public:
    //! Draws the id of a conversation created later.
    using IdMaker = QString (*)(QRandomGenerator &);

    //! The Classic data set of seed (Dataset), "conv_..." ids for new conversations.
    ConversationStore(quint32 seed, int count, const QString &workspaceId);
    //! items as they come (newest updatedAt first); new ids from newId, drawn from a generator of seed.
    ConversationStore(QList<ConversationRecord> items, quint32 seed, IdMaker newId);

    const QList<ConversationRecord> &all() const { return m_items; }
    //! The matches from index first on, at most count of them, and how many match in all.
    //! Copies only that window: the cost of a page does not grow with the data set
    //! (with no filter it is O(count); a filter only tests the rest, never copies it).
    QList<ConversationRecord> window(const ConversationFilter &filter, qsizetype first, qsizetype count,
                                     qsizetype &total) const;
    std::optional<ConversationRecord> find(const QString &id) const;

    //! Gives record a fresh id, puts it first and returns it.
    ConversationRecord add(ConversationRecord record);
    //! Replaces the conversation with the same id and moves it to the front.
    void replace(const ConversationRecord &record);

private:
    QList<ConversationRecord> m_items;
    QRandomGenerator m_idGenerator;
    IdMaker m_newId;
};

} // namespace bridge::sandbox
