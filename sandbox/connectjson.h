#pragma once

#include "conversationrecord.h"

#include <QByteArray>
#include <QList>
#include <optional>

namespace bridge::sandbox {

//! Conversations as the Connect API writes them: participants grouped as externals and internals,
//! identifierType, name null when unset, no teamId. Compact, keys in the reference's order.
class ConnectJson {
public:
    static QByteArray conversation(const ConversationRecord &record);
    //! {"conversations": [...], "cursor": "..." or null on the last page}
    static QByteArray page(const QList<ConversationRecord> &items, const std::optional<QString> &cursor);
};

} // namespace bridge::sandbox
