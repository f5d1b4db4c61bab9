#pragma once

#include "conversation.h"
#include "conversationpage.h"

#include <QString>

//! How bridgectl prints for people: aligned tables and key/value blocks.
namespace textoutput {

QString pageTable(const bridge::ConversationPage &page);
QString conversationBlock(const bridge::Conversation &conversation);
QString participantsSummary(const QList<bridge::Participant> &participants);

} // namespace textoutput
