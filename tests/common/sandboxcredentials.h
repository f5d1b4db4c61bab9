// Credentials that a test's in-process sandbox accepts, as the window receives them in --sandbox mode.
#pragma once

#include "credentials.h"
#include "sandboxserver.h"

namespace testing {

inline bridge::Credentials sandboxCredentials(const bridge::sandbox::SandboxServer &server,
                                              const QByteArray &secret = {}) {
    bridge::Credentials c;
    c.baseUrl = server.baseUrl();
    c.workspaceId = server.config().workspaceId;
    c.apiKey = server.config().apiKey;
    c.secret = secret.isEmpty() ? server.config().secret : secret;
    c.secretSource = bridge::Credentials::Source::Sandbox;
    return c;
}

} // namespace testing
