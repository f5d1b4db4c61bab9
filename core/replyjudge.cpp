#include "replyjudge.h"

#include "clockskew.h"
#include "jsondecoder.h"

#include <QDateTime>

namespace bridge {

namespace {

constexpr qsizetype DetailSampleChars = 200;

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

//! A hostile or confused server may echo what it was sent; the secret never leaves in a message.
QString scrubbed(QString text, const QByteArray &secret) {
    if (secret.size() >= 4)
        text.replace(QString::fromUtf8(secret), QStringLiteral("[secret]"));
    return text;
}

ApiError baseError(const ReplyFacts &facts, ApiError::Kind kind) {
    ApiError error;
    error.kind = kind;
    error.method = QString::fromLatin1(facts.method);
    error.path = facts.wirePath;
    return error;
}

Verdict fail(ApiError error, QString attemptOutcome) {
    Verdict verdict;
    verdict.action = Verdict::Action::Fail;
    verdict.error = std::move(error);
    verdict.attemptOutcome = std::move(attemptOutcome);
    return verdict;
}

Verdict retry(int delayMs, QString why, QString attemptOutcome) {
    Verdict verdict;
    verdict.action = Verdict::Action::Retry;
    verdict.delayMs = delayMs;
    verdict.why = std::move(why);
    verdict.attemptOutcome = std::move(attemptOutcome);
    return verdict;
}

Verdict tooLarge(const ReplyFacts &facts) {
    ApiError error = baseError(facts, ApiError::Kind::Decode);
    error.httpStatus = facts.httpStatus;
    error.detail = QStringLiteral("the answer is larger than the %1 MiB limit")
                       .arg(double(facts.maxResponseBytes) / (1024 * 1024), 0, 'g', 3);
    return fail(error, QStringLiteral("too large"));
}

//! No usable HTTP answer: refused, timed out, TLS refused, or cut off midway.
Verdict noAnswer(const ReplyFacts &facts) {
    ApiError::Kind kind = ApiError::Kind::Network;
    QString detail = facts.networkErrorText;
    if (facts.networkError == QNetworkReply::OperationCanceledError ||
        facts.networkError == QNetworkReply::TimeoutError) {
        kind = ApiError::Kind::Timeout;
        detail = QStringLiteral("no answer within %1 s").arg(facts.timeoutMs / 1000.0);
    } else if (!facts.tlsProblem.isEmpty() || facts.networkError == QNetworkReply::SslHandshakeFailedError) {
        kind = ApiError::Kind::Tls;
        if (!facts.tlsProblem.isEmpty())
            detail = facts.tlsProblem;
    } else if (facts.httpStatus != 0) {
        detail = QStringLiteral("the connection closed before the whole answer arrived (%1)").arg(detail);
    }
    ApiError error = baseError(facts, kind);
    error.detail = scrubbed(detail, facts.secret);
    const QString outcome = ApiError::kindName(kind) + QStringLiteral(": ") + error.detail;
    if (facts.retryable && kind != ApiError::Kind::Tls && facts.retriesSoFar < facts.maxRetries)
        return retry(facts.backoffMs, error.detail, outcome);
    const bool neverSent = facts.networkError == QNetworkReply::ConnectionRefusedError ||
                           facts.networkError == QNetworkReply::HostNotFoundError ||
                           kind == ApiError::Kind::Tls;
    error.mayHaveSucceeded = !facts.retryable && !neverSent;
    return fail(error, outcome);
}

} // namespace

QString ReplyJudge::standardReason(int status) {
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

int ReplyJudge::retryAfterSeconds(const QByteArray &value, qint64 nowMs) {
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const int seconds = value.trimmed().toInt(&ok);
    if (ok)
        return qMax(0, seconds);
    const QDateTime when = ClockSkew::parseHttpDate(value);
    return when.isValid() ? int(qMax<qint64>(0, (when.toMSecsSinceEpoch() - nowMs + 999) / 1000)) : -1;
}

Verdict ReplyJudge::judge(const ReplyFacts &facts) {
    const int status = facts.httpStatus;
    if (facts.tooLarge)
        return tooLarge(facts);
    if (status == 0 || (status >= 200 && status < 300 && facts.networkError != QNetworkReply::NoError))
        return noAnswer(facts);

    const QString reason = facts.reasonPhrase.isEmpty() ? standardReason(status) : facts.reasonPhrase;
    const QString statusText = QStringLiteral("%1 %2").arg(status).arg(reason);

    if (status >= 200 && status < 300) {
        Verdict verdict;
        verdict.action = Verdict::Action::Succeed;
        verdict.attemptOutcome = statusText;
        verdict.error = baseError(facts, ApiError::Kind::None);
        verdict.error.httpStatus = status;
        verdict.error.requestId = QString::fromLatin1(facts.requestId);
        return verdict;
    }

    if (status == 401 && !facts.skewRetried) {
        // Compare the server's clock with ours as already corrected: the result is the further correction.
        const qint64 current = facts.clockOffsetSeconds;
        const auto extra =
            ClockSkew::offsetFrom(facts.dateHeader, facts.ageHeader, facts.sentAtMs + current * 1000,
                                  facts.receivedMs + current * 1000);
        if (extra) {
            // Coming back from a correction leaves the Date header's one-second grain, not a skew:
            // within tolerance, the local clock is trusted again (and the notice goes).
            qint64 total = current + *extra;
            if (qAbs(total) < ClockSkew::ToleranceSeconds)
                total = 0;
            Verdict verdict;
            verdict.action = Verdict::Action::Resign;
            verdict.attemptOutcome = statusText;
            verdict.clockOffsetSeconds = total;
            return verdict;
        }
    }

    const int retryAfter = status == 429 ? retryAfterSeconds(facts.retryAfterHeader, facts.receivedMs) : -1;
    const bool transient = status == 429 || status == 502 || status == 503 || status == 504 || status == 500;
    if (facts.retryable && transient && facts.retriesSoFar < facts.maxRetries) {
        const int delayMs =
            retryAfter >= 0 ? qMin(retryAfter, facts.maxRetryAfterSeconds) * 1000 : facts.backoffMs;
        return retry(delayMs, statusText, statusText);
    }

    ApiError error = baseError(facts, ApiError::Kind::Http);
    error.httpStatus = status;
    error.httpReason = reason;
    error.retryAfterSeconds = retryAfter;
    error.requestId = QString::fromLatin1(facts.requestId);
    if (status >= 300 && status < 400) {
        error.serverMessage = QStringLiteral("the server redirected to %1; redirects are not followed, "
                                             "so the signed headers never go elsewhere — check the base URL")
                                  .arg(QString::fromUtf8(facts.locationHeader));
    } else {
        error.serverMessage = scrubbed(JsonDecoder::errorMessage(facts.body), facts.secret);
        error.code = scrubbed(JsonDecoder::errorCode(facts.body), facts.secret).left(80);
        if (error.serverMessage.isEmpty() && !facts.body.isEmpty())
            error.detail = scrubbed(bodySample(facts.body), facts.secret);
    }
    error.mayHaveSucceeded = !facts.retryable && (status == 502 || status == 504);
    return fail(error, statusText);
}

} // namespace bridge
