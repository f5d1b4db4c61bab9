#include "uploadtransfer.h"

#include "logging.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QXmlStreamReader>

namespace bridge {

namespace {

struct UploadText {
    Q_DECLARE_TR_FUNCTIONS(bridge::UploadTransfer)
};

constexpr qsizetype MaxAnswerBytes = 64 * 1024; // a storage host's error is a few hundred bytes

//! <Error><Code>…</Code><Message>…</Message></Error>: the code and the message, empty when absent.
QPair<QString, QString> storageError(const QByteArray &body) {
    QXmlStreamReader xml(body);
    QString code;
    QString message;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("Code") && code.isEmpty())
            code = xml.readElementText().simplified().left(80);
        else if (xml.name() == QLatin1String("Message") && message.isEmpty())
            message = xml.readElementText().simplified().left(300);
    }
    return {code, message};
}

//! The storage host as named in messages: host and port, never the path or query (they carry the
//! presigned signature).
QString hostOf(const QUrl &url) {
    return url.port() > 0 ? url.host() + QLatin1Char(':') + QString::number(url.port()) : url.host();
}

} // namespace

UploadTransfer::UploadTransfer(QNetworkAccessManager *nam, UploadSlot slot, PreparedAttachment file,
                               int timeoutMs, QList<QByteArray> extraCaCertificatesPem, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_slot(std::move(slot))
    , m_file(std::move(file))
    , m_timeoutMs(timeoutMs)
    , m_extraCa(std::move(extraCaCertificatesPem)) {}

UploadTransfer::~UploadTransfer() {
    abort();
}

QString UploadTransfer::urlProblem(const QUrl &url) {
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    const QHostAddress address(url.host());
    const bool loopback = url.host().compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 ||
                          (!address.isNull() && address.isLoopback());
    if (scheme == QLatin1String("http") && loopback)
        return {};
    return UploadText::tr("Bridge named an upload address that is not https (%1).").arg(hostOf(url));
}

QNetworkRequest UploadTransfer::request(const UploadSlot &slot, int timeoutMs,
                                        const QList<QByteArray> &extraCaCertificatesPem) {
    QNetworkRequest request(slot.url);
    for (const auto &[name, value] : slot.headers)
        request.setRawHeader(name, value);
    request.setTransferTimeout(timeoutMs);
    if (!extraCaCertificatesPem.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        for (const QByteArray &pem : extraCaCertificatesPem)
            tls.addCaCertificates(QSslCertificate::fromData(pem, QSsl::Pem));
        request.setSslConfiguration(tls);
    }
    // Nothing the access manager keeps may ride along: no cookies, no remembered credentials, and
    // no redirect that would carry the file somewhere else.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    return request;
}

ApiError UploadTransfer::judge(const QString &fileName, const QUrl &url, int httpStatus,
                               QNetworkReply::NetworkError networkError, const QString &networkErrorText,
                               const QByteArray &body) {
    ApiError error;
    if (httpStatus >= 200 && httpStatus < 300 && networkError == QNetworkReply::NoError)
        return error;
    error.kind = ApiError::Kind::Upload;
    error.method = QStringLiteral("PUT");
    error.path = hostOf(url);
    error.httpStatus = httpStatus;
    if (httpStatus == 0 || networkError == QNetworkReply::RemoteHostClosedError) {
        // Qt may quote the whole URL, whose query is the presigned signature: only the host stays.
        QString why = networkErrorText;
        why.replace(url.toString(QUrl::FullyEncoded), hostOf(url)).replace(url.toString(), hostOf(url));
        error.detail = UploadText::tr("“%1” could not be uploaded: the connection to the storage host %2 "
                                      "was lost (%3). The message was not sent.")
                           .arg(fileName, hostOf(url), why);
        return error;
    }
    const auto [code, message] = storageError(body);
    error.code = code;
    error.serverMessage = message;
    QString said = message.isEmpty() ? QString() : QStringLiteral(": ") + message;
    if (!code.isEmpty())
        said += QStringLiteral(" [") + code + QLatin1Char(']');
    error.detail = UploadText::tr("“%1” could not be uploaded: the storage host %2 answered %3%4. The "
                                  "message was not sent.")
                       .arg(fileName, hostOf(url))
                       .arg(httpStatus)
                       .arg(said);
    return error;
}

void UploadTransfer::start() {
    qCDebug(lcNet).noquote() << "upload" << m_file.attachment.name << "to" << hostOf(m_slot.url);
    QNetworkReply *reply =
        m_nam->sendCustomRequest(request(m_slot, m_timeoutMs, m_extraCa), m_slot.method, m_file.bytes);
    m_reply = reply;
    connect(reply, &QNetworkReply::uploadProgress, this, &UploadTransfer::progress);
    connect(reply, &QIODevice::readyRead, this, [this, reply] {
        m_body += reply->read(qMax<qint64>(0, MaxAnswerBytes - m_body.size()));
        reply->skip(reply->bytesAvailable());
    });
    connect(reply, &QNetworkReply::finished, this, &UploadTransfer::onFinished);
}

void UploadTransfer::abort() {
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}

void UploadTransfer::onFinished() {
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->disconnect(this);
    reply->deleteLater();
    m_body += reply->read(qMax<qint64>(0, MaxAnswerBytes - m_body.size()));
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_file.bytes.clear(); // sent or refused: not kept in memory any longer
    emit finished(
        judge(m_file.attachment.name, m_slot.url, status, reply->error(), reply->errorString(), m_body));
}

} // namespace bridge
