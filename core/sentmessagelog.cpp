#include "sentmessagelog.h"

namespace bridge {

void SentMessageLog::add(const OutgoingMessage &message, const SentMessage &sent, const QDateTime &at) {
    SentRecord record;
    record.sentAt = at;
    record.audience = message.audience;
    record.text = message.text;
    for (const Attachment &attachment : message.attachments)
        record.attachmentNames.append(attachment.name);
    record.messageId = sent.messageId;
    m_records[message.conversationId].prepend(record);
}

} // namespace bridge
