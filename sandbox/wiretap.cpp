#include "wiretap.h"

#include <QTcpSocket>

namespace bridge::sandbox {

namespace {
constexpr qsizetype kMaxHead = 64 * 1024;
}

WireTap::WireTap(QTcpSocket *socket)
    : QObject(socket)
    , m_socket(socket) {
    connect(socket, &QTcpSocket::readyRead, this, &WireTap::onReadyRead);
}

std::optional<WireTap::RequestLine> WireTap::takeNext(QTcpSocket *socket) {
    auto *tap = socket ? socket->findChild<WireTap *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
    if (!tap || tap->m_lines.isEmpty())
        return std::nullopt;
    return tap->m_lines.dequeue();
}

void WireTap::onReadyRead() {
    if (m_lost)
        return;
    // Unread bytes only: whoever reads after us consumes them before the next readyRead.
    m_pending += m_socket->peek(m_socket->bytesAvailable());
    scan();
}

void WireTap::scan() {
    while (!m_lost) {
        if (m_bodyRemaining > 0) {
            const qint64 skip = qMin<qint64>(m_bodyRemaining, m_pending.size());
            m_pending.remove(0, skip);
            m_bodyRemaining -= skip;
            if (m_bodyRemaining > 0)
                return;
        }
        const qsizetype end = m_pending.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_pending.size() > kMaxHead)
                m_lost = true;
            return;
        }
        const QList<QByteArray> lines = m_pending.left(end).split('\n');
        m_pending.remove(0, end + 4);
        const QList<QByteArray> words = lines.value(0).trimmed().split(' ');
        if (words.size() != 3) {
            m_lost = true;
            return;
        }
        RequestLine line{words.at(0), words.at(1)};
        if (line.target.startsWith("http://") || line.target.startsWith("https://")) {
            const qsizetype slash = line.target.indexOf('/', line.target.indexOf("//") + 2);
            line.target = slash < 0 ? QByteArray("/") : line.target.mid(slash);
        }
        m_lines.enqueue(line);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray header = lines.at(i).trimmed();
            const qsizetype colon = header.indexOf(':');
            const QByteArray name = header.left(colon).trimmed().toLower();
            const QByteArray value = header.mid(colon + 1).trimmed();
            if (name == "content-length")
                m_bodyRemaining = value.toLongLong();
            else if (name == "transfer-encoding" && value.toLower() != "identity")
                m_lost = true;
        }
    }
}

} // namespace bridge::sandbox
