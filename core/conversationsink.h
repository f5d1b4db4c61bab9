#pragma once

#include "conversation.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace bridge {

//! Where conversations read from the server are kept: the local store in the app, a plain list in
//! tests. A walk over every page (the offline copy) writes through it and keeps where it stands, so
//! a walk stopped by a restart goes on from there.
class ConversationSink {
public:
    virtual ~ConversationSink() = default;

    //! Conversations exactly as the server returned them, seen from the server at seenAt. A
    //! conversation kept before is replaced (by id). Returns at once; the writing may happen later,
    //! in order, off the caller's thread.
    virtual void keepConversations(const QList<Conversation> &conversations, const QDateTime &seenAt) = 0;
    //! Where a walk named key stands (opaque bytes); empty bytes forget it. Kept in order with the
    //! conversations written before it, so a checkpoint never runs ahead of its rows.
    virtual void keepCheckpoint(const QString &key, const QByteArray &state) = 0;
    //! The last checkpoint kept under key, empty when none. Sees every keep*() made before it.
    virtual QByteArray checkpoint(const QString &key) const = 0;
};

} // namespace bridge
