#pragma once

#include "apierror.h"
#include "callhandle.h"
#include "clientoptions.h"
#include "conversationpage.h"
#include "expected.h"
#include "listquery.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QMap>
#include <QObject>
#include <QTimer>

namespace bridge {

class BridgeClient;
class ConversationSink;

//! How politely an offline copy walks.
struct OfflineCopyOptions {
    static constexpr int DefaultMaxInFlight = 2;
    static constexpr double DefaultRequestsPerSecond = 5.0;

    double requestsPerSecond = DefaultRequestsPerSecond; //!< requests started per second; <= 0: no limit
    //! Pages asked for at once, numbered lists only: a cursored list (Connect) knows the next page
    //! only from the one before it, so it always has one request in flight. With one in flight the
    //! walk never misses a row under churn (see OfflineCopy); with more, pages may be served out of
    //! order, so a full walk that ends with fewer conversations than the server counts is walked
    //! again with one in flight.
    int maxInFlight = DefaultMaxInFlight;
    int refreshIntervalMs = 0; //!< > 0: a pass to keep the copy current every so often once done

    friend bool operator==(const OfflineCopyOptions &, const OfflineCopyOptions &) = default;
};

//! Where an offline copy stands, as kept in its checkpoint (JSON bytes, see toBytes()).
struct OfflineCopyState {
    //! Full: every page, in order. Recent: from the first page until the rows are older than
    //! `since` (the list is newest update first). Current: done; finishedAt says when.
    enum class Phase { Full, Recent, Current };

    Phase phase = Phase::Full;
    int page = 1;
    QString cursor;    //!< the cursor of `page` on a cursored list
    int pagesDone = 0; //!< in this walk
    qint64 kept = 0;   //!< conversations kept in this walk
    qint64 total = -1; //!< the server's total, -1 when it gives none (Connect)
    QDateTime since;   //!< Recent: the walk stops at rows updated before it
    QDateTime newest;  //!< the newest update seen on this walk's first page
    QDateTime finishedAt;
    qint64 finishedTotal = -1; //!< conversations in the copy when it was last finished, -1 unknown
    qint64 counted = 0;        //!< without a server total: the full walk's rows plus those created since
    bool ordered = true;       //!< false once the server listed rows out of update order: full walks only

    QByteArray toBytes() const;
    static OfflineCopyState fromBytes(const QByteArray &bytes); //!< a fresh state when unreadable
};

//! Keeps an offline copy of a workspace: walks every page (limit 100) of the unfiltered list in the
//! client's generation in the background, into a ConversationSink, politely (OfflineCopyOptions:
//! a rate, at most N requests in flight; each request is a BridgeClient GET, so 429 and 5xx back off
//! and retry exactly as every other list call does). After each page it keeps a checkpoint, so
//! start() after a restart goes on where the last run stopped. Once finished it records when and how
//! many, and later passes (refresh(), or the timer) walk only what changed since.
//!
//! Churn: the list is newest update first, and the API deletes nothing, so while the copy walks,
//! rows only ever move to the front (new, renamed, status changed). That shifts the rows behind
//! them one place later: a row may come twice (kept once: a row already kept with the same content
//! is dropped), and a row that moves to the front after the walk passed the front is
//! missed by this walk. So a full walk is followed by a Recent walk from the first page down to the
//! rows older than the newest row of the full walk's first page: everything that moved meanwhile,
//! including while the app was closed between a checkpoint and start(). Each Recent walk records the
//! newest row it saw, the bound of the next. When a page shows rows out of update order the
//! assumption fails, and every later pass walks everything.
class OfflineCopy : public QObject {
    Q_OBJECT
public:
    enum class Status { Idle, Walking, Paused, Current, Failed };
    Q_ENUM(Status)
    static constexpr int PageLimit = 100;

    //! key: the checkpoint's name in the sink (one per profile and workspace: checkpointKey()).
    OfflineCopy(BridgeClient *client, ConversationSink *sink, QString key, QObject *parent = nullptr);
    ~OfflineCopy() override; //!< stops without touching the checkpoint: the next start() goes on

    //! "offline-copy/<generation>/<workspace>": one copy per workspace and generation.
    static QString checkpointKey(const ClientOptions &options);

    void setOptions(const OfflineCopyOptions &options);
    const OfflineCopyOptions &options() const { return m_options; }

    //! Reads the checkpoint and goes on from there (a finished copy starts a Recent pass).
    void start();
    //! A pass now to bring the copy up to date, when not walking or paused.
    void refresh();
    void pause();  //!< no new request; those in flight are kept when they land
    void resume(); //!< goes on from where pause() stopped
    void cancel(); //!< stops; the checkpoint stays, so start() goes on from it

    Status status() const { return m_status; }
    const OfflineCopyState &state() const { return m_state; }
    int inFlight() const { return int(m_calls.size()); }

signals:
    //! After each page kept. total: the server's count, -1 when unknown (Connect).
    void progress(int pagesDone, qint64 kept, qint64 total);
    void statusChanged(bridge::OfflineCopy::Status status);
    //! A pass ended with every conversation kept; total as in the checkpoint's finishedTotal.
    void finished(const QDateTime &at, qint64 total);
    //! A page could not be read after the client's retries; the next pass goes on from it.
    void failed(const bridge::ApiError &error);

private:
    void setStatus(Status status);
    void beginWalk(OfflineCopyState::Phase phase, QDateTime since, bool keepSeen);
    void finish();
    void pump(); // starts requests while the rate and in-flight limits allow
    int maxInFlight() const;
    void request(const ListQuery &query);
    void landed(int page, const Expected<ConversationPage> &result);
    void keepInOrder();                      // keeps the pages that arrived, in page order
    bool keep(const ConversationPage &page); // false: this walk is done
    void walkDone();
    static size_t contentHash(const Conversation &conversation);
    void fail(const ApiError &error);
    void stopCalls();
    void saveCheckpoint();

    BridgeClient *m_client;
    ConversationSink *m_sink;
    QString m_key;
    OfflineCopyOptions m_options;
    OfflineCopyState m_state;
    Status m_status = Status::Idle;
    ListQuery m_query;                    // the page to ask for next
    bool m_nextKnown = false;             // a cursored list knows its next page only once one landed
    int m_lastPage = 0;                   // numbered: the last page as far as known (0: not yet)
    QHash<int, CallHandle> m_calls;       // by page
    QMap<int, ConversationPage> m_landed; // pages arrived ahead of one still in flight
    QHash<QString, size_t> m_seen;        // id → content hash of the row kept by this run's walks
    bool m_seenWhole = false;             // m_seen holds every row of the copy (a full walk this run)
    QElapsedTimer m_sinceLastRequest;
    QTimer m_rateTimer;
    QTimer m_refreshTimer;
    bool m_retriedFromStart = false; // a refused checkpoint cursor restarts the walk once
    bool m_resumed = false;          // this walk began before this run: m_seen does not hold it all
    bool m_countCheck = false;       // a full walk with pages in parallel: count what was kept at the end
};

} // namespace bridge
