#pragma once

#include "apidialect.h"

namespace bridge {

//! The signed classic generation (api-contract.md): /v1/workspaces/{ws}/conversations, lower-case
//! statuses and types, externalUser[identifier] filters, page numbers with totals.
class ClassicDialect final : public ApiDialect {
public:
    ApiGeneration generation() const override { return ApiGeneration::Classic; }
    const StatusVocabulary &statuses() const override { return StatusVocabulary::classic(); }
    QList<ParticipantType> customerTypes() const override;
    QList<ParticipantType> agentTypes() const override;
    bool pagesByCursor() const override { return false; }
    int minLimit() const override { return ListQuery::MinLimit; }
    int maxLimit() const override { return ListQuery::MaxLimit; }
    ConversationStatus defaultStatus() const override { return ClassicStatus::active(); }

    RequestSpec list(const QString &workspaceId, const ListQuery &query) const override;
    RequestSpec create(const QString &workspaceId, const NewConversation &conversation) const override;
    RequestSpec get(const QString &workspaceId, const QString &conversationId) const override;
    RequestSpec update(const QString &workspaceId, const QString &conversationId,
                       const ConversationUpdate &update) const override;
    RequestSpec health() const override { return {}; }
    RequestSpec providerChannels(const QString &, const QString &) const override { return {}; }

    const MessageDialect &messages() const override { return MessageDialect::none(); }

    using ApiDialect::validate;
    FieldErrors validate(const ListQuery &query) const override;

    JsonDecoder::Result<ConversationPage> decodePage(const QByteArray &body) const override;
    JsonDecoder::Result<Conversation> decodeConversation(const QByteArray &body) const override;
    JsonDecoder::Result<QList<ProviderChannel>> decodeChannels(const QByteArray &body) const override;
    QJsonObject toJson(const Conversation &conversation) const override;
    QJsonObject toJson(const ConversationPage &page) const override;

    //! The query string exactly as it goes on the wire, without '?': stable order (status,
    //! externalUser, internalUser, page, limit), RFC 3986 encoding, '+' as %2B, brackets as %5B/%5D.
    //! Page and limit are always sent (the customer is externalUser, the agent internalUser).
    static QByteArray encodedQuery(const ListQuery &query);

protected:
    FieldErrors channelProblems(const QList<ParticipantRef> &customers, const QString &field) const override;
};

} // namespace bridge
