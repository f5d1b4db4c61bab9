#pragma once

#include <QByteArray>

namespace bridge {

//! Request signing as the contract fixes it, byte for byte:
//!   {METHOD}\n{REQUEST_PATH}\n{REQUEST_BODY}\n{TIMESTAMP}
//! signed with HMAC-SHA256 under the secret key (OpenSSL EVP_MAC), as lowercase hex.
class Signer {
public:
    //! requestPath is the encoded path as sent, with "?query" appended only when the
    //! "sign the query string too" setting is on (the caller decides; see RequestFactory).
    static QByteArray stringToSign(const QByteArray &method, const QByteArray &requestPath,
                                   const QByteArray &body, const QByteArray &timestamp);

    //! 64 lowercase hex characters. Empty only if OpenSSL itself fails (logged, never the secret).
    static QByteArray signature(const QByteArray &secret, const QByteArray &stringToSign);
};

} // namespace bridge
