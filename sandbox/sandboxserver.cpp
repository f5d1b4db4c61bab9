#include "sandboxserver.h"

#include "apidialect.h"
#include "connectmessages.h"
#include "controlapi.h"
#include "faultplan.h"
#include "httpanswer.h"
#include "jsonwriter.h"
#include "loopbacktcpserver.h"
#include "sandboxlogging.h"
#include "wiretap.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

namespace bridge::sandbox {

//! One request on its way to an answer.
struct SandboxServer::Pending {
    QPointer<QTcpSocket> socket;
    ReceivedRequest record;
    QByteArray requestId;
    HttpAnswer answer;
    Fault fault = Fault::None;
    bool control = false;
    QElapsedTimer timer;
};

namespace {

QString normalizedPrefix(QString prefix) {
    prefix = prefix.trimmed();
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    if (!prefix.isEmpty() && !prefix.startsWith(QLatin1Char('/')))
        prefix.prepend(QLatin1Char('/'));
    return prefix;
}

QByteArray methodName(QHttpServerRequest::Method method) {
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

QStringList decodedSegments(const QByteArray &path) {
    QStringList segments;
    const QList<QByteArray> parts = path.split('/');
    for (const QByteArray &part : parts)
        segments.append(QString::fromUtf8(QByteArray::fromPercentEncoding(part)));
    return segments;
}

//! The path and query as QUrl would have normalized them; used to cross-check the wire tap.
QByteArray normalizedPath(const QByteArray &rawPath) {
    QUrl url;
    url.setPath(QString::fromUtf8(rawPath), QUrl::TolerantMode);
    return url.path(QUrl::FullyEncoded).toUtf8();
}

} // namespace

SandboxServer::SandboxServer(SandboxConfig config, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_config(std::move(config))
    , m_faults(std::make_unique<FaultPlan>()) {
    qRegisterMetaType<bridge::sandbox::ReceivedRequest>();
    m_config.pathPrefix = normalizedPrefix(m_config.pathPrefix);
    m_api = ApiDialect::create(m_config);
    m_control = std::make_unique<ControlApi>(*m_faults);
    if (ConnectMessages *messages = m_api->messages())
        m_control->setUploadHost(&messages->uploadHost());
    m_churn = std::make_unique<Churn>(m_config.seed, m_api->churnWords());
    if (m_config.churnSeconds > 0) {
        auto *timer = new QTimer(this);
        connect(timer, &QTimer::timeout, this, [this] {
            // A few new ones now and then, a few changes every round.
            const ChurnResult r = churnOnce(int(m_churnRounds++ % 2 == 0), 2);
            qCInfo(lcSandbox).noquote() << "churn: new" << r.created.join(QLatin1Char(' ')) << "changed"
                                        << r.changed.join(QLatin1Char(' '));
        });
        timer->start(m_config.churnSeconds * 1000);
    }
}

void SandboxServer::failIds(const QStringList &conversationIds, int httpStatus) {
    m_failIds.clear();
    for (const QString &id : conversationIds)
        m_failIds.insert(id, httpStatus);
}

ChurnResult SandboxServer::churnOnce(int newCount, int changedCount) {
    return m_churn->apply(m_api->store(), m_config.workspaceId, newCount, changedCount, m_faults->now());
}

SandboxServer::~SandboxServer() = default;

quint16 SandboxServer::listenLoopback(quint16 port) {
    std::optional<QSslConfiguration> tls;
    if (m_config.tlsEnabled()) {
        const QList<QSslCertificate> chain = QSslCertificate::fromData(m_config.tlsCertificatePem, QSsl::Pem);
        const QSslKey key(m_config.tlsPrivateKeyPem, QSsl::Rsa, QSsl::Pem);
        const QSslKey ecKey(m_config.tlsPrivateKeyPem, QSsl::Ec, QSsl::Pem);
        if (chain.isEmpty() || (key.isNull() && ecKey.isNull())) {
            qCWarning(lcSandbox) << "TLS: cannot read the certificate or the private key (PEM expected)";
            return 0;
        }
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificateChain(chain);
        configuration.setPrivateKey(key.isNull() ? ecKey : key);
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
        configuration.setAllowedNextProtocols({QByteArrayLiteral("http/1.1")});
        tls = configuration;
    }
    auto *server = new LoopbackTcpServer(tls, this);
    if (!server->listen(QHostAddress::LocalHost, port)) {
        qCWarning(lcSandbox).noquote()
            << "cannot listen on 127.0.0.1:" << port << ":" << server->errorString();
        delete server;
        return 0;
    }
    bind(server);
    m_port = server->serverPort();
    if (ConnectMessages *messages = m_api->messages();
        messages && messages->uploadHost().listenLoopback() == 0)
        return 0;
    return m_port;
}

QUrl SandboxServer::baseUrl() const {
    const QLatin1String scheme(m_config.tlsEnabled() ? "https" : "http");
    return QUrl(QStringLiteral("%1://127.0.0.1:%2%3").arg(scheme).arg(m_port).arg(m_config.pathPrefix));
}

const SandboxConfig &SandboxServer::config() const {
    return m_config;
}
void SandboxServer::setLatencyMs(int ms) {
    m_faults->setLatencyMs(ms);
}
void SandboxServer::injectNext(Fault fault, int count) {
    m_faults->injectNext(fault, count);
}
void SandboxServer::resetFaults() {
    m_faults->reset();
    m_failIds.clear();
}

void SandboxServer::failNext(int count, int httpStatus, int retryAfterSeconds) {
    m_faults->failNext(count, httpStatus, retryAfterSeconds);
}

void SandboxServer::setClockOffsetSeconds(qint64 seconds) {
    m_faults->setClockOffsetSeconds(seconds);
}

QList<ReceivedRequest> SandboxServer::receivedRequests() const {
    return m_received;
}
void SandboxServer::clearReceivedRequests() {
    m_received.clear();
}
ConnectMessages *SandboxServer::messages() const {
    return m_api->messages();
}

int SandboxServer::conversationCount() const {
    return int(m_api->store().all().size());
}

QList<QJsonObject> SandboxServer::conversations() const {
    QList<QJsonObject> result;
    for (const ConversationRecord &record : m_api->store().all())
        result.append(QJsonDocument::fromJson(m_api->conversationJson(record)).object());
    return result;
}

QByteArray SandboxServer::conversationsJson() const {
    QList<QByteArray> items;
    for (const ConversationRecord &record : m_api->store().all())
        items.append(m_api->conversationJson(record));
    return JsonWriter::array(items);
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) {
    Pending pending;
    pending.timer.start();
    pending.socket = socket;

    const QUrl url = request.url();
    ReceivedRequest &record = pending.record;
    record.method = methodName(request.method());
    record.path = url.path(QUrl::FullyEncoded).toUtf8();
    record.rawQuery = url.query(QUrl::FullyEncoded).toUtf8();
    if (const auto line = WireTap::takeNext(socket)) {
        const qsizetype question = line->target.indexOf('?');
        const QByteArray wirePath = question < 0 ? line->target : line->target.left(question);
        if (normalizedPath(wirePath) == record.path) {
            record.method = line->method;
            record.path = wirePath;
            record.rawQuery = question < 0 ? QByteArray() : line->target.mid(question + 1);
        } else {
            qCWarning(lcSandbox) << "wire tap out of step; using the parsed URL for" << record.path
                                 << line->target;
        }
    }
    record.body = request.body();
    record.headers = request.headers();

    pending.requestId = record.header("X-Request-Id");
    if (pending.requestId.isEmpty() || pending.requestId.size() > 200)
        pending.requestId = "sbx-" + QByteArray::number(++m_requestCounter, 16).rightJustified(8, '0');

    const QByteArray controlRoot = m_config.pathPrefix.toUtf8() + "/_sandbox/";
    if (m_config.controlEndpoint && record.path.startsWith(controlRoot)) {
        pending.control = true;
        pending.answer =
            m_control->handle(record.method, QString::fromUtf8(record.path.mid(controlRoot.size())),
                              record.body, conversationCount(), int(m_received.size()));
        record.status = pending.answer.status;
        deliver(std::move(pending), 0);
        return true;
    }
    handleApi(std::move(pending));
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) {
    Q_UNUSED(request)
    const HttpAnswer answer = m_api->sandboxError(SandboxError::NoSuchEndpoint, 404);
    socket->write(answer.head(m_faults->now(), "sbx-missing") + answer.body);
}

void SandboxServer::handleApi(Pending pending) {
    ReceivedRequest &record = pending.record;
    emit requestReceived(record);
    const QByteArray prefix = m_config.pathPrefix.toUtf8();
    const QByteArray apiRoot = prefix + m_api->root();
    if (record.path != apiRoot && !record.path.startsWith(QByteArray(apiRoot + '/'))) {
        pending.answer = m_api->sandboxError(SandboxError::NoSuchEndpoint, 404);
        record.status = 404;
        deliver(std::move(pending), 0);
        return;
    }

    ApiRequest api{record.method, decodedSegments(record.path.mid(prefix.size() + 1)), record.rawQuery,
                   record.body, m_faults->now()};
    const FaultPlan::Decision decision = m_faults->take();
    const int latency = m_faults->latencyMs();
    pending.fault = decision.fault;

    const QString patched = m_api->patchedConversationId(api);
    const int failIdStatus = patched.isEmpty() ? 0 : m_failIds.value(patched, 0);
    if (failIdStatus != 0 && !decision.failure) {
        pending.answer = m_api->sandboxError(SandboxError::FailedConversation, failIdStatus);
    } else if (decision.failure) {
        const int status = decision.failure->status;
        pending.answer = m_api->sandboxError(
            status == 429 ? SandboxError::RateLimited : SandboxError::FailedRequest, status);
        if (decision.failure->retryAfterSeconds >= 0) {
            pending.answer.extraHeaders.append(
                {"Retry-After", QByteArray::number(decision.failure->retryAfterSeconds)});
        }
    } else if (decision.fault == Fault::DropConnection) {
        deliver(std::move(pending), latency); // not processed: status stays 0
        return;
    } else if (decision.fault != Fault::None && decision.fault != Fault::DropAfterHandling) {
        pending.answer = m_api->faultAnswer(decision.fault, api);
    } else {
        const std::optional<HttpAnswer> refusal = m_api->refuse(record, api.now);
        pending.answer = refusal ? *refusal : m_api->handle(api);
    }
    record.status = pending.answer.status;
    deliver(std::move(pending), latency);
}

void SandboxServer::deliver(Pending pending, int delayMs) {
    if (delayMs <= 0) {
        write(pending);
        return;
    }
    QTimer::singleShot(delayMs, this, [this, pending]() mutable { write(pending); });
}

void SandboxServer::write(Pending &pending) {
    ReceivedRequest &record = pending.record;
    QTcpSocket *socket = pending.socket.data();
    const HttpAnswer &answer = pending.answer;
    if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
        record.answered = false;
    } else if (pending.fault == Fault::DropConnection || pending.fault == Fault::DropAfterHandling) {
        record.answered = false;
        socket->abort();
    } else if (pending.fault == Fault::CutShortBody) {
        socket->write(answer.head(m_faults->now(), pending.requestId));
        socket->write(answer.body.left(answer.body.size() / 2));
        socket->disconnectFromHost(); // after the bytes are out
    } else {
        socket->write(answer.head(m_faults->now(), pending.requestId) + answer.body);
    }

    const QByteArray target = record.rawQuery.isEmpty() ? record.path : record.path + '?' + record.rawQuery;
    qCInfo(lcSandbox).noquote().nospace()
        << record.method << ' ' << target << " -> "
        << (record.answered ? QString::number(record.status) : QStringLiteral("dropped"))
        << (pending.fault == Fault::None ? QString() : QStringLiteral(" [%1]").arg(faultName(pending.fault)))
        << ' ' << pending.timer.elapsed() << " ms";
    if (pending.control)
        return;
    m_received.append(record);
    emit requestHandled(record);
}

} // namespace bridge::sandbox
