#pragma once

#include <QSslConfiguration>
#include <QTcpServer>

#include <optional>

namespace bridge::sandbox {

//! A QTcpServer that puts a WireTap on every accepted socket before handing it on. With a TLS
//! configuration every socket is a QSslSocket: the server handshake runs first and the socket is
//! handed on only once it is encrypted (a client that refuses the certificate never reaches the
//! HTTP layer). The tap then reads the decrypted bytes, so the raw request line is kept over TLS too.
class LoopbackTcpServer : public QTcpServer {
    Q_OBJECT
public:
    explicit LoopbackTcpServer(std::optional<QSslConfiguration> tls, QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    std::optional<QSslConfiguration> m_tls;
};

} // namespace bridge::sandbox
