// BrowsingController against the sandbox over real loopback HTTP: loading, paging, the race,
// cancellation, prefetch, the cache of recent pages, errors that keep the rows, page size.
#include "apicall.h"
#include "apidialect.h"
#include "bridgeclient.h"
#include "browsingcontroller.h"
#include "conversationtablemodel.h"
#include "sandboxfixture.h"
#include "sandboxserver.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace bridge;
using bridge::sandbox::SandboxConfig;
using bridge::sandbox::SandboxServer;

class TestBrowsingController : public QObject {
    Q_OBJECT

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<BridgeClient> m_client;
    std::unique_ptr<BrowsingController> m_controller;

    void start(int maxRetries = 3, const SandboxConfig &config = {}) {
        m_server = std::make_unique<SandboxServer>(config);
        QVERIFY(m_server->listenLoopback() != 0);
        m_client = std::make_unique<BridgeClient>();
        ClientOptions policy;
        policy.retryBaseDelayMs = 20;
        policy.maxRetries = maxRetries;
        m_client->setOptions(testing::sandboxOptions(*m_server, policy));
        m_controller = std::make_unique<BrowsingController>(m_client.get());
        new QAbstractItemModelTester(m_controller->model(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     m_controller.get());
    }

    //! Ids of the sandbox's data, in list order, optionally of one status only.
    QStringList dataIds(const QString &status = {}) const {
        QStringList ids;
        const auto all = m_server->conversations();
        for (const QJsonObject &c : all) {
            if (status.isEmpty() || c.value(QLatin1String("status")).toString() == status)
                ids.append(c.value(QLatin1String("id")).toString());
        }
        return ids;
    }

    QStringList expectedPage(int page, int limit = 20, const QString &status = {}) const {
        return dataIds(status).mid((page - 1) * limit, limit);
    }

    QStringList shownIds() const {
        QStringList ids;
        for (const Conversation &c : m_controller->model()->conversations())
            ids.append(c.id);
        return ids;
    }

    //! GETs the sandbox has answered (or dropped) for exactly this query.
    int getsFor(const ListQuery &query, bool answeredOnly = false) const {
        int n = 0;
        const QByteArray wanted = m_client->dialect().list(m_client->options().workspaceId, query).query;
        const auto requests = m_server->receivedRequests();
        for (const auto &r : requests)
            n += r.method == "GET" && r.rawQuery == wanted && (!answeredOnly || r.answered);
        return n;
    }

    int gets() const {
        int n = 0;
        const auto requests = m_server->receivedRequests();
        for (const auto &r : requests)
            n += r.method == "GET";
        return n;
    }

    //! Loads the current query and waits until it is shown.
    void loadAndWait() {
        QSignalSpy shown(m_controller.get(), &BrowsingController::pageShown);
        m_controller->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() >= 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isLoading(), 10000);
    }

    //! Waits until the prefetch of `query` has been answered and delivered to the controller.
    void waitForPrefetch(const ListQuery &query) {
        QTRY_VERIFY_WITH_TIMEOUT(getsFor(query, true) >= 1, 10000);
        QTest::qWait(150); // the answer is written; let the client read it and call back
    }

    //! A controller on a Connect sandbox of count conversations.
    void startConnect(int count) {
        SandboxConfig config = SandboxConfig::forApi(SandboxConfig::Api::Connect);
        config.conversationCount = count;
        m_controller.reset();
        m_client.reset();
        start(3, config);
        QVERIFY(m_client->dialect().pagesByCursor());
    }

    //! No call of the client in flight: every request the controller wanted is sent and answered,
    //! prefetches included.
    bool idle() const {
        const auto calls = m_client->findChildren<ApiCall *>(Qt::FindDirectChildrenOnly);
        return std::none_of(calls.cbegin(), calls.cend(), [](const ApiCall *c) { return c->isRunning(); });
    }

    //! The raw queries of the GETs the sandbox received, in order.
    QList<QByteArray> getQueries() const {
        QList<QByteArray> out;
        const auto requests = m_server->receivedRequests();
        for (const auto &r : requests) {
            if (r.method == "GET")
                out.append(r.rawQuery);
        }
        return out;
    }

    QByteArray wire(const ListQuery &query) const {
        return m_client->dialect().list(m_client->options().workspaceId, query).query;
    }

private slots:
    void init() { start(); }
    void cleanup() {
        m_controller.reset();
        m_client.reset();
        m_server.reset();
    }

    void firstLoad() {
        QSignalSpy loading(m_controller.get(), &BrowsingController::loadingChanged);
        QSignalSpy shown(m_controller.get(), &BrowsingController::pageShown);
        QSignalSpy paging(m_controller.get(), &BrowsingController::paginationChanged);
        QSignalSpy errors(m_controller.get(), &BrowsingController::errorOccurred);
        QCOMPARE(m_controller->pagination().total, 0);
        QVERIFY(!m_controller->lastRefreshed().isValid());
        QVERIFY(!m_controller->canGoNext());

        m_controller->refresh();
        QVERIFY(m_controller->isLoading());
        QCOMPARE(loading.count(), 1);
        QCOMPARE(loading.at(0).at(0).toBool(), true);
        QCOMPARE(shown.count(), 0); // never inside the call

        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 10000);
        QCOMPARE(loading.count(), 2);
        QCOMPARE(loading.at(1).at(0).toBool(), false);
        QVERIFY(!m_controller->isLoading());
        QCOMPARE(errors.count(), 0);
        QVERIFY(!m_controller->error());
        QCOMPARE(shownIds(), expectedPage(1));
        QCOMPARE(paging.count(), 1);
        const Pagination p = m_controller->pagination();
        QCOMPARE(p.page, 1);
        QCOMPARE(p.limit, 20);
        QCOMPARE(p.total, qint64(240));
        QCOMPARE(p.totalPages, 12);
        QCOMPARE(paging.at(0).at(0).value<Pagination>(), p);
        QVERIFY(m_controller->lastRefreshed().isValid());
        QVERIFY(m_controller->canGoNext());
        QVERIFY(!m_controller->canGoPrevious());
    }

    void filters() {
        loadAndWait();
        QSignalSpy queries(m_controller.get(), &BrowsingController::queryChanged);
        QSignalSpy shown(m_controller.get(), &BrowsingController::pageShown);
        m_controller->goToPage(2);
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 10000);
        QCOMPARE(m_controller->query().page, 2);

        m_controller->setFilter({ConversationStatus(QStringLiteral("ghost")), std::nullopt, std::nullopt});
        QCOMPARE(m_controller->query().filter.status.raw(), QStringLiteral("ghost"));
        QCOMPARE(m_controller->query().page, 1); // new filters start on page 1
        QCOMPARE(queries.count(), 2);
        QCOMPARE(queries.last().at(0).value<ListQuery>(), m_controller->query());
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 2, 10000);
        QTRY_VERIFY(!m_controller->isLoading());

        const QStringList ghosts = dataIds(QStringLiteral("ghost"));
        QVERIFY(!ghosts.isEmpty());
        QCOMPARE(shownIds(), ghosts.mid(0, 20));
        QCOMPARE(m_controller->pagination().total, qint64(ghosts.size()));
        for (const Conversation &c : m_controller->model()->conversations())
            QCOMPARE(c.status.raw(), QStringLiteral("ghost"));

        // A customer filter: one identifier from the data, type left out.
        const QJsonObject some = m_server->conversations().at(7);
        const QString customer = some.value(QLatin1String("externalParticipants"))
                                     .toArray()
                                     .at(0)
                                     .toObject()
                                     .value(QLatin1String("identifier"))
                                     .toString();
        m_controller->setFilter({{}, ParticipantRef{customer, ParticipantType::Unspecified}, std::nullopt});
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 3, 10000);
        QVERIFY(m_controller->model()->rowCount() >= 1);
        QVERIFY(m_controller->model()->rowOf(some.value(QLatin1String("id")).toString()) >= 0);
        for (const Conversation &c : m_controller->model()->conversations()) {
            bool found = false;
            for (const Participant &p : c.externalParticipants)
                found = found || p.identifier == customer;
            QVERIFY(found);
        }
    }

    void pagingToTheLastPage() {
        loadAndWait();
        QSignalSpy shown(m_controller.get(), &BrowsingController::pageShown);
        m_controller->last();
        QCOMPARE(m_controller->query().page, 12);
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 10000);
        QCOMPARE(m_controller->pagination().page, 12);
        QCOMPARE(shownIds(), expectedPage(12));
        QVERIFY(!m_controller->canGoNext());
        QVERIFY(m_controller->canGoPrevious());

        m_controller->next(); // nothing beyond
        QCOMPARE(m_controller->query().page, 12);

        m_controller->first();
        QCOMPARE(m_controller->query().page, 1);
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 2, 10000);
        QCOMPARE(shownIds(), expectedPage(1));

        m_controller->goToPage(-3); // clamped
        QCOMPARE(m_controller->query().page, 1);
    }

    void lastBeforeAnyLoadDoesNothing() {
        QSignalSpy queries(m_controller.get(), &BrowsingController::queryChanged);
        m_controller->last();
        m_controller->next();
        QTest::qWait(100);
        QCOMPARE(queries.count(), 0);
        QCOMPARE(gets(), 0);
        QVERIFY(!m_controller->isLoading());
    }

    //! A slow page 1 then a fast page 2: page 2 stays.
    void slowPageOneThenFastPageTwo() {
        QSignalSpy shown(m_controller.get(), &BrowsingController::pageShown);
        QSignalSpy loading(m_controller.get(), &BrowsingController::loadingChanged);
        m_server->setLatencyMs(800);
        m_controller->goToPage(1);
        QVERIFY(m_controller->isLoading());
        QTest::qWait(100); // page 1 is on the wire, waiting
        m_server->setLatencyMs(0);
        m_controller->goToPage(2);
        QTest::qWait(1500);

        QCOMPARE(m_controller->query().page, 2);
        QCOMPARE(m_controller->pagination().page, 2);
        QCOMPARE(shownIds(), expectedPage(2));
        QCOMPARE(shown.count(), 1);
        QVERIFY(!m_controller->isLoading());
        QCOMPARE(loading.count(), 2); // one true, one false: no flicker between the calls
        // The sandbox did see page 1, and could not deliver it: the client had hung up.
        QCOMPARE(getsFor(ListQuery{}), 1);
        QCOMPARE(getsFor(ListQuery{}, true), 0);
    }

    //! A filter change cancels the call in flight: its callback never fires.
    void filterChangeCancelsTheCallInFlight() {
        QSignalSpy shown(m_controller.get(), &BrowsingController::pageShown);
        QSignalSpy loading(m_controller.get(), &BrowsingController::loadingChanged);
        QSignalSpy errors(m_controller.get(), &BrowsingController::errorOccurred);
        m_server->setLatencyMs(800);
        m_controller->refresh();
        QTest::qWait(100);
        m_server->setLatencyMs(0);
        m_controller->setFilter({ConversationStatus(QStringLiteral("archived")), std::nullopt, std::nullopt});
        QTest::qWait(1500);

        QCOMPARE(shown.count(), 1);
        QCOMPARE(errors.count(), 0);
        QCOMPARE(loading.count(), 2);
        QCOMPARE(shownIds(), expectedPage(1, 20, QStringLiteral("archived")));
        for (const Conversation &c : m_controller->model()->conversations())
            QCOMPARE(c.status.raw(), QStringLiteral("archived"));
        QCOMPARE(getsFor(ListQuery{}), 1);       // it was sent...
        QCOMPARE(getsFor(ListQuery{}, true), 0); // ...and abandoned
        ListQuery archived;
        archived.filter.status = ConversationStatus(QStringLiteral("archived"));
        QCOMPARE(getsFor(archived, true), 1);
    }

    void loadingChangesOnlyOnRealTransitions() {
        QSignalSpy loading(m_controller.get(), &BrowsingController::loadingChanged);
        QSignalSpy shown(m_controller.get(), &BrowsingController::pageShown);
        m_server->setLatencyMs(200);
        m_controller->goToPage(3);
        m_controller->goToPage(4);
        m_controller->goToPage(5);
        m_controller->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 10000);
        QTest::qWait(100);
        QCOMPARE(loading.count(), 2);
        QCOMPARE(shownIds(), expectedPage(5));
    }

    //! Next onto a prefetched page: shown before returning to the event loop, no new GET.
    void nextOntoAPrefetchedPageIsInstant() {
        loadAndWait();
        const ListQuery page2 = m_controller->query().withPage(2);
        waitForPrefetch(page2);
        QCOMPARE(getsFor(page2), 1);

        QSignalSpy shown(m_controller.get(), &BrowsingController::pageShown);
        QSignalSpy loading(m_controller.get(), &BrowsingController::loadingChanged);
        m_controller->next();
        QCOMPARE(shown.count(), 1); // synchronously
        QCOMPARE(loading.count(), 0);
        QVERIFY(!m_controller->isLoading());
        QCOMPARE(shownIds(), expectedPage(2));
        QCOMPARE(m_controller->pagination().page, 2);

        // Fresh: not asked again; the page after it is prefetched in turn.
        const ListQuery page3 = m_controller->query().withPage(3);
        QTRY_VERIFY_WITH_TIMEOUT(getsFor(page3, true) == 1, 10000);
        QTest::qWait(200);
        QCOMPARE(getsFor(page2), 1);
        QCOMPARE(loading.count(), 0);
    }

    //! Next while the prefetch is still on its way: waits for it rather than asking twice.
    void nextWhileThePrefetchIsInFlight() {
        m_server->setLatencyMs(400); // page 1, then its prefetch, each take 400 ms
        loadAndWait();
        const ListQuery page2 = m_controller->query().withPage(2);
        QCOMPARE(getsFor(page2), 0); // still on its way
        QSignalSpy shown(m_controller.get(), &BrowsingController::pageShown);
        QSignalSpy loading(m_controller.get(), &BrowsingController::loadingChanged);
        m_controller->next();
        QCOMPARE(shown.count(), 0);
        QVERIFY(m_controller->isLoading()); // nothing to show yet
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 10000);
        QCOMPARE(shownIds(), expectedPage(2));
        QCOMPARE(loading.count(), 2);
        QTest::qWait(100);
        QCOMPARE(getsFor(page2), 1); // the prefetch's answer was used, not asked twice
    }

    //! Back: shown at once from the cache, then refreshed quietly.
    void backIsInstantAndRefreshesQuietly() {
        loadAndWait();
        const ListQuery page1 = m_controller->query();
        waitForPrefetch(page1.withPage(2));
        m_controller->next();
        QCOMPARE(shownIds(), expectedPage(2));
        QTRY_VERIFY_WITH_TIMEOUT(getsFor(page1.withPage(3), true) == 1, 10000); // its prefetch
        QTest::qWait(100);
        QCOMPARE(getsFor(page1), 1);

        QSignalSpy shown(m_controller.get(), &BrowsingController::pageShown);
        QSignalSpy loading(m_controller.get(), &BrowsingController::loadingChanged);
        QSignalSpy reset(m_controller->model(), &QAbstractItemModel::modelReset);
        m_controller->previous();
        QCOMPARE(shown.count(), 1); // synchronously, from the cache
        QCOMPARE(shownIds(), expectedPage(1));
        QCOMPARE(m_controller->query().page, 1);
        QCOMPARE(m_controller->pagination().page, 1);
        QCOMPARE(reset.count(), 1); // page 2 -> page 1

        QTRY_COMPARE_WITH_TIMEOUT(getsFor(page1, true), 2, 10000); // the quiet refresh
        QTest::qWait(150);
        QCOMPARE(loading.count(), 0);
        QCOMPARE(reset.count(), 1); // same ids: updated in place, not reset
        QCOMPARE(shownIds(), expectedPage(1));
        QVERIFY(!m_controller->isLoading());
    }

    void errorKeepsTheRows() {
        m_controller.reset();
        m_client.reset();
        m_server.reset();
        start(0);
        loadAndWait();
        waitForPrefetch(m_controller->query().withPage(2));
        const QStringList before = shownIds();
        QCOMPARE(before, expectedPage(1));

        QSignalSpy errors(m_controller.get(), &BrowsingController::errorOccurred);
        QSignalSpy cleared(m_controller.get(), &BrowsingController::errorCleared);
        QSignalSpy reset(m_controller->model(), &QAbstractItemModel::modelReset);
        m_server->failNext(5, 500);
        m_controller->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 1, 10000);
        QCOMPARE(errors.at(0).at(0).value<ApiError>().httpStatus, 500);
        QVERIFY(m_controller->error());
        QCOMPARE(m_controller->error()->httpStatus, 500);
        QVERIFY(!m_controller->isLoading());
        QCOMPARE(shownIds(), before);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(cleared.count(), 0);

        m_server->resetFaults();
        m_controller->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(cleared.count(), 1, 10000);
        QVERIFY(!m_controller->error());
        QCOMPARE(shownIds(), before);
        QCOMPARE(errors.count(), 1);
    }

    void errorOnAnotherPageKeepsTheRows() {
        m_controller.reset();
        m_client.reset();
        m_server.reset();
        start(0);
        loadAndWait();
        waitForPrefetch(m_controller->query().withPage(2));
        QSignalSpy errors(m_controller.get(), &BrowsingController::errorOccurred);
        m_server->failNext(5, 503);
        m_controller->goToPage(5);
        QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 1, 10000);
        QCOMPARE(shownIds(), expectedPage(1));
        QCOMPARE(m_controller->pagination().page, 1);
        QCOMPARE(m_controller->query().page, 5); // Retry (refresh) asks for page 5 again
    }

    void quietRefreshErrorIsIgnored() {
        m_controller.reset();
        m_client.reset();
        m_server.reset();
        start(0);
        loadAndWait();
        const ListQuery page1 = m_controller->query();
        waitForPrefetch(page1.withPage(2));
        m_controller->next();
        waitForPrefetch(page1.withPage(3));

        QSignalSpy errors(m_controller.get(), &BrowsingController::errorOccurred);
        QSignalSpy loading(m_controller.get(), &BrowsingController::loadingChanged);
        m_server->failNext(5, 500);
        m_controller->previous();
        QCOMPARE(shownIds(), expectedPage(1));
        QTRY_COMPARE_WITH_TIMEOUT(getsFor(page1), 2, 10000);
        QTest::qWait(150);
        QCOMPARE(errors.count(), 0);
        QCOMPARE(loading.count(), 0);
        QVERIFY(!m_controller->error());
        QCOMPARE(shownIds(), expectedPage(1));
    }

    void pageSizeKeepsTheFirstConversation() {
        loadAndWait();
        QSignalSpy shown(m_controller.get(), &BrowsingController::pageShown);
        QSignalSpy queries(m_controller.get(), &BrowsingController::queryChanged);
        m_controller->goToPage(6); // first shown: index 100
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 10000);
        const QString firstId = shownIds().value(0);
        QCOMPARE(firstId, dataIds().at(100));

        m_controller->setPageSize(50);
        QCOMPARE(m_controller->query().limit, 50);
        QCOMPARE(m_controller->query().page, 3); // 100 / 50 + 1
        QCOMPARE(queries.last().at(0).value<ListQuery>().limit, 50);
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 2, 10000);
        QCOMPARE(shownIds(), expectedPage(3, 50));
        QCOMPARE(shownIds().value(0), firstId);
        QCOMPARE(m_controller->pagination().totalPages, 5);

        m_controller->next(); // indices 150..199
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 3, 10000);
        m_controller->setPageSize(100); // 150 / 100 + 1 = 2: indices 100..199 hold it
        QCOMPARE(m_controller->query().page, 2);
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 4, 10000);
        QVERIFY(shownIds().contains(dataIds().at(150)));

        m_controller->setPageSize(20); // 100 / 20 + 1 = 6
        QCOMPARE(m_controller->query().page, 6);
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 5, 10000);
        QCOMPARE(shownIds(), expectedPage(6));
    }

    //! Recently seen pages are kept up to CacheCapacity; the least recently used goes first.
    void cacheKeepsRecentPagesOnly() {
        QCOMPARE(BrowsingController::CacheCapacity, 12);
        loadAndWait();
        const ListQuery all = m_controller->query();
        for (int page = 2; page <= 12; ++page) {
            QSignalSpy shown(m_controller.get(), &BrowsingController::pageShown);
            m_controller->goToPage(page);
            QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 10000);
            QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isLoading(), 10000);
        }
        QTest::qWait(150);
        // All twelve pages are cached: going back to the first is instant.
        QSignalSpy loading(m_controller.get(), &BrowsingController::loadingChanged);
        QSignalSpy shown(m_controller.get(), &BrowsingController::pageShown);
        m_controller->goToPage(1);
        QCOMPARE(shown.count(), 1);
        QCOMPARE(loading.count(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(getsFor(all, true), 2, 10000); // its quiet refresh
        m_controller->goToPage(12);                              // page 2 is now the oldest
        QCOMPARE(shown.count(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(getsFor(all.withPage(12), true), 2, 10000);
        QTest::qWait(150);

        // Another filter: its page 1 and the prefetched page 2 push out unfiltered pages 2 and 3.
        m_controller->setFilter({ConversationStatus(QStringLiteral("active")), std::nullopt, std::nullopt});
        ListQuery active = all;
        active.filter.status = ConversationStatus(QStringLiteral("active"));
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 3, 10000);
        waitForPrefetch(active.withPage(2));
        loading.clear();
        m_controller->setQuery(all.withPage(4)); // still cached
        QCOMPARE(shown.count(), 4);
        QCOMPARE(loading.count(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(getsFor(all.withPage(4), true), 2, 10000);
        QTest::qWait(150);
        m_controller->goToPage(2); // dropped: a real load
        QVERIFY(m_controller->isLoading());
        QCOMPARE(shown.count(), 4);
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 5, 10000);
        QCOMPARE(shownIds(), expectedPage(2));
    }

    void invalidateDropsTheCacheAndReloads() {
        loadAndWait();
        const ListQuery page1 = m_controller->query();
        waitForPrefetch(page1.withPage(2));

        // A conversation appears on the server, newest first.
        std::optional<Expected<Conversation>> created;
        NewConversation fresh;
        fresh.externalParticipants = {
            ParticipantRef{QStringLiteral("new.customer@example.com"), ParticipantType::Email}};
        fresh.name = QStringLiteral("Invalidate me");
        m_client->create(fresh, this, [&](const Expected<Conversation> &r) { created.emplace(r); });
        QTRY_VERIFY_WITH_TIMEOUT(created.has_value(), 10000);
        QVERIFY2(created->ok(), created->ok() ? "" : qPrintable(created->error().line()));
        const QString newId = created->value().id;
        QCOMPARE(m_controller->model()->rowOf(newId), -1);

        QSignalSpy loading(m_controller.get(), &BrowsingController::loadingChanged);
        QSignalSpy shown(m_controller.get(), &BrowsingController::pageShown);
        m_controller->invalidate();
        QVERIFY(m_controller->isLoading()); // a real load, not from the cache
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 10000);
        QCOMPARE(loading.count(), 2);
        QCOMPARE(m_controller->model()->rowOf(newId), 0);
        QCOMPARE(m_controller->pagination().total, qint64(241));
        QCOMPARE(getsFor(page1, true), 2);

        // Page 2 was cached before the create: dropped, so Next asks again (after its new prefetch).
        QTRY_VERIFY_WITH_TIMEOUT(getsFor(page1.withPage(2), true) >= 2, 10000);
        QTest::qWait(150);
        m_controller->next();
        QCOMPARE(shownIds(), expectedPage(2));
    }

    //! A page beyond the last (conversations went away): the last page, automatically.
    void beyondTheLastPageGoesToTheLast() {
        QSignalSpy shown(m_controller.get(), &BrowsingController::pageShown);
        m_controller->goToPage(30);
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 10000);
        QTRY_VERIFY(!m_controller->isLoading());
        QCOMPARE(m_controller->query().page, 12);
        QCOMPARE(m_controller->pagination().page, 12);
        QCOMPARE(shownIds(), expectedPage(12));
        QCOMPARE(shown.count(), 1);

        // No conversations at all under a filter: page 1, empty, no loop.
        ListQuery none;
        none.filter.customer =
            ParticipantRef{QStringLiteral("nobody@nowhere.example"), ParticipantType::Email};
        none.page = 4;
        m_controller->setQuery(none);
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 2, 10000);
        QTest::qWait(150);
        QCOMPARE(m_controller->query().page, 1);
        QCOMPARE(m_controller->model()->rowCount(), 0);
        QCOMPARE(m_controller->pagination().total, qint64(0));
        QCOMPARE(shown.count(), 2);
    }

    // --- a cursored list (Connect) ------------------------------------------------------------

    //! Next onto a prefetched page asks nothing; Previous walks back through the cursors already
    //! seen, one quiet refresh each, never from page 1 again; Last does nothing; the last page has no
    //! Next.
    void cursoredNextPreviousAndLast() {
        startConnect(70); // pages of 20, 20, 20 and 10
        QSignalSpy shown(m_controller.get(), &BrowsingController::pageShown);
        m_controller->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() == 1 && idle(), 10000);
        QCOMPARE(shownIds(), expectedPage(1));
        QVERIFY(m_controller->pagination().cursored);
        QCOMPARE(m_controller->pagination().total, qint64(0)); // no totals to show
        QVERIFY(m_controller->canGoNext());
        QVERIFY(!m_controller->canGoLast());
        QVERIFY(!m_controller->canGoPrevious());

        // Page 1 and the prefetch of page 2, which went with the cursor page 1 gave.
        QList<ListQuery> pages{m_controller->query()};
        pages.append(pages.at(0).withPage(2, m_controller->pagination().nextCursor));
        QCOMPARE(getQueries(), (QList<QByteArray>{"limit=20", wire(pages.at(1))}));

        for (int n = 2; n <= 4; ++n) {
            QSignalSpy loading(m_controller.get(), &BrowsingController::loadingChanged);
            m_controller->next();
            QCOMPARE(shownIds(), expectedPage(n)); // at once, from the prefetch
            QCOMPARE(loading.count(), 0);
            QCOMPARE(m_controller->query(), pages.at(n - 1));
            QCOMPARE(m_controller->pagination().page, n);
            QTRY_VERIFY_WITH_TIMEOUT(idle(), 10000);
            if (n < 4)
                pages.append(pages.at(n - 1).withPage(n + 1, m_controller->pagination().nextCursor));
        }
        // Each page was asked once, by its prefetch; nothing follows the last page.
        QList<QByteArray> expected;
        for (const ListQuery &q : std::as_const(pages))
            expected.append(wire(q));
        QCOMPARE(getQueries(), expected);
        QCOMPARE(shownIds().size(), 10);
        QVERIFY(!m_controller->pagination().hasNext());
        QVERIFY(!m_controller->canGoNext());
        QVERIFY(!m_controller->canGoLast());
        QVERIFY(m_controller->canGoPrevious());

        m_server->clearReceivedRequests();
        m_controller->next();
        m_controller->last();
        QCOMPARE(m_controller->query(), pages.at(3));
        QTRY_VERIFY_WITH_TIMEOUT(idle(), 10000);
        QVERIFY(m_server->receivedRequests().isEmpty());

        // Back to page 1, one page at a time: each shown at once from the cache, then refreshed
        // quietly with its own cursor.
        for (int n = 3; n >= 1; --n) {
            QSignalSpy loading(m_controller.get(), &BrowsingController::loadingChanged);
            m_controller->previous();
            QCOMPARE(shownIds(), expectedPage(n));
            QCOMPARE(m_controller->query(), pages.at(n - 1));
            QCOMPARE(loading.count(), 0);
            QTRY_VERIFY_WITH_TIMEOUT(idle(), 10000);
        }
        QCOMPARE(getQueries(), (QList<QByteArray>{wire(pages.at(2)), wire(pages.at(1)), "limit=20"}));
        QVERIFY(!m_controller->canGoPrevious());
        QVERIFY(m_controller->canGoNext());

        // Any page already reached is one step away.
        m_server->clearReceivedRequests();
        m_controller->goToPage(3);
        QCOMPARE(shownIds(), expectedPage(3));
        QTRY_VERIFY_WITH_TIMEOUT(idle(), 10000);
        QCOMPARE(getQueries(), (QList<QByteArray>{wire(pages.at(2))}));
    }

    void cursoredRefreshKeepsTheCursor() {
        startConnect(70);
        QSignalSpy shown(m_controller.get(), &BrowsingController::pageShown);
        m_controller->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() == 1 && idle(), 10000);
        m_controller->next();
        QTRY_VERIFY_WITH_TIMEOUT(idle(), 10000);
        m_controller->next();
        QTRY_VERIFY_WITH_TIMEOUT(idle(), 10000);
        const ListQuery page3 = m_controller->query();
        QCOMPARE(page3.page, 3);
        QVERIFY(!page3.cursor.isEmpty());

        m_server->clearReceivedRequests();
        QSignalSpy loading(m_controller.get(), &BrowsingController::loadingChanged);
        m_controller->refresh();
        QVERIFY(m_controller->isLoading());
        QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isLoading() && idle(), 10000);
        QCOMPARE(getQueries().value(0), wire(page3));
        QCOMPARE(m_controller->query(), page3);
        QCOMPARE(shownIds(), expectedPage(3));
        QVERIFY(!m_controller->error());
    }

    void cursoredFilterChangeForgetsTheCursors() {
        startConnect(70);
        QSignalSpy shown(m_controller.get(), &BrowsingController::pageShown);
        m_controller->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() == 1 && idle(), 10000);
        m_controller->next();
        m_controller->next();
        QTRY_VERIFY_WITH_TIMEOUT(m_controller->query().page == 3 && idle(), 10000);
        const ListQuery page3 = m_controller->query();

        const ConversationFilter active{ConversationStatus(QStringLiteral("ACTIVE")), std::nullopt,
                                        std::nullopt};
        m_controller->setFilter(active);
        QCOMPARE(m_controller->query().page, 1);
        QVERIFY(m_controller->query().cursor.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isLoading() && idle(), 10000);
        QCOMPARE(shownIds(), expectedPage(1, 20, QStringLiteral("ACTIVE")));
        QVERIFY(!m_controller->error());

        // Back to every conversation: the cursors of before are gone. Page 1 again, and only the
        // pages its own answers lead to (page 2, and page 3 from page 2's prefetch), not page 4,
        // which was known before.
        m_controller->setFilter({});
        QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isLoading() && idle(), 10000);
        QCOMPARE(m_controller->query().page, 1);
        QVERIFY(m_controller->canGoNext());
        m_controller->goToPage(4);
        QCOMPARE(m_controller->query().page, 1);
        QVERIFY(!m_controller->error());
        // Page 3's cursor of before went out once, with the prefetch that reached it; never again.
        QCOMPARE(getQueries().count(wire(page3)), 1);
    }

    void cursoredPageSizeStartsAgain() {
        startConnect(70);
        QSignalSpy shown(m_controller.get(), &BrowsingController::pageShown);
        m_controller->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() == 1 && idle(), 10000);
        m_controller->next();
        QTRY_VERIFY_WITH_TIMEOUT(idle(), 10000);

        m_controller->setPageSize(5); // Connect pages may be as small as 1
        QCOMPARE(m_controller->query().limit, 5);
        QCOMPARE(m_controller->query().page, 1); // a cursored list cannot start mid-way
        QVERIFY(m_controller->query().cursor.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isLoading() && idle(), 10000);
        QCOMPARE(shownIds(), expectedPage(1, 5));
        QVERIFY(!m_controller->error());
        // Known at size 20: the cursor of page 4 (from page 3's prefetch). Gone at size 5, where
        // page 1 and its prefetched page 2 lead to pages 2 and 3 only.
        m_controller->goToPage(4);
        QCOMPARE(m_controller->query().page, 1);
        m_controller->goToPage(3);
        QCOMPARE(m_controller->query().page, 3);
        QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isLoading() && idle(), 10000);
        QCOMPARE(shownIds(), expectedPage(3, 5));
    }

    void destroyedWithCallsInFlight() {
        m_server->setLatencyMs(300);
        m_controller->refresh();
        m_controller.reset(); // nothing may call back into it
        QTest::qWait(500);
        QVERIFY(true);
    }
};

QTEST_GUILESS_MAIN(TestBrowsingController)
#include "tst_browsingcontroller.moc"
