#pragma once

#include "apigeneration.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace bridge {

//! Where to send, who we are, and the policies of every call. Plain value, set on BridgeClient.
struct ClientOptions {
    static QUrl defaultBaseUrl() { return QUrl(QStringLiteral("https://api.bridge.new")); }
    //! The host a profile of that generation starts with (Connect's reference names the US one).
    static QUrl defaultBaseUrl(ApiGeneration generation) {
        return generation == ApiGeneration::Connect
                   ? QUrl(QStringLiteral("https://api-connect-us.bridge.new"))
                   : defaultBaseUrl();
    }

    ApiGeneration generation = ApiGeneration::Classic; //!< which ApiDialect every call speaks
    QUrl baseUrl = defaultBaseUrl();                   //!< may carry a path prefix: https://host/bridge/api
    QString workspaceId;
    QString apiKey; //!< classic only: the X-API-Key header beside the signature
    QByteArray
        secret; //!< classic: the signing key; Connect: the x-api-key. Never logged or written to a file

    bool signQueryString = false;              //!< contract setting: sign path + "?" + query when on
    int timeoutMs = 30000;                     //!< transfer timeout per attempt
    qint64 maxResponseBytes = 8 * 1024 * 1024; //!< enforced while downloading
    int maxRetries = 3;                        //!< GETs only: network errors, 5xx, 429
    int retryBaseDelayMs = 500;                //!< backoff: base * 2^attempt, with jitter
    int maxRetryAfterSeconds = 60;             //!< a Retry-After above this is capped to it
    //! Certificate authorities trusted in addition to the system's (PEM, one or more certificates
    //! per entry), e.g. a company's internal CA. They add to the defaults; verification is never off.
    QList<QByteArray> extraCaCertificatesPem;

    friend bool operator==(const ClientOptions &, const ClientOptions &) = default;
};

} // namespace bridge
