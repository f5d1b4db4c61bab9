#include "uploadhost.h"

#include "httpanswer.h"
#include "sandboxlogging.h"

#include <QCryptographicHash>
#include <QHttpServerRequest>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace bridge::sandbox {

namespace {

constexpr char kUploadRoot[] = "/uploads/";

QByteArray token() {
    quint32 words[4];
    QRandomGenerator::global()->fillRange(words);
    return QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex();
}

QByteArray xmlEscaped(const QString &text) {
    return text.toHtmlEscaped().toUtf8();
}

} // namespace

UploadHost::UploadHost(QObject *parent)
    : QAbstractHttpServer(parent) {}

quint16 UploadHost::listenLoopback() {
    auto *server = new QTcpServer(this);
    if (!server->listen(QHostAddress::LocalHost, 0)) {
        qCWarning(lcSandbox).noquote() << "upload host: cannot listen:" << server->errorString();
        delete server;
        return 0;
    }
    bind(server);
    m_port = server->serverPort();
    return m_port;
}

UploadHost::Presigned UploadHost::presign(const QString &mediaId, const QByteArray &checksumBase64,
                                          const QByteArray &contentType) {
    const QString path = QString::fromLatin1(token());
    m_tickets.insert(path, {mediaId, checksumBase64, contentType, {}, false});
    m_tokenOf.insert(mediaId, path);
    Presigned presigned;
    // The query mimics S3's presigned parameters: a client must send it back as it is, and never
    // log it (it is a credential for this one upload).
    presigned.url = QUrl(QStringLiteral("http://127.0.0.1:%1%2%3?X-Amz-Expires=900&X-Amz-Signature=%4")
                             .arg(m_port)
                             .arg(QLatin1String(kUploadRoot), path, QString::fromLatin1(token())));
    presigned.headers = {{"Content-Type", contentType}, {"x-amz-checksum-sha256", checksumBase64}};
    return presigned;
}

bool UploadHost::isKnown(const QString &mediaId) const {
    return m_tokenOf.contains(mediaId);
}

bool UploadHost::isUploaded(const QString &mediaId) const {
    return m_tickets.value(m_tokenOf.value(mediaId)).uploaded;
}

QByteArray UploadHost::content(const QString &mediaId) const {
    return m_tickets.value(m_tokenOf.value(mediaId)).content;
}

QByteArray UploadHost::s3Error(int status, const char *code, const QString &message) {
    const QByteArray body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + QByteArray(code) +
                            "</Code><Message>" + xmlEscaped(message) + "</Message><RequestId>" +
                            token().left(16) + "</RequestId></Error>";
    HttpAnswer answer;
    answer.status = status;
    answer.contentType = "application/xml";
    answer.body = body;
    return answer.head(QDateTime::currentDateTimeUtc(), token().left(16)) + body;
}

QByteArray UploadHost::answer(ReceivedRequest &record) {
    if (record.method != "PUT") {
        record.status = 405;
        return s3Error(405, "MethodNotAllowed", QStringLiteral("The specified method is not allowed."));
    }
    const QString path = QString::fromUtf8(record.path);
    const auto it = path.startsWith(QLatin1String(kUploadRoot))
                        ? m_tickets.find(path.mid(int(qstrlen(kUploadRoot))))
                        : m_tickets.end();
    const QByteArray actual = QCryptographicHash::hash(record.body, QCryptographicHash::Sha256).toBase64();
    QByteArray error;
    if (it == m_tickets.end()) {
        record.status = 403;
        error = s3Error(403, "AccessDenied", QStringLiteral("Request has expired or the URL is not valid."));
    } else if (record.header("x-amz-checksum-sha256") != it->checksumBase64 ||
               record.header("Content-Type") != it->contentType) {
        record.status = 403;
        error = s3Error(403, "SignatureDoesNotMatch",
                        QStringLiteral("The request signature we calculated does not match the signature you "
                                       "provided: x-amz-checksum-sha256 and Content-Type must be the "
                                       "presigned ones."));
    } else if (actual != it->checksumBase64) {
        record.status = 403;
        error = s3Error(403, "BadDigest",
                        QStringLiteral("The SHA256 you specified did not match the calculated checksum."));
    }
    if (!error.isEmpty())
        return error;
    it->uploaded = true;
    it->content = record.body;
    record.status = 200;
    HttpAnswer ok;
    ok.status = 200;
    ok.contentType = "application/xml";
    ok.extraHeaders = {
        {"ETag", '"' + QCryptographicHash::hash(record.body, QCryptographicHash::Md5).toHex() + '"'},
        {"x-amz-checksum-sha256", actual}};
    return ok.head(QDateTime::currentDateTimeUtc(), token().left(16));
}

bool UploadHost::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) {
    ReceivedRequest record;
    switch (request.method()) {
    case QHttpServerRequest::Method::Put:
        record.method = "PUT";
        break;
    case QHttpServerRequest::Method::Get:
        record.method = "GET";
        break;
    case QHttpServerRequest::Method::Post:
        record.method = "POST";
        break;
    default:
        record.method = "OTHER";
        break;
    }
    record.path = request.url().path(QUrl::FullyEncoded).toUtf8();
    record.rawQuery = request.url().query(QUrl::FullyEncoded).toUtf8();
    record.body = request.body();
    record.headers = request.headers();

    const FaultPlan::Decision decision = m_faults.take();
    QByteArray bytes;
    if (decision.failure) {
        record.status = decision.failure->status;
        bytes = s3Error(record.status, record.status == 403 ? "AccessDenied" : "InternalError",
                        QStringLiteral("The sandbox was told to fail this upload."));
    } else if (decision.fault == Fault::None) {
        bytes = answer(record);
    }
    const bool drop = decision.fault != Fault::None && !decision.failure;
    auto write = [this, socket = QPointer<QTcpSocket>(socket), record, bytes, drop]() mutable {
        if (!socket || socket->state() != QAbstractSocket::ConnectedState || drop) {
            record.answered = false;
            if (socket)
                socket->abort();
        } else {
            socket->write(bytes);
        }
        qCInfo(lcSandbox).noquote().nospace()
            << "upload host: " << record.method << ' ' << record.path << " -> "
            << (record.answered ? QString::number(record.status) : QStringLiteral("dropped"));
        m_received.append(record);
        emit requestHandled(record);
    };
    if (m_faults.latencyMs() > 0)
        QTimer::singleShot(m_faults.latencyMs(), this, write);
    else
        write();
    return true;
}

void UploadHost::missingHandler(const QHttpServerRequest &, QTcpSocket *socket) {
    socket->write(s3Error(404, "NoSuchKey", QStringLiteral("The specified key does not exist.")));
}

} // namespace bridge::sandbox
