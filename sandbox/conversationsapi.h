#pragma once

#include "conversationstore.h"
#include "httpanswer.h"
#include "sandboxconfig.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

namespace bridge::sandbox {

//! An authenticated API request, its path already split and percent-decoded.
struct ApiRequest {
    QByteArray method;
    QStringList segments; //!< after the prefix: "v1", "workspaces", id, "conversations"[, id]
    QByteArray rawQuery;
    QByteArray body;
    QDateTime now; //!< the server's clock
};

//! The four conversation endpoints, with the contract's validation.
class ConversationsApi {
public:
    ConversationsApi(const SandboxConfig &config, ConversationStore &store);

    HttpAnswer handle(const ApiRequest &request);
    //! True when the request addresses the list endpoint (used to shape fault bodies).
    static bool isListRoute(const ApiRequest &request);

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
    ConversationStore &m_store;
};

} // namespace bridge::sandbox
