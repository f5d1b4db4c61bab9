// ResumeWatcher with clocks and inputs fed by hand: a sleep (the wall clock runs on, the monotonic
// clock does not), logind's wake, the network lost and back, one refresh for one wake; and DataAge,
// the words and the staleness of the status bar's age.
#include "dataage.h"
#include "resumewatcher.h"

#include <QSignalSpy>
#include <QTest>

using bridge::DataAge;
using bridge::ResumeWatcher;

namespace {

//! Two clocks the test moves: sleep() moves only the wall clock, as a suspended machine does.
struct FakeClocks {
    qint64 wall = 1'700'000'000'000;
    qint64 monotonic = 1000;

    void run(qint64 ms) {
        wall += ms;
        monotonic += ms;
    }
    void sleep(qint64 ms) { wall += ms; }
    ResumeWatcher::Clocks clocks() {
        return {[this] { return wall; }, [this] { return monotonic; }};
    }
};

} // namespace

class TestResumeWatcher : public QObject {
    Q_OBJECT
private slots:
    void steadyClocksResumeNothing();
    void sleepBetweenTicksIsAWake();
    void clockSetBackIsAWakeToo();
    void logindWakeAndTheClockJumpAreOneResume();
    void networkBackResumes();
    void networkStillUpResumesNothing();
    void ageInWords();
    void staleAfterTwoMissedRefreshes();
};

void TestResumeWatcher::steadyClocksResumeNothing() {
    FakeClocks clocks;
    ResumeWatcher watcher(clocks.clocks(), nullptr);
    QSignalSpy resumed(&watcher, &ResumeWatcher::resumed);
    for (int i = 0; i < 10; ++i) {
        clocks.run(ResumeWatcher::TickMs);
        clocks.sleep(500); // a little drift (NTP) is no sleep
        watcher.tick();
    }
    QCOMPARE(resumed.size(), 0);
}

void TestResumeWatcher::sleepBetweenTicksIsAWake() {
    FakeClocks clocks;
    ResumeWatcher watcher(clocks.clocks(), nullptr);
    QSignalSpy resumed(&watcher, &ResumeWatcher::resumed);
    clocks.run(5000);
    clocks.sleep(40 * 60 * 1000); // the lid closed for 40 minutes
    clocks.run(1000);
    watcher.tick();
    QCOMPARE(resumed.size(), 1);
    QCOMPARE(resumed.first().first().value<ResumeWatcher::Reason>(), ResumeWatcher::Reason::Woke);
    // The next tick compares from the wake on.
    clocks.run(ResumeWatcher::TickMs + ResumeWatcher::DebounceMs);
    watcher.tick();
    QCOMPARE(resumed.size(), 1);
}

void TestResumeWatcher::clockSetBackIsAWakeToo() {
    FakeClocks clocks;
    ResumeWatcher watcher(clocks.clocks(), nullptr);
    QSignalSpy resumed(&watcher, &ResumeWatcher::resumed);
    clocks.run(ResumeWatcher::TickMs);
    clocks.wall -= 2 * 3600 * 1000;
    watcher.tick();
    QCOMPARE(resumed.size(), 1);
}

void TestResumeWatcher::logindWakeAndTheClockJumpAreOneResume() {
    FakeClocks clocks;
    ResumeWatcher watcher(clocks.clocks(), nullptr);
    QSignalSpy resumed(&watcher, &ResumeWatcher::resumed);
    watcher.setSleeping(true);
    QCOMPARE(resumed.size(), 0);
    clocks.sleep(3600 * 1000);
    watcher.setSleeping(false);
    QCOMPARE(resumed.size(), 1);
    clocks.run(1000);
    watcher.tick(); // the clocks were set again on waking: no second refresh
    QCOMPARE(resumed.size(), 1);

    // Another wake much later counts again.
    clocks.run(60 * 1000);
    watcher.setSleeping(true);
    clocks.sleep(3600 * 1000);
    clocks.run(1000);
    watcher.tick();             // the clock jump seen first...
    watcher.setSleeping(false); // ...and logind's signal right after: one resume
    QCOMPARE(resumed.size(), 2);
}

void TestResumeWatcher::networkBackResumes() {
    FakeClocks clocks;
    ResumeWatcher watcher(clocks.clocks(), nullptr);
    QSignalSpy resumed(&watcher, &ResumeWatcher::resumed);
    QSignalSpy reachability(&watcher, &ResumeWatcher::reachabilityChanged);
    QVERIFY(watcher.isReachable());
    watcher.setReachable(false);
    QCOMPARE(reachability.size(), 1);
    QCOMPARE(reachability.last().first().toBool(), false);
    QCOMPARE(resumed.size(), 0);
    clocks.run(20000);
    watcher.setReachable(true);
    QCOMPARE(reachability.size(), 2);
    QCOMPARE(resumed.size(), 1);
    QCOMPARE(resumed.first().first().value<ResumeWatcher::Reason>(), ResumeWatcher::Reason::NetworkBack);
}

void TestResumeWatcher::networkStillUpResumesNothing() {
    FakeClocks clocks;
    ResumeWatcher watcher(clocks.clocks(), nullptr);
    QSignalSpy resumed(&watcher, &ResumeWatcher::resumed);
    QSignalSpy reachability(&watcher, &ResumeWatcher::reachabilityChanged);
    watcher.setReachable(true);
    QCOMPARE(reachability.size(), 0);
    QCOMPARE(resumed.size(), 0);
}

void TestResumeWatcher::ageInWords() {
    QCOMPARE(DataAge::text(0), QStringLiteral("Updated just now"));
    QCOMPARE(DataAge::text(59), QStringLiteral("Updated just now"));
    QCOMPARE(DataAge::text(60), QStringLiteral("Updated 1 min ago"));
    QCOMPARE(DataAge::text(150), QStringLiteral("Updated 2 min ago"));
    QCOMPARE(DataAge::text(3 * 3600 + 10), QStringLiteral("Updated 3 h ago"));
    QCOMPARE(DataAge::text(5 * 86400), QStringLiteral("Updated 5 days ago"));
}

void TestResumeWatcher::staleAfterTwoMissedRefreshes() {
    QVERIFY(!DataAge::isStale(60, 30));
    QVERIFY(!DataAge::isStale(90, 30));
    QVERIFY(DataAge::isStale(91, 30));
    QVERIFY(!DataAge::isStale(600, 300));
    QVERIFY(DataAge::isStale(631, 300));
    // Off: only data a quarter of an hour old is worth a warning.
    QVERIFY(!DataAge::isStale(14 * 60, 0));
    QVERIFY(DataAge::isStale(16 * 60, 0));
}

QTEST_GUILESS_MAIN(TestResumeWatcher)
#include "tst_resumewatcher.moc"
