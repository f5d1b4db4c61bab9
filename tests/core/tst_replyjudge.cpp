// ReplyJudge: what ApiCall does with a finished attempt, as a table of facts and verdicts, with no
// network. The expected sentences are written out here, not computed by the code under test.
#include "replyjudge.h"

#include <QTest>

using bridge::ApiError;
using bridge::ReplyFacts;
using bridge::ReplyJudge;
using bridge::Verdict;
using Action = bridge::Verdict::Action;

Q_DECLARE_METATYPE(bridge::ReplyFacts)
Q_DECLARE_METATYPE(bridge::Verdict::Action)
Q_DECLARE_METATYPE(bridge::ApiError::Kind)

namespace {

// Sun, 06 Nov 1994 08:49:37 GMT
constexpr qint64 DateMs = 784111777000;
const QByteArray Date = "Sun, 06 Nov 1994 08:49:37 GMT";
const QString Path = QStringLiteral("/v1/workspaces/ws_1/conversations");

ReplyFacts get(int status) {
    ReplyFacts f;
    f.method = "GET";
    f.wirePath = Path;
    f.retryable = true;
    f.backoffMs = 640;
    f.secret = "sk_the_secret";
    f.httpStatus = status;
    f.sentAtMs = DateMs - 100;
    f.receivedMs = DateMs;
    return f;
}

ReplyFacts post(int status) {
    ReplyFacts f = get(status);
    f.method = "POST";
    f.retryable = false;
    return f;
}

template <typename Change> ReplyFacts with(ReplyFacts f, Change change) {
    change(f);
    return f;
}

ReplyFacts network(ReplyFacts f, QNetworkReply::NetworkError error, const QString &text) {
    f.networkError = error;
    f.networkErrorText = text;
    return f;
}

} // namespace

class TestReplyJudge : public QObject {
    Q_OBJECT

private slots:
    void actions_data();
    void actions();
    void successCarriesWhatTheCallerNeeds();
    void tooLargeIsADecodeError();
    void timeoutSaysHowLong();
    void httpErrorQuotesTheServer();
    void redirectIsNotFollowed();
    void clockSkewResignsOnce();
    void secretIsScrubbed();
    void retryAfterForms();
    void connectErrorsInTheAgentsWords_data();
    void connectErrorsInTheAgentsWords();
    void connectKeyIsScrubbed();
    void headlineLeadsWithWhatHappened_data();
    void headlineLeadsWithWhatHappened();
};

void TestReplyJudge::actions_data() {
    QTest::addColumn<ReplyFacts>("facts");
    QTest::addColumn<Action>("action");
    QTest::addColumn<int>("delayMs");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<bool>("mayHaveSucceeded");
    QTest::addColumn<QString>("attemptOutcome");

    const auto refused = [](ReplyFacts f) {
        return network(f, QNetworkReply::ConnectionRefusedError, QStringLiteral("Connection refused"));
    };
    const auto dropped = [](ReplyFacts f) {
        return network(f, QNetworkReply::RemoteHostClosedError, QStringLiteral("Remote host closed"));
    };
    const auto lastTry = [](ReplyFacts f) {
        f.retriesSoFar = f.maxRetries;
        return f;
    };
    const auto tls = [](ReplyFacts f) {
        f = network(f, QNetworkReply::SslHandshakeFailedError, QStringLiteral("SSL handshake failed"));
        f.tlsProblem = QStringLiteral("The certificate is self-signed, and untrusted");
        return f;
    };

    using K = ApiError::Kind;
    QTest::newRow("200 OK") << with(get(200), [](ReplyFacts &f) { f.reasonPhrase = QStringLiteral("OK"); })
                            << Action::Succeed << 0 << K::None << false << "200 OK";
    QTest::newRow("200 without a reason phrase")
        << get(200) << Action::Succeed << 0 << K::None << false << "200 HTTP 200";
    QTest::newRow("201 with a reason")
        << with(post(201), [](ReplyFacts &f) { f.reasonPhrase = QStringLiteral("Made"); }) << Action::Succeed
        << 0 << K::None << false << "201 Made";
    QTest::newRow("200 cut short, GET") << dropped(get(200)) << Action::Retry << 640 << K::None << false
                                        << "network: the connection closed before the whole answer "
                                           "arrived (Remote host closed)";
    QTest::newRow("200 cut short, POST")
        << dropped(post(200)) << Action::Fail << 0 << K::Network << true
        << "network: the connection closed before the whole answer arrived (Remote host closed)";
    QTest::newRow("refused, GET") << refused(get(0)) << Action::Retry << 640 << K::None << false
                                  << "network: Connection refused";
    QTest::newRow("refused, GET, retries used up") << lastTry(refused(get(0))) << Action::Fail << 0
                                                   << K::Network << false << "network: Connection refused";
    QTest::newRow("refused, POST: never sent")
        << refused(post(0)) << Action::Fail << 0 << K::Network << false << "network: Connection refused";
    QTest::newRow("dropped, POST: may have succeeded")
        << dropped(post(0)) << Action::Fail << 0 << K::Network << true << "network: Remote host closed";
    QTest::newRow("TLS refused, GET: never retried") << tls(get(0)) << Action::Fail << 0 << K::Tls << false
                                                     << "tls: The certificate is self-signed, and untrusted";
    QTest::newRow("503, GET") << get(503) << Action::Retry << 640 << K::None << false
                              << "503 Service Unavailable";
    QTest::newRow("503, GET, retries used up")
        << lastTry(get(503)) << Action::Fail << 0 << K::Http << false << "503 Service Unavailable";
    QTest::newRow("503, POST") << post(503) << Action::Fail << 0 << K::Http << false
                               << "503 Service Unavailable";
    QTest::newRow("502, POST: may have succeeded")
        << post(502) << Action::Fail << 0 << K::Http << true << "502 Bad Gateway";
    QTest::newRow("504, POST: may have succeeded")
        << post(504) << Action::Fail << 0 << K::Http << true << "504 Gateway Timeout";
    QTest::newRow("500, GET") << get(500) << Action::Retry << 640 << K::None << false
                              << "500 Internal Server Error";
    QTest::newRow("429 Retry-After 2")
        << with(get(429), [](ReplyFacts &f) { f.retryAfterHeader = "2"; }) << Action::Retry << 2000 << K::None
        << false << "429 Too Many Requests";
    QTest::newRow("429 Retry-After capped")
        << with(get(429), [](ReplyFacts &f) { f.retryAfterHeader = "3600"; }) << Action::Retry << 60000
        << K::None << false << "429 Too Many Requests";
    QTest::newRow("429 without Retry-After: backoff")
        << get(429) << Action::Retry << 640 << K::None << false << "429 Too Many Requests";
    QTest::newRow("404, GET: not transient")
        << get(404) << Action::Fail << 0 << K::Http << false << "404 Not Found";
    QTest::newRow("401 without a Date")
        << get(401) << Action::Fail << 0 << K::Http << false << "401 Unauthorized";
    QTest::newRow("401, clock an hour behind")
        << with(get(401),
                [](ReplyFacts &f) {
                    f.dateHeader = Date;
                    f.sentAtMs = f.receivedMs = DateMs - 3600'000;
                })
        << Action::Resign << 0 << K::None << false << "401 Unauthorized";
    QTest::newRow("401, clock within tolerance") << with(get(401), [](ReplyFacts &f) {
        f.dateHeader = Date;
        f.sentAtMs = f.receivedMs = DateMs - 20'000;
    }) << Action::Fail << 0 << K::Http << false << "401 Unauthorized";
    QTest::newRow("401, clock off, already re-signed") << with(get(401), [](ReplyFacts &f) {
        f.dateHeader = Date;
        f.sentAtMs = f.receivedMs = DateMs - 3600'000;
        f.skewRetried = true;
    }) << Action::Fail << 0 << K::Http << false << "401 Unauthorized";
    QTest::newRow("401, POST, clock off: re-signed too") << with(post(401), [](ReplyFacts &f) {
        f.dateHeader = Date;
        f.sentAtMs = f.receivedMs = DateMs + 600'000;
    }) << Action::Resign << 0 << K::None << false << "401 Unauthorized";
}

void TestReplyJudge::actions() {
    QFETCH(ReplyFacts, facts);
    QFETCH(Action, action);
    QFETCH(int, delayMs);
    QFETCH(ApiError::Kind, kind);
    QFETCH(bool, mayHaveSucceeded);
    QFETCH(QString, attemptOutcome);

    const Verdict verdict = ReplyJudge::judge(facts);
    QCOMPARE(verdict.action, action);
    QCOMPARE(verdict.attemptOutcome, attemptOutcome);
    QCOMPARE(verdict.delayMs, delayMs);
    if (action == Action::Fail) {
        QCOMPARE(verdict.error.kind, kind);
        QCOMPARE(verdict.error.mayHaveSucceeded, mayHaveSucceeded);
        QCOMPARE(verdict.error.method, QString::fromLatin1(facts.method));
        QCOMPARE(verdict.error.path, Path);
    }
    // The same facts, the same verdict: nothing but the facts decides.
    QVERIFY(ReplyJudge::judge(facts) == verdict);
}

void TestReplyJudge::successCarriesWhatTheCallerNeeds() {
    ReplyFacts f = get(200);
    f.requestId = "req-42";
    f.body = "{}";
    const Verdict v = ReplyJudge::judge(f);
    QCOMPARE(v.action, Action::Succeed);
    QVERIFY(!v.error.isError());
    QCOMPARE(v.error.httpStatus, 200);
    QCOMPARE(v.error.requestId, QStringLiteral("req-42"));
    QCOMPARE(v.error.method, QStringLiteral("GET"));
    QCOMPARE(v.error.path, Path);
}

void TestReplyJudge::tooLargeIsADecodeError() {
    // Stopped while downloading: whatever the status or transport error, the size decides.
    ReplyFacts f =
        network(get(200), QNetworkReply::OperationCanceledError, QStringLiteral("Operation canceled"));
    f.tooLarge = true;
    const Verdict v = ReplyJudge::judge(f);
    QCOMPARE(v.action, Action::Fail);
    QCOMPARE(v.attemptOutcome, QStringLiteral("too large"));
    QCOMPARE(v.error.kind, ApiError::Kind::Decode);
    QCOMPARE(v.error.httpStatus, 200);
    QCOMPARE(v.error.detail, QStringLiteral("the answer is larger than the 8 MiB limit"));
}

void TestReplyJudge::timeoutSaysHowLong() {
    ReplyFacts f =
        network(post(0), QNetworkReply::OperationCanceledError, QStringLiteral("Operation canceled"));
    f.timeoutMs = 2500;
    const Verdict v = ReplyJudge::judge(f);
    QCOMPARE(v.action, Action::Fail);
    QCOMPARE(v.error.kind, ApiError::Kind::Timeout);
    QCOMPARE(v.error.detail, QStringLiteral("no answer within 2.5 s"));
    QCOMPARE(v.attemptOutcome, QStringLiteral("timeout: no answer within 2.5 s"));
    QVERIFY(v.error.mayHaveSucceeded);
    // A GET that timed out is tried again, after the backoff it was given.
    const Verdict again = ReplyJudge::judge(network(get(0), QNetworkReply::TimeoutError, QString()));
    QCOMPARE(again.action, Action::Retry);
    QCOMPARE(again.delayMs, 640);
    QCOMPARE(again.why, QStringLiteral("no answer within 30 s"));
}

void TestReplyJudge::httpErrorQuotesTheServer() {
    ReplyFacts f = get(422);
    f.requestId = "req-7";
    f.body = R"({"message":"name is too long"})";
    const Verdict v = ReplyJudge::judge(f);
    QCOMPARE(v.error.kind, ApiError::Kind::Http);
    QCOMPARE(v.error.httpStatus, 422);
    QCOMPARE(v.error.httpReason, QStringLiteral("Unprocessable Entity"));
    QCOMPARE(v.error.serverMessage, QStringLiteral("name is too long"));
    QCOMPARE(v.error.requestId, QStringLiteral("req-7"));
    QVERIFY(v.error.detail.isEmpty());

    // An unreadable body: a short printable sample in the details.
    ReplyFacts html = get(404);
    html.body = "<html>\n<body>Not\x01 here</body></html>";
    const Verdict w = ReplyJudge::judge(html);
    QVERIFY(w.error.serverMessage.isEmpty());
    QCOMPARE(w.error.detail, QStringLiteral("<html> <body>Not? here</body></html>"));

    // A 429 that is not retried any more keeps its Retry-After for the message.
    ReplyFacts limited = post(429);
    limited.retryAfterHeader = "7";
    QCOMPARE(ReplyJudge::judge(limited).error.retryAfterSeconds, 7);
    QCOMPARE(ReplyJudge::judge(post(500)).error.retryAfterSeconds, -1);
}

void TestReplyJudge::redirectIsNotFollowed() {
    ReplyFacts f = get(302);
    f.locationHeader = "https://elsewhere.example/v1";
    const Verdict v = ReplyJudge::judge(f);
    QCOMPARE(v.action, Action::Fail);
    QCOMPARE(v.attemptOutcome, QStringLiteral("302 HTTP 302"));
    QCOMPARE(
        v.error.serverMessage,
        QStringLiteral("the server redirected to https://elsewhere.example/v1; redirects are not followed, "
                       "so the signed headers never go elsewhere — check the base URL"));
}

void TestReplyJudge::clockSkewResignsOnce() {
    // An hour behind: the offset is the server's time minus the midpoint of the exchange.
    ReplyFacts f = get(401);
    f.dateHeader = Date;
    f.sentAtMs = DateMs - 3600'000 - 2000;
    f.receivedMs = DateMs - 3600'000;
    Verdict v = ReplyJudge::judge(f);
    QCOMPARE(v.action, Action::Resign);
    QCOMPARE(v.clockOffsetSeconds, 3601);

    // Already corrected by 3601 s and still off by 40 s: the new total.
    f.clockOffsetSeconds = 3601;
    f.sentAtMs = f.receivedMs = DateMs - 3641'000;
    v = ReplyJudge::judge(f);
    QCOMPARE(v.action, Action::Resign);
    QCOMPARE(v.clockOffsetSeconds, 3641);

    // The server's clock came back: what is left of the offset (1 s, the Date header's grain) is
    // within tolerance, so it goes to zero.
    f.clockOffsetSeconds = 3600;
    f.sentAtMs = f.receivedMs = DateMs - 1'000;
    v = ReplyJudge::judge(f);
    QCOMPARE(v.action, Action::Resign);
    QCOMPARE(v.clockOffsetSeconds, 0);

    // A cached answer (Age) says nothing about the server's clock now.
    ReplyFacts cached = get(401);
    cached.dateHeader = Date;
    cached.ageHeader = "30";
    cached.sentAtMs = cached.receivedMs = DateMs - 3600'000;
    QCOMPARE(ReplyJudge::judge(cached).action, Action::Fail);
}

void TestReplyJudge::secretIsScrubbed() {
    ReplyFacts f = get(400);
    f.body = R"({"message":"bad signature for sk_the_secret"})";
    QCOMPARE(ReplyJudge::judge(f).error.serverMessage, QStringLiteral("bad signature for [secret]"));
    ReplyFacts g = post(0);
    g = network(g, QNetworkReply::UnknownNetworkError, QStringLiteral("proxy said sk_the_secret"));
    const Verdict v = ReplyJudge::judge(g);
    QCOMPARE(v.error.detail, QStringLiteral("proxy said [secret]"));
    QVERIFY(!v.attemptOutcome.contains(QLatin1String("sk_the_secret")));
}

void TestReplyJudge::retryAfterForms() {
    QCOMPARE(ReplyJudge::retryAfterSeconds("", DateMs), -1);
    QCOMPARE(ReplyJudge::retryAfterSeconds("12", DateMs), 12);
    QCOMPARE(ReplyJudge::retryAfterSeconds(" 3 ", DateMs), 3);
    QCOMPARE(ReplyJudge::retryAfterSeconds("-5", DateMs), 0);
    QCOMPARE(ReplyJudge::retryAfterSeconds(Date, DateMs - 9'500), 10); // rounded up
    QCOMPARE(ReplyJudge::retryAfterSeconds(Date, DateMs + 60'000), 0); // in the past
    QCOMPARE(ReplyJudge::retryAfterSeconds("soon", DateMs), -1);
}

// --- Connect ----------------------------------------------------------------------------------------

namespace {
const QString ConnectList = QStringLiteral("/bridge/api/v1/workspaces/ws/conversations");
const QString ConnectOne = ConnectList + QStringLiteral("/c1");

ReplyFacts connectFacts(const QByteArray &method, const QString &path, int status, const QByteArray &body) {
    ReplyFacts f = method == "GET" ? get(status) : post(status);
    f.method = method;
    f.wirePath = path;
    f.secret = "bk_connect_key_0123456789";
    f.body = body;
    return f;
}
} // namespace

void TestReplyJudge::connectErrorsInTheAgentsWords_data() {
    QTest::addColumn<ReplyFacts>("facts");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("line");

    QTest::newRow("known code: sentence first, code visible")
        << connectFacts("GET", ConnectOne, 404,
                        R"({"code":"BRIDGE_CONVERSATION_0001","message":"Conversation not found"})")
        << QStringLiteral("BRIDGE_CONVERSATION_0001")
        << QStringLiteral(
               "This conversation does not exist (any more). (BRIDGE_CONVERSATION_0001, 404 to GET ") +
               ConnectOne + QLatin1Char(')');
    QTest::newRow("a 01xx code in error.code")
        << connectFacts("PATCH", ConnectOne, 409,
                        R"({"error":{"code":"BRIDGE_CONVERSATION_0101","message":"already there"}})")
        << QStringLiteral("BRIDGE_CONVERSATION_0101")
        << QStringLiteral(
               "This person is already in the conversation. (BRIDGE_CONVERSATION_0101, 409 to PATCH ") +
               ConnectOne + QLatin1Char(')');
    QTest::newRow("errorCode") << connectFacts("PATCH", ConnectOne, 422,
                                               R"({"errorCode":"BRIDGE_CONVERSATION_0204"})")
                               << QStringLiteral("BRIDGE_CONVERSATION_0204")
                               << QStringLiteral("The last admin cannot be removed from the conversation. "
                                                 "(BRIDGE_CONVERSATION_0204, 422 to PATCH ") +
                                      ConnectOne + QLatin1Char(')');
    QTest::newRow("unknown code: the server's words and the code")
        << connectFacts("POST", ConnectList, 400, R"({"code":"BRIDGE_CONVERSATION_0999","message":"Odd"})")
        << QStringLiteral("BRIDGE_CONVERSATION_0999")
        << QStringLiteral("Server replied \"400 Bad Request\" to POST ") + ConnectList +
               QStringLiteral(": Odd [BRIDGE_CONVERSATION_0999]");
    QTest::newRow("403 listing") << connectFacts("GET", ConnectList, 403, R"({"message":"Forbidden"})")
                                 << QString()
                                 << QStringLiteral(
                                        "This key is not allowed to list conversations (403 to GET ") +
                                        ConnectList + QStringLiteral("): Forbidden");
    QTest::newRow("403 creating, no body")
        << connectFacts("POST", ConnectList, 403, {}) << QString()
        << QStringLiteral("This key is not allowed to create conversations (403 to POST ") + ConnectList +
               QLatin1Char(')');
    QTest::newRow("403 changing")
        << connectFacts("PATCH", ConnectOne, 403, R"({"code":"FORBIDDEN"})") << QStringLiteral("FORBIDDEN")
        << QStringLiteral("This key is not allowed to change this conversation (403 to PATCH ") + ConnectOne +
               QStringLiteral(") [FORBIDDEN]");
    QTest::newRow("403 health")
        << connectFacts("GET", QStringLiteral("/bridge/api/health"), 403, {}) << QString()
        << QStringLiteral("This key is not allowed to check the connection (403 to GET /bridge/api/health)");
    QTest::newRow("403 channels")
        << connectFacts("GET", QStringLiteral("/bridge/api/v1/workspaces/ws/provider-channels/WHATSAPP"), 403,
                        {})
        << QString()
        << QStringLiteral("This key is not allowed to read the workspace's messaging channels (403 to GET "
                          "/bridge/api/v1/workspaces/ws/provider-channels/WHATSAPP)");
    QTest::newRow("403 with a known code: the code's sentence")
        << connectFacts("GET", ConnectOne, 403, R"({"code":"BRIDGE_CONVERSATION_0002"})")
        << QStringLiteral("BRIDGE_CONVERSATION_0002")
        << QStringLiteral(
               "This conversation belongs to another workspace. (BRIDGE_CONVERSATION_0002, 403 to GET ") +
               ConnectOne + QLatin1Char(')');
}

void TestReplyJudge::connectErrorsInTheAgentsWords() {
    QFETCH(ReplyFacts, facts);
    QFETCH(QString, code);
    QFETCH(QString, line);
    const Verdict v = ReplyJudge::judge(facts);
    QCOMPARE(v.action, Action::Fail);
    QCOMPARE(v.error.kind, ApiError::Kind::Http);
    QCOMPARE(v.error.code, code);
    QCOMPARE(v.error.line(), line);
    if (!code.isEmpty())
        QVERIFY(v.error.line().contains(code)); // for support tickets
}

void TestReplyJudge::connectKeyIsScrubbed() {
    // In Connect the key is the secret: a server that echoes it never gets it into a message.
    const Verdict v = ReplyJudge::judge(connectFacts(
        "GET", ConnectList, 401,
        R"({"message":"key bk_connect_key_0123456789 expired","code":"EXPIRED_bk_connect_key_0123456789"})"));
    QCOMPARE(v.error.serverMessage, QStringLiteral("key [secret] expired"));
    QCOMPARE(v.error.code, QStringLiteral("EXPIRED_[secret]"));
    QVERIFY(!v.error.line().contains(QLatin1String("bk_connect_key")));
}

Q_DECLARE_METATYPE(ApiError)

void TestReplyJudge::headlineLeadsWithWhatHappened_data() {
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<QString>("headline");
    const auto http = [](int status, const QString &message = {}, const QString &code = {}) {
        ApiError e;
        e.kind = ApiError::Kind::Http;
        e.httpStatus = status;
        e.httpReason = QStringLiteral("Reason");
        e.serverMessage = message;
        e.code = code;
        e.method = QStringLiteral("GET");
        e.path = QStringLiteral("/v1/workspaces/ws/conversations");
        return e;
    };
    const auto other = [&http](ApiError::Kind kind, const QString &detail) {
        ApiError e = http(0);
        e.kind = kind;
        e.detail = detail;
        return e;
    };
    QTest::newRow("503") << http(503, QStringLiteral("upstream down"))
                         << QStringLiteral("Bridge is unavailable right now (503).");
    QTest::newRow("500 with the server's words")
        << http(500, QStringLiteral("boom"))
        << QStringLiteral("Bridge ran into a problem of its own (500). Bridge says: “boom”");
    QTest::newRow("401")
        << http(401, QStringLiteral("signature mismatch"))
        << QStringLiteral("Bridge did not accept these credentials (401). Bridge says: “signature mismatch”");
    QTest::newRow("403") << http(403)
                         << QStringLiteral("This key is not allowed to list conversations (403).");
    QTest::newRow("404") << http(404) << QStringLiteral("Bridge does not know this address or item (404).");
    QTest::newRow("429") << http(429) << QStringLiteral("Bridge asks to slow down: too many requests (429).");
    QTest::newRow("422 with a code not known")
        << http(422, QStringLiteral("limit must be 20..100"), QStringLiteral("X_1"))
        << QStringLiteral("Bridge refused the request (422). Bridge says: “limit must be 20..100” [X_1]");
    QTest::newRow("a known code") << http(404, {}, QStringLiteral("BRIDGE_CONVERSATION_0001"))
                                  << QStringLiteral("This conversation does not exist (any more). "
                                                    "(BRIDGE_CONVERSATION_0001)");
    QTest::newRow("network") << other(ApiError::Kind::Network, QStringLiteral("Connection refused"))
                             << QStringLiteral("The connection to Bridge failed: Connection refused");
    QTest::newRow("timeout") << other(ApiError::Kind::Timeout, QStringLiteral("no answer in 30 s"))
                             << QStringLiteral("Bridge did not answer in time.");
    QTest::newRow("decode") << [&http] {
        ApiError e = http(200);
        e.kind = ApiError::Kind::Decode;
        e.detail = QStringLiteral("not JSON at offset 1");
        return e;
    }() << QStringLiteral("Bridge sent an answer this app cannot read (HTTP 200).");
    ApiError lost = other(ApiError::Kind::Timeout, {});
    lost.mayHaveSucceeded = true;
    QTest::newRow("a lost answer") << lost
                                   << QStringLiteral(
                                          "Bridge did not answer in time. The change may or may not "
                                          "have been made: refresh to check before trying again.");
}

//! The window's banners lead with what happened for the agent; the method and the path stay in
//! line() (bridgectl, the tooltip, the request inspector).
void TestReplyJudge::headlineLeadsWithWhatHappened() {
    QFETCH(ApiError, error);
    QFETCH(QString, headline);
    QCOMPARE(error.headline(), headline);
    QVERIFY(!error.headline().contains(error.path));
    QVERIFY(error.line().contains(error.path));
}

QTEST_GUILESS_MAIN(TestReplyJudge)
#include "tst_replyjudge.moc"
