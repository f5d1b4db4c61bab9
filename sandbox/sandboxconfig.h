#pragma once

#include <QByteArray>
#include <QString>

namespace bridge::sandbox {

//! What the sandbox accepts and serves. Fixed for the lifetime of a SandboxServer.
struct SandboxConfig {
    QString workspaceId = QStringLiteral("ws_sandbox");
    QString apiKey = QStringLiteral("ak_sandbox_0123456789");
    QByteArray secret = "sk_sandbox_secret_change_me";
    quint32 seed = 1;
    int conversationCount = 240;
    QString pathPrefix;           //!< e.g. "/bridge/api"; every endpoint lives under it
    bool signQueryString = false; //!< the signature covers path + "?" + raw query as received
    int skewWindowSeconds = 300;
    bool controlEndpoint = false; //!< enables the unsigned {prefix}/_sandbox/... routes
    int churnSeconds = 0;         //!< > 0: every that many seconds, a round of churn (see Churn)
    //! HTTPS when both are set: the server's certificate (chain, leaf first) and its private key,
    //! PEM. The TLS handshake happens before the request is read; HTTP/1.1 only.
    QByteArray tlsCertificatePem;
    QByteArray tlsPrivateKeyPem;

    bool tlsEnabled() const { return !tlsCertificatePem.isEmpty() && !tlsPrivateKeyPem.isEmpty(); }
};

} // namespace bridge::sandbox
