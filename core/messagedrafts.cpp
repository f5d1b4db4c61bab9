#include "messagedrafts.h"

namespace bridge {

OutgoingMessage MessageDrafts::draft(const QString &conversationId) const {
    if (const auto it = m_drafts.constFind(conversationId); it != m_drafts.cend())
        return *it;
    OutgoingMessage message;
    message.conversationId = conversationId;
    return message;
}

void MessageDrafts::keep(const OutgoingMessage &message) {
    OutgoingMessage untouched;
    untouched.conversationId = message.conversationId;
    if (message == untouched)
        m_drafts.remove(message.conversationId);
    else
        m_drafts.insert(message.conversationId, message);
}

} // namespace bridge
