#pragma once

#include "apidialect.h"
#include "classiccontactsapi.h"
#include "requestverifier.h"

#include <QByteArray>
#include <QJsonObject>

namespace bridge::sandbox {

//! The Classic API (api-contract.md): the four conversation endpoints under /v1, signed requests,
//! page numbers with totals, the contract's validation.
class ConversationsApi : public ApiDialect {
public:
    explicit ConversationsApi(const SandboxConfig &config);

    QByteArray root() const override { return "/v1"; }
    std::optional<HttpAnswer> refuse(const ReceivedRequest &request, const QDateTime &now) const override;
    HttpAnswer handle(const ApiRequest &request) override;
    HttpAnswer faultAnswer(Fault fault, const ApiRequest &request) const override;
    HttpAnswer sandboxError(SandboxError error, int status) const override;
    QString patchedConversationId(const ApiRequest &request) const override;
    QByteArray conversationJson(const ConversationRecord &record) const override;
    Churn::Words churnWords() const override { return Churn::Words::classic(); }

    //! One page of the list as JSON, for the list endpoint and for fault bodies.
    static QByteArray pageJson(const QList<ConversationRecord> &items, int page, int limit);
    //! The same from a window already cut out of the list (its items are that page's only).
    static QByteArray pageJson(const QList<ConversationRecord> &pageItems, qsizetype total, int page,
                               int limit);

private:
    HttpAnswer list(const ApiRequest &request) const;
    HttpAnswer create(const ApiRequest &request);
    HttpAnswer get(const QString &conversationId) const;
    HttpAnswer update(const QString &conversationId, const ApiRequest &request);

    const SandboxConfig &m_config;
    RequestVerifier m_verifier;
    ClassicContactsApi m_contacts;
};

} // namespace bridge::sandbox
