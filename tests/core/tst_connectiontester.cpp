// ConnectionTester against the sandbox over real loopback HTTP.
#include "connectiontester.h"
#include "fieldpath.h"
#include "sandboxfixture.h"
#include "sandboxserver.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace bridge;
using bridge::sandbox::SandboxConfig;
using bridge::sandbox::SandboxServer;

class TestConnectionTester : public QObject {
    Q_OBJECT

    static ClientOptions optionsFor(const SandboxServer &server) { return testing::sandboxOptions(server); }

    //! Runs one test to the end and returns its result; fails the test if it never finishes.
    static ConnectionTestResult run(ConnectionTester &tester, const ClientOptions &options) {
        QSignalSpy spy(&tester, &ConnectionTester::finished);
        tester.test(options);
        [&] { QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, 10000); }();
        if (spy.isEmpty())
            return {};
        QTest::qWait(50); // nothing more may arrive
        [&] { QCOMPARE(spy.size(), 1); }();
        return spy.at(0).at(0).value<ConnectionTestResult>();
    }

    static int getCount(const SandboxServer &server) {
        int n = 0;
        const auto requests = server.receivedRequests();
        for (const auto &r : requests)
            n += r.method == "GET";
        return n;
    }

private slots:
    void successReportsTheTotal() {
        SandboxConfig config;
        config.conversationCount = 37;
        SandboxServer server(config);
        QVERIFY(server.listenLoopback());
        ConnectionTester tester;
        const ConnectionTestResult r = run(tester, optionsFor(server));
        QVERIFY2(r.ok(), qPrintable(r.error.line()));
        QCOMPARE(r.total, 37);
        QCOMPARE(r.workspaceId, config.workspaceId);
        QVERIFY(!r.alternativeAccepted);
        QCOMPARE(getCount(server), 1);
        const auto sent = server.receivedRequests().constFirst();
        QCOMPARE(sent.rawQuery, QByteArray("page=1&limit=20"));
        QVERIFY(!tester.isRunning());
    }

    void wrongSecretIs401WithBothConventionsTried() {
        SandboxServer server;
        QVERIFY(server.listenLoopback());
        ClientOptions o = optionsFor(server);
        o.secret = "sk_wrong";
        ConnectionTester tester;
        const ConnectionTestResult r = run(tester, o);
        QVERIFY(!r.ok());
        QCOMPARE(r.error.kind, ApiError::Kind::Http);
        QCOMPARE(r.error.httpStatus, 401);
        QVERIFY2(r.error.line().contains(QStringLiteral("401")), qPrintable(r.error.line()));
        QVERIFY(!r.error.line().contains(QStringLiteral("sk_wrong")));
        QVERIFY(!r.alternativeAccepted);
        QCOMPARE(r.total, -1);
        QCOMPARE(getCount(server), 2); // the other convention was tried too
        const auto requests = server.receivedRequests();
        QCOMPARE(requests.at(0).status, 401);
        QCOMPARE(requests.at(1).status, 401);
    }

    void otherConventionAccepted_data() {
        QTest::addColumn<bool>("serverSignsQuery");
        QTest::newRow("server includes the query, client does not") << true;
        QTest::newRow("server leaves out the query, client includes it") << false;
    }
    void otherConventionAccepted() {
        QFETCH(bool, serverSignsQuery);
        SandboxConfig config;
        config.signQueryString = serverSignsQuery;
        SandboxServer server(config);
        QVERIFY(server.listenLoopback());
        ClientOptions o = optionsFor(server);
        o.signQueryString = !serverSignsQuery;
        ConnectionTester tester;
        const ConnectionTestResult r = run(tester, o);
        QVERIFY(!r.ok());
        QCOMPARE(r.error.httpStatus, 401);
        QCOMPARE(r.signQueryString, !serverSignsQuery);
        QVERIFY(r.alternativeAccepted);
        QCOMPARE(r.alternativeTotal, config.conversationCount);
        QCOMPARE(getCount(server), 2);
    }

    void serverDownIsANetworkError() {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        } // closed: nothing listens there any more
        ClientOptions o;
        o.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        o.workspaceId = QStringLiteral("ws_x");
        o.apiKey = QStringLiteral("ak_x");
        o.secret = "sk_x";
        ConnectionTester tester;
        const ConnectionTestResult r = run(tester, o);
        QVERIFY(!r.ok());
        QCOMPARE(r.error.kind, ApiError::Kind::Network);
        QCOMPARE(r.error.httpStatus, 0);
        QVERIFY(!r.alternativeAccepted);
        QVERIFY(!r.error.line().isEmpty());
    }

    void incompleteOptionsReportWithoutSending() {
        SandboxServer server;
        QVERIFY(server.listenLoopback());
        ClientOptions o = optionsFor(server);
        o.secret.clear();
        ConnectionTester tester;
        const ConnectionTestResult r = run(tester, o);
        QCOMPARE(r.error.kind, ApiError::Kind::InvalidInput);
        QCOMPARE(getCount(server), 0);
    }

    void aNewTestCancelsTheRunningOne() {
        SandboxServer server;
        QVERIFY(server.listenLoopback());
        server.setLatencyMs(300);
        ConnectionTester tester;
        QSignalSpy spy(&tester, &ConnectionTester::finished);
        ClientOptions wrong = optionsFor(server);
        wrong.secret = "sk_wrong";
        tester.test(wrong);
        QVERIFY(tester.isRunning());
        tester.test(optionsFor(server));
        QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, 10000);
        QTest::qWait(700); // the first test's answer (and any alternative) would have come by now
        QCOMPARE(spy.size(), 1);
        QVERIFY(spy.at(0).at(0).value<ConnectionTestResult>().ok());
    }

    void cancelMeansNoResult() {
        SandboxServer server;
        QVERIFY(server.listenLoopback());
        server.setLatencyMs(100);
        ConnectionTester tester;
        QSignalSpy spy(&tester, &ConnectionTester::finished);
        tester.test(optionsFor(server));
        tester.cancel();
        QVERIFY(!tester.isRunning());
        QTest::qWait(400);
        QCOMPARE(spy.size(), 0);
    }

    // --- Connect ----------------------------------------------------------------------------------

    void connectHealthThenOnePage_data() {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("firstPage");
        QTest::addColumn<bool>("more");
        QTest::newRow("more pages") << 240 << 20 << true;
        QTest::newRow("one short page") << 7 << 7 << false;
    }

    void connectHealthThenOnePage() {
        QFETCH(int, count);
        QFETCH(int, firstPage);
        QFETCH(bool, more);
        SandboxConfig config = SandboxConfig::forApi(SandboxConfig::Api::Connect);
        config.conversationCount = count;
        SandboxServer server(config);
        QVERIFY(server.listenLoopback());
        ConnectionTester tester;
        const ConnectionTestResult r = run(tester, optionsFor(server));
        QVERIFY2(r.ok(), qPrintable(r.error.line()));
        QCOMPARE(r.firstPageCount, firstPage);
        QCOMPARE(r.more, more);
        QCOMPARE(r.total, -1); // Connect has no totals
        QVERIFY(!r.otherGeneration);
        QVERIFY(!r.alternativeAccepted);
        const auto requests = server.receivedRequests();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.at(0).path, QByteArray("/bridge/api/health"));
        QCOMPARE(requests.at(1).path,
                 "/bridge/api/v1/workspaces/" + config.workspaceId.toUtf8() + "/conversations");
        QCOMPARE(requests.at(1).rawQuery, QByteArray("limit=20"));
    }

    void connectWrongKeyIs401() {
        SandboxServer server(SandboxConfig::forApi(SandboxConfig::Api::Connect));
        QVERIFY(server.listenLoopback());
        ClientOptions o = optionsFor(server);
        o.secret = "bk_wrong_key";
        ConnectionTester tester;
        const ConnectionTestResult r = run(tester, o);
        QVERIFY(!r.ok());
        QCOMPARE(r.error.httpStatus, 401);
        QCOMPARE(r.error.code, QStringLiteral("BRIDGE_AUTH_0002"));
        QVERIFY(!r.error.line().contains(QStringLiteral("bk_wrong_key")));
        QVERIFY(!r.alternativeAccepted); // nothing is signed: no other convention to try
        QVERIFY(!r.otherGeneration);
        QCOMPARE(r.firstPageCount, -1);
        QCOMPARE(getCount(server), 1); // the health check only
    }

    void connectExpiredKeyIs401() {
        SandboxConfig config = SandboxConfig::forApi(SandboxConfig::Api::Connect);
        config.apiKeyExpired = true;
        SandboxServer server(config);
        QVERIFY(server.listenLoopback());
        ConnectionTester tester;
        const ConnectionTestResult r = run(tester, optionsFor(server));
        QCOMPARE(r.error.httpStatus, 401);
        QCOMPARE(r.error.code, QStringLiteral("BRIDGE_AUTH_0003"));
        QVERIFY2(r.error.line().contains(QStringLiteral("expired")), qPrintable(r.error.line()));
    }

    //! A 404 from a server of the right generation (a workspace it does not have) is reported as it
    //! is: the probe finds no other generation there.
    void connectUnknownWorkspaceIsJustA404() {
        SandboxServer server(SandboxConfig::forApi(SandboxConfig::Api::Connect));
        QVERIFY(server.listenLoopback());
        ClientOptions o = optionsFor(server);
        o.workspaceId = QStringLiteral("00000000-0000-4000-8000-000000000000");
        ConnectionTester tester;
        const ConnectionTestResult r = run(tester, o);
        QCOMPARE(r.error.httpStatus, 404);
        QCOMPARE(r.error.code, QStringLiteral("BRIDGE_WORKSPACE_0001"));
        QVERIFY(!r.otherGeneration);
        QCOMPARE(r.workspaceId, o.workspaceId);
        const auto requests = server.receivedRequests();
        QCOMPARE(requests.size(), 3); // health (200), the list (404), the classic probe (404)
        QCOMPARE(requests.at(0).status, 200);
        QCOMPARE(requests.at(1).status, 404);
        QCOMPARE(requests.at(2).status, 404);
        QVERIFY(requests.at(2).path.startsWith("/v1/"));
    }

    //! A profile of one generation pointed at a server of the other: the test says which it speaks,
    //! and the probe never carries the profile's real credential.
    void otherGenerationIsRecognised_data() {
        QTest::addColumn<bool>("serverIsConnect");
        QTest::newRow("Connect profile, classic server") << false;
        QTest::newRow("classic profile, Connect server") << true;
    }

    void otherGenerationIsRecognised() {
        QFETCH(bool, serverIsConnect);
        const auto api = serverIsConnect ? SandboxConfig::Api::Connect : SandboxConfig::Api::Classic;
        SandboxServer server(SandboxConfig::forApi(api));
        QVERIFY(server.listenLoopback());
        const auto other = serverIsConnect ? SandboxConfig::Api::Classic : SandboxConfig::Api::Connect;
        const QByteArray realSecret = "profile_secret_0123456789";
        ClientOptions o = testing::sandboxOptions(server);
        o.generation = other == SandboxConfig::Api::Connect ? ApiGeneration::Connect : ApiGeneration::Classic;
        o.apiKey = other == SandboxConfig::Api::Connect ? QString() : QStringLiteral("ak_profile_key");
        o.secret = realSecret;
        ConnectionTester tester;
        const ConnectionTestResult r = run(tester, o);
        QVERIFY(!r.ok());
        QCOMPARE(r.error.httpStatus, 404);
        QVERIFY(r.otherGeneration);
        QCOMPARE(*r.otherGeneration, serverIsConnect ? ApiGeneration::Connect : ApiGeneration::Classic);
        QVERIFY(!r.alternativeAccepted);

        const auto requests = server.receivedRequests();
        QCOMPARE(requests.size(), 2); // the profile's own first call, then the probe
        QCOMPARE(requests.at(0).status, 404);
        QCOMPARE(requests.at(1).status, 401);
        for (const auto &header : requests.at(1).headers)
            QVERIFY2(!header.second.contains(realSecret), header.first.constData());
        if (serverIsConnect) {
            QCOMPARE(requests.at(1).path, QByteArray("/bridge/api/health"));
            QCOMPARE(requests.at(1).header("x-api-key"), QByteArray("bridge-desk-probe"));
        } else {
            QVERIFY(requests.at(1).path.startsWith("/v1/workspaces/"));
            QCOMPARE(requests.at(1).header("X-API-Key"), QByteArray("bridge-desk-probe"));
        }
    }

    void fieldPathParse_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("member");
        QTest::newRow("item member") << QStringLiteral("externalParticipants[1].identifier")
                                     << QStringLiteral("externalParticipants") << 1
                                     << QStringLiteral("identifier");
        QTest::newRow("item") << QStringLiteral("internalParticipants[12]")
                              << QStringLiteral("internalParticipants") << 12 << QString();
        QTest::newRow("plain") << QStringLiteral("teamId") << QStringLiteral("teamId") << -1 << QString();
        QTest::newRow("bad index") << QStringLiteral("a[x].b") << QStringLiteral("a[x].b") << -1 << QString();
        QTest::newRow("negative") << QStringLiteral("a[-1].b") << QStringLiteral("a[-1].b") << -1
                                  << QString();
        QTest::newRow("unclosed") << QStringLiteral("a[1") << QStringLiteral("a[1") << -1 << QString();
        QTest::newRow("junk after") << QStringLiteral("a[1]b") << QStringLiteral("a[1]b") << -1 << QString();
    }
    void fieldPathParse() {
        QFETCH(QString, path);
        QFETCH(QString, field);
        QFETCH(int, index);
        QFETCH(QString, member);
        QCOMPARE(FieldPath::parse(path), (FieldPath{field, index, member}));
    }
};

QTEST_GUILESS_MAIN(TestConnectionTester)
#include "tst_connectiontester.moc"
