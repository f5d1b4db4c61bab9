#include "requestverifier.h"

#include "samebytes.h"

#include <QMessageAuthenticationCode>

#include <algorithm>

namespace bridge::sandbox {

namespace {
RequestVerifier::Result refuse(const char *code, const QString &message) {
    return {false, QLatin1String(code), message};
}

bool isDecimal(const QByteArray &text) {
    return !text.isEmpty() && text.size() <= 12 &&
           std::all_of(text.cbegin(), text.cend(), [](char c) { return c >= '0' && c <= '9'; });
}
} // namespace

RequestVerifier::RequestVerifier(const SandboxConfig &config)
    : m_config(config) {}

QByteArray RequestVerifier::stringToSign(const QByteArray &method, const QByteArray &wirePath,
                                         const QByteArray &rawQuery, const QByteArray &body,
                                         const QByteArray &timestamp) const {
    QByteArray path = wirePath;
    if (m_config.signQueryString && !rawQuery.isEmpty())
        path += '?' + rawQuery;
    return method + '\n' + path + '\n' + body + '\n' + timestamp;
}

QByteArray RequestVerifier::signature(const QByteArray &text) const {
    return QMessageAuthenticationCode::hash(text, m_config.secret, QCryptographicHash::Sha256).toHex();
}

RequestVerifier::Result RequestVerifier::verify(const QByteArray &method, const QByteArray &wirePath,
                                                const QByteArray &rawQuery, const QByteArray &body,
                                                const AuthHeaders &headers, qint64 nowSeconds) const {
    if (headers.apiKey.isEmpty())
        return refuse("missing_header", QStringLiteral("missing X-API-Key header"));
    if (!sameBytes(headers.apiKey, m_config.apiKey.toUtf8()))
        return refuse("unknown_api_key", QStringLiteral("unknown API key"));
    if (headers.timestamp.isEmpty())
        return refuse("missing_header", QStringLiteral("missing X-API-Timestamp header"));
    if (!isDecimal(headers.timestamp)) {
        return refuse("invalid_timestamp",
                      QStringLiteral("X-API-Timestamp must be Unix time in whole seconds, "
                                     "decimal ASCII"));
    }
    const qint64 timestamp = headers.timestamp.toLongLong();
    if (qAbs(timestamp - nowSeconds) > m_config.skewWindowSeconds) {
        return refuse("timestamp_out_of_window",
                      QStringLiteral("timestamp outside the allowed window of %1 s (server time %2)")
                          .arg(m_config.skewWindowSeconds)
                          .arg(nowSeconds));
    }
    if (headers.signature.isEmpty())
        return refuse("missing_header", QStringLiteral("missing X-API-Signature header"));
    const QByteArray expected = signature(stringToSign(method, wirePath, rawQuery, body, headers.timestamp));
    if (!sameBytes(headers.signature, expected))
        return refuse("signature_mismatch", QStringLiteral("signature mismatch"));
    return {};
}

} // namespace bridge::sandbox
