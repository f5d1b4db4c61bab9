#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

namespace bridge {

//! Says when the data shown has probably gone stale for a reason no timer sees: the network came
//! back, or the machine woke from sleep. Inputs: QNetworkInformation's reachability (when a backend
//! loads; none is fine), logind's PrepareForSleep(false) on the system bus (when there is one), and a
//! jump between the wall clock and the monotonic clock, which stops while the machine sleeps. Each
//! input can be fed by hand (tests, platforms without the services). Two signals for one wake (the
//! clock jump and logind) come out as one.
class ResumeWatcher : public QObject {
    Q_OBJECT
public:
    enum class Reason { NetworkBack, Woke };
    Q_ENUM(Reason)

    //! Milliseconds since the epoch, and milliseconds of a clock that stops while asleep.
    struct Clocks {
        std::function<qint64()> wallMs;
        std::function<qint64()> monotonicMs;
    };

    static constexpr int SourcesDelayMs = 2000;   //!< the real sources are asked after start-up
    static constexpr int TickMs = 15000;          //!< how often the clocks are compared
    static constexpr int JumpThresholdMs = 30000; //!< a gap this large between them is a sleep
    static constexpr int DebounceMs = 5000;       //!< resumes this close together are one

    //! Listens to the platform (QNetworkInformation, logind) and the system clocks.
    explicit ResumeWatcher(QObject *parent = nullptr);
    //! No platform sources: only what is fed in (setReachable, setSleeping, tick) with these clocks.
    //! Nothing ticks by itself.
    ResumeWatcher(Clocks clocks, QObject *parent);

    //! The network is reachable (true) or not; offline then reachable resumes with NetworkBack.
    void setReachable(bool reachable);
    bool isReachable() const { return m_reachable; }
    //! Whether a reachability backend was loaded (else the network is assumed reachable).
    bool watchesNetwork() const { return m_watchesNetwork; }
    //! logind's PrepareForSleep: true before sleeping, false after waking (resumes with Woke).
    void setSleeping(bool sleeping);
    //! Compares the clocks' progress since the last tick; a jump resumes with Woke.
    void tick();

signals:
    //! Refresh now: the reason says why.
    void resumed(bridge::ResumeWatcher::Reason reason);
    //! The network went away or came back.
    void reachabilityChanged(bool reachable);

private slots:
    void onPrepareForSleep(bool sleeping);

private:
    void watchNetwork();
    void watchLogind();
    void resume(Reason reason);
    void resetClocks();

    Clocks m_clocks;
    QTimer m_ticker;
    qint64 m_lastWall = 0;
    qint64 m_lastMonotonic = 0;
    qint64 m_lastResume = -1; //!< monotonic ms of the last resume, -1 none yet
    bool m_reachable = true;
    bool m_watchesNetwork = false;
};

} // namespace bridge
