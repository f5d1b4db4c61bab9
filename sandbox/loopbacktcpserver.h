#pragma once

#include <QTcpServer>

namespace bridge::sandbox {

//! A QTcpServer that puts a WireTap on every accepted socket before handing it on.
class LoopbackTcpServer : public QTcpServer {
    Q_OBJECT
public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr socketDescriptor) override;
};

} // namespace bridge::sandbox
