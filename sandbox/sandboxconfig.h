#pragma once

#include <QByteArray>
#include <QString>

namespace bridge::sandbox {

//! What the sandbox accepts and serves. Fixed for the lifetime of a SandboxServer.
struct SandboxConfig {
    //! The generation of the Bridge API the server speaks (see /work/shared: api-contract.md for
    //! Classic, api-connect.md for Connect). One per server, on the same seeded data.
    enum class Api { Classic, Connect };

    //! The defaults of api: Classic as a default-constructed config; Connect with a UUID workspace
    //! and its own API key.
    static SandboxConfig forApi(Api api);

    Api api = Api::Classic;
    QString workspaceId = QStringLiteral("ws_sandbox");
    QString apiKey = QStringLiteral("ak_sandbox_0123456789");
    QByteArray secret = "sk_sandbox_secret_change_me"; //!< Classic only: Connect has no signature
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
    //! Connect only: a second accepted key that may only read (GET); anything else answers 403.
    //! Empty = none.
    QString readOnlyApiKey;
    bool apiKeyExpired = false; //!< Connect only: every configured key answers 401, "expired"

    bool tlsEnabled() const { return !tlsCertificatePem.isEmpty() && !tlsPrivateKeyPem.isEmpty(); }
};

inline SandboxConfig SandboxConfig::forApi(Api api) {
    SandboxConfig config;
    config.api = api;
    if (api == Api::Connect) {
        config.workspaceId = QStringLiteral("5a9d1c3e-7b2f-4e8a-9c61-0d4f8b2a7e13");
        config.apiKey = QStringLiteral("bk_connect_sandbox_0123456789");
    }
    return config;
}

} // namespace bridge::sandbox
