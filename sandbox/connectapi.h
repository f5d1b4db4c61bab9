#pragma once

#include "apidialect.h"
#include "apikeyverifier.h"
#include "connectcontactsapi.h"
#include "connectdataset.h"
#include "connectmessages.h"
#include "connectparticipant.h"
#include "pagecursor.h"

#include <QByteArray>
#include <QList>

namespace bridge::sandbox {

//! The Connect API (api-connect.md) under /bridge/api: health, and under v1/workspaces/{id} the
//! conversations (list by cursor, get, create, PATCH) and the provider channels; x-api-key
//! authentication; {"code", "message"} errors (connectcodes.h).
class ConnectApi : public ApiDialect {
public:
    explicit ConnectApi(const SandboxConfig &config);

    QByteArray root() const override { return "/bridge/api"; }
    std::optional<HttpAnswer> refuse(const ReceivedRequest &request, const QDateTime &now) const override;
    HttpAnswer handle(const ApiRequest &request) override;
    HttpAnswer faultAnswer(Fault fault, const ApiRequest &request) const override;
    HttpAnswer sandboxError(SandboxError error, int status) const override;
    QString patchedConversationId(const ApiRequest &request) const override;
    QByteArray conversationJson(const ConversationRecord &record) const override;
    Churn::Words churnWords() const override { return ConnectDataset::churnWords(); }
    ConnectMessages *messages() override { return &m_messages; }

private:
    //! The participants of a create.
    struct Sides {
        QList<ConnectParticipant> externals;
        std::optional<QList<ConnectParticipant>> internals; //!< nullopt when not sent at all
    };
    //! What a PATCH asks of one side: participants to add and to remove.
    struct Changes {
        QList<ConnectParticipant> add;
        QList<ConnectParticipant> remove;
    };

    HttpAnswer list(const ApiRequest &request) const;
    HttpAnswer page(const ConversationFilter &filter, qsizetype offset, int limit) const;
    HttpAnswer create(const ApiRequest &request);
    HttpAnswer get(const QString &conversationId) const;
    HttpAnswer update(const QString &conversationId, const ApiRequest &request);
    HttpAnswer channels(const QString &provider) const;

    Sides readSides(const QJsonValue &value, ConnectProblems &problems) const;
    Changes readChanges(const QJsonValue &value, const QString &field, ConnectParticipant::Side side,
                        ConnectProblems &problems) const;
    //! A providerChannelId must name one of the workspace's channels of its provider.
    void checkChannels(const QList<ConnectParticipant> &externals, ConnectProblems &problems) const;

    const SandboxConfig &m_config;
    ApiKeyVerifier m_keys;
    PageCursor m_cursor;
    QList<ProviderChannel> m_channels;
    ConnectContactsApi m_contacts;
    ConnectMessages m_messages;
};

} // namespace bridge::sandbox
