// Known-answer tests: every expected signature below was computed outside this code with
//   printf '<string-to-sign>' | openssl dgst -sha256 -hmac <secret>
#include "signer.h"

#include <QTest>

using bridge::Signer;

class TestSigner : public QObject {
    Q_OBJECT
private slots:
    void stringToSign_isByteExact() {
        QCOMPARE(Signer::stringToSign("GET", "/v1/workspaces/ws_abc123/conversations", {}, "1642234567"),
                 QByteArray("GET\n/v1/workspaces/ws_abc123/conversations\n\n1642234567"));
        QCOMPARE(Signer::stringToSign("POST", "/p", "{\"a\":1}", "1"), QByteArray("POST\n/p\n{\"a\":1}\n1"));
    }

    void signature_data() {
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("timestamp");
        QTest::addColumn<QByteArray>("expected");

        // printf 'GET\n/v1/workspaces/ws_abc123/conversations\n\n1642234567' | openssl dgst -sha256 -hmac
        // sk_test_secret
        QTest::newRow("contract example, empty body")
            << QByteArray("sk_test_secret") << QByteArray("GET")
            << QByteArray("/v1/workspaces/ws_abc123/conversations") << QByteArray()
            << QByteArray("1642234567")
            << QByteArray("9762425671505ee4bca46e3a92d2606b09713410de15eb527484605ac20b0fd6");
        QTest::newRow("UTF-8 body")
            << QByteArray("sk_test_secret") << QByteArray("POST")
            << QByteArray("/v1/workspaces/ws_abc123/conversations")
            << QByteArray("{\"externalParticipants\":[{\"identifier\":\"zo\xc3\xab@example.com\",\"type\":"
                          "\"email\"}],"
                          "\"name\":\"Support \xe2\x80\x93 Jos\xc3\xa9\",\"status\":\"ghost\"}")
            << QByteArray("1642234567")
            << QByteArray("3e37839f00335dfc6c399ca0ea024855203d8f9e02c173d759fe6b24d842c4fb");
        QTest::newRow("base URL with a path prefix")
            << QByteArray("sk_test_secret") << QByteArray("GET")
            << QByteArray("/bridge/api/v1/workspaces/ws_abc123/conversations") << QByteArray()
            << QByteArray("1642234567")
            << QByteArray("3ab150d755de46557220e5945486ee872d60ade1e63c35351fa8517ad043cc2e");
        QTest::newRow("query signed too")
            << QByteArray("sk_test_secret") << QByteArray("GET")
            << QByteArray("/v1/workspaces/ws_abc123/conversations?status=ghost&externalUser%5Bidentifier%5D="
                          "%2B1-555-123-4567&externalUser%5Btype%5D=phone&page=2&limit=50")
            << QByteArray() << QByteArray("1642234567")
            << QByteArray("ccdc0cce7e155cb79b10c1126957a38f17f218ec6fb9f882d9b00f004992faae");
        QTest::newRow("non-ASCII secret, encoded segment")
            << QByteArray("sk_\xc3\xbc\xc3\xb1\xc3\xad") << QByteArray("PATCH")
            << QByteArray("/v1/workspaces/ws%20a%2Fb/conversations/conv_1")
            << QByteArray("{\"status\":\"archived\"}") << QByteArray("1700000000")
            << QByteArray("da4ccee385ed18ba453abbe5dbef8045ffdf904a96958bca8a7e17786b1f03e9");
    }

    void signature() {
        QFETCH(QByteArray, secret);
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, timestamp);
        QFETCH(QByteArray, expected);
        const QByteArray actual =
            Signer::signature(secret, Signer::stringToSign(method, path, body, timestamp));
        QCOMPARE(actual, expected);
        QCOMPARE(actual.size(), 64);
    }

    void signature_changesWithEveryInput() {
        const QByteArray base = Signer::signature("s", Signer::stringToSign("GET", "/p", {}, "1"));
        QVERIFY(base != Signer::signature("t", Signer::stringToSign("GET", "/p", {}, "1")));
        QVERIFY(base != Signer::signature("s", Signer::stringToSign("GET", "/p", {}, "2")));
        QVERIFY(base != Signer::signature("s", Signer::stringToSign("GET", "/q", {}, "1")));
        QVERIFY(base != Signer::signature("s", Signer::stringToSign("GET", "/p", " ", "1")));
    }
};

QTEST_GUILESS_MAIN(TestSigner)
#include "tst_signer.moc"
