#pragma once

#include "outgoingmessage.h"

#include <QDateTime>
#include <QHash>
#include <QList>

namespace bridge {

//! One message this app sent, as the composer lists it.
struct SentRecord {
    QDateTime sentAt; //!< local clock, when Bridge answered
    OutgoingMessage::Audience audience = OutgoingMessage::Audience::Customer;
    QString text;
    QStringList attachmentNames;
    QString messageId;

    friend bool operator==(const SentRecord &, const SentRecord &) = default;
};

//! The messages sent from this app in this session, per conversation. The Bridge API has no call
//! that reads a conversation's messages, so this is all the window can show of its history.
class SentMessageLog {
public:
    //! Records message, which Bridge took as sent.
    void add(const OutgoingMessage &message, const SentMessage &sent, const QDateTime &at);
    //! The conversation's sent messages, newest first.
    QList<SentRecord> records(const QString &conversationId) const { return m_records.value(conversationId); }

private:
    QHash<QString, QList<SentRecord>> m_records;
};

} // namespace bridge
