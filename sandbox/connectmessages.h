#pragma once

#include "apidialect.h"
#include "uploadhost.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>

namespace bridge::sandbox {

//! A message as the sandbox received it (Connect has no endpoint that reads messages: tests and
//! the demo window see them through SandboxServer::messages()).
struct StoredMessage {
    QString messageId;
    QString conversationId;
    QString text;
    bool externalBroadcast = true;
    QString replyToMessageId;
    QStringList mediaIds;
    QDateTime sentAt;
};

//! The Connect messages endpoints (api-connect.md, "Messages"): POST .../files hands out upload
//! slots on the UploadHost, POST .../messages takes a message into a conversation.
//!
//! Sandbox choices where the reference is silent: a message goes into an ACTIVE or GHOST
//! conversation, any other status answers 409 BRIDGE_CONVERSATION_0004; a customer-visible message
//! to a GHOST conversation makes it ACTIVE ("invisible until the first interaction"), an internal
//! note leaves it as it is. Media ids must be ones handed out here and uploaded since; a
//! replyToMessageId must be a message of the same conversation.
class ConnectMessages {
public:
    explicit ConnectMessages(ConversationStore &store);

    HttpAnswer files(const ApiRequest &request);
    HttpAnswer send(const ApiRequest &request);

    UploadHost &uploadHost() { return m_uploads; }
    //! The messages of a conversation, oldest first.
    QList<StoredMessage> messages(const QString &conversationId) const {
        return m_messages.value(conversationId);
    }

private:
    ConversationStore &m_store;
    UploadHost m_uploads;
    QHash<QString, QList<StoredMessage>> m_messages;
};

} // namespace bridge::sandbox
