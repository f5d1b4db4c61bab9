#pragma once

#include "apigeneration.h"
#include "clientoptions.h"

#include <QProcess>
#include <QUrl>

//! A bridge-sandbox process on 127.0.0.1 with an ephemeral port, as a real server would be: its own
//! process, so its work never runs on the client's thread. Stopped (SIGTERM, then killed) on destruction.
class SandboxProcess {
public:
    SandboxProcess() = default;
    ~SandboxProcess();
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    //! Starts it with `count` seeded conversations speaking api and waits (blocking, at most
    //! timeoutMs) for its credentials. False, with the reason on stderr, when it did not come up.
    bool start(int count, bridge::ApiGeneration api = bridge::ApiGeneration::Classic, int timeoutMs = 60000);
    void stop();

    //! Options for a BridgeClient talking to it, retries off so a failure shows at once.
    const bridge::ClientOptions &options() const { return m_options; }
    int count() const { return m_count; }

private:
    QProcess m_process;
    bridge::ClientOptions m_options;
    int m_count = 0;
};
