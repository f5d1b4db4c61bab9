#pragma once

#include "outgoingmessage.h"

#include <QHash>

namespace bridge {

//! The messages an agent started and has not sent, one per conversation, for as long as the
//! window is open: switching to another conversation and back finds the text, the audience and the
//! attachments as they were left. Nothing is written to disk (a draft may hold what the customer
//! must not see yet, and files that move).
class MessageDrafts {
public:
    //! The draft of conversationId; an empty message to it when there is none.
    OutgoingMessage draft(const QString &conversationId) const;
    //! Keeps message as its conversation's draft; one that is still what draft() starts with (no
    //! text, no files, to the customer) is dropped.
    void keep(const OutgoingMessage &message);
    //! After a send: the conversation starts afresh.
    void clear(const QString &conversationId) { m_drafts.remove(conversationId); }
    bool has(const QString &conversationId) const { return m_drafts.contains(conversationId); }

private:
    QHash<QString, OutgoingMessage> m_drafts;
};

} // namespace bridge
