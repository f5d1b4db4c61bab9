#pragma once

#include "conversation.h"
#include "conversationpage.h"
#include "participantref.h"

#include <QString>

//! How bridgectl prints for people: aligned tables and key/value blocks.
namespace textoutput {

//! Columns aligned by display width: each cell padded to its column's widest, two spaces between.
QString table(const QStringList &headers, const QList<QStringList> &rows);
//! "1 conversation", "138 conversations".
QString conversations(qint64 count);
//! The conversations, then the footer.
QString pageTable(const bridge::ConversationPage &page);
//! Numbered: "Page 2 of 12 · 240 conversations". Cursored (no totals): "20 conversations on this
//! page · more follow" and, last, "next: --cursor C" while a page follows; shown: the page's rows,
//! counted: how a number of them reads ("1 conversation", "45 contacts").
QString pageFooter(const bridge::Pagination &pagination, qsizetype shown,
                   QString (*counted)(qint64) = conversations);
//! PROVIDER and CHANNEL, then "2 channels".
QString channelTable(const QList<bridge::ProviderChannel> &channels);
QString conversationBlock(const bridge::Conversation &conversation);
QString participantsSummary(const QList<bridge::Participant> &participants);
//! Terminal columns \a text takes: East Asian wide characters count 2, combining marks 0.
qsizetype displayWidth(const QString &text);

} // namespace textoutput
