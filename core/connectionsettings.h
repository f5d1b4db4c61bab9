#pragma once

#include "clientoptions.h"
#include "credentials.h"

namespace bridge {

//! Everything one profile knows about its connection: the credentials and the connection
//! preferences (the signing convention, the timeout). One value with equality, stored whole by
//! CredentialStore under "profiles/<profile>", and turned into ClientOptions in one place only.
struct ConnectionSettings {
    static constexpr int DefaultTimeoutSeconds = 30;
    static constexpr double DefaultOfflineCopyRate = 5.0;
    static constexpr int MaxAgentIdentifierLength = 256;

    Credentials credentials;
    bool signQueryString = false;               //!< sign path + "?" + query (servers that expect it)
    int timeoutSeconds = DefaultTimeoutSeconds; //!< per attempt
    //! "Keep an offline copy of this workspace": off by default (on for the sandbox), and how many
    //! list requests a second the copy may make (OfflineCopy).
    bool offlineCopy = false;
    double offlineCopyRate = DefaultOfflineCopyRate;
    //! The agent's own identifier in this workspace (an email or id), for "assigned to me"
    //! notifications; empty: unknown, and those are not told. Not a secret.
    QString agentIdentifier = {};

    //! base with this connection put in: base URL, workspace, API key, secret, the signing convention
    //! and the timeout (a timeout below 1 s counts as the default). The rest of base (retries, size
    //! cap, extra authorities) is kept.
    ClientOptions toClientOptions(ClientOptions base = {}) const;

    //! What is wrong with identifier (already trimmed) as agentIdentifier, in words for people;
    //! empty when nothing is (empty included: unknown is allowed).
    static QString agentIdentifierProblem(const QString &identifier);

    friend bool operator==(const ConnectionSettings &, const ConnectionSettings &) = default;
};

} // namespace bridge
