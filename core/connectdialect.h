#pragma once

#include "apidialect.h"

namespace bridge {

//! The Connect generation (api-connect.md): /bridge/api/v1/workspaces/{ws}/..., an x-api-key header,
//! upper-case statuses and identifier types, participants nested as externals/internals, and paging
//! by opaque cursor without totals.
class ConnectDialect final : public ApiDialect {
public:
    ApiGeneration generation() const override { return ApiGeneration::Connect; }
    const StatusVocabulary &statuses() const override { return StatusVocabulary::connect(); }
    QList<ParticipantType> customerTypes() const override;
    QList<ParticipantType> agentTypes() const override;
    bool pagesByCursor() const override { return true; }
    int minLimit() const override { return 1; }
    int maxLimit() const override { return ListQuery::MaxLimit; }
    ConversationStatus defaultStatus() const override { return ConnectStatus::active(); }

    RequestSpec list(const QString &workspaceId, const ListQuery &query) const override;
    RequestSpec create(const QString &workspaceId, const NewConversation &conversation) const override;
    RequestSpec get(const QString &workspaceId, const QString &conversationId) const override;
    RequestSpec update(const QString &workspaceId, const QString &conversationId,
                       const ConversationUpdate &update) const override;
    RequestSpec health() const override;
    RequestSpec providerChannels(const QString &workspaceId, const QString &provider) const override;

    const MessageDialect &messages() const override;

    using ApiDialect::validate;
    FieldErrors validate(const ListQuery &query) const override;

    JsonDecoder::Result<ConversationPage> decodePage(const QByteArray &body) const override;
    JsonDecoder::Result<Conversation> decodeConversation(const QByteArray &body) const override;
    JsonDecoder::Result<QList<ProviderChannel>> decodeChannels(const QByteArray &body) const override;
    QJsonObject toJson(const Conversation &conversation) const override;
    QJsonObject toJson(const ConversationPage &page) const override;

    //! The query string exactly as it goes on the wire, without '?': status,
    //! externalUserIdentifier(+Type), internalUserIdentifier(+Type), limit, then cursor when there is
    //! one; RFC 3986 encoding, '+' as %2B. A filter's type left open is sent as detected.
    static QByteArray encodedQuery(const ListQuery &query);
    //! The create and update bodies, compact, absent optionals left out (never null), provider
    //! fields only as a pair and only for a new conversation's customers.
    static QByteArray createBody(const NewConversation &conversation);
    static QByteArray updateBody(const ConversationUpdate &update);

    static QStringList providers() { return {QStringLiteral("WHATSAPP"), QStringLiteral("HEYGIA")}; }

protected:
    FieldErrors channelProblems(const QList<ParticipantRef> &customers, const QString &field) const override;
};

} // namespace bridge
