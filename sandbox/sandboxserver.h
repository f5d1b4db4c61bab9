#pragma once

#include "churn.h"
#include "fault.h"
#include "receivedrequest.h"
#include "sandboxconfig.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QUrl>

#include <memory>

class QTcpSocket;

namespace bridge::sandbox {

class ApiDialect;
class ConnectMessages;
class ControlApi;
class FaultPlan;

//! A Bridge-compatible server on loopback: the conversation endpoints of one API generation
//! (config.api: Classic with strict signature checking, or Connect with an API key), seeded
//! data, and faults for tests and demos. Answers are written as raw HTTP/1.1 by the server
//! itself, so faults can break them in any way; latency delays an answer with a timer and never
//! blocks other requests.
class SandboxServer : public QAbstractHttpServer {
    Q_OBJECT
public:
    explicit SandboxServer(SandboxConfig config = {}, QObject *parent = nullptr);
    ~SandboxServer() override;

    //! Listens on 127.0.0.1 only. Returns the port, 0 on failure.
    quint16 listenLoopback(quint16 port = 0);
    //! http://127.0.0.1:PORT + pathPrefix
    QUrl baseUrl() const;
    const SandboxConfig &config() const;

    // Faults: they apply to API routes only, never to the control routes.
    //! Delays every API answer by ms until changed.
    void setLatencyMs(int ms);
    //! The next count API requests answer httpStatus with a JSON error body; a Retry-After
    //! header when retryAfterSeconds >= 0.
    void failNext(int count, int httpStatus, int retryAfterSeconds = -1);
    //! The next count API requests get fault (after any pending failNext).
    void injectNext(Fault fault, int count = 1);
    //! The server's clock = real clock + seconds: used for the skew window, the Date header and
    //! the timestamps of what is created or updated.
    void setClockOffsetSeconds(qint64 seconds);
    //! Every PATCH of one of these conversation ids answers httpStatus (JSON error body), without
    //! changing it, until cleared with an empty list (or resetFaults).
    void failIds(const QStringList &conversationIds, int httpStatus = 500);
    //! One round of churn now: newCount new conversations, changedCount renamed or given another
    //! status; updatedAt is the server's clock. Returns the ids affected.
    ChurnResult churnOnce(int newCount, int changedCount);
    //! Clears latency, pending failures and faults, and the clock offset.
    void resetFaults();

    // Inspection for tests.
    QList<ReceivedRequest> receivedRequests() const;
    void clearReceivedRequests();
    int conversationCount() const;
    QList<QJsonObject> conversations() const; //!< newest updatedAt first, as the API writes them
    QByteArray conversationsJson() const;     //!< the whole data set, compact, the API's key order
    //! Connect: the messages received and their upload host (listening once the server is);
    //! nullptr for classic.
    ConnectMessages *messages() const;

signals:
    //! Emitted once per non-control request as it starts being handled (before any latency), so a
    //! test can count the requests in flight with requestHandled.
    void requestReceived(const bridge::sandbox::ReceivedRequest &request);
    //! Emitted once per non-control request, after its answer was written or its connection
    //! dropped.
    void requestHandled(const bridge::sandbox::ReceivedRequest &request);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Pending;
    void handleApi(Pending pending);
    void deliver(Pending pending, int delayMs);
    void write(Pending &pending);

    SandboxConfig m_config;
    std::unique_ptr<FaultPlan> m_faults;
    std::unique_ptr<ApiDialect> m_api;
    std::unique_ptr<ControlApi> m_control;
    std::unique_ptr<Churn> m_churn;
    QHash<QString, int> m_failIds;
    QList<ReceivedRequest> m_received;
    quint16 m_port = 0;
    quint64 m_requestCounter = 0;
    quint64 m_churnRounds = 0;
};

} // namespace bridge::sandbox
