#include "loopbacktcpserver.h"

#include "sandboxlogging.h"
#include "wiretap.h"

#include <QSslSocket>
#include <QTimer>

namespace bridge::sandbox {

namespace {
constexpr int kHandshakeTimeoutMs = 10000;
}

LoopbackTcpServer::LoopbackTcpServer(std::optional<QSslConfiguration> tls, QObject *parent)
    : QTcpServer(parent)
    , m_tls(std::move(tls)) {}

void LoopbackTcpServer::incomingConnection(qintptr socketDescriptor) {
    if (!m_tls) {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(socketDescriptor)) {
            delete socket;
            return;
        }
        new WireTap(socket); // connected to readyRead first, so it sees the bytes before the parser
        addPendingConnection(socket);
        return;
    }

    auto *socket = new QSslSocket(this);
    socket->setSslConfiguration(*m_tls);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    new WireTap(socket); // sees the decrypted bytes: readyRead fires only for application data
    // Until handed on, the socket is ours: drop it when the client gives up on the handshake.
    connect(socket, &QSslSocket::encrypted, this, [this, socket] {
        disconnect(socket, nullptr, this, nullptr);
        addPendingConnection(socket);
    });
    connect(socket, &QAbstractSocket::disconnected, this, [socket] { socket->deleteLater(); });
    connect(socket, &QSslSocket::sslErrors, this, [](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            qCInfo(lcSandbox).noquote() << "TLS handshake:" << error.errorString();
    });
    QTimer::singleShot(kHandshakeTimeoutMs, socket, [socket] {
        if (!socket->isEncrypted())
            socket->abort();
    });
    socket->startServerEncryption();
}

} // namespace bridge::sandbox
