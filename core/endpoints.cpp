#include "endpoints.h"

namespace bridge {

namespace {

QStringList collectionPath(const QString &workspaceId) {
    return {QStringLiteral("v1"), QStringLiteral("workspaces"), workspaceId, QStringLiteral("conversations")};
}

QStringList itemPath(const QString &workspaceId, const QString &conversationId) {
    QStringList segments = collectionPath(workspaceId);
    segments.append(conversationId);
    return segments;
}

} // namespace

RequestSpec ListConversations::build(const QString &workspaceId, const ListQuery &query) {
    RequestSpec spec;
    spec.method = QByteArrayLiteral("GET");
    spec.pathSegments = collectionPath(workspaceId);
    spec.query = query.encoded();
    spec.retryable = true;
    return spec;
}

RequestSpec CreateConversation::build(const QString &workspaceId, const NewConversation &conversation) {
    RequestSpec spec;
    spec.method = QByteArrayLiteral("POST");
    spec.pathSegments = collectionPath(workspaceId);
    spec.body = conversation.toJson();
    spec.retryable = false; // a lost answer to a create is reported, never sent twice
    return spec;
}

RequestSpec GetConversation::build(const QString &workspaceId, const QString &conversationId) {
    RequestSpec spec;
    spec.method = QByteArrayLiteral("GET");
    spec.pathSegments = itemPath(workspaceId, conversationId);
    spec.retryable = true;
    return spec;
}

RequestSpec UpdateConversation::build(const QString &workspaceId, const QString &conversationId,
                                      const ConversationUpdate &update) {
    RequestSpec spec;
    spec.method = QByteArrayLiteral("PATCH");
    spec.pathSegments = itemPath(workspaceId, conversationId);
    spec.body = update.toJson();
    spec.retryable = false;
    return spec;
}

} // namespace bridge
