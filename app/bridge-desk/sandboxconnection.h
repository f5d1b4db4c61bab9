#pragma once
// Header-only: bridge-desk's --sandbox and the test harness (tests/common/sandboxfixture.h) connect
// to a sandbox the same way.

#include "apigeneration.h"
#include "connectionsettings.h"
#include "dataset.h"
#include "sandboxconfig.h"

#include <QUrl>

//! The sandbox configuration of an API generation (SandboxConfig::forApi's defaults).
inline bridge::sandbox::SandboxConfig sandboxConfigFor(bridge::ApiGeneration generation) {
    using Api = bridge::sandbox::SandboxConfig::Api;
    return bridge::sandbox::SandboxConfig::forApi(
        generation == bridge::ApiGeneration::Connect ? Api::Connect : Api::Classic);
}

//! The agent the sandbox's demo user is: the first of its seeded agents (the same email in both API
//! generations), so that conversations assigned to them are "assigned to you".
inline QString sandboxAgentIdentifier() {
    return bridge::sandbox::Dataset::agentEmails().value(0);
}

//! The connection a sandbox at baseUrl with config accepts, in its API generation: its demo
//! credentials (secretSource Sandbox, never stored) and its demo agent. Classic: the API key, the
//! secret key and the signing convention; Connect: the API key, which is the secret.
inline bridge::ConnectionSettings sandboxConnection(const QUrl &baseUrl,
                                                    const bridge::sandbox::SandboxConfig &config) {
    bridge::ConnectionSettings settings;
    bridge::Credentials &c = settings.credentials;
    c.baseUrl = baseUrl;
    c.workspaceId = config.workspaceId;
    c.secretSource = bridge::Credentials::Source::Sandbox;
    settings.offlineCopy = true; // the demo workspace keeps its offline copy
    settings.agentIdentifier = sandboxAgentIdentifier();
    if (config.api == bridge::sandbox::SandboxConfig::Api::Connect) {
        c.generation = bridge::ApiGeneration::Connect;
        c.secret = config.apiKey.toUtf8();
    } else {
        c.generation = bridge::ApiGeneration::Classic;
        c.apiKey = config.apiKey;
        c.secret = config.secret;
        settings.signQueryString = config.signQueryString;
    }
    return settings;
}
