// OfflineCopy against the sandbox on loopback, classic and Connect: a full walk keeps every id once;
// a copier destroyed mid-walk and a new one on the same sink go on from the checkpoint; churn while
// walking misses nothing; 429 and 503 back off and go on; never more than N requests in flight (counted
// at the sandbox); pause stops requests; a later pass walks only what changed.
#include "conversationsink.h"
#include "offlinecopy.h"
#include "sandboxfixture.h"

#include <QSignalSpy>

using namespace bridge;
using testing::Sandbox;

namespace {

//! The sink of the tests: rows by id, how often each id was written, checkpoints by key.
class MemorySink : public ConversationSink {
public:
    QHash<QString, Conversation> rows;
    QHash<QString, int> writes;
    QHash<QString, QByteArray> checkpoints;

    void keepConversations(const QList<Conversation> &conversations, const QDateTime &) override {
        for (const Conversation &c : conversations) {
            rows.insert(c.id, c);
            ++writes[c.id];
        }
    }
    void keepCheckpoint(const QString &key, const QByteArray &state) override {
        if (state.isEmpty())
            checkpoints.remove(key);
        else
            checkpoints.insert(key, state);
    }
    QByteArray checkpoint(const QString &key) const override { return checkpoints.value(key); }
};

sandbox::SandboxConfig config(const QString &api, int count) {
    sandbox::SandboxConfig c = sandbox::SandboxConfig::forApi(api == QLatin1String("connect")
                                                                  ? sandbox::SandboxConfig::Api::Connect
                                                                  : sandbox::SandboxConfig::Api::Classic);
    c.conversationCount = count;
    return c;
}

//! Requests in flight at the sandbox: received and not yet answered, and the most seen at once.
struct InFlightCounter {
    QObject context;
    int now = 0;
    int most = 0;
    int received = 0;
    explicit InFlightCounter(sandbox::SandboxServer &server) {
        QObject::connect(&server, &sandbox::SandboxServer::requestReceived, &context, [this] {
            ++received;
            most = qMax(most, ++now);
        });
        QObject::connect(&server, &sandbox::SandboxServer::requestHandled, &context, [this] { --now; });
    }
};

} // namespace

class TestOfflineCopy : public QObject {
    Q_OBJECT

    std::unique_ptr<Sandbox> m_sandbox;
    MemorySink m_sink;

    void open(int count) {
        QFETCH(QString, api);
        m_sandbox = std::make_unique<Sandbox>(config(api, count));
        m_sink = {};
    }

    std::unique_ptr<OfflineCopy> copier(int maxInFlight = 2, double rate = 0) {
        auto copy = std::make_unique<OfflineCopy>(m_sandbox->client.get(), &m_sink,
                                                  OfflineCopy::checkpointKey(m_sandbox->client->options()));
        OfflineCopyOptions options;
        options.maxInFlight = maxInFlight;
        options.requestsPerSecond = rate;
        copy->setOptions(options);
        return copy;
    }

    static bool runToEnd(OfflineCopy &copy, bool start = true) {
        QSignalSpy finished(&copy, &OfflineCopy::finished);
        if (start)
            copy.start();
        return finished.wait(60000);
    }

    //! The sink holds exactly the server's conversations, each as the server has it now.
    void verifySinkEqualsServer() {
        const QList<Conversation> server = m_sandbox->conversations();
        QCOMPARE(m_sink.rows.size(), server.size());
        for (const Conversation &c : server) {
            QVERIFY2(m_sink.rows.contains(c.id), qPrintable(QStringLiteral("missed ") + c.id));
            QCOMPARE(m_sink.rows.value(c.id), c);
        }
    }

    OfflineCopyState checkpoint() const {
        return OfflineCopyState::fromBytes(
            m_sink.checkpoints.value(OfflineCopy::checkpointKey(m_sandbox->client->options())));
    }

    static void generations() {
        QTest::addColumn<QString>("api");
        QTest::newRow("classic") << QStringLiteral("classic");
        QTest::newRow("connect") << QStringLiteral("connect");
    }

private slots:
    void cleanup() { m_sandbox.reset(); }

    void fullWalkKeepsEveryIdOnce_data() { generations(); }
    void fullWalkKeepsEveryIdOnce() {
        open(2345);
        auto copy = copier();
        QSignalSpy progress(copy.get(), &OfflineCopy::progress);
        QVERIFY(runToEnd(*copy));
        verifySinkEqualsServer();
        for (auto it = m_sink.writes.cbegin(); it != m_sink.writes.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key()));
        QCOMPARE(copy->status(), OfflineCopy::Status::Current);
        const OfflineCopyState state = checkpoint();
        QCOMPARE(state.phase, OfflineCopyState::Phase::Current);
        QCOMPARE(state.finishedTotal, 2345);
        QVERIFY(state.finishedAt.isValid());
        // 24 pages, then the first page again to see what moved meanwhile.
        QCOMPARE(m_sandbox->count("GET"), 25);
        QCOMPARE(progress.at(23).at(0).toInt(), 24);
        QCOMPARE(progress.at(23).at(1).toLongLong(), 2345);
        QCOMPARE(progress.at(23).at(2).toLongLong(),
                 m_sandbox->client->dialect().pagesByCursor() ? -1 : 2345);
    }

    void interruptedWalkGoesOnFromTheCheckpoint_data() { generations(); }
    void interruptedWalkGoesOnFromTheCheckpoint() {
        open(2000);
        auto first = copier();
        int pages = 0;
        connect(first.get(), &OfflineCopy::progress, this, [&pages](int done) { pages = done; });
        first->start();
        QTRY_VERIFY_WITH_TIMEOUT(pages >= 7, 30000);
        first.reset(); // as at a restart: calls in flight are dropped
        const OfflineCopyState stopped = checkpoint();
        QCOMPARE(stopped.phase, OfflineCopyState::Phase::Full);
        QVERIFY(stopped.page >= 8);
        QVERIFY(m_sink.rows.size() < 2000);
        const int requestsBefore = m_sandbox->count("GET");

        auto second = copier();
        QVERIFY(runToEnd(*second));
        verifySinkEqualsServer();
        // Only the pages after the checkpoint, and the first page for what moved meanwhile.
        // (A request in flight when the first copier went may still reach the sandbox.)
        const int expected = 20 - (stopped.page - 1) + 1;
        QVERIFY(m_sandbox->count("GET") - requestsBefore >= expected);
        QVERIFY(m_sandbox->count("GET") - requestsBefore <= expected + 2);
        // Written twice at most: only the newest rows, which bound the walk for what moved.
        for (auto it = m_sink.writes.cbegin(); it != m_sink.writes.cend(); ++it) {
            if (it.value() > 1)
                QCOMPARE(m_sink.rows.value(it.key()).updatedAt, stopped.newest);
        }
    }

    void churnWhileWalkingMissesNothing_data() {
        QTest::addColumn<QString>("api");
        QTest::addColumn<int>("inFlight");
        QTest::newRow("classic, 1 in flight") << QStringLiteral("classic") << 1;
        QTest::newRow("classic, 3 in flight") << QStringLiteral("classic") << 3;
        QTest::newRow("connect") << QStringLiteral("connect") << 1;
    }
    void churnWhileWalkingMissesNothing() {
        QFETCH(int, inFlight);
        open(2000);
        auto copy = copier(inFlight);
        int rounds = 0;
        // New rows and changed rows move to the front while the walk is on its way.
        connect(copy.get(), &OfflineCopy::progress, this, [&] {
            if (copy->state().phase == OfflineCopyState::Phase::Full && rounds < 12) {
                ++rounds;
                m_sandbox->server->churnOnce(4, 6);
            }
        });
        QVERIFY(runToEnd(*copy));
        QCOMPARE(rounds, 12);
        QCOMPARE(m_sandbox->server->conversationCount(), 2000 + 12 * 4);
        verifySinkEqualsServer();

        // Keeping current: a later pass walks only what changed.
        m_sandbox->server->churnOnce(5, 20);
        const int before = m_sandbox->count("GET");
        copy->refresh();
        QVERIFY(runToEnd(*copy, false));
        verifySinkEqualsServer();
        QVERIFY(m_sandbox->count("GET") - before <= 2);
        QCOMPARE(checkpoint().finishedTotal, 2000 + 12 * 4 + 5);
    }

    void faultsBackOffAndGoOn_data() { generations(); }
    void faultsBackOffAndGoOn() {
        open(600);
        m_sandbox->server->failNext(2, 503);
        auto copy = copier();
        QVERIFY(runToEnd(*copy));
        verifySinkEqualsServer();
        int unavailable = 0;
        for (const auto &r : m_sandbox->server->receivedRequests())
            unavailable += r.status == 503;
        QCOMPARE(unavailable, 2);

        // Rate limited with Retry-After: the client waits that long, as for any list call.
        m_sandbox->server->churnOnce(1, 0);
        m_sandbox->server->failNext(1, 429, 1);
        QElapsedTimer clock;
        clock.start();
        copy->refresh();
        QVERIFY(runToEnd(*copy, false));
        QVERIFY(clock.elapsed() >= 900);
        verifySinkEqualsServer();
    }

    void failureAfterTheClientsRetriesGoesOnLater_data() { generations(); }
    void failureAfterTheClientsRetriesGoesOnLater() {
        open(500);
        auto copy = copier(1);
        QSignalSpy failed(copy.get(), &OfflineCopy::failed);
        int pages = 0;
        connect(copy.get(), &OfflineCopy::progress, this, [&](int done) {
            if ((pages = done) == 2)
                m_sandbox->server->failNext(4, 500); // more than the client's 3 retries
        });
        copy->start();
        QVERIFY(failed.wait(30000));
        QCOMPARE(failed.at(0).at(0).value<ApiError>().httpStatus, 500);
        QCOMPARE(copy->status(), OfflineCopy::Status::Failed);
        QVERIFY(m_sink.rows.size() < 500);
        copy->refresh(); // the next pass goes on from the page that failed
        QTRY_COMPARE_WITH_TIMEOUT(copy->status(), OfflineCopy::Status::Current, 30000);
        verifySinkEqualsServer();
    }

    void neverMoreThanNInFlight_data() {
        QTest::addColumn<QString>("api");
        QTest::addColumn<int>("inFlight");
        QTest::addColumn<int>("expected");
        QTest::newRow("classic, 1") << QStringLiteral("classic") << 1 << 1;
        QTest::newRow("classic, 2") << QStringLiteral("classic") << 2 << 2;
        QTest::newRow("classic, 4") << QStringLiteral("classic") << 4 << 4;
        QTest::newRow("connect, 4: cursors, one at a time") << QStringLiteral("connect") << 4 << 1;
    }
    void neverMoreThanNInFlight() {
        QFETCH(int, inFlight);
        QFETCH(int, expected);
        open(1500);
        m_sandbox->server->setLatencyMs(40);
        InFlightCounter counter(*m_sandbox->server);
        auto copy = copier(inFlight);
        QVERIFY(runToEnd(*copy));
        verifySinkEqualsServer();
        QCOMPARE(counter.most, expected);
        QCOMPARE(counter.received, 16);
    }

    void rateIsKept_data() { generations(); }
    void rateIsKept() {
        open(1000);
        auto copy = copier(4, 20.0); // 20 a second: 11 requests take at least half a second
        QElapsedTimer clock;
        clock.start();
        QVERIFY(runToEnd(*copy));
        QCOMPARE(m_sandbox->count("GET"), 11);
        QVERIFY2(clock.elapsed() >= 10 * 50 - 10, qPrintable(QString::number(clock.elapsed())));
    }

    void pauseStopsRequestsAndResumeGoesOn_data() { generations(); }
    void pauseStopsRequestsAndResumeGoesOn() {
        open(1500);
        m_sandbox->server->setLatencyMs(20);
        auto copy = copier();
        QSignalSpy statuses(copy.get(), &OfflineCopy::statusChanged);
        int pages = 0;
        connect(copy.get(), &OfflineCopy::progress, this, [&](int done) { pages = done; });
        copy->start();
        QTRY_VERIFY_WITH_TIMEOUT(pages >= 3, 30000);
        copy->pause();
        QCOMPARE(copy->status(), OfflineCopy::Status::Paused);
        QTRY_COMPARE(copy->inFlight(), 0); // those in flight land
        const int requests = m_sandbox->count("GET");
        const int kept = int(m_sink.rows.size());
        QTest::qWait(400); // nothing may happen: there is no event to wait for
        QCOMPARE(m_sandbox->count("GET"), requests);
        QVERIFY(kept < 1500);
        copy->resume();
        QVERIFY(runToEnd(*copy, false));
        verifySinkEqualsServer();
        QCOMPARE(statuses.at(0).at(0).value<OfflineCopy::Status>(), OfflineCopy::Status::Walking);
        QCOMPARE(statuses.at(1).at(0).value<OfflineCopy::Status>(), OfflineCopy::Status::Paused);
        QCOMPARE(statuses.at(2).at(0).value<OfflineCopy::Status>(), OfflineCopy::Status::Walking);
    }

    void checkpointRoundTrips() {
        OfflineCopyState s;
        s.phase = OfflineCopyState::Phase::Recent;
        s.page = 7;
        s.cursor = QStringLiteral("abc");
        s.pagesDone = 6;
        s.kept = 600;
        s.total = 1234;
        s.since = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), Qt::UTC);
        s.newest = s.since.addSecs(10);
        s.finishedAt = s.since.addSecs(20);
        s.finishedTotal = 1200;
        s.counted = 1100;
        s.ordered = false;
        const OfflineCopyState back = OfflineCopyState::fromBytes(s.toBytes());
        QCOMPARE(back.toBytes(), s.toBytes());
        QCOMPARE(back.since, s.since);
        QCOMPARE(OfflineCopyState::fromBytes("not json").page, 1);
        QCOMPARE(OfflineCopyState::fromBytes("not json").phase, OfflineCopyState::Phase::Full);
    }
};

QTEST_GUILESS_MAIN(TestOfflineCopy)
#include "tst_offlinecopy.moc"
