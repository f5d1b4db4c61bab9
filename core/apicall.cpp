#include "apicall.h"

#include "logging.h"
#include "oneshotbody.h"
#include "replyjudge.h"
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
//! Classic's API key is an identifier: enough is kept to tell keys apart. Connect's is the secret
//! itself: nothing of it is kept.
QByteArray maskedApiKey(const QByteArray &key, ApiGeneration generation) {
    if (key.size() <= 8 || generation == ApiGeneration::Connect)
        return QByteArray(key.size(), '*');
    return key.left(6) + QByteArray(key.size() - 8, '*') + key.right(2);
}

} // namespace

ApiCall::ApiCall(QObject *parent, QNetworkAccessManager *nam, SharedClockOffset clock, ClientOptions options,
                 RequestSpec spec, quint64 id, QObject *context,
                 std::function<void(const RawOutcome &)> onDone)
    : QObject(parent)
    , m_nam(nam)
    , m_clock(std::move(clock))
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

    const qint64 unixTime = QDateTime::currentSecsSinceEpoch() + m_clock->seconds();
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
        const bool key = name.compare("X-API-Key", Qt::CaseInsensitive) == 0;
        m_record.requestHeaders.append({name, key ? maskedApiKey(value, m_options.generation) : value});
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
    emit attemptFinished(m_record);
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
    const ReplyFacts facts = factsOf(reply);
    apply(ReplyJudge::judge(facts), facts.httpStatus);
}

ReplyFacts ApiCall::factsOf(QNetworkReply *reply) const {
    ReplyFacts facts;
    facts.method = m_spec.method;
    facts.wirePath = QString::fromUtf8(m_record.wirePath);
    facts.retryable = m_spec.retryable;
    facts.retriesSoFar = m_retries;
    facts.skewRetried = m_skewRetried;
    facts.backoffMs = backoffMs();
    facts.maxRetries = m_options.maxRetries;
    facts.maxRetryAfterSeconds = m_options.maxRetryAfterSeconds;
    facts.maxResponseBytes = m_options.maxResponseBytes;
    facts.timeoutMs = m_options.timeoutMs;
    facts.secret = m_options.secret;
    facts.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    facts.networkError = reply->error();
    facts.networkErrorText = reply->errorString();
    facts.tlsProblem = m_tlsProblem;
    facts.tooLarge = m_tooLarge;
    facts.reasonPhrase = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    facts.requestId = reply->rawHeader("X-Request-Id");
    facts.dateHeader = reply->rawHeader("Date");
    facts.ageHeader = reply->rawHeader("Age");
    facts.retryAfterHeader = reply->rawHeader("Retry-After");
    facts.locationHeader = reply->rawHeader("Location");
    facts.body = m_tooLarge ? QByteArray() : m_body;
    facts.sentAtMs = m_sentAtMs;
    facts.receivedMs = QDateTime::currentMSecsSinceEpoch();
    facts.clockOffsetSeconds = m_clock->seconds();
    return facts;
}

void ApiCall::apply(const Verdict &verdict, int httpStatus) {
    emitRecord(httpStatus, verdict.attemptOutcome);
    switch (verdict.action) {
    case Verdict::Action::Succeed:
        finish({verdict.error, httpStatus, m_body});
        return;
    case Verdict::Action::Retry:
        ++m_retries;
        ++m_attempt;
        qCInfo(lcNet).noquote() << "call" << m_id << verdict.why << "- retry" << m_retries << "in"
                                << verdict.delayMs << "ms";
        m_retryTimer.start(verdict.delayMs);
        return;
    case Verdict::Action::Resign:
        // A 401 means the request was not processed, so re-sending it, even a POST, is safe.
        m_skewRetried = true;
        m_clock->setSeconds(verdict.clockOffsetSeconds);
        emit clockSkewDetected(verdict.clockOffsetSeconds);
        ++m_attempt;
        qCWarning(lcNet) << "clock offset against the server now" << verdict.clockOffsetSeconds
                         << "s; re-signing call" << m_id;
        m_retryTimer.start(0);
        return;
    case Verdict::Action::Fail:
        finish({verdict.error, httpStatus, {}});
        return;
    }
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
