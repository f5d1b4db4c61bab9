#pragma once

#include "sandboxconfig.h"

#include <QByteArray>
#include <QString>

namespace bridge::sandbox {

//! The three authentication headers of a request; empty when absent.
struct AuthHeaders {
    QByteArray apiKey;
    QByteArray timestamp;
    QByteArray signature;
};

//! Checks X-API-Key, X-API-Timestamp and X-API-Signature as the contract says, with Qt's own
//! HMAC (QMessageAuthenticationCode), independently of the client's signer.
class RequestVerifier {
public:
    struct Result {
        bool ok = true;
        QString code;    //!< short error code for the JSON "error" field
        QString message; //!< says which check failed
    };

    explicit RequestVerifier(const SandboxConfig &config);

    //! wirePath: the path exactly as received (no query); rawQuery: the query as received.
    Result verify(const QByteArray &method, const QByteArray &wirePath, const QByteArray &rawQuery,
                  const QByteArray &body, const AuthHeaders &headers, qint64 nowSeconds) const;

    QByteArray stringToSign(const QByteArray &method, const QByteArray &wirePath, const QByteArray &rawQuery,
                            const QByteArray &body, const QByteArray &timestamp) const;
    QByteArray signature(const QByteArray &stringToSign) const; //!< lowercase hex

private:
    const SandboxConfig &m_config;
};

} // namespace bridge::sandbox
