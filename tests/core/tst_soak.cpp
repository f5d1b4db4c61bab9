// Soak: 5,000 page loads through BrowsingController against an in-process sandbox (latency 0),
// resident memory measured after a warm-up and at the end. The growth is printed for the README;
// the test fails only on gross growth (a leak per load, not allocator noise).
#include "bridgeclient.h"
#include "browsingcontroller.h"
#include "conversationtablemodel.h"
#include "sandboxfixture.h"
#include "sandboxserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QTest>
#include <QTimer>

#include <malloc.h>

using namespace bridge;
using bridge::sandbox::SandboxConfig;
using bridge::sandbox::SandboxServer;

namespace {

constexpr int kLoads = 5000;
constexpr int kWarmUpLoads = 200;
constexpr qint64 kGrossGrowthKiB = 16 * 1024;

//! VmRSS of this process in KiB, -1 when unknown.
qint64 residentKiB() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

//! Runs the event loop until predicate holds, without the 10 ms sleeps of QTest::qWaitFor
//! (which would turn 5,000 loads into minutes). False after timeoutMs.
template <typename Predicate> bool spinUntil(Predicate predicate, int timeoutMs = 10000) {
    QElapsedTimer clock;
    clock.start();
    QTimer wake; // processEvents(WaitForMoreEvents) returns at least this often
    wake.start(50);
    while (!predicate()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    return true;
}

} // namespace

class TestSoak : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        // 5,000 lines of request log would only slow the loop down.
        QLoggingCategory::setFilterRules(QStringLiteral("bridge.*.info=false\nbridge.*.debug=false"));
    }

    void fiveThousandPageLoads() {
        SandboxConfig config;
        config.conversationCount = 2000; // 100 pages: far more than the controller's cache holds
        SandboxServer server(config);
        QVERIFY(server.listenLoopback() != 0);
        BridgeClient client;
        client.setOptions(testing::sandboxOptions(server));
        BrowsingController controller(&client);

        int loads = 0; // list answers that came from the network: shown pages, prefetches, refreshes
        int failures = 0;
        connect(&client, &BridgeClient::attemptFinished, this, [&](const RequestRecord &record) {
            if (record.httpStatus == 200)
                ++loads;
            else
                ++failures;
        });
        int shown = 0;
        connect(&controller, &BrowsingController::pageShown, this, [&] { ++shown; });
        connect(&controller, &BrowsingController::errorOccurred, this,
                [&](const ApiError &error) { qWarning().noquote() << error.line(); });

        const int pages = (config.conversationCount + 19) / 20;
        qint64 warmRss = -1;
        int warmLoads = 0;
        QElapsedTimer clock;
        clock.start();
        for (int step = 0; loads < kLoads; ++step) {
            // A stride of 7 over 100 pages: mostly pages that are neither cached nor prefetched.
            const int page = (step * 7) % pages + 1;
            const int shownBefore = shown;
            const int loadsBefore = loads;
            if (controller.query().page == page)
                controller.refresh();
            else
                controller.goToPage(page);
            QVERIFY2(spinUntil([&] {
                         return shown > shownBefore && loads > loadsBefore && !controller.isLoading();
                     }),
                     qPrintable(QStringLiteral("page %1 did not load (step %2)").arg(page).arg(step)));
            QCOMPARE(controller.model()->rowCount(), 20);
            server.clearReceivedRequests(); // the sandbox's own log of requests is not what is measured
            if (warmRss < 0 && loads >= kWarmUpLoads) {
                malloc_trim(0);
                warmRss = residentKiB();
                warmLoads = loads;
            }
        }
        // Let the last prefetch land, then measure.
        spinUntil([] { return false; }, 200);
        malloc_trim(0);
        const qint64 endRss = residentKiB();
        QCOMPARE(failures, 0);
        QVERIFY(warmRss > 0 && endRss > 0);
        const qint64 growth = endRss - warmRss;
        qInfo().noquote() << QStringLiteral(
                                 "soak: %1 page loads (%2 shown) in %3 s; RSS %4 KiB after %5 loads, "
                                 "%6 KiB at the end: growth %7 KiB (%8 MiB)")
                                 .arg(loads)
                                 .arg(shown)
                                 .arg(clock.elapsed() / 1000.0, 0, 'f', 1)
                                 .arg(warmRss)
                                 .arg(warmLoads)
                                 .arg(endRss)
                                 .arg(growth)
                                 .arg(growth / 1024.0, 0, 'f', 2);
        QVERIFY2(growth < kGrossGrowthKiB,
                 qPrintable(
                     QStringLiteral("RSS grew by %1 KiB over %2 loads").arg(growth).arg(loads - warmLoads)));
    }
};

QTEST_GUILESS_MAIN(TestSoak)
#include "tst_soak.moc"
