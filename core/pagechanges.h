#pragma once

#include "conversation.h"

#include <QList>
#include <QMetaType>
#include <QStringList>

namespace bridge {

//! What a refresh of the same page brought, compared with the rows shown before it.
struct PageChanges {
    QStringList changedIds; //!< present before and after, with another updatedAt, status or name
    QStringList newIds;     //!< not present before, in page order (created, or moved onto the page)
    //! How many of newIds were created since the rows before were loaded: createdAt later than every
    //! updatedAt before (a row that only moved up from a later page is not a new conversation).
    int newConversations = 0;

    bool isEmpty() const { return changedIds.isEmpty() && newIds.isEmpty(); }

    //! Pure comparison by id.
    static PageChanges compare(const QList<Conversation> &before, const QList<Conversation> &after);
    //! The fields whose change marks a row: updatedAt, status, name.
    static bool differs(const Conversation &a, const Conversation &b);
};

} // namespace bridge

Q_DECLARE_METATYPE(bridge::PageChanges)
