#pragma once

#include "conversation.h"
#include "conversationpage.h"

#include <QJsonObject>

namespace bridge {

//! Values back to the contract's JSON shapes, for `--json` output and exports.
//! Dates as RFC 3339 UTC with Z; absent optionals left out; lastSeenAt null when unknown.
class JsonEncoder {
public:
    static QJsonObject toJson(const Participant &participant);
    static QJsonObject toJson(const Conversation &conversation);
    static QJsonObject toJson(const ConversationPage &page);
    static QString
    dateTime(const QDateTime &when); //!< "2024-01-15T10:30:00Z", milliseconds only when non-zero
};

} // namespace bridge
