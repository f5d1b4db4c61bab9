#include "singleinstance.h"

#include "desktoplogging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QThread>

#include <unistd.h>

namespace {

constexpr QByteArrayView kRaiseRequest = "raise\n";

QString runtimeDir() {
    // XDG_RUNTIME_DIR, or a 0700 fallback Qt creates under /tmp: private to this user either way.
    QString dir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (dir.isEmpty())
        dir = QDir::tempPath();
    return dir;
}

QString baseName(const QString &key) {
    const QByteArray material = QByteArray::number(uint(::getuid())) + '\0' + key.toUtf8();
    const QByteArray hash = QCryptographicHash::hash(material, QCryptographicHash::Sha256);
    return QLatin1String("bridge-desk-") + QString::fromLatin1(hash.toHex().left(16));
}

} // namespace

SingleInstance::SingleInstance(const QString &key, QObject *parent)
    : QObject(parent)
    , m_serverName(runtimeDir() + QLatin1Char('/') + baseName(key) + QLatin1String(".socket"))
    , m_lock(runtimeDir() + QLatin1Char('/') + baseName(key) + QLatin1String(".lock")) {}

SingleInstance::~SingleInstance() {
    if (m_server)
        m_server->close(); // removes the socket file before the lock goes
}

QString SingleInstance::keyFor(bool sandbox, const QString &profile) {
    const QString forced = qEnvironmentVariable("BRIDGE_DESK_INSTANCE_KEY");
    if (forced == QLatin1String("none"))
        return {};
    if (!forced.isEmpty())
        return forced;
    if (sandbox)
        return {};
    // Settings live under the config directory: another HOME or XDG_CONFIG_HOME is another set of
    // profiles (test harnesses use private ones), so it is another key.
    QString key = QLatin1String("profile:") + profile;
    const QString config = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    if (config != QDir::homePath() + QLatin1String("/.config"))
        key += QLatin1String("\nconfig=") + config;
    for (const char *name : {"BRIDGE_BASE_URL", "BRIDGE_WORKSPACE_ID", "BRIDGE_API_KEY"}) {
        if (qEnvironmentVariableIsSet(name))
            key += QLatin1Char('\n') + QLatin1String(name) + QLatin1Char('=') + qEnvironmentVariable(name);
    }
    return key;
}

SingleInstance::Role SingleInstance::claim(int timeoutMs) {
    // The lock decides who is primary, so two launches at the same moment cannot both listen;
    // QLockFile takes over a lock whose process has died.
    m_lock.setStaleLockTime(0);
    if (m_lock.tryLock(0)) {
        QLocalServer::removeServer(m_serverName); // a socket file left by a crash
        m_server = std::make_unique<QLocalServer>();
        m_server->setSocketOptions(QLocalServer::UserAccessOption);
        if (!m_server->listen(m_serverName)) {
            qCWarning(lcDesktop) << "single instance: cannot listen on" << m_serverName << ":"
                                 << m_server->errorString();
            m_server.reset();
            return Role::Standalone;
        }
        connect(m_server.get(), &QLocalServer::newConnection, this, &SingleInstance::acceptConnections);
        qCDebug(lcDesktop) << "single instance: primary on" << m_serverName;
        return Role::Primary;
    }

    // Someone holds the key. It may still be between taking the lock and listening: retry briefly.
    QElapsedTimer clock;
    clock.start();
    QLocalSocket socket;
    while (true) {
        socket.connectToServer(m_serverName, QIODevice::WriteOnly);
        if (socket.waitForConnected(int(qMax<qint64>(1, timeoutMs - clock.elapsed()))))
            break;
        if (clock.elapsed() >= timeoutMs) {
            qCWarning(lcDesktop) << "single instance: another Bridge Desk holds" << m_lock.fileName()
                                 << "but does not answer on" << m_serverName << "; starting anyway";
            return Role::Standalone;
        }
        QThread::msleep(50);
    }
    socket.write(kRaiseRequest.data(), kRaiseRequest.size());
    socket.waitForBytesWritten(timeoutMs);
    socket.disconnectFromServer();
    if (socket.state() != QLocalSocket::UnconnectedState)
        socket.waitForDisconnected(timeoutMs);
    qCInfo(lcDesktop) << "single instance: asked the running Bridge Desk to come forward";
    return Role::Secondary;
}

void SingleInstance::acceptConnections() {
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        // A second launch writes one line and leaves at once: read what it sent whichever of
        // readyRead and disconnected comes first.
        const auto drain = [this, socket] {
            while (socket->canReadLine()) {
                if (socket->readLine(64) == kRaiseRequest) {
                    qCInfo(lcDesktop) << "single instance: a second launch asked this window to come forward";
                    emit activationRequested();
                }
            }
            if (socket->bytesAvailable() > 64)
                socket->abort(); // not one of ours
        };
        connect(socket, &QLocalSocket::readyRead, this, drain);
        connect(socket, &QLocalSocket::disconnected, this, [socket, drain] {
            drain();
            socket->deleteLater();
        });
        if (socket->bytesAvailable() > 0)
            drain();
    }
}
