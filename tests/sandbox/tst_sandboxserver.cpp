// The sandbox over real loopback HTTP. Requests are signed here with Qt's own HMAC; the
// known-answer values were computed outside the code with openssl dgst.
#include "sandboxanswer.h"
#include "sandboxserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <optional>

using namespace bridge::sandbox;

namespace {

const QByteArray kList = "/v1/workspaces/ws_sandbox/conversations";
const QByteArray kSecret = "sk_sandbox_secret_change_me";
const QByteArray kKey = "ak_sandbox_0123456789";

//! How the test signs one request; every field can be broken on purpose.
struct Signing {
    QByteArray apiKey = kKey;
    QByteArray secret = kSecret;
    std::optional<qint64> timestamp; //!< default: now
    bool signQuery = false;
    bool omitKey = false;
    bool omitTimestamp = false;
    bool omitSignature = false;
    QByteArray forcedSignature;
    QByteArray forcedTimestamp;
    QByteArray requestId;
};

QByteArray hmacHex(const QByteArray &secret, const QByteArray &text) {
    return QMessageAuthenticationCode::hash(text, secret, QCryptographicHash::Sha256).toHex();
}

QDateTime httpDate(const QByteArray &value) {
    const QDateTime local = QLocale::c().toDateTime(QString::fromLatin1(value),
                                                    QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
    return QDateTime(local.date(), local.time(), Qt::UTC);
}

QByteArray createBody(const QByteArray &extra = {}) {
    return "{\"externalParticipants\":[{\"identifier\":\"+1-555-0199-777\",\"type\":\"phone\"}]" + extra +
           "}";
}

} // namespace

class tst_SandboxServer : public QObject {
    Q_OBJECT

private slots:
    void listSignedReturnsTotals();
    void refusesBadCredentials_data();
    void refusesBadCredentials();
    void signatureKnownAnswer();
    void signatureKnownAnswerWithPrefixAndQuery();
    void wirePathIsSignedAsReceived();
    void dateHeaderFollowsClockOffset();
    void bareplusInQueryIsASpace();
    void internalUserFilter();
    void statusFilterListsGhosts();
    void pageBeyondLastIsEmpty();
    void listValidation_data();
    void listValidation();
    void createInThreeShapes();
    void createValidation_data();
    void createValidation();
    void getPatchAndNotFound();
    void latencyDoesNotBlockOtherRequests();
    void failNextThenSuccess();
    void rateLimitedCarriesRetryAfter();
    void malformedAndWrongTypes();
    void oversizedBody();
    void cutShortBody();
    void dropConnectionDoesNotProcess();
    void dropAfterHandlingCreatesOnce();
    void pathPrefix();
    void signQueryStringMode();
    void deterministicData();
    void controlEndpoint();

private:
    QNetworkReply *start(SandboxServer &server, const QByteArray &method, const QByteArray &pathAndQuery,
                         const QByteArray &body = {}, const Signing &signing = {});
    static Answer finish(QNetworkReply *reply, int timeoutMs = 10000) {
        return Answer::read(reply, timeoutMs);
    }
    Answer call(SandboxServer &server, const QByteArray &method, const QByteArray &pathAndQuery,
                const QByteArray &body = {}, const Signing &signing = {}) {
        return finish(start(server, method, pathAndQuery, body, signing));
    }
    std::unique_ptr<SandboxServer> makeServer(SandboxConfig config = {});
    //! Raw HTTP over a QTcpSocket: for what QNetworkAccessManager would hide (it normalizes
    //! paths and silently re-sends a request whose connection closed before any answer).
    static QByteArray rawExchange(const SandboxServer &server, const QByteArray &method,
                                  const QByteArray &target, const QByteArray &signedPath,
                                  const QByteArray &body = {}, bool *closed = nullptr);

    QNetworkAccessManager m_nam;
};

QByteArray tst_SandboxServer::rawExchange(const SandboxServer &server, const QByteArray &method,
                                          const QByteArray &target, const QByteArray &signedPath,
                                          const QByteArray &body, bool *closed) {
    const QByteArray timestamp = QByteArray::number(QDateTime::currentSecsSinceEpoch());
    const QByteArray signature =
        hmacHex(kSecret, method + '\n' + signedPath + '\n' + body + '\n' + timestamp);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(server.baseUrl().port()));
    socket.write(method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-API-Key: " + kKey +
                 "\r\nX-API-Timestamp: " + timestamp + "\r\nX-API-Signature: " + signature +
                 "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
                 "\r\n\r\n" + body);
    QByteArray received;
    bool disconnected = false;
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] { received += socket.readAll(); });
    QObject::connect(&socket, &QTcpSocket::disconnected, &socket, [&] { disconnected = true; });
    [[maybe_unused]] const bool done =
        QTest::qWaitFor([&] { return disconnected || received.contains("\r\n\r\n"); }, 5000);
    if (closed)
        *closed = disconnected;
    return received;
}

std::unique_ptr<SandboxServer> tst_SandboxServer::makeServer(SandboxConfig config) {
    auto server = std::make_unique<SandboxServer>(std::move(config));
    if (server->listenLoopback() == 0)
        qFatal("the sandbox cannot listen on loopback");
    return server;
}

QNetworkReply *tst_SandboxServer::start(SandboxServer &server, const QByteArray &method,
                                        const QByteArray &pathAndQuery, const QByteArray &body,
                                        const Signing &signing) {
    const QUrl url = QUrl::fromEncoded(server.baseUrl().toEncoded() + pathAndQuery, QUrl::StrictMode);
    QNetworkRequest request(url);
    const QByteArray timestamp =
        !signing.forcedTimestamp.isEmpty()
            ? signing.forcedTimestamp
            : QByteArray::number(signing.timestamp.value_or(QDateTime::currentSecsSinceEpoch()));
    QByteArray path = url.path(QUrl::FullyEncoded).toUtf8();
    if (signing.signQuery && url.hasQuery())
        path += '?' + url.query(QUrl::FullyEncoded).toUtf8();
    const QByteArray signature =
        signing.forcedSignature.isEmpty()
            ? hmacHex(signing.secret, method + '\n' + path + '\n' + body + '\n' + timestamp)
            : signing.forcedSignature;
    if (!signing.omitKey)
        request.setRawHeader("X-API-Key", signing.apiKey);
    if (!signing.omitTimestamp)
        request.setRawHeader("X-API-Timestamp", timestamp);
    if (!signing.omitSignature)
        request.setRawHeader("X-API-Signature", signature);
    if (!signing.requestId.isEmpty())
        request.setRawHeader("X-Request-Id", signing.requestId);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    return m_nam.sendCustomRequest(request, method, body);
}

void tst_SandboxServer::listSignedReturnsTotals() {
    auto server = makeServer();
    QSignalSpy handled(server.get(), &SandboxServer::requestHandled);
    Signing signing;
    signing.requestId = "test-request-1";
    const Answer answer = call(*server, "GET", kList, {}, signing);
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.header("content-type").startsWith("application/json"));
    QCOMPARE(answer.header("x-request-id"), QByteArray("test-request-1"));
    const QJsonObject pagination = answer.json.value(QLatin1String("pagination")).toObject();
    QCOMPARE(pagination.value(QLatin1String("total")).toInt(), 240);
    QCOMPARE(pagination.value(QLatin1String("totalPages")).toInt(), 12);
    QCOMPARE(pagination.value(QLatin1String("page")).toInt(), 1);
    QCOMPARE(pagination.value(QLatin1String("limit")).toInt(), 20);
    const QJsonArray conversations = answer.json.value(QLatin1String("conversations")).toArray();
    QCOMPARE(conversations.size(), 20);
    QCOMPARE(conversations.first().toObject(), server->conversations().first());
    // Keys in the contract's order, compact.
    QVERIFY(answer.body.startsWith("{\"conversations\":[{\"id\":\"conv_"));
    QVERIFY(answer.body.contains("\"pagination\":{\"page\":1,\"limit\":20,\"total\":240,\"totalPages\":12}"));
    QVERIFY(qAbs(httpDate(answer.header("date")).secsTo(QDateTime::currentDateTimeUtc())) < 10);

    QCOMPARE(handled.size(), 1);
    const QList<ReceivedRequest> received = server->receivedRequests();
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.first().method, QByteArray("GET"));
    QCOMPARE(received.first().path, kList);
    QCOMPARE(received.first().status, 200);
    server->clearReceivedRequests();
    QVERIFY(server->receivedRequests().isEmpty());

    const Answer generated = call(*server, "GET", kList);
    QVERIFY(!generated.header("x-request-id").isEmpty());
}

void tst_SandboxServer::refusesBadCredentials_data() {
    QTest::addColumn<int>("breakage");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("code");
    QTest::newRow("unknown key") << 0 << QStringLiteral("unknown API key")
                                 << QStringLiteral("unknown_api_key");
    QTest::newRow("wrong secret") << 1 << QStringLiteral("signature mismatch")
                                  << QStringLiteral("signature_mismatch");
    QTest::newRow("garbage signature")
        << 2 << QStringLiteral("signature mismatch") << QStringLiteral("signature_mismatch");
    QTest::newRow("stale timestamp") << 3
                                     << QStringLiteral(
                                            "timestamp outside the allowed window of 300 s (server time ")
                                     << QStringLiteral("timestamp_out_of_window");
    QTest::newRow("future timestamp") << 4 << QStringLiteral("timestamp outside the allowed window of 300 s")
                                      << QStringLiteral("timestamp_out_of_window");
    QTest::newRow("missing key") << 5 << QStringLiteral("missing X-API-Key header")
                                 << QStringLiteral("missing_header");
    QTest::newRow("missing timestamp")
        << 6 << QStringLiteral("missing X-API-Timestamp header") << QStringLiteral("missing_header");
    QTest::newRow("missing signature")
        << 7 << QStringLiteral("missing X-API-Signature header") << QStringLiteral("missing_header");
    QTest::newRow("timestamp not decimal")
        << 8 << QStringLiteral("X-API-Timestamp must be") << QStringLiteral("invalid_timestamp");
    QTest::newRow("uppercase hex") << 9 << QStringLiteral("signature mismatch")
                                   << QStringLiteral("signature_mismatch");
}

void tst_SandboxServer::refusesBadCredentials() {
    QFETCH(int, breakage);
    QFETCH(QString, message);
    QFETCH(QString, code);
    auto server = makeServer();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    Signing signing;
    switch (breakage) {
    case 0:
        signing.apiKey = "ak_someone_else";
        break;
    case 1:
        signing.secret = "sk_wrong";
        break;
    case 2:
        signing.forcedSignature = QByteArray(64, 'a');
        break;
    case 3:
        signing.timestamp = now - 301 - 5;
        break;
    case 4:
        signing.timestamp = now + 400;
        break;
    case 5:
        signing.omitKey = true;
        break;
    case 6:
        signing.omitTimestamp = true;
        break;
    case 7:
        signing.omitSignature = true;
        break;
    case 8:
        signing.forcedTimestamp = "17e8";
        break;
    case 9:
        signing.forcedSignature =
            hmacHex(kSecret, "GET\n" + kList + "\n\n" + QByteArray::number(now)).toUpper();
        signing.timestamp = now;
        break;
    }
    const Answer answer = call(*server, "GET", kList, {}, signing);
    QCOMPARE(answer.status, 401);
    QVERIFY2(answer.message().startsWith(message), qPrintable(answer.message()));
    QCOMPARE(answer.json.value(QLatin1String("error")).toString(), code);
    QVERIFY(!answer.header("date").isEmpty());
}

void tst_SandboxServer::signatureKnownAnswer() {
    // printf 'GET\n/v1/workspaces/ws_sandbox/conversations\n\n1700000000'
    //   | openssl dgst -sha256 -hmac sk_sandbox_secret_change_me
    const QByteArray known = "e5491113084614abb8ffbd8f569281e1aacf3c0d14587e62da29225352263b22";
    auto server = makeServer();
    server->setClockOffsetSeconds(1700000000 - QDateTime::currentSecsSinceEpoch());
    Signing signing;
    signing.timestamp = 1700000000;
    signing.forcedSignature = known;
    QCOMPARE(call(*server, "GET", kList, {}, signing).status, 200);

    QByteArray altered = known;
    altered[63] = '3';
    signing.forcedSignature = altered;
    QCOMPARE(call(*server, "GET", kList, {}, signing).status, 401);

    server->setClockOffsetSeconds(0); // 1700000000 is long past now
    signing.forcedSignature = known;
    const Answer stale = call(*server, "GET", kList, {}, signing);
    QCOMPARE(stale.status, 401);
    QVERIFY(stale.message().contains(QLatin1String("window")));
}

void tst_SandboxServer::signatureKnownAnswerWithPrefixAndQuery() {
    // printf 'GET\n/bridge/api/v1/workspaces/ws_sandbox/conversations?status=ghost&page=2\n\n1700000000'
    //   | openssl dgst -sha256 -hmac sk_sandbox_secret_change_me
    const QByteArray known = "1e927b482bf1284721b0f1ca6c3ed5a969e9a4ceb82101ccace05d979317e654";
    SandboxConfig config;
    config.pathPrefix = QStringLiteral("/bridge/api");
    config.signQueryString = true;
    auto server = makeServer(config);
    server->setClockOffsetSeconds(1700000000 - QDateTime::currentSecsSinceEpoch());
    Signing signing;
    signing.timestamp = 1700000000;
    signing.forcedSignature = known;
    const Answer answer = call(*server, "GET", kList + "?status=ghost&page=2", {}, signing);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.json[QLatin1String("pagination")][QLatin1String("page")].toInt(), 2);
}

void tst_SandboxServer::wirePathIsSignedAsReceived() {
    // QNetworkAccessManager normalizes %5f to '_', so this speaks raw HTTP: the server must sign
    // the path exactly as it came on the wire, not as QUrl would rewrite it.
    auto server = makeServer();
    const QByteArray wirePath = "/v1/workspaces/ws%5fsandbox/conversations";
    const auto rawGet = [&server, &wirePath](const QByteArray &signedPath) {
        const QByteArray answer = rawExchange(*server, "GET", wirePath + "?limit=20", signedPath);
        return answer.left(answer.indexOf("\r\n"));
    };
    QCOMPARE(rawGet(wirePath), QByteArray("HTTP/1.1 200 OK"));
    QCOMPARE(server->receivedRequests().last().path, wirePath);
    QCOMPARE(server->receivedRequests().last().rawQuery, QByteArray("limit=20"));
    QCOMPARE(rawGet("/v1/workspaces/ws_sandbox/conversations"), QByteArray("HTTP/1.1 401 Unauthorized"));
}

void tst_SandboxServer::dateHeaderFollowsClockOffset() {
    auto server = makeServer();
    const qint64 offset = 900;
    server->setClockOffsetSeconds(offset);
    Signing signing;
    signing.timestamp = QDateTime::currentSecsSinceEpoch() + offset;
    const Answer answer = call(*server, "GET", kList, {}, signing);
    QCOMPARE(answer.status, 200);
    const qint64 serverTime = httpDate(answer.header("date")).toSecsSinceEpoch();
    QVERIFY(qAbs(serverTime - (QDateTime::currentSecsSinceEpoch() + offset)) < 10);

    signing.timestamp = QDateTime::currentSecsSinceEpoch(); // the client's own clock: 900 s off
    const Answer refused = call(*server, "GET", kList, {}, signing);
    QCOMPARE(refused.status, 401);
    // "... (server time T)": T is the server's clock, the same one the Date header shows.
    const QString message = refused.message();
    const qsizetype at = message.indexOf(QLatin1String("server time "));
    QVERIFY2(at > 0, qPrintable(message));
    const qint64 reported = message.mid(at + 12).chopped(1).toLongLong();
    QVERIFY(qAbs(reported - httpDate(refused.header("date")).toSecsSinceEpoch()) <= 2);
}

void tst_SandboxServer::bareplusInQueryIsASpace() {
    auto server = makeServer();
    QString phone;
    for (const QJsonObject &conversation : server->conversations()) {
        for (const QJsonValue &p : conversation.value(QLatin1String("externalParticipants")).toArray()) {
            if (p[QLatin1String("type")] == QLatin1String("phone"))
                phone = p[QLatin1String("identifier")].toString();
        }
    }
    QVERIFY(phone.startsWith(QLatin1Char('+')));
    const QByteArray tail = phone.mid(1).toUtf8();

    const Answer bare = call(*server, "GET", kList + "?externalUser%5Bidentifier%5D=+" + tail);
    QCOMPARE(bare.status, 200);
    QCOMPARE(bare.json[QLatin1String("pagination")][QLatin1String("total")].toInt(), 0);

    const Answer encoded = call(
        *server, "GET", kList + "?externalUser%5Bidentifier%5D=%2B" + tail + "&externalUser%5Btype%5D=phone");
    QCOMPARE(encoded.status, 200);
    const QJsonArray found = encoded.json[QLatin1String("conversations")].toArray();
    QVERIFY(!found.isEmpty());
    for (const QJsonValue &conversation : found)
        QVERIFY(QJsonDocument(conversation.toObject()).toJson().contains(phone.toUtf8()));

    const Answer wrongType = call(
        *server, "GET", kList + "?externalUser%5Bidentifier%5D=%2B" + tail + "&externalUser%5Btype%5D=email");
    QCOMPARE(wrongType.json[QLatin1String("pagination")][QLatin1String("total")].toInt(), 0);
}

void tst_SandboxServer::internalUserFilter() {
    auto server = makeServer();
    int expected = 0;
    for (const QJsonObject &conversation : server->conversations()) {
        for (const QJsonValue &p : conversation.value(QLatin1String("internalParticipants")).toArray()) {
            if (p[QLatin1String("identifier")] == QLatin1String("+1-555-0100-200")) {
                ++expected;
                break;
            }
        }
    }
    QVERIFY(expected > 0);
    const Answer answer =
        call(*server, "GET", kList + "?internalUser%5Bidentifier%5D=%2B1-555-0100-200&limit=100");
    QCOMPARE(answer.json[QLatin1String("pagination")][QLatin1String("total")].toInt(), expected);
}

void tst_SandboxServer::statusFilterListsGhosts() {
    auto server = makeServer();
    int ghosts = 0;
    for (const QJsonObject &conversation : server->conversations())
        ghosts += conversation.value(QLatin1String("status")) == QLatin1String("ghost");
    QVERIFY(ghosts > 0);
    const Answer answer = call(*server, "GET", kList + "?status=ghost&limit=100");
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.json[QLatin1String("pagination")][QLatin1String("total")].toInt(), ghosts);
    for (const QJsonValue &conversation : answer.json[QLatin1String("conversations")].toArray())
        QCOMPARE(conversation[QLatin1String("status")].toString(), QStringLiteral("ghost"));
}

void tst_SandboxServer::pageBeyondLastIsEmpty() {
    auto server = makeServer();
    const Answer last = call(*server, "GET", kList + "?page=3&limit=100");
    QCOMPARE(last.json[QLatin1String("conversations")].toArray().size(), 40);
    const Answer beyond = call(*server, "GET", kList + "?page=4&limit=100");
    QCOMPARE(beyond.status, 200);
    QVERIFY(beyond.json[QLatin1String("conversations")].toArray().isEmpty());
    QCOMPARE(beyond.json[QLatin1String("pagination")][QLatin1String("total")].toInt(), 240);
    QCOMPARE(beyond.json[QLatin1String("pagination")][QLatin1String("totalPages")].toInt(), 3);
}

void tst_SandboxServer::listValidation_data() {
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QString>("named");
    QTest::newRow("page 0") << QByteArray("page=0") << QStringLiteral("page");
    QTest::newRow("page negative") << QByteArray("page=-1") << QStringLiteral("page");
    QTest::newRow("page text") << QByteArray("page=two") << QStringLiteral("page");
    QTest::newRow("page decimal") << QByteArray("page=1.5") << QStringLiteral("page");
    QTest::newRow("limit 19") << QByteArray("limit=19") << QStringLiteral("limit");
    QTest::newRow("limit 101") << QByteArray("limit=101") << QStringLiteral("limit");
    QTest::newRow("limit empty") << QByteArray("limit=") << QStringLiteral("limit");
    QTest::newRow("status") << QByteArray("status=deleted") << QStringLiteral("status");
    QTest::newRow("external type") << QByteArray("externalUser%5Btype%5D=fax")
                                   << QStringLiteral("externalUser[type]");
    QTest::newRow("internal type") << QByteArray("internalUser%5Btype%5D=pigeon")
                                   << QStringLiteral("internalUser[type]");
}

void tst_SandboxServer::listValidation() {
    QFETCH(QByteArray, query);
    QFETCH(QString, named);
    auto server = makeServer();
    const Answer answer = call(*server, "GET", kList + '?' + query);
    QCOMPARE(answer.status, 400);
    QVERIFY2(answer.message().startsWith(named), qPrintable(answer.message()));
}

void tst_SandboxServer::createInThreeShapes() {
    auto server = makeServer();
    const Answer only = call(*server, "POST", kList, createBody());
    QCOMPARE(only.status, 201);
    QVERIFY(only.json[QLatin1String("id")].toString().startsWith(QLatin1String("conv_")));
    QCOMPARE(only.json[QLatin1String("workspaceId")].toString(), QStringLiteral("ws_sandbox"));
    QCOMPARE(only.json[QLatin1String("status")].toString(), QStringLiteral("active"));
    QVERIFY(!only.json.contains(QLatin1String("internalParticipants")));
    const QJsonObject external = only.json[QLatin1String("externalParticipants")][0].toObject();
    QCOMPARE(external[QLatin1String("identifier")].toString(), QStringLiteral("+1-555-0199-777"));
    QCOMPARE(external[QLatin1String("role")].toString(), QStringLiteral("external"));
    QVERIFY(external[QLatin1String("lastSeenAt")].isNull());
    const QString created = only.json[QLatin1String("createdAt")].toString();
    QVERIFY(created.endsWith(QLatin1Char('Z')));
    QVERIFY(QDateTime::fromString(created, Qt::ISODate).isValid());
    QCOMPARE(only.json[QLatin1String("updatedAt")].toString(), created);

    const Answer withInternal = call(
        *server, "POST", kList,
        createBody(",\"internalParticipants\":[{\"identifier\":\"agent@bridge.example\",\"type\":\"email\"}],"
                   "\"name\":\"Zoë's order\",\"status\":\"ghost\""));
    QCOMPARE(withInternal.status, 201);
    QCOMPARE(withInternal.json[QLatin1String("internalParticipants")][0][QLatin1String("role")].toString(),
             QStringLiteral("internal"));
    QCOMPARE(withInternal.json[QLatin1String("name")].toString(), QStringLiteral("Zoë's order"));
    QCOMPARE(withInternal.json[QLatin1String("status")].toString(), QStringLiteral("ghost"));

    const Answer withTeam = call(*server, "POST", kList, createBody(",\"teamId\":\"team_sales\""));
    QCOMPARE(withTeam.status, 201);
    QCOMPARE(withTeam.json[QLatin1String("teamId")].toString(), QStringLiteral("team_sales"));
    QCOMPARE(server->conversationCount(), 243);

    const Answer list = call(*server, "GET", kList);
    const QJsonArray first = list.json[QLatin1String("conversations")].toArray();
    QCOMPARE(first.at(0)[QLatin1String("id")], withTeam.json[QLatin1String("id")]);
    QCOMPARE(first.at(1)[QLatin1String("id")], withInternal.json[QLatin1String("id")]);
    QCOMPARE(first.at(2)[QLatin1String("id")], only.json[QLatin1String("id")]);
    QCOMPARE(list.json[QLatin1String("pagination")][QLatin1String("total")].toInt(), 243);

    const Answer ghosts = call(*server, "GET", kList + "?status=ghost");
    QCOMPARE(ghosts.json[QLatin1String("conversations")][0][QLatin1String("id")],
             withInternal.json[QLatin1String("id")]);
}

void tst_SandboxServer::createValidation_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("internal and team") << createBody(",\"teamId\":\"team_sales\",\"internalParticipants\":[{"
                                                     "\"identifier\":\"a@b.example\",\"type\":\"email\"}]")
                                       << QStringLiteral("mutually exclusive");
    QTest::newRow("no external") << QByteArray("{\"teamId\":\"team_sales\"}")
                                 << QStringLiteral("externalParticipants is required");
    QTest::newRow("empty external") << QByteArray("{\"externalParticipants\":[]}")
                                    << QStringLiteral("externalParticipants must not be empty");
    QTest::newRow("bad type") << QByteArray(
                                     "{\"externalParticipants\":[{\"identifier\":\"x\",\"type\":\"fax\"}]}")
                              << QStringLiteral("externalParticipants[0].type");
    QTest::newRow("empty identifier")
        << QByteArray("{\"externalParticipants\":[{\"identifier\":\"\",\"type\":\"email\"}]}")
        << QStringLiteral("externalParticipants[0].identifier");
    QTest::newRow("archived on create") << createBody(",\"status\":\"archived\"") << QStringLiteral("status");
    QTest::newRow("name not string") << createBody(",\"name\":42") << QStringLiteral("name");
    QTest::newRow("not json") << QByteArray("{externalParticipants:") << QStringLiteral("not valid JSON");
    QTest::newRow("array") << QByteArray("[]") << QStringLiteral("JSON object");
}

void tst_SandboxServer::createValidation() {
    QFETCH(QByteArray, body);
    QFETCH(QString, mentions);
    auto server = makeServer();
    const Answer answer = call(*server, "POST", kList, body);
    QCOMPARE(answer.status, 400);
    QVERIFY2(answer.message().contains(mentions), qPrintable(answer.message()));
    QCOMPARE(server->conversationCount(), 240);
}

void tst_SandboxServer::getPatchAndNotFound() {
    auto server = makeServer();
    const QJsonObject last = server->conversations().last();
    const QByteArray id = last[QLatin1String("id")].toString().toUtf8();
    const Answer one = call(*server, "GET", kList + '/' + id);
    QCOMPARE(one.status, 200);
    QCOMPARE(one.json, last);

    const Answer patched =
        call(*server, "PATCH", kList + '/' + id,
             "{\"name\":\"Łukasz, renamed\",\"status\":\"archived\","
             "\"addParticipants\":[{\"identifier\":\"new@example.com\",\"type\":\"email\"}]}");
    QCOMPARE(patched.status, 200);
    QCOMPARE(patched.json[QLatin1String("name")].toString(), QStringLiteral("Łukasz, renamed"));
    QCOMPARE(patched.json[QLatin1String("status")].toString(), QStringLiteral("archived"));
    const QJsonArray externals = patched.json[QLatin1String("externalParticipants")].toArray();
    QCOMPARE(externals.last()[QLatin1String("identifier")].toString(), QStringLiteral("new@example.com"));
    QCOMPARE(server->conversations().first()[QLatin1String("id")].toString().toUtf8(), id);

    const Answer removed =
        call(*server, "PATCH", kList + '/' + id,
             "{\"removeParticipants\":[{\"identifier\":\"new@example.com\",\"type\":\"email\"}]}");
    QCOMPARE(removed.status, 200);
    QCOMPARE(removed.json[QLatin1String("externalParticipants")].toArray().size(), externals.size() - 1);
    QCOMPARE(call(*server, "PATCH", kList + '/' + id, "{\"status\":\"closed\"}").status, 400);
    QCOMPARE(call(*server, "PATCH", kList + '/' + id, "{}").status, 400);

    // Agents join and leave on their own side.
    const qsizetype agentsBefore = removed.json[QLatin1String("internalParticipants")].toArray().size();
    const Answer agentAdded =
        call(*server, "PATCH", kList + '/' + id,
             "{\"addInternalParticipants\":[{\"identifier\":\"agent.new@example.com\",\"type\":\"email\"}]}");
    QCOMPARE(agentAdded.status, 200);
    const QJsonArray agents = agentAdded.json[QLatin1String("internalParticipants")].toArray();
    QCOMPARE(agents.size(), agentsBefore + 1);
    QCOMPARE(agents.last()[QLatin1String("identifier")].toString(), QStringLiteral("agent.new@example.com"));
    QCOMPARE(agentAdded.json[QLatin1String("externalParticipants")].toArray().size(), externals.size() - 1);
    const QByteArray removeAgent =
        "{\"removeInternalParticipants\":[{\"identifier\":\"agent.new@example.com\",\"type\":\"email\"}]}";
    const Answer agentRemoved = call(*server, "PATCH", kList + '/' + id, removeAgent);
    QCOMPARE(agentRemoved.status, 200);
    QCOMPARE(agentRemoved.json[QLatin1String("internalParticipants")].toArray().size(), agentsBefore);
    const Answer notThere = call(*server, "PATCH", kList + '/' + id, removeAgent);
    QCOMPARE(notThere.status, 400);
    QVERIFY(notThere.message().contains(QLatin1String("removeInternalParticipants[0]")));

    const Answer missing = call(*server, "GET", kList + "/conv_000000000000");
    QCOMPARE(missing.status, 404);
    QVERIFY(missing.message().contains(QLatin1String("conv_000000000000")));
    QCOMPARE(call(*server, "PATCH", kList + "/conv_000000000000", "{\"name\":\"x\"}").status, 404);
    const Answer workspace = call(*server, "GET", "/v1/workspaces/ws_other/conversations");
    QCOMPARE(workspace.status, 404);
    QVERIFY(workspace.message().contains(QLatin1String("ws_other")));
    const Answer wrongMethod = call(*server, "DELETE", kList + '/' + id);
    QCOMPARE(wrongMethod.status, 405);
    QCOMPARE(wrongMethod.header("allow"), QByteArray("GET, PATCH"));
    QCOMPARE(call(*server, "PUT", kList, "{}").status, 405);
}

void tst_SandboxServer::latencyDoesNotBlockOtherRequests() {
    SandboxConfig config;
    config.controlEndpoint = true;
    auto server = makeServer(config);
    const int latency = 1500;
    server->setLatencyMs(latency);
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *first = start(*server, "GET", kList);
    QNetworkReply *second = start(*server, "GET", kList + "?page=2");
    QNetworkReply *third = start(*server, "GET", kList + "?page=3");

    // Control routes carry no latency: one is answered while the API requests still wait.
    QNetworkReply *state =
        m_nam.get(QNetworkRequest(QUrl(server->baseUrl().toString() + QStringLiteral("/_sandbox/state"))));
    QTRY_VERIFY_WITH_TIMEOUT(state->isFinished(), 1000);
    QVERIFY(!first->isFinished());
    QCOMPARE(finish(state).status, 200);

    QTRY_VERIFY_WITH_TIMEOUT(first->isFinished() && second->isFinished() && third->isFinished(),
                             2 * latency - 200);
    QVERIFY(timer.elapsed() >= latency - 50);
    QCOMPARE(finish(first).status, 200);
    QCOMPARE(finish(second).status, 200);
    QCOMPARE(finish(third).status, 200);
}

void tst_SandboxServer::failNextThenSuccess() {
    auto server = makeServer();
    server->failNext(2, 503);
    const Answer one = call(*server, "GET", kList);
    QCOMPARE(one.status, 503);
    QVERIFY(!one.message().isEmpty());
    QVERIFY(one.header("retry-after").isEmpty());
    QCOMPARE(call(*server, "GET", kList).status, 503);
    QCOMPARE(call(*server, "GET", kList).status, 200);
}

void tst_SandboxServer::rateLimitedCarriesRetryAfter() {
    auto server = makeServer();
    server->failNext(1, 429, 7);
    const Answer limited = call(*server, "GET", kList);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.header("retry-after"), QByteArray("7"));
    QVERIFY(!limited.message().isEmpty());
    QCOMPARE(call(*server, "GET", kList).status, 200);
}

void tst_SandboxServer::malformedAndWrongTypes() {
    auto server = makeServer();
    server->injectNext(Fault::MalformedJson);
    const Answer malformed = call(*server, "GET", kList);
    QCOMPARE(malformed.status, 200);
    QJsonParseError error;
    QJsonDocument::fromJson(malformed.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);

    server->injectNext(Fault::WrongTypes);
    const Answer wrong = call(*server, "GET", kList);
    QCOMPARE(wrong.status, 200);
    QVERIFY(wrong.json[QLatin1String("pagination")][QLatin1String("total")].isString());
    QVERIFY(wrong.json[QLatin1String("conversations")][0][QLatin1String("createdAt")].isDouble());
    QCOMPARE(call(*server, "GET", kList).status, 200);
}

void tst_SandboxServer::oversizedBody() {
    auto server = makeServer();
    server->injectNext(Fault::OversizedBody);
    const Answer answer = call(*server, "GET", kList);
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.body.size() >= 9 * 1024 * 1024);
    QCOMPARE(answer.header("content-length").toLongLong(), answer.body.size());
    QVERIFY(answer.json.contains(QLatin1String("conversations")));
}

void tst_SandboxServer::cutShortBody() {
    auto server = makeServer();
    server->injectNext(Fault::CutShortBody);
    const Answer answer = call(*server, "GET", kList);
    QVERIFY(answer.error != QNetworkReply::NoError ||
            answer.body.size() < answer.header("content-length").toLongLong());
    QCOMPARE(call(*server, "GET", kList).status, 200);
}

void tst_SandboxServer::dropConnectionDoesNotProcess() {
    auto server = makeServer();
    server->injectNext(Fault::DropConnection);
    bool closed = false;
    QCOMPARE(rawExchange(*server, "POST", kList, kList, createBody(), &closed), QByteArray());
    QVERIFY(closed);
    QCOMPARE(server->conversationCount(), 240);
    QCOMPARE(server->receivedRequests().size(), 1);
    QCOMPARE(server->receivedRequests().first().status, 0);
    QVERIFY(!server->receivedRequests().first().answered);

    // Through QNetworkAccessManager, which re-sends once on its own: drop every attempt.
    server->injectNext(Fault::DropConnection, 5);
    const Answer dropped = call(*server, "GET", kList);
    QVERIFY(dropped.error != QNetworkReply::NoError);
    QCOMPARE(dropped.status, 0);
    server->injectNext(Fault::None, 0);
    QCOMPARE(call(*server, "GET", kList).status, 200);
}

void tst_SandboxServer::dropAfterHandlingCreatesOnce() {
    auto server = makeServer();
    server->injectNext(Fault::DropAfterHandling);
    bool closed = false;
    QCOMPARE(rawExchange(*server, "POST", kList, kList, createBody(), &closed), QByteArray());
    QVERIFY(closed);
    QCOMPARE(server->conversationCount(), 241);
    const QList<ReceivedRequest> received = server->receivedRequests();
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.first().status, 201);
    QVERIFY(!received.first().answered);
    // The conversation exists: the answer was lost, not the work.
    const Answer list = call(*server, "GET", kList);
    QCOMPARE(list.json[QLatin1String("conversations")][0][QLatin1String("externalParticipants")][0]
                      [QLatin1String("identifier")]
                          .toString(),
             QStringLiteral("+1-555-0199-777"));
}

void tst_SandboxServer::pathPrefix() {
    SandboxConfig config;
    config.pathPrefix = QStringLiteral("bridge/api/");
    auto server = makeServer(config);
    QVERIFY(server->baseUrl().toString().endsWith(QLatin1String("/bridge/api")));
    QCOMPARE(server->config().pathPrefix, QStringLiteral("/bridge/api"));
    QCOMPARE(call(*server, "GET", kList).status, 200);
    QCOMPARE(server->receivedRequests().last().path, QByteArray("/bridge/api" + kList));

    // The same request without the prefix is not an endpoint of this server.
    const QUrl bare(
        QStringLiteral("http://127.0.0.1:%1%2").arg(server->baseUrl().port()).arg(QString::fromUtf8(kList)));
    const Answer unprefixed = finish(m_nam.get(QNetworkRequest(bare)));
    QCOMPARE(unprefixed.status, 404);
}

void tst_SandboxServer::signQueryStringMode() {
    SandboxConfig config;
    config.signQueryString = true;
    auto server = makeServer(config);
    const QByteArray query = kList + "?status=active&externalUser%5Bidentifier%5D=%2B1-555";
    Signing pathOnly;
    QCOMPARE(call(*server, "GET", query, {}, pathOnly).status, 401);
    Signing withQuery;
    withQuery.signQuery = true;
    QCOMPARE(call(*server, "GET", query, {}, withQuery).status, 200);
    QCOMPARE(call(*server, "GET", kList, {}, withQuery).status, 200); // no query: the path alone

    auto plain = makeServer();
    QCOMPARE(call(*plain, "GET", query, {}, withQuery).status, 401);
    QCOMPARE(call(*plain, "GET", query, {}, pathOnly).status, 200);
}

void tst_SandboxServer::deterministicData() {
    SandboxConfig seven;
    seven.seed = 7;
    const SandboxServer a(seven);
    const SandboxServer b(seven);
    QCOMPARE(a.conversationsJson(), b.conversationsJson());
    SandboxConfig eight = seven;
    eight.seed = 8;
    const SandboxServer c(eight);
    QVERIFY(a.conversationsJson() != c.conversationsJson());

    SandboxConfig small;
    small.conversationCount = 30;
    QCOMPARE(SandboxServer(small).conversationCount(), 30);

    const QList<QJsonObject> all = a.conversations();
    QCOMPARE(all.size(), 240);
    QSet<QString> statuses;
    QSet<QString> types;
    QSet<QString> ids;
    bool nonAscii = false;
    bool team = false;
    bool agent = false;
    QString previous;
    for (const QJsonObject &conversation : all) {
        statuses.insert(conversation[QLatin1String("status")].toString());
        ids.insert(conversation[QLatin1String("id")].toString());
        team = team || conversation.contains(QLatin1String("teamId"));
        const QString name = conversation[QLatin1String("name")].toString();
        nonAscii =
            nonAscii || std::any_of(name.cbegin(), name.cend(), [](QChar ch) { return ch.unicode() > 127; });
        for (const QJsonValue &p : conversation[QLatin1String("externalParticipants")].toArray())
            types.insert(p[QLatin1String("type")].toString());
        for (const QJsonValue &p : conversation[QLatin1String("internalParticipants")].toArray())
            agent = agent || p[QLatin1String("role")] == QLatin1String("agent");
        const QString updated = conversation[QLatin1String("updatedAt")].toString();
        QVERIFY(previous.isEmpty() || updated <= previous); // newest first
        previous = updated;
    }
    QCOMPARE(statuses,
             (QSet<QString>{QStringLiteral("active"), QStringLiteral("archived"), QStringLiteral("ghost")}));
    QCOMPARE(types, (QSet<QString>{QStringLiteral("email"), QStringLiteral("phone")}));
    QCOMPARE(ids.size(), 240);
    QVERIFY(nonAscii);
    QVERIFY(team);
    QVERIFY(agent);
}

void tst_SandboxServer::controlEndpoint() {
    auto closed = makeServer();
    const QUrl closedState(closed->baseUrl().toString() + QStringLiteral("/_sandbox/state"));
    QCOMPARE(finish(m_nam.get(QNetworkRequest(closedState))).status, 404);

    SandboxConfig config;
    config.controlEndpoint = true;
    config.pathPrefix = QStringLiteral("/p");
    auto server = makeServer(config);
    const QString root = server->baseUrl().toString() + QStringLiteral("/_sandbox/");
    const auto post = [this, &root](const char *route, const QByteArray &body) {
        QNetworkRequest request(QUrl(root + QLatin1String(route)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        return finish(m_nam.post(request, body));
    };
    server->failNext(5, 500); // control routes are never failed
    const Answer set =
        post("faults", "{\"latencyMs\":0,\"failNext\":{\"count\":1,\"status\":503,\"retryAfter\":2},"
                       "\"fault\":\"drop-connection\",\"faultCount\":1,\"clockOffsetSeconds\":900}");
    QCOMPARE(set.status, 200);
    QCOMPARE(set.json[QLatin1String("pendingFailures")].toInt(), 1);
    QCOMPARE(set.json[QLatin1String("pendingFaults")].toInt(), 1);
    QCOMPARE(set.json[QLatin1String("clockOffsetSeconds")].toInt(), 900);
    QCOMPARE(post("faults", "{\"fault\":\"meteor\"}").status, 400);

    Signing ahead;
    ahead.timestamp = QDateTime::currentSecsSinceEpoch() + 900;
    const Answer failed = call(*server, "GET", kList, {}, ahead);
    QCOMPARE(failed.status, 503);
    QCOMPARE(failed.header("retry-after"), QByteArray("2"));
    bool dropped = false;
    QCOMPARE(rawExchange(*server, "GET", QByteArray("/p" + kList), QByteArray("/p" + kList), {}, &dropped),
             QByteArray()); // dropped
    QVERIFY(dropped);
    QCOMPARE(call(*server, "GET", kList, {}, ahead).status, 200);

    server->failNext(3, 502);
    QCOMPARE(post("reset", {}).status, 200);
    const Answer state = finish(m_nam.get(QNetworkRequest(QUrl(root + QStringLiteral("state")))));
    QCOMPARE(state.status, 200);
    QCOMPARE(state.json[QLatin1String("pendingFailures")].toInt(), 0);
    QCOMPARE(state.json[QLatin1String("clockOffsetSeconds")].toInt(), 0);
    QCOMPARE(state.json[QLatin1String("conversations")].toInt(), 240);
    QCOMPARE(call(*server, "GET", kList).status, 200);
}

QTEST_GUILESS_MAIN(tst_SandboxServer)
#include "tst_sandboxserver.moc"
