#pragma once

#include <QElapsedTimer>
#include <QLocalServer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class MainWindow;
class QLocalSocket;

//! --test-probe NAME: a test-only window onto what the agent sees, for the end-to-end suites
//! (tests/e2e). Off unless the flag is given. Listens on a QLocalServer (owner-only socket) and
//! answers each request line with one line of compact JSON:
//!
//!   state        rows (ids in view order), pager, banner, loading, skew, status message,
//!                pagesShown, refreshedAt, the request inspector's panes as shown, and
//!                the heartbeat figures below
//!   refresh      what F5 does (View ▸ Refresh), then the state
//!   next         what Ctrl+PgDown does (next page), then the state
//!   inspector    what Ctrl+Shift+I does (shows or hides the request inspector), then the state
//!   details      what the error banner's Details button does (the inspector at the failed
//!                request), when it shows, then the state
//!   quit         what Ctrl+Q does (closes the window, so the app ends as it does for the agent)
//!   reset-stall  starts a new measuring window for the heartbeat figures, then the state
//!   texts        {"texts": [...]}: every text the visible windows show or give a screen reader
//!                (labels, buttons, fields as drawn, tooltips, accessible texts, every cell of
//!                the tables): what any screenshot or screen reader could take from them
//!
//! It reads widgets and never changes them; the only things it does are what the agent's own
//! shortcuts and the banner's Details button do, through the same actions.
//!
//! Responsiveness: a 10 ms precise timer on the GUI thread records the longest gap between two
//! ticks (maxGapMs, wall clock) and the longest stall (maxStallMs): the gap minus the time the
//! thread spent waiting for a CPU (runqueue wait from /proc/thread-self/schedstat), i.e. the time
//! the event loop itself was held up, not the time a busy machine kept the process off the CPU.
class TestProbe : public QObject {
    Q_OBJECT
public:
    explicit TestProbe(const QString &socketName, QObject *parent = nullptr);
    ~TestProbe() override;

    //! False (with the reason in *error) when the socket could not be listened on.
    bool listen(QString *error);
    void setWindow(MainWindow *window);

private:
    void onConnection();
    void onReadyRead(QLocalSocket *socket);
    QByteArray answer(const QByteArray &command);
    QByteArray state() const;
    QByteArray texts() const;
    void tick();
    void resetStall();
    qint64 runqueueWaitNs() const;

    QString m_name;
    QLocalServer m_server;
    QPointer<MainWindow> m_window;
    QTimer m_heartbeat;
    QElapsedTimer m_clock;
    int m_schedstat = -1; //!< fd of /proc/thread-self/schedstat of the GUI thread, -1 if unavailable
    qint64 m_lastTickNs = 0;
    qint64 m_lastWaitNs = 0;
    qint64 m_maxGapNs = 0;
    qint64 m_maxStallNs = 0;
    qint64 m_ticks = 0;
    int m_pagesShown = 0;
};
