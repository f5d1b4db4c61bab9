#pragma once

#include "attachment.h"
#include "fielderror.h"

#include <QList>
#include <QString>

namespace bridge {

//! A message an agent is about to send into a conversation (Connect's POST .../messages), with the
//! files to go with it. A value: the composer fills it, validate() says what is missing, and
//! BridgeClient::sendMessage() sends it whole.
struct OutgoingMessage {
    //! Who reads it (the wire's enableExternalBroadcast): the customer, on their channel, or only
    //! the agents, as a note in the conversation.
    enum class Audience { Customer, InternalNote };

    QString conversationId;
    QString text;
    Audience audience = Audience::Customer;
    QString replyToMessageId; //!< empty: not a reply
    QList<Attachment> attachments;

    //! Problems tied to fields ("conversationId", "text", "attachments[1]"), in plain sentences;
    //! every attachment is held to AttachmentRules. Empty when the message may be sent.
    FieldErrors validate() const;

    friend bool operator==(const OutgoingMessage &, const OutgoingMessage &) = default;
};

//! What Bridge answered for a sent message.
struct SentMessage {
    QString messageId;
    QString messagingProduct; //!< "bridge"
    QStringList mediaIds;     //!< the attachments' ids, in the order of OutgoingMessage::attachments

    friend bool operator==(const SentMessage &, const SentMessage &) = default;
};

} // namespace bridge
