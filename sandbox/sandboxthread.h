#pragma once

#include "sandboxconfig.h"

#include <QObject>
#include <QThread>
#include <QUrl>

#include <functional>

namespace bridge::sandbox {

class SandboxServer;

//! A SandboxServer on a thread of its own, so a slow or faulty answer never holds up the thread
//! that owns the caller's windows. start() creates the server on that thread and returns once it
//! listens (a queued call on the server thread and a semaphore, not a nested event loop); the destructor
//! deletes the server on its thread and joins it.
class SandboxThread : public QObject {
    Q_OBJECT
public:
    explicit SandboxThread(SandboxConfig config = {}, QObject *parent = nullptr);
    ~SandboxThread() override;

    //! Starts the thread and the server on 127.0.0.1:port (0 = any free port). False when it
    //! could not listen. meanwhile, when given, runs on the calling thread while the server is
    //! being built on its own (QHttpServer loads the TLS backend: not instant); start() returns
    //! once both are done.
    bool start(quint16 port = 0, const std::function<void()> &meanwhile = {});
    void stop();

    QUrl baseUrl() const { return m_baseUrl; } //!< empty until start() succeeded
    const SandboxConfig &config() const { return m_config; }
    //! Lives on the server thread: call it only through queued invocations.
    SandboxServer *server() const { return m_server; }

private:
    SandboxConfig m_config;
    QThread m_thread;
    QObject *m_anchor = nullptr; //!< lives on m_thread: the context of the blocking calls
    SandboxServer *m_server = nullptr;
    QUrl m_baseUrl;
};

} // namespace bridge::sandbox
