#pragma once

#include "apierror.h"
#include "clientoptions.h"
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

class BridgeClient;
struct PreparedRequest;

//! What came back for a call: a 2xx body, or the error that ended it.
struct RawOutcome {
    ApiError error;
    int httpStatus = 0;
    QByteArray body;
};

//! Runs one call: builds and signs each attempt through RequestFactory, enforces the timeout and the
//! size cap, retries what is transient (GET only), learns clock skew from a 401 and re-signs once.
//! Internal to BridgeClient; callers hold a CallHandle.
class ApiCall : public QObject {
    Q_OBJECT
public:
    ApiCall(BridgeClient *client, QNetworkAccessManager *nam, ClientOptions options, RequestSpec spec,
            quint64 id, QObject *context, std::function<void(const RawOutcome &)> onDone);
    ~ApiCall() override;

    //! Starts from the event loop. With inputError set, nothing is sent and that error is delivered.
    void start(const ApiError &inputError = {});
    void cancel();
    bool isRunning() const { return m_running; }
    quint64 id() const { return m_id; }

private:
    void sendAttempt();
    void onReadyRead();
    void onFinished();
    void retryAfter(int delayMs, const QString &why);
    void finish(RawOutcome outcome);
    ApiError baseError(ApiError::Kind kind) const;
    void emitRecord(int httpStatus, const QString &outcome);
    QString scrubbed(QString text) const;
    int backoffMs() const;

    BridgeClient *m_client;
    QNetworkAccessManager *m_nam;
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
