// Auto-refresh against the sandbox's churn: exactly the changed rows are marked, new ones counted,
// the model updated in place (no reset), PageChanges compared offline.
#include "browsingcontroller.h"
#include "refreshwatcher.h"
#include "sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace bridge;
using testing::Sandbox;

namespace {
Conversation conv(const QString &id, const QString &status = QStringLiteral("active"), int updated = 0) {
    Conversation c;
    c.id = id;
    c.workspaceId = QStringLiteral("ws");
    c.status = ConversationStatus(status);
    c.createdAt = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
    c.updatedAt = c.createdAt.addSecs(updated);
    return c;
}
QStringList sorted(QStringList l) {
    l.sort();
    return l;
}
} // namespace

class TestRefreshWatcher : public QObject {
    Q_OBJECT

    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<BrowsingController> m_controller;

    void loadFirstPage() {
        QSignalSpy shown(m_controller.get(), &BrowsingController::pageShown);
        m_controller->setQuery(ListQuery{});
        QTRY_COMPARE(shown.size(), 1);
        QCOMPARE(m_controller->model()->rowCount(), 20);
        // The prefetch of page 2 follows; wait until the server has answered it, so that faults a
        // test sets up next can only meet the requests that test makes.
        QTRY_COMPARE(m_sandbox->count("GET"), 2);
    }

private slots:
    void init() {
        m_sandbox = std::make_unique<Sandbox>();
        m_controller = std::make_unique<BrowsingController>(m_sandbox->client.get());
        new QAbstractItemModelTester(m_controller->model(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     m_controller.get());
    }
    void cleanup() {
        m_controller.reset();
        m_sandbox.reset();
    }

    void pageChangesCompare() {
        const QList<Conversation> before{conv(QStringLiteral("a")), conv(QStringLiteral("b")),
                                         conv(QStringLiteral("c"))};
        Conversation b2 = before.at(1);
        b2.name = QStringLiteral("renamed");
        Conversation fresh = conv(QStringLiteral("n"), QStringLiteral("active"), 100);
        fresh.createdAt = fresh.updatedAt;
        Conversation movedUp =
            conv(QStringLiteral("m"), QStringLiteral("archived"), 100); // old, just updated
        const PageChanges changes = PageChanges::compare(before, {fresh, movedUp, before.at(0), b2});
        QCOMPARE(changes.changedIds, QStringList{QStringLiteral("b")});
        QCOMPARE(changes.newIds, (QStringList{QStringLiteral("n"), QStringLiteral("m")}));
        QCOMPARE(changes.newConversations, 1);
        QVERIFY(PageChanges::compare(before, before).isEmpty());
    }

    void churnThenRefreshMarksExactlyTheAffectedRows() {
        loadFirstPage();
        RefreshWatcher watcher(m_controller.get());
        QSignalSpy newOnes(&watcher, &RefreshWatcher::newConversations);
        QSignalSpy refreshed(&watcher, &RefreshWatcher::refreshed);
        QSignalSpy reset(m_controller->model(), &QAbstractItemModel::modelReset);
        QSignalSpy inserted(m_controller->model(), &QAbstractItemModel::rowsInserted);
        QSignalSpy loading(m_controller.get(), &BrowsingController::loadingChanged);
        const QString firstBefore = m_controller->model()->conversationAt(0)->id;
        const QPersistentModelIndex kept = m_controller->model()->index(0, 0);

        const sandbox::ChurnResult churn = m_sandbox->server->churnOnce(3, 4);
        QCOMPARE(churn.created.size(), 3);
        QCOMPARE(churn.changed.size(), 4);
        watcher.refreshNow();
        QTRY_COMPARE(refreshed.size(), 1);

        QCOMPARE(sorted(m_controller->model()->changedIds()), sorted(churn.affected()));
        for (int row = 0; row < m_controller->model()->rowCount(); ++row) {
            const QModelIndex index = m_controller->model()->index(row, 0);
            QCOMPARE(index.data(ConversationTableModel::ChangedRole).toBool(),
                     churn.affected().contains(index.data(ConversationTableModel::IdRole).toString()));
        }
        QCOMPARE(newOnes.size(), 1);
        QCOMPARE(newOnes.at(0).at(0).toInt(), 3);
        // The page is what the server has now, in its order.
        QStringList serverIds;
        const auto all = m_sandbox->conversations();
        for (int i = 0; i < 20; ++i)
            serverIds.append(all.at(i).id);
        QStringList modelIds;
        for (const Conversation &c : m_controller->model()->conversations())
            modelIds.append(c.id);
        QCOMPARE(modelIds, serverIds);
        // Quietly, in place: no loading state, no reset; a row that stayed keeps its index.
        QCOMPARE(loading.size(), 0);
        QCOMPARE(reset.size(), 0);
        QVERIFY(inserted.size() >= 1);
        if (modelIds.contains(firstBefore)) {
            QVERIFY(kept.isValid());
            QCOMPARE(kept.data(ConversationTableModel::IdRole).toString(), firstBefore);
        }

        // Seen rows lose the mark; a refresh with no change marks nothing more.
        m_controller->model()->markSeen(churn.created.constFirst());
        QVERIFY(!m_controller->model()->isChanged(churn.created.constFirst()));
        watcher.refreshNow();
        QTRY_COMPARE(refreshed.size(), 2);
        QVERIFY(refreshed.at(1).at(0).value<PageChanges>().isEmpty());
        QCOMPARE(m_controller->model()->changedIds().size(), churn.affected().size() - 1);
        QCOMPARE(newOnes.size(), 1);
        m_controller->model()->markAllSeen();
        QVERIFY(m_controller->model()->changedIds().isEmpty());
    }

    void otherRowsShownMeanwhileAreNotChanges() {
        loadFirstPage();
        RefreshWatcher watcher(m_controller.get());
        QSignalSpy refreshed(&watcher, &RefreshWatcher::refreshed);
        // The window shows search results in the model for a while (three rows of the page, reversed).
        const QList<Conversation> page = m_controller->model()->conversations();
        m_controller->model()->setConversations({page.at(5), page.at(3), page.at(1)});
        const sandbox::ChurnResult churn = m_sandbox->server->churnOnce(1, 2);
        watcher.refreshNow();
        QTRY_COMPARE(refreshed.size(), 1);
        // What changed on the server since the page was shown, not since the search results.
        QCOMPARE(sorted(m_controller->model()->changedIds()), sorted(churn.affected()));
        // New to the page: the one created, and changed ones that moved up from page 2.
        const QStringList newIds = refreshed.at(0).at(0).value<PageChanges>().newIds;
        QVERIFY(newIds.contains(churn.created.constFirst()));
        for (const QString &id : newIds)
            QVERIFY2(churn.affected().contains(id), qPrintable(id));
    }

    void newConversationsAreOnlyCountedOnPageOne() {
        QSignalSpy shown(m_controller.get(), &BrowsingController::pageShown);
        ListQuery q;
        q.page = 2;
        m_controller->setQuery(q);
        QTRY_COMPARE(shown.size(), 1);
        RefreshWatcher watcher(m_controller.get());
        QSignalSpy newOnes(&watcher, &RefreshWatcher::newConversations);
        QSignalSpy refreshed(&watcher, &RefreshWatcher::refreshed);
        m_sandbox->server->churnOnce(2, 0); // page 2 shifts by two rows
        watcher.refreshNow();
        QTRY_COMPARE(refreshed.size(), 1);
        QCOMPARE(newOnes.size(), 0);
        const PageChanges changes = refreshed.at(0).at(0).value<PageChanges>();
        QCOMPARE(changes.newIds.size(), 2);
    }

    void timerRefreshesQuietly() {
        loadFirstPage();
        RefreshWatcher watcher(m_controller.get());
        QSignalSpy refreshed(&watcher, &RefreshWatcher::refreshed);
        QSignalSpy newOnes(&watcher, &RefreshWatcher::newConversations);
        QSignalSpy loading(m_controller.get(), &BrowsingController::loadingChanged);
        watcher.setIntervalMs(200);
        m_sandbox->server->churnOnce(1, 1);
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.size() >= 1, 3000);
        QTRY_COMPARE(newOnes.size(), 1);
        QCOMPARE(loading.size(), 0);
        watcher.setIntervalMs(0);
        QCOMPARE(watcher.interval(), RefreshWatcher::Interval::Off);
        const int seen = int(refreshed.size());
        QTest::qWait(500);
        QCOMPARE(refreshed.size(), seen); // off: no more refreshes
    }

    void navigationIsNotAChange() {
        loadFirstPage();
        QSignalSpy refreshed(m_controller.get(), &BrowsingController::pageRefreshed);
        QSignalSpy shown(m_controller.get(), &BrowsingController::pageShown);
        m_controller->next();
        QTRY_COMPARE(shown.size(), 1);
        QTest::qWait(100);
        QCOMPARE(refreshed.size(), 0);
        QVERIFY(m_controller->model()->changedIds().isEmpty());
    }

    void quietRefreshFailureKeepsRowsAndReportsNothing() {
        loadFirstPage();
        QSignalSpy errors(m_controller.get(), &BrowsingController::errorOccurred);
        QSignalSpy refreshed(m_controller.get(), &BrowsingController::pageRefreshed);
        const auto rows = m_controller->model()->conversations();
        m_sandbox->server->failNext(4, 500);
        m_controller->refreshQuietly();
        QTest::qWait(1000);
        QCOMPARE(errors.size(), 0);
        QCOMPARE(refreshed.size(), 0);
        QCOMPARE(m_controller->model()->conversations(), rows);
    }

    void intervals() {
        QCOMPARE(RefreshWatcher::intervals().size(), 4);
        QCOMPARE(RefreshWatcher::intervalFromSeconds(60), RefreshWatcher::Interval::Minute1);
        QCOMPARE(RefreshWatcher::intervalFromSeconds(61), RefreshWatcher::Interval::Off);
        QCOMPARE(RefreshWatcher::intervalName(RefreshWatcher::Interval::Seconds30), QStringLiteral("30 s"));
        RefreshWatcher watcher(m_controller.get());
        QSignalSpy changed(&watcher, &RefreshWatcher::intervalChanged);
        watcher.setInterval(RefreshWatcher::Interval::Minutes5);
        watcher.setInterval(RefreshWatcher::Interval::Minutes5);
        QCOMPARE(changed.size(), 1);
    }

    void churnIsDeterministic() {
        Sandbox a, b;
        const auto ra = a.server->churnOnce(2, 3);
        const auto rb = b.server->churnOnce(2, 3);
        QCOMPARE(ra.created, rb.created);
        QCOMPARE(ra.changed, rb.changed);
        QStringList idsA, idsB;
        for (const auto &c : a.conversations())
            idsA.append(c.id + c.name + c.status.raw());
        for (const auto &c : b.conversations())
            idsB.append(c.id + c.name + c.status.raw());
        QCOMPARE(idsA, idsB);
    }
};

QTEST_GUILESS_MAIN(TestRefreshWatcher)
#include "tst_refreshwatcher.moc"
