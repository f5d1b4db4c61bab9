// Every attempt is built in RequestFactory: URL, headers, signature. Expected signatures were computed
// with openssl dgst (see tst_signer.cpp), never with the code under test.
#include "requestfactory.h"

#include <QTest>

using namespace bridge;

namespace {

ClientOptions options(const char *baseUrl) {
    ClientOptions o;
    o.baseUrl = QUrl(QString::fromLatin1(baseUrl));
    o.workspaceId = QStringLiteral("ws_abc123");
    o.apiKey = QStringLiteral("ak_1234567890abcdef");
    o.secret = "sk_test_secret";
    return o;
}

RequestSpec listSpec(const QByteArray &query = {}) {
    return {"GET",
            {QStringLiteral("v1"), QStringLiteral("workspaces"), QStringLiteral("ws_abc123"),
             QStringLiteral("conversations")},
            query,
            {},
            true};
}

const QByteArray PhoneQuery =
    "status=ghost&externalUser%5Bidentifier%5D=%2B1-555-123-4567&externalUser%5Btype%5D=phone"
    "&page=2&limit=50";

} // namespace

class TestRequestFactory : public QObject {
    Q_OBJECT
private slots:
    void contractExample() {
        const PreparedRequest p =
            RequestFactory::build(options("https://api.bridge.new"), listSpec(), 1642234567, "rid-1");
        QCOMPARE(p.url.toString(QUrl::FullyEncoded),
                 QStringLiteral("https://api.bridge.new/v1/workspaces/ws_abc123/conversations"));
        QCOMPARE(p.wirePath, QByteArray("/v1/workspaces/ws_abc123/conversations"));
        QCOMPARE(p.stringToSign, QByteArray("GET\n/v1/workspaces/ws_abc123/conversations\n\n1642234567"));
        QCOMPARE(p.request.rawHeader("X-API-Key"), QByteArray("ak_1234567890abcdef"));
        QCOMPARE(p.request.rawHeader("X-API-Timestamp"), QByteArray("1642234567"));
        QCOMPARE(p.request.rawHeader("X-API-Signature"),
                 QByteArray("9762425671505ee4bca46e3a92d2606b09713410de15eb527484605ac20b0fd6"));
        QCOMPARE(p.request.rawHeader("X-Request-Id"), QByteArray("rid-1"));
        QCOMPARE(p.request.rawHeader("Accept"), QByteArray("application/json"));
        QVERIFY(!p.request.hasRawHeader("Content-Type")); // no body
        QVERIFY(p.request.rawHeader("User-Agent").startsWith("BridgeDesk/"));
        QVERIFY(p.request.rawHeader("User-Agent").contains("(Qt 6."));
        QCOMPARE(p.request.transferTimeout(), 30000);
        QCOMPARE(p.request.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
                 int(QNetworkRequest::ManualRedirectPolicy));
    }

    void pathPrefix() {
        for (const char *base : {"https://h.example/bridge/api", "https://h.example/bridge/api/"}) {
            const PreparedRequest p = RequestFactory::build(options(base), listSpec(), 1642234567, "r");
            QCOMPARE(p.wirePath, QByteArray("/bridge/api/v1/workspaces/ws_abc123/conversations"));
            QCOMPARE(p.request.rawHeader("X-API-Signature"),
                     QByteArray("3ab150d755de46557220e5945486ee872d60ade1e63c35351fa8517ad043cc2e"));
        }
    }

    void queryIsSentExactlyButNotSignedByDefault() {
        const PreparedRequest p =
            RequestFactory::build(options("https://api.bridge.new"), listSpec(PhoneQuery), 1642234567, "r");
        QCOMPARE(p.url.query(QUrl::FullyEncoded).toUtf8(), PhoneQuery);
        QVERIFY(p.url.toEncoded().endsWith(QByteArray(QByteArray("?") + PhoneQuery)));
        QCOMPARE(p.request.url().toEncoded(), p.url.toEncoded());
        QCOMPARE(p.request.rawHeader("X-API-Signature"),
                 QByteArray("9762425671505ee4bca46e3a92d2606b09713410de15eb527484605ac20b0fd6"));
    }

    void querySignedWhenTheSettingIsOn() {
        ClientOptions o = options("https://api.bridge.new");
        o.signQueryString = true;
        const PreparedRequest p = RequestFactory::build(o, listSpec(PhoneQuery), 1642234567, "r");
        QCOMPARE(p.stringToSign,
                 QByteArray("GET\n/v1/workspaces/ws_abc123/conversations?" + PhoneQuery + "\n\n1642234567"));
        QCOMPARE(p.request.rawHeader("X-API-Signature"),
                 QByteArray("ccdc0cce7e155cb79b10c1126957a38f17f218ec6fb9f882d9b00f004992faae"));
    }

    void segmentsArePercentEncoded() {
        ClientOptions o = options("https://api.bridge.new");
        o.secret = "sk_\xc3\xbc\xc3\xb1\xc3\xad";
        const RequestSpec spec{"PATCH",
                               {QStringLiteral("v1"), QStringLiteral("workspaces"), QStringLiteral("ws a/b"),
                                QStringLiteral("conversations"), QStringLiteral("conv_1")},
                               {},
                               "{\"status\":\"archived\"}",
                               false};
        const PreparedRequest p = RequestFactory::build(o, spec, 1700000000, "r");
        QCOMPARE(p.wirePath, QByteArray("/v1/workspaces/ws%20a%2Fb/conversations/conv_1"));
        QCOMPARE(p.request.rawHeader("Content-Type"), QByteArray("application/json"));
        QCOMPARE(p.request.rawHeader("X-API-Signature"),
                 QByteArray("da4ccee385ed18ba453abbe5dbef8045ffdf904a96958bca8a7e17786b1f03e9"));
    }

    void freshTimestampGivesFreshSignature() {
        const ClientOptions o = options("https://api.bridge.new");
        const PreparedRequest a = RequestFactory::build(o, listSpec(), 1642234567, "r");
        const PreparedRequest b = RequestFactory::build(o, listSpec(), 1642234568, "r");
        QVERIFY(a.request.rawHeader("X-API-Signature") != b.request.rawHeader("X-API-Signature"));
    }

    void stringToSignNeverHoldsTheSecret() {
        const PreparedRequest p =
            RequestFactory::build(options("https://api.bridge.new"), listSpec(PhoneQuery), 1, "r");
        QVERIFY(!p.stringToSign.contains("sk_test_secret"));
        const QList<QByteArray> names = p.request.rawHeaderList();
        for (const QByteArray &name : names)
            QVERIFY2(!p.request.rawHeader(name).contains("sk_test_secret"), name.constData());
    }

    //! Connect: one x-api-key header carrying the key itself; nothing signed, nothing timestamped.
    void connectSendsTheKeyAlone() {
        ClientOptions o = options("https://api-connect-us.bridge.new/gw");
        o.generation = ApiGeneration::Connect;
        o.apiKey = QStringLiteral("ak_left_from_classic"); // never sent in Connect
        o.secret = "bk_live_3f9c1e7a0b2d4c6e8f1a";
        const RequestSpec spec{"PATCH",
                               {QStringLiteral("bridge"), QStringLiteral("api"), QStringLiteral("v1"),
                                QStringLiteral("workspaces"), QStringLiteral("ws"),
                                QStringLiteral("conversations"), QStringLiteral("c1")},
                               {},
                               R"({"status":"GHOST"})",
                               false};
        const PreparedRequest p = RequestFactory::build(o, spec, 1642234567, "rid-7");
        QCOMPARE(p.wirePath, QByteArray("/gw/bridge/api/v1/workspaces/ws/conversations/c1"));
        QCOMPARE(p.request.rawHeader("x-api-key"), QByteArray("bk_live_3f9c1e7a0b2d4c6e8f1a"));
        QVERIFY(p.stringToSign.isEmpty());
        QVERIFY(p.timestamp.isEmpty());
        QCOMPARE(p.requestId, QByteArray("rid-7"));
        // Exactly these headers, in this order: no timestamp, no signature, no classic key.
        QCOMPARE(p.request.rawHeaderList(),
                 (QList<QByteArray>{"User-Agent", "Accept", "Content-Type", "X-Request-Id", "x-api-key"}));
        QVERIFY(!p.request.hasRawHeader("X-API-Timestamp"));
        QVERIFY(!p.request.hasRawHeader("X-API-Signature"));
        const QList<QByteArray> names = p.request.rawHeaderList();
        for (const QByteArray &name : names)
            QVERIFY2(!p.request.rawHeader(name).contains("ak_left_from_classic"), name.constData());
        QCOMPARE(p.request.rawHeader("Content-Type"), QByteArray("application/json"));
        QCOMPARE(p.request.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
                 int(QNetworkRequest::ManualRedirectPolicy));

        // A later attempt is the same request: no clock in it.
        const PreparedRequest later = RequestFactory::build(o, spec, 1642239999, "rid-7");
        QCOMPARE(later.request.rawHeader("x-api-key"), p.request.rawHeader("x-api-key"));
        QVERIFY(later.stringToSign.isEmpty());
    }

    void connectGetHasNoContentType() {
        ClientOptions o = options("https://api-connect-us.bridge.new");
        o.generation = ApiGeneration::Connect;
        o.secret = "bk_key";
        const RequestSpec health{
            "GET", {QStringLiteral("bridge"), QStringLiteral("api"), QStringLiteral("health")}, {}, {}, true};
        const PreparedRequest p = RequestFactory::build(o, health, 1, "r");
        QCOMPARE(p.url.toString(QUrl::FullyEncoded),
                 QStringLiteral("https://api-connect-us.bridge.new/bridge/api/health"));
        QCOMPARE(p.request.rawHeaderList(),
                 (QList<QByteArray>{"User-Agent", "Accept", "X-Request-Id", "x-api-key"}));
        QCOMPARE(p.request.rawHeader("x-api-key"), QByteArray("bk_key"));
    }

    void baseUrlProblem_data() {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("acceptable");
        QTest::newRow("https") << "https://api.bridge.new" << true;
        QTest::newRow("https prefix") << "https://h.example/bridge/api" << true;
        QTest::newRow("http loopback v4") << "http://127.0.0.1:8765" << true;
        QTest::newRow("http loopback 127/8") << "http://127.4.5.6:8765" << true;
        QTest::newRow("http localhost") << "http://localhost:8765" << true;
        QTest::newRow("http loopback v6") << "http://[::1]:8765" << true;
        QTest::newRow("http remote") << "http://api.bridge.new" << false;
        QTest::newRow("http private range") << "http://192.168.1.10" << false;
        QTest::newRow("ftp") << "ftp://api.bridge.new" << false;
        QTest::newRow("no host") << "https://" << false;
        QTest::newRow("not a URL") << "api.bridge.new" << false;
        QTest::newRow("user info") << "https://me:pw@api.bridge.new" << false;
        QTest::newRow("query") << "https://api.bridge.new?x=1" << false;
    }

    void baseUrlProblem() {
        QFETCH(QString, url);
        QFETCH(bool, acceptable);
        QCOMPARE(RequestFactory::baseUrlProblem(QUrl(url)).isEmpty(), acceptable);
    }
};

QTEST_GUILESS_MAIN(TestRequestFactory)
#include "tst_requestfactory.moc"
