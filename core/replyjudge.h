#pragma once

#include "apierror.h"

#include <QByteArray>
#include <QNetworkReply>
#include <QString>

namespace bridge {

//! Everything ApiCall knows once an attempt's reply has finished: what was asked, the policies,
//! what came back and when. Plain data, so a verdict can be computed (and tested) without a network.
struct ReplyFacts {
    // The call
    QByteArray method;        //!< "GET"
    QString wirePath;         //!< the path as sent, for error messages
    bool retryable = false;   //!< GET only: POST and PATCH are never re-sent after a transport error
    int retriesSoFar = 0;     //!< transient retries already made by this call
    bool skewRetried = false; //!< a clock-skew re-sign was already made (there is only one)
    int backoffMs = 0;        //!< the (jittered) delay to use when retrying without Retry-After

    // The policies (from ClientOptions)
    int maxRetries = 3;
    int maxRetryAfterSeconds = 60;
    qint64 maxResponseBytes = 8 * 1024 * 1024;
    int timeoutMs = 30000;
    QByteArray secret; //!< scrubbed from every message

    // The reply
    int httpStatus = 0; //!< 0 when no HTTP answer arrived
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorText; //!< QNetworkReply::errorString()
    QString tlsProblem;       //!< what sslErrors() said, joined; empty when it did not fire
    bool tooLarge = false;    //!< stopped while downloading: over maxResponseBytes
    QString reasonPhrase;     //!< as the server sent it; empty for none
    QByteArray requestId;     //!< the answer's X-Request-Id
    QByteArray dateHeader;
    QByteArray ageHeader;
    QByteArray retryAfterHeader;
    QByteArray locationHeader;
    QByteArray body;

    // The clock (local epoch milliseconds around the exchange, and the offset already applied)
    qint64 sentAtMs = 0;
    qint64 receivedMs = 0;
    qint64 clockOffsetSeconds = 0;
};

//! What to do with a finished attempt.
struct Verdict {
    enum class Action {
        Succeed, //!< a 2xx: deliver the body
        Retry,   //!< transient: send again after delayMs, through the same request builder
        Resign,  //!< the clock is off: adopt clockOffsetSeconds and send again at once, re-signed
        Fail     //!< deliver error
    };
    Action action = Action::Fail;
    //! What the request log says of this attempt: "200 OK", "too large", "network: …".
    QString attemptOutcome;
    int delayMs = 0;               //!< Retry
    QString why;                   //!< Retry: for the log line
    qint64 clockOffsetSeconds = 0; //!< Resign: the new total offset (server minus local)
    //! Fail: the error. Succeed: kind None with the method, path, status and request id filled in.
    ApiError error;

    friend bool operator==(const Verdict &, const Verdict &) = default;
};

//! Judges a finished attempt: a pure function of its facts (libQuotient's checkReply). ApiCall
//! gathers the facts and applies the verdict.
class ReplyJudge {
public:
    static Verdict judge(const ReplyFacts &facts);

    //! The standard reason phrase of an HTTP status ("Unauthorized"), "HTTP 418" for others.
    static QString standardReason(int status);
    //! Retry-After in seconds (delta-seconds or an HTTP-date), -1 when absent or unreadable.
    static int retryAfterSeconds(const QByteArray &value, qint64 nowMs);
};

} // namespace bridge
