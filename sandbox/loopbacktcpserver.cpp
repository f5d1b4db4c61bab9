#include "loopbacktcpserver.h"

#include "wiretap.h"

#include <QTcpSocket>

namespace bridge::sandbox {

void LoopbackTcpServer::incomingConnection(qintptr socketDescriptor) {
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    new WireTap(socket); // connected to readyRead first, so it sees the bytes before the parser
    addPendingConnection(socket);
}

} // namespace bridge::sandbox
