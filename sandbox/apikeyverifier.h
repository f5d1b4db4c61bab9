#pragma once

#include "sandboxconfig.h"

#include <QByteArray>
#include <QString>

namespace bridge::sandbox {

//! Checks the x-api-key header of a Connect request: no signature, no timestamp. The configured
//! key may do anything; the read-only key only GET; with apiKeyExpired both have expired.
class ApiKeyVerifier {
public:
    struct Result {
        int status = 0;        //!< 0 when the request may go on, else 401 or 403
        const char *code = ""; //!< one of connectcode's
        QString message;
        bool ok() const { return status == 0; }
    };

    explicit ApiKeyVerifier(const SandboxConfig &config);

    //! key: the header's value, empty when absent.
    Result verify(const QByteArray &method, const QByteArray &key) const;

private:
    const SandboxConfig &m_config;
};

} // namespace bridge::sandbox
