// Offline copy: every page of 100,000 conversations into the local store (a real SQLite file, written
// on the store's own thread as in the app), classic (numbered pages, two in flight) and Connect
// (cursors, one in flight), without a rate limit so the figure is the copier's own pace: time until
// every row is committed, requests, and the GUI thread's longest stall meanwhile.
#include "benchmarks.h"
#include "bridgeclient.h"
#include "conversationstore.h"
#include "offlinecopy.h"
#include "report.h"
#include "sandboxprocess.h"
#include "waitfor.h"

#include <QElapsedTimer>
#include <QList>

#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>

namespace {

//! The longest time the GUI thread's event loop went without running a 5 ms timer, beyond those
//! 5 ms: how long a window would have been frozen.
class StallMeter {
public:
    StallMeter() {
        m_timer.setInterval(IntervalMs);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            if (m_last.isValid()) {
                const double late = double(m_last.nsecsElapsed()) / 1e6 - IntervalMs;
                m_longest = qMax(m_longest, late);
                m_late.append(late);
            }
            m_last.start();
        });
        m_timer.start();
    }
    double longestMs() const { return qMax(0.0, m_longest); }
    //! The 99th percentile of how late the timer ran.
    double p99Ms() const {
        if (m_late.isEmpty())
            return 0;
        QList<double> sorted = m_late;
        std::sort(sorted.begin(), sorted.end());
        return qMax(0.0, sorted.at(qsizetype(double(sorted.size() - 1) * 0.99)));
    }

private:
    static constexpr int IntervalMs = 5;
    QTimer m_timer;
    QElapsedTimer m_last;
    double m_longest = 0;
    QList<double> m_late;
};

void copyOnce(const SandboxProcess &sandbox, const QString &label) {
    bridge::BridgeClient client;
    bridge::ClientOptions options = sandbox.options();
    client.setOptions(options);
    int requests = 0;
    QObject::connect(&client, &bridge::BridgeClient::attemptFinished, [&requests] { ++requests; });
    QTemporaryDir dir;
    bridge::ConversationStore store(dir.filePath(QStringLiteral("bench.sqlite")));
    bridge::OfflineCopy copy(&client, &store, bridge::OfflineCopy::checkpointKey(options));
    bridge::OfflineCopyOptions copyOptions;
    copyOptions.requestsPerSecond = 0; // the copier's own pace; the app's default is 5 a second
    copy.setOptions(copyOptions);
    bool done = false;
    QObject::connect(&copy, &bridge::OfflineCopy::finished, [&done] { done = true; });
    QObject::connect(&copy, &bridge::OfflineCopy::failed, [&done] { done = true; });

    StallMeter stall;
    QElapsedTimer clock;
    clock.start();
    copy.start();
    const bool finished = waitFor([&done] { return done; }, 600000);
    store.flush(); // every row committed
    const double seconds = double(clock.elapsed()) / 1000.0;
    if (!finished || copy.status() != bridge::OfflineCopy::Status::Current) {
        Report::figure(label, QStringLiteral("failed"));
        return;
    }
    Report::figure(QStringLiteral("%1: time for %2").arg(label).arg(sandbox.count()),
                   QStringLiteral("%1 s").arg(seconds, 0, 'f', 1));
    Report::figure(QStringLiteral("%1: requests").arg(label), QString::number(requests));
    const int kept = store.stats().count;
    Report::figure(QStringLiteral("%1: conversations kept").arg(label), QString::number(kept),
                   QString::number(sandbox.count()), kept == sandbox.count());
    Report::figure(QStringLiteral("%1: GUI thread's longest stall").arg(label), Report::ms(stall.longestMs()),
                   QStringLiteral("<= 50 ms"), stall.longestMs() <= 50.0);
    Report::figure(QStringLiteral("%1: GUI thread's stall, 99th percentile").arg(label),
                   Report::ms(stall.p99Ms()));
}

} // namespace

void benchOfflineCopy(const SandboxProcess &classic, const SandboxProcess &connect) {
    Report::section(
        QStringLiteral("Offline copy (every page of %1 conversations, no rate limit)").arg(classic.count()));
    {
        // What this machine's scheduler alone costs the same event loop, for comparison.
        StallMeter idle;
        waitFor([] { return false; }, 5000);
        Report::figure(QStringLiteral("idle event loop, 5 s: longest stall"), Report::ms(idle.longestMs()));
        Report::figure(QStringLiteral("idle event loop, 5 s: stall, 99th percentile"),
                       Report::ms(idle.p99Ms()));
    }
    copyOnce(classic, QStringLiteral("classic, 2 in flight"));
    copyOnce(connect, QStringLiteral("Connect, cursors"));
    Report::note(QStringLiteral("At the default rate of %1 requests a second a copy of 100,000 takes "
                                "about %2 min.")
                     .arg(bridge::OfflineCopyOptions::DefaultRequestsPerSecond)
                     .arg(int(1000 / bridge::OfflineCopyOptions::DefaultRequestsPerSecond / 60 + 0.5)));
}
