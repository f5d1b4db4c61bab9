#include "sandboxthread.h"

#include "sandboxserver.h"

namespace bridge::sandbox {

SandboxThread::SandboxThread(SandboxConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config)) {
    m_thread.setObjectName(QStringLiteral("bridge-sandbox"));
}

SandboxThread::~SandboxThread() {
    stop();
}

bool SandboxThread::start(quint16 port) {
    if (m_server)
        return true;
    m_thread.start();
    m_anchor = new QObject;
    m_anchor->moveToThread(&m_thread);
    QUrl url;
    QMetaObject::invokeMethod(
        m_anchor,
        [this, port, &url] {
            auto server = std::make_unique<SandboxServer>(m_config);
            if (server->listenLoopback(port) == 0)
                return;
            url = server->baseUrl();
            m_server = server.release();
        },
        Qt::BlockingQueuedConnection);
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
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_anchor;
    m_anchor = nullptr;
    m_baseUrl.clear();
}

} // namespace bridge::sandbox
