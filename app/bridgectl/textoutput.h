#pragma once

#include "conversation.h"
#include "conversationpage.h"

#include <QString>

//! How bridgectl prints for people: aligned tables and key/value blocks.
namespace textoutput {

QString pageTable(const bridge::ConversationPage &page);
QString conversationBlock(const bridge::Conversation &conversation);
QString participantsSummary(const QList<bridge::Participant> &participants);
//! "1 conversation", "138 conversations".
QString conversations(qint64 count);
//! Terminal columns \a text takes: East Asian wide characters count 2, combining marks 0.
qsizetype displayWidth(const QString &text);

} // namespace textoutput
