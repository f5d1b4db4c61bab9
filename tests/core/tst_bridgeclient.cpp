// BridgeClient against the sandbox over real loopback HTTP. Faults come from the sandbox, not mocks.
#include "apidialect.h"
#include "bridgeclient.h"
#include "connectdialect.h"
#include "sandboxfixture.h"
#include "sandboxserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <algorithm>
#include <optional>

using namespace bridge;

Q_DECLARE_METATYPE(bridge::ListQuery)
using bridge::sandbox::Fault;
using bridge::sandbox::SandboxConfig;
using bridge::sandbox::SandboxServer;

namespace {

//! Collects the one result of a call; counts deliveries so "exactly once" can be checked.
template <typename T> struct Outcome {
    std::optional<Expected<T>> result;
    int deliveries = 0;
    Callback<T> callback() {
        return [this](const Expected<T> &r) {
            result.emplace(r);
            ++deliveries;
        };
    }
};

//! For failure messages: QVERIFY2 evaluates its message even when the check passes.
template <typename T> QByteArray why(const Expected<T> &r) {
    return r.ok() ? QByteArray() : r.error().line().toUtf8();
}

int countMethod(const SandboxServer &server, const QByteArray &method) {
    int n = 0;
    const auto requests = server.receivedRequests();
    for (const auto &r : requests)
        n += r.method == method;
    return n;
}

} // namespace

class TestBridgeClient : public QObject {
    Q_OBJECT

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<BridgeClient> m_client;

    void startServer(SandboxConfig config = {}) {
        m_server = std::make_unique<SandboxServer>(config);
        QVERIFY(m_server->listenLoopback() != 0);
        m_client = std::make_unique<BridgeClient>();
        ClientOptions fastRetries;
        fastRetries.retryBaseDelayMs = 20;
        m_client->setOptions(testing::sandboxOptions(*m_server, fastRetries));
    }

    void setOption(const std::function<void(ClientOptions &)> &change) {
        ClientOptions o = m_client->options();
        change(o);
        m_client->setOptions(o);
    }

    template <typename T> const Expected<T> &await(Outcome<T> &outcome, int timeoutMs = 10000) {
        [&] { QTRY_VERIFY_WITH_TIMEOUT(outcome.result.has_value(), timeoutMs); }();
        if (!outcome.result) // the failure is already recorded; give the caller something to look at
            outcome.result.emplace(ApiError{});
        return *outcome.result;
    }

    ConversationPage listOk(const ListQuery &query) {
        Outcome<ConversationPage> outcome;
        m_client->list(query, this, outcome.callback());
        [&] { QTRY_VERIFY_WITH_TIMEOUT(outcome.result.has_value(), 10000); }();
        if (!outcome.result || !outcome.result->ok()) {
            qWarning() << (outcome.result ? outcome.result->error().line() : QStringLiteral("no result"));
            return {};
        }
        return outcome.result->value();
    }

    QList<QJsonObject> dataWhere(const std::function<bool(const QJsonObject &)> &predicate) const {
        QList<QJsonObject> out;
        const auto all = m_server->conversations();
        for (const QJsonObject &c : all)
            if (predicate(c))
                out.append(c);
        return out;
    }

    void startConnect(SandboxConfig config = SandboxConfig::forApi(SandboxConfig::Api::Connect)) {
        config.api = SandboxConfig::Api::Connect;
        startServer(config);
        QCOMPARE(m_client->dialect().generation(), ApiGeneration::Connect);
    }

    //! The Connect sandbox's conversations as the client decodes them, in list order.
    QList<Conversation> connectData(const std::function<bool(const Conversation &)> &keep = {}) const {
        QList<Conversation> out;
        const auto all = m_server->conversations();
        for (const QJsonObject &o : all) {
            auto decoded =
                JsonDecoder::decodeConnectConversation(QJsonDocument(o).toJson(QJsonDocument::Compact));
            const auto *c = std::get_if<Conversation>(&decoded);
            if (!c)
                qFatal("the Connect sandbox wrote a conversation its client cannot read");
            if (!keep || keep(*c))
                out.append(*c);
        }
        return out;
    }

    static QStringList idsOf(const QList<Conversation> &conversations) {
        QStringList ids;
        for (const Conversation &c : conversations)
            ids.append(c.id);
        return ids;
    }

    //! Every conversation of query's list, page after page to the last cursor; pages counts them.
    QStringList walkCursors(ListQuery query, int *pages = nullptr) {
        QStringList ids;
        int n = 0;
        query = query.withPage(1);
        for (;;) {
            const ConversationPage page = listOk(query);
            if (QTest::currentTestFailed())
                return ids;
            ++n;
            [&] {
                QVERIFY(page.pagination.cursored);
                QCOMPARE(page.pagination.page, query.page);
                QCOMPARE(page.pagination.limit, query.limit);
            }();
            ids += idsOf(page.conversations);
            if (!page.pagination.hasNext() || n > 1000)
                break;
            query = query.withPage(query.page + 1, page.pagination.nextCursor);
        }
        if (pages)
            *pages = n;
        return ids;
    }

    QList<sandbox::ReceivedRequest> requestsOf(const QByteArray &method) const {
        QList<sandbox::ReceivedRequest> out;
        const auto all = m_server->receivedRequests();
        for (const auto &r : all) {
            if (r.method == method)
                out.append(r);
        }
        return out;
    }

private slots:
    void init() { startServer(); }
    void cleanup() {
        m_client.reset();
        m_server.reset();
    }

    void listFirstPage() {
        const ConversationPage page = listOk({});
        QCOMPARE(page.conversations.size(), 20);
        QCOMPARE(page.pagination.total, qint64(m_server->conversationCount()));
        QCOMPARE(page.pagination.totalPages, (m_server->conversationCount() + 19) / 20);
        QCOMPARE(page.conversations.first().id,
                 m_server->conversations().first().value(QStringLiteral("id")).toString());
    }

    void statusFilter_data() {
        QTest::addColumn<QString>("status");
        QTest::newRow("active") << QStringLiteral("active");
        QTest::newRow("ghost") << QStringLiteral("ghost");
        QTest::newRow("archived") << QStringLiteral("archived");
    }
    void statusFilter() {
        QFETCH(QString, status);
        ListQuery query;
        query.filter.status = ConversationStatus(status);
        query.limit = 100;
        const ConversationPage page = listOk(query);
        const auto expected = dataWhere(
            [&](const QJsonObject &c) { return c.value(QStringLiteral("status")).toString() == status; });
        QVERIFY(!expected.isEmpty());
        QCOMPARE(page.pagination.total, qint64(expected.size()));
        for (const Conversation &c : page.conversations)
            QCOMPARE(c.status.raw(), status);
    }

    void participantFilters_data() {
        QTest::addColumn<QString>("side");
        QTest::addColumn<QString>("type");
        QTest::newRow("customer phone (with +)")
            << QStringLiteral("externalParticipants") << QStringLiteral("phone");
        QTest::newRow("customer email") << QStringLiteral("externalParticipants") << QStringLiteral("email");
        QTest::newRow("agent email") << QStringLiteral("internalParticipants") << QStringLiteral("email");
    }
    void participantFilters() {
        QFETCH(QString, side);
        QFETCH(QString, type);
        // Pick an identifier of that type from the server's data, then count its conversations there.
        QString identifier;
        const auto all = m_server->conversations();
        for (const QJsonObject &c : all) {
            for (const QJsonValue &p : c.value(side).toArray()) {
                if (identifier.isEmpty() && p[QStringLiteral("type")].toString() == type)
                    identifier = p[QStringLiteral("identifier")].toString();
            }
        }
        QVERIFY2(!identifier.isEmpty(), "the sandbox data has no such participant");
        if (type == QLatin1String("phone"))
            QVERIFY(identifier.startsWith(QLatin1Char('+')));
        const auto expected = dataWhere([&](const QJsonObject &c) {
            for (const QJsonValue &p : c.value(side).toArray())
                if (p[QStringLiteral("identifier")].toString() == identifier)
                    return true;
            return false;
        });
        ListQuery query;
        const ParticipantRef ref{identifier, participantTypeFromWire(type)};
        if (side == QLatin1String("externalParticipants"))
            query.filter.customer = ref;
        else
            query.filter.agent = ref;
        query.limit = 100;
        const ConversationPage page = listOk(query);
        QCOMPARE(page.pagination.total, qint64(expected.size()));
        QCOMPARE(page.conversations.size(), qMin(100, int(expected.size())));
        QCOMPARE(page.conversations.first().id, expected.first().value(QStringLiteral("id")).toString());
    }

    void pagingToTheLastPage() {
        ListQuery query;
        query.limit = 50;
        QStringList ids;
        int totalPages = 1;
        for (int page = 1; page <= totalPages; ++page) {
            const ConversationPage result = listOk(query.withPage(page));
            totalPages = result.pagination.totalPages;
            QCOMPARE(result.pagination.page, page);
            for (const Conversation &c : result.conversations)
                ids.append(c.id);
        }
        QStringList expected;
        const auto all = m_server->conversations();
        for (const QJsonObject &c : all)
            expected.append(c.value(QStringLiteral("id")).toString());
        QCOMPARE(ids, expected);
        QCOMPARE(listOk(query.withPage(totalPages + 1)).conversations.size(), 0);
    }

    void createInThreeShapes_data() {
        QTest::addColumn<int>("assignment");
        QTest::newRow("customers only") << int(NewConversation::Assignment::None);
        QTest::newRow("with agents") << int(NewConversation::Assignment::Agents);
        QTest::newRow("with a team") << int(NewConversation::Assignment::Team);
    }
    void createInThreeShapes() {
        QFETCH(int, assignment);
        NewConversation c;
        c.externalParticipants = {{QStringLiteral("zoë@example.com"), ParticipantType::Email},
                                  {QStringLiteral("+1-555-123-4567"), ParticipantType::Phone}};
        c.assignment = NewConversation::Assignment(assignment);
        if (c.assignment == NewConversation::Assignment::Agents)
            c.internalParticipants = {{QStringLiteral("agent.łukasz@example.com"), ParticipantType::Email}};
        if (c.assignment == NewConversation::Assignment::Team)
            c.teamId = QStringLiteral("team_sales");
        c.name = QStringLiteral("Support – José");
        c.status = ConversationStatus(QStringLiteral("ghost"));
        const int before = m_server->conversationCount();

        Outcome<Conversation> created;
        m_client->create(c, this, created.callback());
        const auto &result = await(created);
        QVERIFY2(result.ok(), why(result).constData());
        const Conversation &made = result.value();
        QCOMPARE(made.status.raw(), QStringLiteral("ghost"));
        QCOMPARE(made.name, c.name);
        QCOMPARE(made.externalParticipants.size(), 2);
        QCOMPARE(made.externalParticipants.at(1).identifier, QStringLiteral("+1-555-123-4567"));
        QCOMPARE(made.internalParticipants.size(), c.internalParticipants.size());
        QCOMPARE(made.teamId, c.teamId);
        QCOMPARE(m_server->conversationCount(), before + 1);

        // It shows up in the ghost list, first, and can be fetched by id.
        ListQuery ghosts;
        ghosts.filter.status = ConversationStatus(QStringLiteral("ghost"));
        QCOMPARE(listOk(ghosts).conversations.first().id, made.id);
        Outcome<Conversation> fetched;
        m_client->get(made.id, this, fetched.callback());
        QVERIFY(await(fetched).ok());
        QCOMPARE(fetched.result->value().id, made.id);
        QCOMPARE(fetched.result->value().name, c.name);
    }

    void update() {
        const QString id = m_server->conversations().first().value(QStringLiteral("id")).toString();
        ConversationUpdate change;
        change.name = QStringLiteral("Renamed – Ørsted");
        change.status = ConversationStatus(QStringLiteral("archived"));
        Outcome<Conversation> updated;
        m_client->update(id, change, this, updated.callback());
        QVERIFY2(await(updated).ok(), why(*updated.result).constData());
        QCOMPARE(updated.result->value().status.raw(), QStringLiteral("archived"));
        Outcome<Conversation> fetched;
        m_client->get(id, this, fetched.callback());
        QCOMPARE(await(fetched).value().name, *change.name);
        QCOMPARE(countMethod(*m_server, "PATCH"), 1);
    }

    void getUnknownIsA404() {
        Outcome<Conversation> fetched;
        m_client->get(QStringLiteral("conv_does_not_exist"), this, fetched.callback());
        const auto &r = await(fetched);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::Http);
        QCOMPARE(r.error().httpStatus, 404);
        QVERIFY(r.error().line().startsWith(
            QStringLiteral("Server replied \"404 Not Found\" to GET "
                           "/v1/workspaces/ws_sandbox/conversations/conv_does_not_exist")));
        QCOMPARE(countMethod(*m_server, "GET"), 1); // a 404 is not transient
    }

    void wrongSecretIs401WithTheServersReason() {
        setOption([](ClientOptions &o) { o.secret = "not_the_secret"; });
        Outcome<ConversationPage> outcome;
        m_client->list({}, this, outcome.callback());
        const auto &r = await(outcome);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().httpStatus, 401);
        QVERIFY2(r.error().serverMessage.contains(QStringLiteral("signature")),
                 qPrintable(r.error().serverMessage));
        QVERIFY(r.error().line().startsWith(QStringLiteral(
            "Server replied \"401 Unauthorized\" to GET /v1/workspaces/ws_sandbox/conversations: ")));
        QVERIFY(!r.error().line().contains(QStringLiteral("not_the_secret")));
        QCOMPARE(m_server->receivedRequests().size(), 1);
    }

    void unavailableIsRetriedThenSucceeds() {
        m_server->failNext(2, 503);
        QSignalSpy attempts(m_client.get(), &BridgeClient::attemptFinished);
        const ConversationPage page = listOk({});
        QCOMPARE(page.conversations.size(), 20);
        QCOMPARE(countMethod(*m_server, "GET"), 3);
        QCOMPARE(attempts.size(), 3);
        // Each retry was re-signed: distinct request ids, same path.
        const auto requests = m_server->receivedRequests();
        QCOMPARE(requests.at(0).path, requests.at(2).path);
    }

    void retriesAreBounded() {
        m_server->failNext(10, 503);
        Outcome<ConversationPage> outcome;
        m_client->list({}, this, outcome.callback());
        QCOMPARE(await(outcome).error().httpStatus, 503);
        QCOMPARE(countMethod(*m_server, "GET"), 1 + m_client->options().maxRetries);
    }

    void tooManyRequestsWaitsForRetryAfter() {
        m_server->failNext(1, 429, 1);
        QElapsedTimer clock;
        clock.start();
        const ConversationPage page = listOk({});
        QCOMPARE(page.conversations.size(), 20);
        QVERIFY2(clock.elapsed() >= 950, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(countMethod(*m_server, "GET"), 2);
    }

    void postIsNeverRetried() {
        m_server->failNext(1, 503);
        NewConversation c;
        c.externalParticipants = {{QStringLiteral("a@example.com"), ParticipantType::Email}};
        const int before = m_server->conversationCount();
        Outcome<Conversation> outcome;
        m_client->create(c, this, outcome.callback());
        QCOMPARE(await(outcome).error().httpStatus, 503);
        QTest::qWait(200); // a retry would have been sent by now (base delay 20 ms)
        QCOMPARE(countMethod(*m_server, "POST"), 1);
        QCOMPARE(m_server->conversationCount(), before);
    }

    void lostAnswerToPostIsReportedNotResent() {
        m_server->injectNext(Fault::DropAfterHandling);
        NewConversation c;
        c.externalParticipants = {{QStringLiteral("lost@example.com"), ParticipantType::Email}};
        const int before = m_server->conversationCount();
        Outcome<Conversation> outcome;
        m_client->create(c, this, outcome.callback());
        const ApiError error = await(outcome).error();
        QVERIFY(error.mayHaveSucceeded);
        QVERIFY(error.line().contains(QStringLiteral("may or may not")));
        QTest::qWait(200);
        QCOMPARE(countMethod(*m_server, "POST"), 1);
        QCOMPARE(m_server->conversationCount(), before + 1);
    }

    void timeout() {
        setOption([](ClientOptions &o) {
            o.timeoutMs = 300;
            o.maxRetries = 0;
        });
        m_server->setLatencyMs(3000);
        Outcome<ConversationPage> outcome;
        m_client->list({}, this, outcome.callback());
        const auto &r = await(outcome, 5000);
        QCOMPARE(r.error().kind, ApiError::Kind::Timeout);
        QVERIFY(r.error().line().contains(QStringLiteral("0.3 s")));
    }

    void oversizedBodyIsRefusedWhileDownloading() {
        m_server->injectNext(Fault::OversizedBody);
        Outcome<ConversationPage> outcome;
        m_client->list({}, this, outcome.callback());
        const auto &r = await(outcome);
        QCOMPARE(r.error().kind, ApiError::Kind::Decode);
        QVERIFY2(r.error().detail.contains(QStringLiteral("8 MiB")), qPrintable(r.error().detail));
        QCOMPARE(countMethod(*m_server, "GET"), 1);
    }

    void droppedConnectionIsRetriedForGet() {
        m_server->injectNext(Fault::DropConnection);
        QCOMPARE(listOk({}).conversations.size(), 20);
        QCOMPARE(countMethod(*m_server, "GET"), 2);
    }

    void droppedConnectionWithoutRetriesIsANetworkError() {
        // Qt itself reconnects a GET whose kept-alive connection closed; that is harmless for a GET,
        // so drop more connections than it tries.
        setOption([](ClientOptions &o) { o.maxRetries = 0; });
        m_server->injectNext(Fault::DropConnection, 10);
        Outcome<ConversationPage> outcome;
        m_client->list({}, this, outcome.callback());
        QVERIFY(!await(outcome).ok());
        QCOMPARE(outcome.result->error().kind, ApiError::Kind::Network);
    }

    void bodyCutShort() {
        setOption([](ClientOptions &o) { o.maxRetries = 0; });
        m_server->injectNext(Fault::CutShortBody);
        Outcome<ConversationPage> outcome;
        m_client->list({}, this, outcome.callback());
        const auto &r = await(outcome);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().kind == ApiError::Kind::Network || r.error().kind == ApiError::Kind::Decode,
                 why(r).constData());
    }

    void malformedAnswers_data() {
        QTest::addColumn<int>("fault");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not JSON") << int(Fault::MalformedJson) << QStringLiteral("not JSON");
        QTest::newRow("wrong types") << int(Fault::WrongTypes) << QStringLiteral("expected");
    }
    void malformedAnswers() {
        QFETCH(int, fault);
        QFETCH(QString, expected);
        m_server->injectNext(Fault(fault));
        Outcome<ConversationPage> outcome;
        m_client->list({}, this, outcome.callback());
        const auto &r = await(outcome);
        QCOMPARE(r.error().kind, ApiError::Kind::Decode);
        QVERIFY2(r.error().detail.contains(expected), qPrintable(r.error().detail));
        QVERIFY(r.error().line().startsWith(QStringLiteral("Unreadable answer (HTTP 200) to GET")));
    }

    void clockSkewIsLearntAndTheRequestResigned() {
        m_server->setClockOffsetSeconds(900);
        QSignalSpy skew(m_client.get(), &BridgeClient::clockSkewDetected);
        QCOMPARE(listOk({}).conversations.size(), 20);
        QCOMPARE(skew.size(), 1);
        QVERIFY2(qAbs(m_client->clockOffsetSeconds() - 900) <= 2,
                 qPrintable(QString::number(m_client->clockOffsetSeconds())));
        QCOMPARE(countMethod(*m_server, "GET"), 2);
        // Later requests go straight through.
        m_server->clearReceivedRequests();
        QCOMPARE(listOk({}).conversations.size(), 20);
        QCOMPARE(countMethod(*m_server, "GET"), 1);
        QCOMPARE(skew.size(), 1);
    }

    void clockBehindToo() {
        m_server->setClockOffsetSeconds(-3600);
        QCOMPARE(listOk({}).conversations.size(), 20);
        QVERIFY(qAbs(m_client->clockOffsetSeconds() + 3600) <= 2);
    }

    void clockSkewGoesWhenTheClocksAgreeAgain() {
        m_server->setClockOffsetSeconds(-3600);
        QCOMPARE(listOk({}).conversations.size(), 20);
        QVERIFY(m_client->clockOffsetSeconds() != 0);
        m_server->setClockOffsetSeconds(0);
        QSignalSpy skew(m_client.get(), &BridgeClient::clockSkewDetected);
        QCOMPARE(listOk({}).conversations.size(), 20);
        QCOMPARE(skew.size(), 1);
        // Not "1 s ahead": the Date header's one-second grain is no skew.
        QCOMPARE(m_client->clockOffsetSeconds(), 0);
        QCOMPARE(skew.at(0).at(0).toLongLong(), 0);
    }

    void cancelledCallNeverReports() {
        m_server->setLatencyMs(300);
        Outcome<ConversationPage> outcome;
        CallHandle handle = m_client->list({}, this, outcome.callback());
        QVERIFY(handle.isRunning());
        QTest::qWait(50);
        handle.cancel();
        QVERIFY(!handle.isRunning());
        QTest::qWait(600);
        QCOMPARE(outcome.deliveries, 0);
    }

    void destroyedContextNeverHearsBack() {
        m_server->setLatencyMs(200);
        Outcome<ConversationPage> outcome;
        auto *context = new QObject;
        m_client->list({}, context, outcome.callback());
        delete context;
        QTest::qWait(500);
        QCOMPARE(outcome.deliveries, 0);
    }

    void deliveredExactlyOnceAndNeverSynchronously() {
        Outcome<ConversationPage> outcome;
        ListQuery bad;
        bad.limit = 10;
        m_client->list(bad, this, outcome.callback());
        QCOMPARE(outcome.deliveries, 0); // not inside the call
        QTRY_COMPARE(outcome.deliveries, 1);
        QCOMPARE(outcome.result->error().kind, ApiError::Kind::InvalidInput);
        QVERIFY(outcome.result->error().line().contains(QStringLiteral("limit")));
        QTest::qWait(100);
        QCOMPARE(outcome.deliveries, 1);
        QCOMPARE(m_server->receivedRequests().size(), 0); // nothing was sent
    }

    void plainHttpToARemoteHostIsRefusedBeforeSending() {
        setOption([](ClientOptions &o) { o.baseUrl = QUrl(QStringLiteral("http://example.com")); });
        Outcome<ConversationPage> outcome;
        QSignalSpy attempts(m_client.get(), &BridgeClient::attemptFinished);
        m_client->list({}, this, outcome.callback());
        QCOMPARE(await(outcome).error().kind, ApiError::Kind::InvalidInput);
        QVERIFY(outcome.result->error().line().contains(QStringLiteral("https://")));
        QCOMPARE(attempts.size(), 0);
    }

    void apiKeyWithALineBreakIsNeverSent() {
        // From BRIDGE_API_KEY or a hand-edited settings file: it would start a header of its own.
        setOption([](ClientOptions &o) { o.apiKey += QStringLiteral("\r\nX-Injected: 1"); });
        Outcome<ConversationPage> outcome;
        QSignalSpy attempts(m_client.get(), &BridgeClient::attemptFinished);
        m_client->list({}, this, outcome.callback());
        QCOMPARE(await(outcome).error().kind, ApiError::Kind::InvalidInput);
        QVERIFY2(outcome.result->error().line().contains(QStringLiteral("API key")),
                 qPrintable(outcome.result->error().line()));
        QCOMPARE(attempts.size(), 0);
        QCOMPARE(m_server->receivedRequests().size(), 0);
    }

    void secretWithALineBreakIsNeverUsed() {
        setOption([](ClientOptions &o) { o.secret += "\n"; });
        Outcome<ConversationPage> outcome;
        m_client->list({}, this, outcome.callback());
        QCOMPARE(await(outcome).error().kind, ApiError::Kind::InvalidInput);
        QVERIFY(!outcome.result->error().line().contains(QString::fromUtf8(m_server->config().secret)));
        QCOMPARE(m_server->receivedRequests().size(), 0);
    }

    void pathPrefixAndSignedQuery() {
        SandboxConfig config;
        config.pathPrefix = QStringLiteral("/bridge/api");
        config.signQueryString = true;
        startServer(config);
        ListQuery query;
        query.filter.status = ConversationStatus(QStringLiteral("ghost"));
        query.filter.customer = ParticipantRef{QStringLiteral("+1 555 0100"), ParticipantType::Phone};
        const ConversationPage page = listOk(query);
        QCOMPARE(page.pagination.page, 1);
        QVERIFY(m_server->receivedRequests().first().path.startsWith("/bridge/api/v1/"));
        // The same client without query signing is refused by this server.
        setOption([](ClientOptions &o) { o.signQueryString = false; });
        Outcome<ConversationPage> refused;
        m_client->list(query, this, refused.callback());
        QCOMPARE(await(refused).error().httpStatus, 401);
    }

    // --- Connect ----------------------------------------------------------------------------------

    void connectListsWithTheKeyAlone() {
        startConnect();
        const ConversationPage page = listOk({});
        QCOMPARE(page.conversations.size(), 20);
        QVERIFY(page.pagination.cursored);
        QVERIFY(page.pagination.hasNext());
        QCOMPARE(page.pagination.page, 1);
        QCOMPARE(page.pagination.limit, 20);
        QCOMPARE(idsOf(page.conversations), idsOf(connectData()).mid(0, 20));
        QCOMPARE(page.conversations.first(), connectData().first());

        const sandbox::ReceivedRequest sent = m_server->receivedRequests().constFirst();
        QCOMPARE(sent.path,
                 "/bridge/api/v1/workspaces/" + m_server->config().workspaceId.toUtf8() + "/conversations");
        QCOMPARE(sent.rawQuery, QByteArray("limit=20"));
        QCOMPARE(sent.header("x-api-key"), m_server->config().apiKey.toUtf8());
        QVERIFY(sent.header("X-API-Signature").isEmpty());
        QVERIFY(sent.header("X-API-Timestamp").isEmpty());
    }

    void connectPagingToTheLastCursor() {
        startConnect();
        ListQuery query;
        query.limit = 37;
        int pages = 0;
        const QStringList ids = walkCursors(query, &pages);
        QCOMPARE(pages, (m_server->conversationCount() + 36) / 37);
        QCOMPARE(ids, idsOf(connectData())); // every conversation once, in order
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());

        // Each later page was asked with the cursor the page before it gave, and nothing else.
        const auto gets = requestsOf("GET");
        QCOMPARE(gets.size(), pages);
        QCOMPARE(gets.first().rawQuery, QByteArray("limit=37"));
        for (int i = 1; i < gets.size(); ++i) {
            QVERIFY2(gets.at(i).rawQuery.startsWith("limit=37&cursor="), gets.at(i).rawQuery.constData());
            QVERIFY(!gets.at(i).rawQuery.contains("page="));
        }
    }

    void connectFilters_data() {
        QTest::addColumn<QString>("what");
        QTest::newRow("status RELEASED") << QStringLiteral("status");
        QTest::newRow("customer by phone, type left open") << QStringLiteral("phone");
        QTest::newRow("customer by id") << QStringLiteral("id");
        QTest::newRow("agent by email") << QStringLiteral("agent");
    }

    void connectFilters() {
        QFETCH(QString, what);
        startConnect();
        const QList<Conversation> all = connectData();
        ListQuery query;
        query.limit = 50;
        std::function<bool(const Conversation &)> keep;
        const auto firstOf = [&all](bool external, const QString &type) {
            for (const Conversation &c : all) {
                for (const Participant &p : external ? c.externalParticipants : c.internalParticipants) {
                    if (p.type == type)
                        return p.identifier;
                }
            }
            return QString();
        };
        const auto has = [](const QList<Participant> &people, const QString &identifier) {
            return std::any_of(people.cbegin(), people.cend(),
                               [&](const Participant &p) { return p.identifier == identifier; });
        };
        if (what == QLatin1String("status")) {
            query.filter.status = ConversationStatus(QStringLiteral("RELEASED"));
            keep = [](const Conversation &c) { return c.status.raw() == QLatin1String("RELEASED"); };
        } else if (what == QLatin1String("agent")) {
            const QString agent = firstOf(false, QStringLiteral("EMAIL"));
            query.filter.agent = ParticipantRef{agent, ParticipantType::Email};
            keep = [=](const Conversation &c) { return has(c.internalParticipants, agent); };
        } else {
            const QString type =
                what == QLatin1String("phone") ? QStringLiteral("PHONE") : QStringLiteral("ID");
            const QString customer = firstOf(true, type);
            QVERIFY2(!customer.isEmpty(), "the sandbox has no such customer");
            query.filter.customer =
                ParticipantRef{customer, what == QLatin1String("phone") ? ParticipantType::Unspecified
                                                                        : ParticipantType::Id};
            keep = [=](const Conversation &c) { return has(c.externalParticipants, customer); };
            if (what == QLatin1String("phone"))
                QVERIFY(customer.startsWith(QLatin1Char('+')));
        }
        const QStringList expected = idsOf(connectData(keep));
        QVERIFY(!expected.isEmpty());
        QCOMPARE(walkCursors(query), expected);
    }

    void connectGet() {
        startConnect();
        const Conversation wanted = connectData().at(3);
        Outcome<Conversation> fetched;
        m_client->get(wanted.id, this, fetched.callback());
        QVERIFY2(await(fetched).ok(), why(*fetched.result).constData());
        QCOMPARE(fetched.result->value(), wanted);

        Outcome<Conversation> missing;
        m_client->get(QStringLiteral("00000000-0000-4000-8000-000000000000"), this, missing.callback());
        const auto &r = await(missing);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().httpStatus, 404);
        QCOMPARE(r.error().code, QStringLiteral("BRIDGE_CONVERSATION_0001"));
        QVERIFY2(r.error().line().startsWith(QStringLiteral(
                     "This conversation does not exist (any more). (BRIDGE_CONVERSATION_0001, 404 "
                     "to GET /bridge/api/v1/workspaces/")),
                 qPrintable(r.error().line()));
    }

    void connectCreate_data() {
        QTest::addColumn<int>("assignment");
        QTest::newRow("customers only") << int(NewConversation::Assignment::None);
        QTest::newRow("with agents") << int(NewConversation::Assignment::Agents);
        QTest::newRow("with a team") << int(NewConversation::Assignment::Team);
    }

    void connectCreate() {
        QFETCH(int, assignment);
        startConnect();
        NewConversation c;
        c.externalParticipants = {{QStringLiteral("+15557654321"),
                                   ParticipantType::Phone,
                                   {QStringLiteral("WHATSAPP"), QStringLiteral("+15550100002")}},
                                  {QStringLiteral("zoë@example.com"), ParticipantType::Email}};
        c.assignment = NewConversation::Assignment(assignment);
        if (c.assignment == NewConversation::Assignment::Agents)
            c.internalParticipants = {{QStringLiteral("agent.łukasz@example.com"), ParticipantType::Email}};
        if (c.assignment == NewConversation::Assignment::Team)
            c.teamId = QStringLiteral("0b7e4c1a-9f3d-4a2b-8c5e-6d1f2a3b4c5d");
        c.name = QStringLiteral("Soporte – José");
        c.status = ConversationStatus(QStringLiteral("GHOST"));
        const int before = m_server->conversationCount();

        Outcome<Conversation> created;
        m_client->create(c, this, created.callback());
        const auto &result = await(created);
        QVERIFY2(result.ok(), why(result).constData());
        const Conversation &made = result.value();
        QCOMPARE(made.status.raw(), QStringLiteral("GHOST"));
        QCOMPARE(made.name, c.name);
        QCOMPARE(made.externalParticipants.size(), 2);
        QCOMPARE(made.externalParticipants.at(0).identifier, QStringLiteral("+15557654321"));
        QCOMPARE(made.externalParticipants.at(0).type, QStringLiteral("PHONE"));
        QCOMPARE(made.internalParticipants.size(), c.internalParticipants.size());
        QCOMPARE(m_server->conversationCount(), before + 1);
        // The exact bytes of the dialect went on the wire, once.
        const auto posts = requestsOf("POST");
        QCOMPARE(posts.size(), 1);
        QCOMPARE(posts.first().body, ConnectDialect::createBody(c));

        Outcome<Conversation> fetched;
        m_client->get(made.id, this, fetched.callback());
        QVERIFY(await(fetched).ok());
        QCOMPARE(fetched.result->value(), made);
        ListQuery ghosts;
        ghosts.filter.status = ConversationStatus(QStringLiteral("GHOST"));
        QCOMPARE(listOk(ghosts).conversations.first().id, made.id);
    }

    void connectUpdate() {
        startConnect();
        const QList<Conversation> withAgents =
            connectData([](const Conversation &c) { return !c.internalParticipants.isEmpty(); });
        QVERIFY(!withAgents.isEmpty());
        const Conversation target = withAgents.first();
        const Participant agent = target.internalParticipants.first();
        ConversationUpdate change;
        change.name = QStringLiteral("Renamed – Ørsted");
        change.status = ConversationStatus(QStringLiteral("NOT_ASSIGNED_TO_HUMAN"));
        change.addCustomers = {{QStringLiteral("new.customer@example.com"), ParticipantType::Email}};
        change.removeAgents = {{agent.identifier, participantTypeFromWire(agent.type)}};
        Outcome<Conversation> updated;
        m_client->update(target.id, change, this, updated.callback());
        QVERIFY2(await(updated).ok(), why(*updated.result).constData());
        const Conversation &after = updated.result->value();
        QCOMPARE(after.name, *change.name);
        QCOMPARE(after.status.raw(), QStringLiteral("NOT_ASSIGNED_TO_HUMAN"));
        QCOMPARE(after.externalParticipants.size(), target.externalParticipants.size() + 1);
        QCOMPARE(after.externalParticipants.last().identifier, QStringLiteral("new.customer@example.com"));
        QCOMPARE(after.internalParticipants.size(), target.internalParticipants.size() - 1);
        const auto patches = requestsOf("PATCH");
        QCOMPARE(patches.size(), 1);
        QCOMPARE(patches.first().body, ConnectDialect::updateBody(change));

        // The same customer again: the server's 01xx code reaches ApiError, in the agent's words.
        ConversationUpdate again;
        again.addCustomers = change.addCustomers;
        Outcome<Conversation> refused;
        m_client->update(target.id, again, this, refused.callback());
        const auto &r = await(refused);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::Http);
        QCOMPARE(r.error().httpStatus, 409);
        QCOMPARE(r.error().code, QStringLiteral("BRIDGE_CONVERSATION_0101"));
        QCOMPARE(
            r.error().line(),
            QStringLiteral("This person is already in the conversation. (BRIDGE_CONVERSATION_0101, 409 to "
                           "PATCH /bridge/api/v1/workspaces/%1/conversations/%2)")
                .arg(m_server->config().workspaceId, target.id));
        QCOMPARE(requestsOf("PATCH").size(), 2); // never retried

        ConversationUpdate removeNobody;
        removeNobody.removeAgents = {{QStringLiteral("nobody@bridge.example"), ParticipantType::Email}};
        Outcome<Conversation> notIn;
        m_client->update(target.id, removeNobody, this, notIn.callback());
        QCOMPARE(await(notIn).error().code, QStringLiteral("BRIDGE_CONVERSATION_0104"));
        QVERIFY(notIn.result->error().line().startsWith(
            QStringLiteral("This agent is not in the conversation.")));
    }

    void connectHealthAndProviderChannels() {
        startConnect();
        Outcome<bool> health;
        m_client->health(this, health.callback());
        QVERIFY2(await(health).ok(), why(*health.result).constData());
        QVERIFY(health.result->value());
        QCOMPARE(m_server->receivedRequests().constLast().path, QByteArray("/bridge/api/health"));

        Outcome<QList<ProviderChannel>> whatsapp;
        m_client->providerChannels(QStringLiteral("WHATSAPP"), this, whatsapp.callback());
        QVERIFY2(await(whatsapp).ok(), why(*whatsapp.result).constData());
        QCOMPARE(whatsapp.result->value(),
                 (QList<ProviderChannel>{{QStringLiteral("WHATSAPP"), QStringLiteral("+15550100001")},
                                         {QStringLiteral("WHATSAPP"), QStringLiteral("+15550100002")}}));
        Outcome<QList<ProviderChannel>> heygia;
        m_client->providerChannels(QStringLiteral("HEYGIA"), this, heygia.callback());
        QVERIFY(await(heygia).ok());
        QCOMPARE(heygia.result->value().size(), 1);
        QCOMPARE(heygia.result->value().first().provider, QStringLiteral("HEYGIA"));
        QCOMPARE(m_server->receivedRequests().constLast().path, "/bridge/api/v1/workspaces/" +
                                                                    m_server->config().workspaceId.toUtf8() +
                                                                    "/provider-channels/HEYGIA");
    }

    void classicHasNoHealthNorChannels() {
        Outcome<bool> health;
        m_client->health(this, health.callback());
        QCOMPARE(await(health).error().kind, ApiError::Kind::InvalidInput);
        QVERIFY2(health.result->error().line().contains(QStringLiteral("This API has no health check.")),
                 qPrintable(health.result->error().line()));
        Outcome<QList<ProviderChannel>> channels;
        m_client->providerChannels(QStringLiteral("WHATSAPP"), this, channels.callback());
        QCOMPARE(await(channels).error().kind, ApiError::Kind::InvalidInput);
        QVERIFY(m_server->receivedRequests().isEmpty());
    }

    void connectWrongKeyIs401() {
        startConnect();
        setOption([](ClientOptions &o) { o.secret = "bk_not_the_key"; });
        Outcome<ConversationPage> outcome;
        m_client->list({}, this, outcome.callback());
        const auto &r = await(outcome);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().httpStatus, 401);
        QCOMPARE(r.error().code, QStringLiteral("BRIDGE_AUTH_0002"));
        QVERIFY2(r.error().line().startsWith(
                     QStringLiteral("Server replied \"401 Unauthorized\" to GET /bridge/api/")),
                 qPrintable(r.error().line()));
        QVERIFY(!r.error().line().contains(QStringLiteral("bk_not_the_key")));
        QCOMPARE(m_server->receivedRequests().size(), 1); // not retried, not re-signed
    }

    void connectReadOnlyKeyIs403() {
        SandboxConfig config = SandboxConfig::forApi(SandboxConfig::Api::Connect);
        config.readOnlyApiKey = QStringLiteral("bk_read_only_0123456789");
        startConnect(config);
        setOption([](ClientOptions &o) { o.secret = "bk_read_only_0123456789"; });
        QCOMPARE(listOk({}).conversations.size(), 20); // it may read

        NewConversation c;
        c.externalParticipants = {{QStringLiteral("a@example.com"), ParticipantType::Email}};
        c.status = m_client->dialect().defaultStatus();
        Outcome<Conversation> outcome;
        m_client->create(c, this, outcome.callback());
        const auto &r = await(outcome);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().httpStatus, 403);
        QCOMPARE(r.error().code, QStringLiteral("BRIDGE_AUTH_0004"));
        QVERIFY2(r.error().line().startsWith(
                     QStringLiteral("This key is not allowed to create conversations (403 to POST "
                                    "/bridge/api/v1/workspaces/%1/conversations)")
                         .arg(config.workspaceId)),
                 qPrintable(r.error().line()));
        QVERIFY(r.error().line().contains(QStringLiteral("[BRIDGE_AUTH_0004]")));
    }

    void connectInputProblemsAreNeverSent_data() {
        QTest::addColumn<ListQuery>("query");
        QTest::addColumn<QString>("problem");
        ListQuery noCursor;
        noCursor.page = 2;
        QTest::newRow("page 2 without its cursor") << noCursor << QStringLiteral("cursor: ");
        ListQuery zero;
        zero.limit = 0;
        QTest::newRow("limit 0") << zero << QStringLiteral("limit: ");
        ListQuery agentPhone;
        agentPhone.filter.agent = ParticipantRef{QStringLiteral("+15551234567"), ParticipantType::Phone};
        QTest::newRow("agent by phone") << agentPhone << QStringLiteral("internalUser: ");
        ListQuery lower;
        lower.filter.status = ConversationStatus(QStringLiteral("active"));
        QTest::newRow("classic's status") << lower << QStringLiteral("status: ");
    }

    void connectInputProblemsAreNeverSent() {
        QFETCH(ListQuery, query);
        QFETCH(QString, problem);
        startConnect();
        Outcome<ConversationPage> outcome;
        m_client->list(query, this, outcome.callback());
        const auto &r = await(outcome);
        QCOMPARE(r.error().kind, ApiError::Kind::InvalidInput);
        QVERIFY2(r.error().detail.contains(problem), qPrintable(r.error().detail));
        QVERIFY(m_server->receivedRequests().isEmpty());
    }

    void connectSmallPagesAndAPathPrefix() {
        SandboxConfig config = SandboxConfig::forApi(SandboxConfig::Api::Connect);
        config.pathPrefix = QStringLiteral("/gateway/eu");
        config.conversationCount = 7;
        startConnect(config);
        ListQuery one;
        one.limit = 1; // Connect allows 1..100
        int pages = 0;
        QCOMPARE(walkCursors(one, &pages), idsOf(connectData()));
        QCOMPARE(pages, 7);
        QVERIFY(m_server->receivedRequests().constFirst().path.startsWith("/gateway/eu/bridge/api/v1/"));
    }

    void recordsNeverHoldTheSecret() {
        QSignalSpy attempts(m_client.get(), &BridgeClient::attemptFinished);
        m_server->failNext(1, 503);
        listOk({});
        QCOMPARE(attempts.size(), 2);
        for (const QList<QVariant> &args : std::as_const(attempts)) {
            const auto record = args.at(0).value<RequestRecord>();
            QVERIFY(record.stringToSign.startsWith("GET\n/v1/workspaces/ws_sandbox/conversations\n\n"));
            QVERIFY(!record.stringToSign.contains("sk_sandbox"));
            for (const auto &header : record.requestHeaders) {
                QVERIFY(!header.second.contains("sk_sandbox"));
                if (header.first == "X-API-Key")
                    QVERIFY(header.second != "ak_sandbox_0123456789" && header.second.startsWith("ak_san"));
            }
        }
        QCOMPARE(attempts.at(0).at(0).value<RequestRecord>().httpStatus, 503);
        QCOMPARE(attempts.at(1).at(0).value<RequestRecord>().attempt, 1);
    }
};

QTEST_GUILESS_MAIN(TestBridgeClient)
#include "tst_bridgeclient.moc"
