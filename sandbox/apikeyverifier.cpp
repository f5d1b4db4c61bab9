#include "apikeyverifier.h"

#include "connectcodes.h"
#include "samebytes.h"

namespace bridge::sandbox {

ApiKeyVerifier::ApiKeyVerifier(const SandboxConfig &config)
    : m_config(config) {}

ApiKeyVerifier::Result ApiKeyVerifier::verify(const QByteArray &method, const QByteArray &key) const {
    using namespace connectcode;
    if (key.isEmpty())
        return {401, kKeyMissing, QStringLiteral("missing x-api-key header")};
    const bool full = sameBytes(key, m_config.apiKey.toUtf8());
    const bool readOnly =
        !m_config.readOnlyApiKey.isEmpty() && sameBytes(key, m_config.readOnlyApiKey.toUtf8());
    if (!full && !readOnly)
        return {401, kKeyUnknown, QStringLiteral("invalid API key")};
    if (m_config.apiKeyExpired) {
        return {401, kKeyExpired,
                QStringLiteral("the API key has expired: create a new one in the Bridge console "
                               "(Developers → API Keys)")};
    }
    if (readOnly && method != "GET") {
        return {403, kKeyReadOnly,
                QStringLiteral("this API key may only read (GET), not %1").arg(QString::fromLatin1(method))};
    }
    return {};
}

} // namespace bridge::sandbox
