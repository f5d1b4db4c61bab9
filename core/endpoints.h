#pragma once

#include "conversation.h"
#include "conversationpage.h"
#include "conversationupdate.h"
#include "jsondecoder.h"
#include "listquery.h"
#include "newconversation.h"
#include "requestspec.h"

namespace bridge {

// One small type per endpoint call: a pure request builder, testable without a network, and the
// decoder of its typed result. Kept in one file because each is a handful of lines.

struct ListConversations {
    using Result = ConversationPage;
    static RequestSpec build(const QString &workspaceId, const ListQuery &query);
    static JsonDecoder::Result<Result> decode(const QByteArray &body) {
        return JsonDecoder::decodePage(body);
    }
};

struct CreateConversation {
    using Result = Conversation;
    static RequestSpec build(const QString &workspaceId, const NewConversation &conversation);
    static JsonDecoder::Result<Result> decode(const QByteArray &body) {
        return JsonDecoder::decodeConversation(body);
    }
};

struct GetConversation {
    using Result = Conversation;
    static RequestSpec build(const QString &workspaceId, const QString &conversationId);
    static JsonDecoder::Result<Result> decode(const QByteArray &body) {
        return JsonDecoder::decodeConversation(body);
    }
};

struct UpdateConversation {
    using Result = Conversation;
    static RequestSpec build(const QString &workspaceId, const QString &conversationId,
                             const ConversationUpdate &update);
    static JsonDecoder::Result<Result> decode(const QByteArray &body) {
        return JsonDecoder::decodeConversation(body);
    }
};

} // namespace bridge
