// BulkQueue against the sandbox: one result per row, exactly the failures, nothing sent twice, cancel.
#include "bulkqueue.h"
#include "sandboxfixture.h"

#include <QSignalSpy>

using namespace bridge;
using testing::Sandbox;

class TestBulkQueue : public QObject {
    Q_OBJECT

    std::unique_ptr<Sandbox> m_sandbox;

    QStringList firstIds(int n, const QString &status = QStringLiteral("active")) {
        QStringList ids;
        const auto all = m_sandbox->conversations();
        for (const Conversation &c : all) {
            if (c.status.raw() == status && ids.size() < n)
                ids.append(c.id);
        }
        return ids;
    }

    static ConversationUpdate archive() {
        ConversationUpdate u;
        u.status = ConversationStatus(QStringLiteral("archived"));
        return u;
    }

private slots:
    void init() { m_sandbox = std::make_unique<Sandbox>(); }
    void cleanup() { m_sandbox.reset(); }

    void bulkArchiveOf25ReportsExactlyTheTwoFailures_data() {
        QTest::addColumn<int>("concurrency");
        QTest::newRow("one at a time") << 1;
        QTest::newRow("two at a time") << 2;
    }
    void bulkArchiveOf25ReportsExactlyTheTwoFailures() {
        QFETCH(int, concurrency);
        const QStringList ids = firstIds(25);
        QCOMPARE(ids.size(), 25);
        const QStringList failing{ids.at(6), ids.at(19)};
        m_sandbox->server->failIds(failing, 500);

        BulkQueue queue(m_sandbox->client.get());
        queue.setConcurrency(concurrency);
        queue.addAll(ids, archive());
        QSignalSpy progress(&queue, &BulkQueue::progress);
        QSignalSpy rows(&queue, &BulkQueue::rowFinished);
        QSignalSpy finished(&queue, &BulkQueue::finished);
        queue.start();
        QVERIFY(queue.isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(finished.at(0).at(0).toBool(), false);

        QCOMPARE(rows.size(), 25);
        QCOMPARE(progress.size(), 25);
        QCOMPARE(progress.last().at(0).toInt(), 25);
        QCOMPARE(progress.last().at(1).toInt(), 25);
        QStringList failed = queue.failedIds();
        failed.sort();
        QStringList expected = failing;
        expected.sort();
        QCOMPARE(failed, expected);
        QCOMPARE(queue.succeededCount(), 23);
        QCOMPARE(queue.summary(), QStringLiteral("23 archived, 2 failed"));
        for (const BulkResult &r : queue.results()) {
            if (!r.ok)
                QCOMPARE(r.error.httpStatus, 500);
            else
                QCOMPARE(r.conversation.status.raw(), QStringLiteral("archived"));
        }
        // Nothing sent twice: one PATCH per id, 25 in all.
        QStringList patched = m_sandbox->patchedIds();
        QCOMPARE(patched.size(), 25);
        patched.removeDuplicates();
        QCOMPARE(patched.size(), 25);
        for (const QString &id : ids)
            QCOMPARE(m_sandbox->find(id)->status.raw(),
                     failing.contains(id) ? QStringLiteral("active") : QStringLiteral("archived"));
    }

    void concurrencyIsBounded() {
        const QStringList ids = firstIds(8);
        m_sandbox->server->setLatencyMs(150);
        BulkQueue queue(m_sandbox->client.get());
        queue.setConcurrency(2);
        queue.addAll(ids, archive());
        QSignalSpy finished(&queue, &BulkQueue::finished);
        int maxInFlight = 0;
        connect(m_sandbox->server.get(), &sandbox::SandboxServer::requestHandled, this, [&] {});
        QElapsedTimer clock;
        clock.start();
        queue.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        // 8 rows, 2 at a time, 150 ms each: at least 4 rounds.
        QVERIFY2(clock.elapsed() >= 4 * 150 - 20, QByteArray::number(clock.elapsed()));
        Q_UNUSED(maxInFlight)
        QCOMPARE(queue.succeededCount(), 8);
    }

    void cancelStopsWhatHasNotStarted() {
        const QStringList ids = firstIds(20);
        m_sandbox->server->setLatencyMs(100);
        BulkQueue queue(m_sandbox->client.get());
        queue.setConcurrency(2);
        queue.addAll(ids, archive());
        QSignalSpy rows(&queue, &BulkQueue::rowFinished);
        QSignalSpy finished(&queue, &BulkQueue::finished);
        queue.start();
        QTRY_VERIFY_WITH_TIMEOUT(queue.succeededCount() >= 3, 5000);
        const int sentSoFar = m_sandbox->count("PATCH"); // those answered, plus those in flight
        queue.cancel();
        QVERIFY(queue.isCancelled());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QTest::qWait(300);         // nothing more goes out
        QCOMPARE(rows.size(), 20); // every row reported once: done, or skipped
        const int sent = queue.succeededCount() + queue.failedCount();
        QCOMPARE(queue.skippedCount(), 20 - sent);
        QVERIFY(queue.skippedCount() > 0);
        QCOMPARE(m_sandbox->count("PATCH"), sent);
        QVERIFY(sent <= sentSoFar + 2); // at most the two in flight completed after cancel
        QVERIFY(queue.summary().contains(QStringLiteral("not sent (cancelled)")));
        // The skipped ones were never touched on the server.
        for (const BulkResult &r : queue.results()) {
            if (r.skipped)
                QCOMPARE(m_sandbox->find(r.conversationId)->status.raw(), QStringLiteral("active"));
        }
    }

    void emptyQueueFinishesAtOnce() {
        BulkQueue queue(m_sandbox->client.get());
        QSignalSpy finished(&queue, &BulkQueue::finished);
        queue.start();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(queue.summary(), QStringLiteral("0 updated"));
    }

    void lostAnswerIsAFailureNeverResent() {
        const QStringList ids = firstIds(3);
        BulkQueue queue(m_sandbox->client.get());
        queue.setConcurrency(1);
        queue.addAll(ids, archive());
        m_sandbox->server->injectNext(sandbox::Fault::DropAfterHandling);
        QSignalSpy finished(&queue, &BulkQueue::finished);
        queue.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QCOMPARE(queue.failedCount(), 1);
        QVERIFY(queue.results().constFirst().error.mayHaveSucceeded);
        QCOMPARE(m_sandbox->count("PATCH"), 3);
    }
};

QTEST_GUILESS_MAIN(TestBulkQueue)
#include "tst_bulkqueue.moc"
