// MatchingIds: every id of a filter read page by page against the sandbox, numbered (classic) and
// by cursor (Connect), without repeats; a failure and a cancel say so.
#include "matchingids.h"
#include "sandboxfixture.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace bridge;
using sandbox::SandboxConfig;
using testing::Sandbox;

namespace {

//! The ids the sandbox holds for status (empty: all).
QStringList expectedIds(const Sandbox &sb, const QString &status) {
    QStringList ids;
    for (const QJsonObject &c : sb.server->conversations()) {
        if (status.isEmpty() || c.value(QStringLiteral("status")).toString() == status)
            ids << c.value(QStringLiteral("id")).toString();
    }
    return ids;
}

} // namespace

class TestMatchingIds : public QObject {
    Q_OBJECT
private slots:
    void readsEveryPage_data() {
        QTest::addColumn<int>("api");
        QTest::addColumn<QString>("status");
        QTest::newRow("classic, all") << int(SandboxConfig::Api::Classic) << QString();
        QTest::newRow("classic, ghost") << int(SandboxConfig::Api::Classic) << QStringLiteral("ghost");
        QTest::newRow("connect, all") << int(SandboxConfig::Api::Connect) << QString();
        QTest::newRow("connect, ghost") << int(SandboxConfig::Api::Connect) << QStringLiteral("GHOST");
    }
    void readsEveryPage() {
        QFETCH(int, api);
        QFETCH(QString, status);
        Sandbox sb(SandboxConfig::forApi(SandboxConfig::Api(api)));
        MatchingIds walk(sb.client.get());
        QSignalSpy finished(&walk, &MatchingIds::finished);
        QSignalSpy progress(&walk, &MatchingIds::progress);
        ConversationFilter filter;
        filter.status = ConversationStatus(status);
        QVERIFY(walk.start(filter));
        QVERIFY(!walk.start(filter)); // once at a time
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        const QStringList expected = expectedIds(sb, status);
        QVERIFY(expected.size() > MatchingIds::PageLimit || status.size() > 0);
        QStringList got = walk.ids();
        got.removeDuplicates();
        QCOMPARE(got.size(), walk.ids().size()); // none twice
        QStringList want = expected;
        got.sort();
        want.sort();
        QCOMPARE(got, want); // none missed
        QCOMPARE(progress.size(),
                 (int(expected.size()) + MatchingIds::PageLimit - 1) / MatchingIds::PageLimit);
        const qint64 total = progress.last().at(1).toLongLong();
        QCOMPARE(total, api == int(SandboxConfig::Api::Classic) ? qint64(expected.size()) : qint64(-1));
    }

    void aFailureSaysWhy() {
        Sandbox sb;
        sb.server->failNext(1, 403);
        MatchingIds walk(sb.client.get());
        QSignalSpy finished(&walk, &MatchingIds::finished);
        QVERIFY(walk.start({}));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QCOMPARE(finished.first().at(1).toBool(), false);
        QCOMPARE(finished.first().at(2).value<ApiError>().httpStatus, 403);
    }

    void cancelStopsAtOnce() {
        Sandbox sb;
        MatchingIds walk(sb.client.get());
        QSignalSpy finished(&walk, &MatchingIds::finished);
        QVERIFY(walk.start({}));
        walk.cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(1).toBool(), true);
        QVERIFY(!walk.isRunning());
        QTest::qWait(200); // the answer of the page dropped never arrives
        QCOMPARE(finished.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestMatchingIds)
#include "tst_matchingids.moc"
