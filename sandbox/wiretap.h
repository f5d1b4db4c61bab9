#pragma once

#include <QByteArray>
#include <QObject>
#include <QQueue>
#include <optional>

class QTcpSocket;

namespace bridge::sandbox {

//! Keeps the request lines of one connection exactly as they came on the wire.
//! QHttpServerRequest only offers a QUrl, which normalizes percent-encoding (%7E -> ~, %c3 ->
//! %C3); the signature covers the path as sent, so the sandbox reads it here instead. The tap
//! peeks at the socket before QAbstractHttpServer reads it and never consumes anything.
class WireTap : public QObject {
    Q_OBJECT
public:
    struct RequestLine {
        QByteArray method;
        QByteArray target; //!< origin-form: path[?query]
    };

    //! Becomes a child of socket; must be created before anyone else connects to readyRead.
    explicit WireTap(QTcpSocket *socket);

    //! The next request line seen on socket, oldest first; nullopt when unknown.
    static std::optional<RequestLine> takeNext(QTcpSocket *socket);

private:
    void onReadyRead();
    void scan();

    QTcpSocket *m_socket;
    QByteArray m_pending;
    qint64 m_bodyRemaining = 0;
    bool m_lost = false; //!< framing not understood (chunked, oversized head): give up
    QQueue<RequestLine> m_lines;
};

} // namespace bridge::sandbox
