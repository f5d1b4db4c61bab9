#include "apicall.h"

#include "bridgeclient.h"
#include "clockskew.h"
#include "jsondecoder.h"
#include "logging.h"
#include "oneshotbody.h"
#include "requestfactory.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslError>
#include <QUuid>

namespace bridge {

namespace {

constexpr qsizetype ResponseSampleBytes = 4096;
constexpr qsizetype DetailSampleChars = 200;

QString standardReason(int status) {
    switch (status) {
    case 400:
        return QStringLiteral("Bad Request");
    case 401:
        return QStringLiteral("Unauthorized");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("Not Found");
    case 405:
        return QStringLiteral("Method Not Allowed");
    case 409:
        return QStringLiteral("Conflict");
    case 422:
        return QStringLiteral("Unprocessable Entity");
    case 429:
        return QStringLiteral("Too Many Requests");
    case 500:
        return QStringLiteral("Internal Server Error");
    case 502:
        return QStringLiteral("Bad Gateway");
    case 503:
        return QStringLiteral("Service Unavailable");
    case 504:
        return QStringLiteral("Gateway Timeout");
    default:
        return QStringLiteral("HTTP %1").arg(status);
    }
}

QByteArray maskedApiKey(const QByteArray &key) {
    if (key.size() <= 8)
        return QByteArray(key.size(), '*');
    return key.left(6) + QByteArray(key.size() - 8, '*') + key.right(2);
}

//! Retry-After in seconds (delta-seconds or an HTTP-date), -1 when absent or unreadable.
int retryAfterSeconds(const QByteArray &value, qint64 nowMs) {
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const int seconds = value.trimmed().toInt(&ok);
    if (ok)
        return qMax(0, seconds);
    const QDateTime when = ClockSkew::parseHttpDate(value);
    return when.isValid() ? int(qMax<qint64>(0, (when.toMSecsSinceEpoch() - nowMs + 999) / 1000)) : -1;
}

//! A short, printable sample of a body that could not be used.
QString bodySample(const QByteArray &body) {
    QString text = QString::fromUtf8(body.left(DetailSampleChars * 2)).simplified();
    for (QChar &c : text) {
        if (!c.isPrint())
            c = QChar(u'?');
    }
    if (text.size() > DetailSampleChars)
        text = text.left(DetailSampleChars) + QStringLiteral("…");
    return text;
}

} // namespace

ApiCall::ApiCall(BridgeClient *client, QNetworkAccessManager *nam, ClientOptions options, RequestSpec spec,
                 quint64 id, QObject *context, std::function<void(const RawOutcome &)> onDone)
    : QObject(client)
    , m_client(client)
    , m_nam(nam)
    , m_options(std::move(options))
    , m_spec(std::move(spec))
    , m_id(id)
    , m_context(context)
    , m_hadContext(context != nullptr)
    , m_onDone(std::move(onDone)) {
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiCall::sendAttempt);
    if (context)
        connect(context, &QObject::destroyed, this, &ApiCall::cancel);
}

ApiCall::~ApiCall() {
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiCall::start(const ApiError &inputError) {
    m_running = true;
    if (inputError.isError()) {
        RawOutcome outcome;
        outcome.error = inputError;
        outcome.error.method = QString::fromLatin1(m_spec.method);
        outcome.error.path =
            QString::fromUtf8(RequestFactory::encodedPath(m_options.baseUrl, m_spec.pathSegments));
        QMetaObject::invokeMethod(
            this, [this, outcome] { finish(outcome); }, Qt::QueuedConnection);
        return;
    }
    QMetaObject::invokeMethod(this, &ApiCall::sendAttempt, Qt::QueuedConnection);
}

void ApiCall::cancel() {
    if (!m_running)
        return;
    qCDebug(lcNet) << "call" << m_id << "cancelled";
    m_running = false;
    m_retryTimer.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    deleteLater();
}

void ApiCall::sendAttempt() {
    if (!m_running)
        return;
    m_body.clear();
    m_tooLarge = false;
    m_tlsProblem.clear();

    const qint64 unixTime = QDateTime::currentSecsSinceEpoch() + m_client->clockOffsetSeconds();
    m_requestId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    const PreparedRequest prepared = RequestFactory::build(m_options, m_spec, unixTime, m_requestId);

    m_record = RequestRecord{};
    m_record.callId = m_id;
    m_record.attempt = m_attempt;
    m_record.startedAt = QDateTime::currentDateTime();
    m_record.method = m_spec.method;
    m_record.url = prepared.url.toString(QUrl::FullyEncoded);
    m_record.wirePath = prepared.wirePath;
    m_record.query = prepared.url.query(QUrl::FullyEncoded).toUtf8();
    m_record.stringToSign = prepared.stringToSign;
    m_record.requestBody = m_spec.body;
    const QList<QByteArray> headerNames = prepared.request.rawHeaderList();
    for (const QByteArray &name : headerNames) {
        const QByteArray value = prepared.request.rawHeader(name);
        m_record.requestHeaders.append({name, name == "X-API-Key" ? maskedApiKey(value) : value});
    }

    qCDebug(lcNet).noquote() << "call" << m_id << "attempt" << m_attempt << m_spec.method << m_record.url;
    m_sentAtMs = QDateTime::currentMSecsSinceEpoch();
    m_attemptClock.start();

    QNetworkReply *reply = nullptr;
    if (m_spec.retryable) {
        reply = m_nam->sendCustomRequest(prepared.request, m_spec.method, m_spec.body);
    } else {
        // Sent from a body that cannot be rewound, so Qt can never re-send it on its own.
        QNetworkRequest request = prepared.request;
        request.setHeader(QNetworkRequest::ContentLengthHeader, m_spec.body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *body = new OneShotBody(m_spec.body);
        reply = m_nam->sendCustomRequest(request, m_spec.method, body);
        body->setParent(reply);
    }
    m_reply = reply;

    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > m_options.maxResponseBytes) {
            m_tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QIODevice::readyRead, this, &ApiCall::onReadyRead);
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &error : errors)
            texts.append(error.errorString());
        m_tlsProblem = texts.join(QStringLiteral("; "));
    });
    connect(reply, &QNetworkReply::finished, this, &ApiCall::onFinished);
}

void ApiCall::onReadyRead() {
    if (!m_reply || m_tooLarge)
        return;
    m_body += m_reply->readAll();
    if (m_body.size() > m_options.maxResponseBytes) {
        m_tooLarge = true;
        m_body.clear();
        m_reply->abort(); // finished() follows, synchronously
    }
}

ApiError ApiCall::baseError(ApiError::Kind kind) const {
    ApiError error;
    error.kind = kind;
    error.method = QString::fromLatin1(m_spec.method);
    error.path = QString::fromUtf8(m_record.wirePath);
    return error;
}

QString ApiCall::scrubbed(QString text) const {
    // A hostile or confused server may echo what it was sent; the secret never leaves in a message.
    if (m_options.secret.size() >= 4)
        text.replace(QString::fromUtf8(m_options.secret), QStringLiteral("[secret]"));
    return text;
}

int ApiCall::backoffMs() const {
    // Exponential with jitter: base * 2^retry, scaled by a random factor in [0.5, 1.0].
    const int full = m_options.retryBaseDelayMs * (1 << qMin(m_retries, 10));
    return int(full * (0.5 + 0.5 * QRandomGenerator::global()->generateDouble()));
}

void ApiCall::emitRecord(int httpStatus, const QString &outcome) {
    m_record.durationMs = m_attemptClock.elapsed();
    m_record.httpStatus = httpStatus;
    m_record.outcome = outcome;
    m_record.responseSample = m_body.left(ResponseSampleBytes);
    emit m_client->attemptFinished(m_record);
}

void ApiCall::retryAfter(int delayMs, const QString &why) {
    ++m_retries;
    ++m_attempt;
    qCInfo(lcNet).noquote() << "call" << m_id << why << "- retry" << m_retries << "in" << delayMs << "ms";
    m_retryTimer.start(delayMs);
}

void ApiCall::onFinished() {
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    reply->disconnect(this);
    if (!m_running)
        return;
    if (!m_tooLarge)
        onReadyRead(); // what is left in the buffer
    if (!m_tooLarge && m_body.size() + reply->bytesAvailable() > 0)
        m_body += reply->readAll();

    const qint64 receivedMs = QDateTime::currentMSecsSinceEpoch();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError networkError = reply->error();
    const bool transferComplete = networkError == QNetworkReply::NoError;

    if (m_tooLarge) {
        ApiError error = baseError(ApiError::Kind::Decode);
        error.httpStatus = status;
        error.detail = QStringLiteral("the answer is larger than the %1 MiB limit")
                           .arg(double(m_options.maxResponseBytes) / (1024 * 1024), 0, 'g', 3);
        emitRecord(status, QStringLiteral("too large"));
        finish({error, status, {}});
        return;
    }

    // No usable HTTP answer: refused, timed out, TLS refused, or cut off midway.
    if (status == 0 || (status >= 200 && status < 300 && !transferComplete)) {
        ApiError::Kind kind = ApiError::Kind::Network;
        QString detail = reply->errorString();
        if (networkError == QNetworkReply::OperationCanceledError ||
            networkError == QNetworkReply::TimeoutError) {
            kind = ApiError::Kind::Timeout;
            detail = QStringLiteral("no answer within %1 s").arg(m_options.timeoutMs / 1000.0);
        } else if (!m_tlsProblem.isEmpty() || networkError == QNetworkReply::SslHandshakeFailedError) {
            kind = ApiError::Kind::Tls;
            if (!m_tlsProblem.isEmpty())
                detail = m_tlsProblem;
        } else if (status != 0) {
            detail = QStringLiteral("the connection closed before the whole answer arrived (%1)").arg(detail);
        }
        ApiError error = baseError(kind);
        error.detail = scrubbed(detail);
        emitRecord(status, ApiError::kindName(kind) + QStringLiteral(": ") + error.detail);
        if (m_spec.retryable && kind != ApiError::Kind::Tls && m_retries < m_options.maxRetries) {
            retryAfter(backoffMs(), error.detail);
            return;
        }
        const bool neverSent = networkError == QNetworkReply::ConnectionRefusedError ||
                               networkError == QNetworkReply::HostNotFoundError ||
                               kind == ApiError::Kind::Tls;
        error.mayHaveSucceeded = !m_spec.retryable && !neverSent;
        finish({error, status, {}});
        return;
    }

    const QByteArray responseRequestId = reply->rawHeader("X-Request-Id");
    const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    const QString statusText =
        QStringLiteral("%1 %2").arg(status).arg(reason.isEmpty() ? standardReason(status) : reason);
    emitRecord(status, statusText);

    if (status >= 200 && status < 300) {
        RawOutcome outcome{baseError(ApiError::Kind::None), status, m_body};
        outcome.error.httpStatus = status;
        outcome.error.requestId = QString::fromLatin1(responseRequestId);
        finish(std::move(outcome));
        return;
    }

    if (status == 401 && !m_skewRetried) {
        // Compare the server's clock with ours as already corrected: the result is the further correction.
        const qint64 current = m_client->clockOffsetSeconds();
        const auto extra = ClockSkew::offsetFrom(reply->rawHeader("Date"), reply->rawHeader("Age"),
                                                 m_sentAtMs + current * 1000, receivedMs + current * 1000);
        if (extra) {
            m_skewRetried = true;
            // Coming back from a correction leaves the Date header's one-second grain, not a skew:
            // within tolerance, the local clock is trusted again (and the notice goes).
            qint64 total = current + *extra;
            if (qAbs(total) < ClockSkew::ToleranceSeconds)
                total = 0;
            m_client->setClockOffsetSeconds(total);
            emit m_client->clockSkewDetected(total);
            // A 401 means the request was not processed, so re-sending it, even a POST, is safe.
            ++m_attempt;
            qCWarning(lcNet) << "clock offset against the server now" << total << "s; re-signing call"
                             << m_id;
            m_retryTimer.start(0);
            return;
        }
    }

    const int retryAfter =
        status == 429 ? retryAfterSeconds(reply->rawHeader("Retry-After"), receivedMs) : -1;
    const bool transient = status == 429 || status == 502 || status == 503 || status == 504 || status == 500;
    if (m_spec.retryable && transient && m_retries < m_options.maxRetries) {
        const int delayMs =
            retryAfter >= 0 ? qMin(retryAfter, m_options.maxRetryAfterSeconds) * 1000 : backoffMs();
        this->retryAfter(delayMs, statusText);
        return;
    }

    ApiError error = baseError(ApiError::Kind::Http);
    error.httpStatus = status;
    error.httpReason = reason.isEmpty() ? standardReason(status) : reason;
    error.retryAfterSeconds = retryAfter;
    error.requestId = QString::fromLatin1(responseRequestId);
    if (status >= 300 && status < 400) {
        error.serverMessage = QStringLiteral("the server redirected to %1; redirects are not followed, "
                                             "so the signed headers never go elsewhere — check the base URL")
                                  .arg(QString::fromUtf8(reply->rawHeader("Location")));
    } else {
        error.serverMessage = scrubbed(JsonDecoder::errorMessage(m_body));
        if (error.serverMessage.isEmpty() && !m_body.isEmpty())
            error.detail = scrubbed(bodySample(m_body));
    }
    error.mayHaveSucceeded = !m_spec.retryable && (status == 502 || status == 504);
    finish({error, status, {}});
}

void ApiCall::finish(RawOutcome outcome) {
    if (!m_running)
        return;
    m_running = false;
    deleteLater();
    if (m_hadContext && !m_context)
        return;
    if (outcome.error.requestId.isEmpty())
        outcome.error.requestId = QString::fromLatin1(m_requestId); // the server named none: ours
    m_onDone(outcome);
}

} // namespace bridge
