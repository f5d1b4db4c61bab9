#pragma once

#include "apierror.h"
#include "callhandle.h"
#include "conversation.h"
#include "conversationupdate.h"

#include <QList>
#include <QObject>
#include <QString>

namespace bridge {

class BridgeClient;

//! One row of a bulk action, as reported.
struct BulkResult {
    QString conversationId;
    bool ok = false;
    bool skipped = false;      //!< never sent: cancelled before it started
    ApiError error;            //!< when !ok && !skipped
    Conversation conversation; //!< when ok: the server's answer
};

//! A queue of PATCHes (id, update) run with a small bounded concurrency. Each is sent at most
//! once (the client never retries a PATCH, and neither does the queue). cancel() stops what has
//! not started; calls in flight complete and are reported.
class BulkQueue : public QObject {
    Q_OBJECT
public:
    static constexpr int DefaultConcurrency = 2;

    explicit BulkQueue(BridgeClient *client, QObject *parent = nullptr);
    ~BulkQueue() override;

    //! 1..4; applies to the next start().
    void setConcurrency(int concurrency);
    int concurrency() const { return m_concurrency; }

    //! Queues one item; ignored while running. Same update for many ids: addAll().
    void add(const QString &conversationId, const ConversationUpdate &update);
    void addAll(const QStringList &conversationIds, const ConversationUpdate &update);
    void clear(); //!< forgets queued items and results; ignored while running

    //! Starts sending. started() fires, then progress/rowFinished as rows end, then finished()
    //! once. An empty queue finishes at once (in the event loop).
    void start();
    //! Items not started are reported as skipped at once (rowFinished each, progress), in-flight
    //! ones end normally; finished() fires when the last in flight ends (at once when none).
    void cancel();

    bool isRunning() const { return m_running; }
    bool isCancelled() const { return m_cancelled; }
    int total() const { return int(m_items.size()); }
    int doneCount() const { return int(m_results.size()); }
    const QList<BulkResult> &results() const { return m_results; } //!< in completion order
    int succeededCount() const;
    int failedCount() const;
    int skippedCount() const;
    QStringList failedIds() const;

    //! "18 archived, 2 failed", "3 renamed", "5 archived, 1 failed, 4 not sent (cancelled)".
    //! verb: what succeeded means, past tense ("archived"); default from the updates queued.
    QString summary(const QString &verb = {}) const;

signals:
    void started(int total);
    //! After each row ends (sent or skipped): done rows of total.
    void progress(int done, int total);
    void rowFinished(const bridge::BulkResult &result);
    //! Once per start(), after the last row; cancelled when cancel() was called.
    void finished(bool cancelled);

private:
    struct Item {
        QString id;
        ConversationUpdate update;
    };
    void pump();
    void report(BulkResult result);

    BridgeClient *m_client;
    int m_concurrency = DefaultConcurrency;
    QList<Item> m_items;
    qsizetype m_next = 0;
    int m_inFlight = 0;
    QList<CallHandle> m_calls;
    QList<BulkResult> m_results;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace bridge

Q_DECLARE_METATYPE(bridge::BulkResult)
