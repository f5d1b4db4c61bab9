#include "signer.h"

#include "logging.h"

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/params.h>

#include <memory>

namespace bridge {

QByteArray Signer::stringToSign(const QByteArray &method, const QByteArray &requestPath,
                                const QByteArray &body, const QByteArray &timestamp) {
    QByteArray out;
    out.reserve(method.size() + requestPath.size() + body.size() + timestamp.size() + 3);
    out.append(method)
        .append('\n')
        .append(requestPath)
        .append('\n')
        .append(body)
        .append('\n')
        .append(timestamp);
    return out;
}

QByteArray Signer::signature(const QByteArray &secret, const QByteArray &stringToSign) {
    using MacPtr = std::unique_ptr<EVP_MAC, decltype(&EVP_MAC_free)>;
    using CtxPtr = std::unique_ptr<EVP_MAC_CTX, decltype(&EVP_MAC_CTX_free)>;

    // The HMAC implementation is fetched once; EVP_MAC objects are reference counted and thread-safe.
    static const MacPtr mac(EVP_MAC_fetch(nullptr, "HMAC", nullptr), &EVP_MAC_free);
    if (!mac) {
        qCWarning(lcSign) << "OpenSSL has no HMAC implementation";
        return {};
    }
    CtxPtr ctx(EVP_MAC_CTX_new(mac.get()), &EVP_MAC_CTX_free);
    char digest[] = "SHA256";
    const OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
                                 OSSL_PARAM_construct_end()};
    unsigned char out[EVP_MAX_MD_SIZE];
    size_t outLength = 0;
    const auto *key = reinterpret_cast<const unsigned char *>(secret.constData());
    const auto *data = reinterpret_cast<const unsigned char *>(stringToSign.constData());
    if (!ctx || EVP_MAC_init(ctx.get(), key, size_t(secret.size()), params) != 1 ||
        EVP_MAC_update(ctx.get(), data, size_t(stringToSign.size())) != 1 ||
        EVP_MAC_final(ctx.get(), out, &outLength, sizeof out) != 1) {
        qCWarning(lcSign) << "OpenSSL failed to compute HMAC-SHA256";
        return {};
    }
    return QByteArray(reinterpret_cast<const char *>(out), qsizetype(outLength)).toHex();
}

} // namespace bridge
