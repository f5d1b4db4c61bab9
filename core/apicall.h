#pragma once

#include "apierror.h"
#include "clientoptions.h"
#include "clockoffset.h"
#include "requestrecord.h"
#include "requestspec.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace bridge {

struct PreparedRequest;
struct ReplyFacts;
struct Verdict;

//! What came back for a call: a 2xx body, or the error that ended it.
struct RawOutcome {
    ApiError error;
    int httpStatus = 0;
    QByteArray body;
};

//! Runs one call: builds and signs each attempt through RequestFactory, enforces the timeout and the
//! size cap; when an attempt finishes, ReplyJudge judges what came back (success, retry after a
//! delay, re-sign for clock skew, fail) and apply() carries the verdict out. Internal to
//! BridgeClient, which forwards its signals; callers hold a CallHandle.
class ApiCall : public QObject {
    Q_OBJECT
public:
    //! parent: the client (owns the call until it ends). clock: shared with the client and its other
    //! calls; every attempt is signed with it, and a 401 that shows a skew updates it.
    ApiCall(QObject *parent, QNetworkAccessManager *nam, SharedClockOffset clock, ClientOptions options,
            RequestSpec spec, quint64 id, QObject *context, std::function<void(const RawOutcome &)> onDone);
    ~ApiCall() override;

    //! Starts from the event loop. With inputError set, nothing is sent and that error is delivered.
    void start(const ApiError &inputError = {});
    void cancel();
    bool isRunning() const { return m_running; }
    quint64 id() const { return m_id; }

signals:
    //! After every attempt, retries included, with what was sent and received (no secret).
    void attemptFinished(const bridge::RequestRecord &record);
    //! A 401 showed the clock off: the shared offset is now offsetSeconds; the call re-signs.
    void clockSkewDetected(qint64 offsetSeconds);

private:
    void sendAttempt();
    void onReadyRead();
    void onFinished();
    //! What is known of the attempt whose reply just finished.
    ReplyFacts factsOf(QNetworkReply *reply) const;
    //! Carries a verdict out: records the attempt, then delivers, retries or re-signs.
    void apply(const Verdict &verdict, int httpStatus);
    void finish(RawOutcome outcome);
    void emitRecord(int httpStatus, const QString &outcome);
    int backoffMs() const;

    QNetworkAccessManager *m_nam;
    const SharedClockOffset m_clock;
    const ClientOptions m_options;
    const RequestSpec m_spec;
    const quint64 m_id;
    QPointer<QObject> m_context;
    const bool m_hadContext;
    std::function<void(const RawOutcome &)> m_onDone;

    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    QElapsedTimer m_attemptClock;
    qint64 m_sentAtMs = 0;
    RequestRecord m_record;
    QByteArray m_body;
    QByteArray m_requestId;
    QString m_tlsProblem;
    int m_attempt = 0;
    int m_retries = 0;
    bool m_skewRetried = false;
    bool m_tooLarge = false;
    bool m_running = false;
};

} // namespace bridge
