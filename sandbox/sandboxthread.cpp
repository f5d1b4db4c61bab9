#include "sandboxthread.h"

#include "sandboxserver.h"

#include <QSemaphore>

#include <openssl/crypto.h>

namespace bridge::sandbox {

SandboxThread::SandboxThread(SandboxConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config)) {
    m_thread.setObjectName(QStringLiteral("bridge-sandbox"));
}

SandboxThread::~SandboxThread() {
    stop();
}

bool SandboxThread::start(quint16 port, const std::function<void()> &meanwhile) {
    if (m_server)
        return true;
    m_thread.start();
    m_anchor = new QObject;
    m_anchor->moveToThread(&m_thread);
    QUrl url;
    QSemaphore done; // released on the server thread once it listens or gave up
    QMetaObject::invokeMethod(
        m_anchor,
        [this, port, &url, &done] {
            auto server = std::make_unique<SandboxServer>(m_config);
            if (server->listenLoopback(port) != 0) {
                url = server->baseUrl();
                m_server = server.release();
            }
            done.release();
        },
        Qt::QueuedConnection);
    if (meanwhile)
        meanwhile();
    done.acquire();
    if (!m_server) {
        stop();
        return false;
    }
    m_baseUrl = url;
    return true;
}

void SandboxThread::stop() {
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(
        m_anchor,
        [this] {
            delete m_server; // its sockets and timers belong to this thread
            m_server = nullptr;
            // QHttpServer's constructor set up Qt's TLS backend on this thread, and with it OpenSSL's
            // state of this thread (random generators, error queue). OpenSSL frees that from a
            // thread-exit handler, which runs after wait() below has returned: when the process
            // then exits at once (bridge-desk --exit-after-load), OPENSSL_cleanup() can come first,
            // the handler never runs, and LeakSanitizer reports the state as leaked. Free it here,
            // on this thread, before anyone waits for it.
            OPENSSL_thread_stop();
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_anchor;
    m_anchor = nullptr;
    m_baseUrl.clear();
}

} // namespace bridge::sandbox
