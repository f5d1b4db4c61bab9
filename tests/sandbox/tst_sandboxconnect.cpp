// The sandbox speaking the Connect generation (api-connect.md) over real loopback HTTP, driven by
// a plain QNetworkAccessManager that sends x-api-key on its own (no bridge_core).
#include "sandboxanswer.h"
#include "sandboxserver.h"
#include "sandboxthread.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace bridge::sandbox;

namespace {

const QByteArray kKey = "bk_connect_sandbox_0123456789";
const QByteArray kWorkspace = "5a9d1c3e-7b2f-4e8a-9c61-0d4f8b2a7e13";
const QByteArray kBase = "/bridge/api/v1/workspaces/" + kWorkspace;
const QByteArray kList = kBase + "/conversations";
const QRegularExpression
    kUuidV4(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
const QStringList kStatuses{QStringLiteral("ACTIVE"), QStringLiteral("GHOST"), QStringLiteral("RELEASED"),
                            QStringLiteral("NOT_ASSIGNED_TO_HUMAN"), QStringLiteral("BLOCKED")};

//! A Connect answer: {"code", "message"} errors, pages of conversations with a cursor.
struct ConnectAnswer : Answer {
    QString code() const { return json.value(QLatin1String("code")).toString(); }
    QJsonArray conversations() const { return json.value(QLatin1String("conversations")).toArray(); }
    QJsonValue cursor() const { return json.value(QLatin1String("cursor")); }
    QJsonArray externals() const {
        return json[QLatin1String("participants")][QLatin1String("externals")].toArray();
    }
    QJsonArray internals() const {
        return json[QLatin1String("participants")][QLatin1String("internals")].toArray();
    }
};

//! True when answer is an error of status with code and a message, the body holding just those;
//! says what differs otherwise.
bool isError(const ConnectAnswer &answer, int status, const QByteArray &code) {
    const bool ok = answer.status == status && answer.code() == QString::fromLatin1(code) &&
                    !answer.message().isEmpty() && answer.json.size() == 2;
    if (!ok)
        qWarning("expected %d %s, got %d %s", status, code.constData(), answer.status,
                 answer.body.constData());
    return ok;
}

QByteArray phoneExternal(const QByteArray &phone, const QByteArray &extra = {}) {
    return "{\"identifier\":\"" + phone + "\",\"identifierType\":\"PHONE\"" + extra + '}';
}

QByteArray createBody(const QByteArray &externals, const QByteArray &extra = {}) {
    return "{\"participants\":{\"externals\":[" + externals + "]}" + extra + '}';
}

QByteArray percent(const QString &value) {
    return QUrl::toPercentEncoding(value);
}

QStringList identifiers(const QJsonArray &participants) {
    QStringList result;
    for (const QJsonValue &p : participants)
        result.append(p[QLatin1String("identifier")].toString());
    return result;
}

} // namespace

class tst_SandboxConnect : public QObject {
    Q_OBJECT

private slots:
    void auth_data();
    void auth();
    void keyHeaderNameIsCaseInsensitive();
    void health();
    void pagingSeesEveryConversationOnce();
    void cursorIsStableAndBoundToItsFilter();
    void statusFilter();
    void participantFilters();
    void listValidation_data();
    void listValidation();
    void createGhostOnWhatsApp();
    void createTeamOrInternals();
    void createProviderPairAndChannel();
    void createValidation_data();
    void createValidation();
    void patchParticipantsAndCodes();
    void patchFieldsAndNotFound();
    void providerChannels();
    void routesAndWorkspace();
    void seededData();
    void faults();
    void controlRoutesAndClock();
    void churnSpeaksConnect();
    void pathPrefixAndThread();
    void https();
    void printCredentials();
    void commandLineRefusesUnknownApi();

private:
    std::unique_ptr<SandboxServer>
    makeServer(SandboxConfig config = SandboxConfig::forApi(SandboxConfig::Api::Connect));
    QNetworkReply *start(const QUrl &base, const QByteArray &method, const QByteArray &pathAndQuery,
                         const QByteArray &body, const std::optional<QByteArray> &key,
                         const QByteArray &keyHeader = "x-api-key");
    static ConnectAnswer finish(QNetworkReply *reply) { return {Answer::read(reply)}; }
    ConnectAnswer call(const SandboxServer &server, const QByteArray &method, const QByteArray &pathAndQuery,
                       const QByteArray &body = {}, const std::optional<QByteArray> &key = kKey) {
        return finish(start(server.baseUrl(), method, pathAndQuery, body, key));
    }
    //! Every conversation id of the list under query, page by page to the last cursor.
    QStringList walk(const SandboxServer &server, const QByteArray &query, int limit, int *pages = nullptr);

    QNetworkAccessManager m_nam;
};

std::unique_ptr<SandboxServer> tst_SandboxConnect::makeServer(SandboxConfig config) {
    auto server = std::make_unique<SandboxServer>(std::move(config));
    if (server->listenLoopback() == 0)
        qFatal("the sandbox cannot listen on loopback");
    return server;
}

QNetworkReply *tst_SandboxConnect::start(const QUrl &base, const QByteArray &method,
                                         const QByteArray &pathAndQuery, const QByteArray &body,
                                         const std::optional<QByteArray> &key, const QByteArray &keyHeader) {
    QNetworkRequest request(QUrl::fromEncoded(base.toEncoded() + pathAndQuery, QUrl::StrictMode));
    if (key)
        request.setRawHeader(keyHeader, *key);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    return m_nam.sendCustomRequest(request, method, body);
}

QStringList tst_SandboxConnect::walk(const SandboxServer &server, const QByteArray &query, int limit,
                                     int *pages) {
    QStringList ids;
    QByteArray cursor;
    int count = 0;
    do {
        QByteArray target = kList + "?limit=" + QByteArray::number(limit) + query;
        if (!cursor.isEmpty())
            target += "&cursor=" + percent(QString::fromLatin1(cursor));
        const ConnectAnswer page = call(server, "GET", target);
        if (page.status != 200 || ++count > 1000) {
            qWarning("walk stopped: %d %s", page.status, page.body.constData());
            return {};
        }
        for (const QJsonValue &c : page.conversations())
            ids.append(c[QLatin1String("id")].toString());
        if (!page.cursor().isNull() && !page.cursor().isString())
            return {};
        cursor = page.cursor().toString().toLatin1();
    } while (!cursor.isEmpty());
    if (pages)
        *pages = count;
    return ids;
}

void tst_SandboxConnect::auth_data() {
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<bool>("send");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<bool>("expired");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<QString>("mentions");
    const QByteArray get = "GET";
    const QByteArray post = "POST";
    const QByteArray readOnly = "ro_key_0123";
    QTest::newRow("missing") << get << false << QByteArray() << false << 401 << QByteArray("BRIDGE_AUTH_0001")
                             << QStringLiteral("x-api-key");
    QTest::newRow("empty") << get << true << QByteArray("") << false << 401 << QByteArray("BRIDGE_AUTH_0001")
                           << QStringLiteral("missing");
    QTest::newRow("wrong") << get << true << QByteArray("bk_someone_else") << false << 401
                           << QByteArray("BRIDGE_AUTH_0002") << QStringLiteral("invalid");
    QTest::newRow("classic key") << get << true << QByteArray("ak_sandbox_0123456789") << false << 401
                                 << QByteArray("BRIDGE_AUTH_0002") << QStringLiteral("invalid");
    QTest::newRow("key with a suffix") << get << true << QByteArray(kKey + 'x') << false << 401
                                       << QByteArray("BRIDGE_AUTH_0002") << QStringLiteral("invalid");
    QTest::newRow("expired") << get << true << kKey << true << 401 << QByteArray("BRIDGE_AUTH_0003")
                             << QStringLiteral("expired");
    QTest::newRow("read-only POST") << post << true << readOnly << false << 403
                                    << QByteArray("BRIDGE_AUTH_0004") << QStringLiteral("GET");
    QTest::newRow("read-only GET") << get << true << readOnly << false << 200 << QByteArray() << QString();
    QTest::newRow("read-only expired") << get << true << readOnly << true << 401
                                       << QByteArray("BRIDGE_AUTH_0003") << QStringLiteral("expired");
    QTest::newRow("right key POST") << post << true << kKey << false << 201 << QByteArray() << QString();
}

void tst_SandboxConnect::auth() {
    QFETCH(QByteArray, method);
    QFETCH(bool, send);
    QFETCH(QByteArray, key);
    QFETCH(bool, expired);
    QFETCH(int, status);
    QFETCH(QByteArray, code);
    QFETCH(QString, mentions);
    SandboxConfig config = SandboxConfig::forApi(SandboxConfig::Api::Connect);
    config.readOnlyApiKey = QStringLiteral("ro_key_0123");
    config.apiKeyExpired = expired;
    auto server = makeServer(config);
    const std::optional<QByteArray> sent = send ? std::optional(key) : std::nullopt;
    const QByteArray body = method == "POST" ? createBody(phoneExternal("+15550199777")) : QByteArray();
    const ConnectAnswer answer = call(*server, method, kList, body, sent);
    if (code.isEmpty()) {
        QCOMPARE(answer.status, status);
    } else {
        QVERIFY(isError(answer, status, code));
        QVERIFY2(answer.message().contains(mentions), qPrintable(answer.message()));
    }
    QCOMPARE(server->conversationCount(), status == 201 ? 241 : 240); // a refused create creates nothing
    // The health check is refused the same way (a read-only key may read it).
    QCOMPARE(call(*server, "GET", "/bridge/api/health", {}, sent).status, method == "GET" ? status : 200);
}

void tst_SandboxConnect::keyHeaderNameIsCaseInsensitive() {
    auto server = makeServer();
    for (const char *name : {"X-API-KEY", "X-Api-Key", "x-api-key"})
        QCOMPARE(finish(start(server->baseUrl(), "GET", kList, {}, kKey, name)).status, 200);
    QCOMPARE(finish(start(server->baseUrl(), "GET", kList, {}, kKey, "x-api-keys")).status, 401);
}

void tst_SandboxConnect::health() {
    auto server = makeServer();
    const ConnectAnswer ok = call(*server, "GET", "/bridge/api/health");
    QCOMPARE(ok.status, 200);
    QCOMPARE(ok.body, QByteArray("{\"status\":\"ok\"}"));
    QVERIFY(ok.header("content-type").startsWith("application/json"));
    QVERIFY(isError(call(*server, "GET", "/bridge/api/health", {}, std::nullopt), 401, "BRIDGE_AUTH_0001"));
    const ConnectAnswer post = call(*server, "POST", "/bridge/api/health", "{}");
    QVERIFY(isError(post, 405, "BRIDGE_ROUTE_0002"));
    QCOMPARE(post.header("allow"), QByteArray("GET"));
    // Outside /bridge/api: not this API at all, whatever the key.
    QVERIFY(isError(call(*server, "GET", "/v1/workspaces/" + kWorkspace + "/conversations"), 404,
                    "BRIDGE_ROUTE_0001"));
}

void tst_SandboxConnect::pagingSeesEveryConversationOnce() {
    auto server = makeServer();
    const ConnectAnswer first = call(*server, "GET", kList);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.conversations().size(), 20); // the default limit
    QVERIFY(first.cursor().isString() && !first.cursor().toString().isEmpty());
    QCOMPARE(first.json.keys(), (QStringList{QStringLiteral("conversations"), QStringLiteral("cursor")}));
    QVERIFY(first.body.startsWith("{\"conversations\":[{\"id\":\""));

    int pages = 0;
    const QStringList ids = walk(*server, {}, 7, &pages);
    QCOMPARE(ids.size(), server->conversationCount());
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), 240);
    QCOMPARE(pages, (240 + 6) / 7);
    QStringList expected;
    for (const QJsonObject &c : server->conversations())
        expected.append(c[QLatin1String("id")].toString());
    QCOMPARE(ids, expected); // newest first, as the server holds them

    // 240 = 2 full pages of 100 and one of 40, the last with a null cursor.
    const QStringList hundreds = walk(*server, {}, 100, &pages);
    QCOMPARE(pages, 3);
    QCOMPARE(hundreds, expected);
    const ConnectAnswer all = call(*server, "GET", kList + "?limit=100");
    QCOMPARE(all.conversations().size(), 100);

    SandboxConfig exact = SandboxConfig::forApi(SandboxConfig::Api::Connect);
    exact.conversationCount = 40;
    auto small = makeServer(exact);
    const ConnectAnswer whole = call(*small, "GET", kList + "?limit=40");
    QCOMPARE(whole.conversations().size(), 40);
    QVERIFY(whole.cursor().isNull()); // exactly one page: no cursor to an empty one
    QVERIFY(!call(*small, "GET", kList + "?limit=39").cursor().isNull());
}

void tst_SandboxConnect::cursorIsStableAndBoundToItsFilter() {
    auto server = makeServer();
    const ConnectAnswer a = call(*server, "GET", kList + "?status=ACTIVE&limit=10");
    const ConnectAnswer b = call(*server, "GET", kList + "?limit=10&status=ACTIVE");
    QVERIFY(a.cursor().isString());
    QCOMPARE(a.cursor(), b.cursor()); // same filter, same offset: same cursor
    const QByteArray cursor = percent(a.cursor().toString());

    const ConnectAnswer second = call(*server, "GET", kList + "?status=ACTIVE&limit=10&cursor=" + cursor);
    const ConnectAnswer again = call(*server, "GET", kList + "?status=ACTIVE&limit=10&cursor=" + cursor);
    QCOMPARE(second.status, 200);
    QCOMPARE(second.body, again.body); // a refresh of page 2 is page 2
    QVERIFY(second.conversations().first() != a.conversations().first());
    QVERIFY(second.cursor() != a.cursor());
    // The limit may change between pages: the cursor holds where the next page starts.
    const ConnectAnswer wider = call(*server, "GET", kList + "?status=ACTIVE&limit=30&cursor=" + cursor);
    QCOMPARE(wider.conversations().first(), second.conversations().first());

    const ConnectAnswer otherFilter = call(*server, "GET", kList + "?status=GHOST&cursor=" + cursor);
    QVERIFY(isError(otherFilter, 400, "BRIDGE_VALIDATION_0003"));
    QVERIFY(otherFilter.message().contains(QLatin1String("another filter")));
    QVERIFY(isError(call(*server, "GET", kList + "?cursor=" + cursor), 400, "BRIDGE_VALIDATION_0003"));
    QVERIFY(isError(call(*server, "GET", kList + "?cursor=garbage"), 400, "BRIDGE_VALIDATION_0003"));

    QByteArray tampered = a.cursor().toString().toLatin1();
    tampered[2] = tampered.at(2) == 'A' ? 'B' : 'A'; // another offset, same length
    QVERIFY(isError(call(*server, "GET", kList + "?status=ACTIVE&cursor=" + tampered), 400,
                    "BRIDGE_VALIDATION_0003"));

    // Another server of the same seed makes the same cursors (a restarted sandbox keeps them).
    auto twin = makeServer();
    QCOMPARE(call(*twin, "GET", kList + "?status=ACTIVE&limit=10").cursor(), a.cursor());
    QCOMPARE(call(*server, "GET", kList + "?cursor=").status, 200); // empty: the first page
}

void tst_SandboxConnect::statusFilter() {
    auto server = makeServer();
    qsizetype total = 0;
    for (const QString &status : kStatuses) {
        const QStringList ids = walk(*server, "&status=" + status.toLatin1(), 100);
        QVERIFY2(!ids.isEmpty(), qPrintable(status));
        total += ids.size();
        const ConnectAnswer page = call(*server, "GET", kList + "?status=" + status.toLatin1());
        for (const QJsonValue &c : page.conversations())
            QCOMPARE(c[QLatin1String("status")].toString(), status);
    }
    QCOMPARE(total, 240);
}

void tst_SandboxConnect::participantFilters() {
    auto server = makeServer();
    // Someone of each kind from the seeded data.
    QHash<QString, QString> external; // type -> identifier
    QHash<QString, QString> internal;
    for (const QJsonObject &c : server->conversations()) {
        for (const QJsonValue &p : c[QLatin1String("participants")][QLatin1String("externals")].toArray())
            external.insert(p[QLatin1String("identifierType")].toString(),
                            p[QLatin1String("identifier")].toString());
        for (const QJsonValue &p : c[QLatin1String("participants")][QLatin1String("internals")].toArray())
            internal.insert(p[QLatin1String("identifierType")].toString(),
                            p[QLatin1String("identifier")].toString());
    }
    QCOMPARE(QSet<QString>(external.keyBegin(), external.keyEnd()),
             (QSet<QString>{QStringLiteral("ID"), QStringLiteral("EMAIL"), QStringLiteral("PHONE")}));
    QCOMPARE(QSet<QString>(internal.keyBegin(), internal.keyEnd()),
             (QSet<QString>{QStringLiteral("ID"), QStringLiteral("EMAIL")}));

    const auto check = [&](const char *side, const QString &type, const QString &identifier, bool withType) {
        const QByteArray name = QByteArray(side) + "UserIdentifier";
        QByteArray query = '&' + name + '=' + percent(identifier);
        if (withType)
            query += '&' + name + "Type=" + type.toLatin1();
        const QStringList ids = walk(*server, query, 100);
        int expected = 0;
        for (const QJsonObject &c : server->conversations()) {
            const QJsonArray list =
                c[QLatin1String("participants")]
                 [QLatin1String(side == QByteArray("external") ? "externals" : "internals")]
                     .toArray();
            expected += std::any_of(list.begin(), list.end(), [&](const QJsonValue &p) {
                return p[QLatin1String("identifier")] == identifier &&
                       (!withType || p[QLatin1String("identifierType")] == type);
            });
        }
        return ids.size() == expected && expected > 0;
    };
    for (auto it = external.cbegin(); it != external.cend(); ++it) {
        QVERIFY2(check("external", it.key(), it.value(), true), qPrintable(it.value()));
        QVERIFY2(check("external", it.key(), it.value(), false), qPrintable(it.value()));
    }
    for (auto it = internal.cbegin(); it != internal.cend(); ++it)
        QVERIFY2(check("internal", it.key(), it.value(), true), qPrintable(it.value()));

    // The type must match too: a phone number asked for as an EMAIL finds nothing.
    const QByteArray phone = percent(external.value(QStringLiteral("PHONE")));
    QCOMPARE(
        call(*server, "GET", kList + "?externalUserIdentifier=" + phone + "&externalUserIdentifierType=EMAIL")
            .conversations()
            .size(),
        0);
    // A bare + in a query is a space, as most servers read it: the phone must travel as %2B.
    QVERIFY(phone.startsWith("%2B"));
    const QByteArray bare = '+' + phone.mid(3);
    QCOMPARE(call(*server, "GET", kList + "?externalUserIdentifier=" + bare).conversations().size(), 0);
    QVERIFY(call(*server, "GET", kList + "?externalUserIdentifier=" + phone).conversations().size() > 0);
}

void tst_SandboxConnect::listValidation_data() {
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("limit 0") << QByteArray("limit=0") << QStringLiteral("limit");
    QTest::newRow("limit 101") << QByteArray("limit=101") << QStringLiteral("limit");
    QTest::newRow("limit text") << QByteArray("limit=ten") << QStringLiteral("limit");
    QTest::newRow("limit negative") << QByteArray("limit=-5") << QStringLiteral("limit");
    QTest::newRow("limit decimal") << QByteArray("limit=2.5") << QStringLiteral("limit");
    QTest::newRow("status lower case") << QByteArray("status=active") << QStringLiteral("status");
    QTest::newRow("status classic") << QByteArray("status=archived") << QStringLiteral("archived");
    QTest::newRow("external type alone")
        << QByteArray("externalUserIdentifierType=EMAIL")
        << QStringLiteral("externalUserIdentifierType needs externalUserIdentifier");
    QTest::newRow("internal type alone")
        << QByteArray("internalUserIdentifierType=ID")
        << QStringLiteral("internalUserIdentifierType needs internalUserIdentifier");
    QTest::newRow("external type unknown")
        << QByteArray("externalUserIdentifier=a%40b.co&externalUserIdentifierType=email")
        << QStringLiteral("ID, EMAIL, PHONE");
    QTest::newRow("internal phone") << QByteArray("internalUserIdentifier=%2B15550100200&"
                                                  "internalUserIdentifierType=PHONE")
                                    << QStringLiteral("ID, EMAIL");
    QTest::newRow("empty identifier")
        << QByteArray("externalUserIdentifier=") << QStringLiteral("must not be empty");
}

void tst_SandboxConnect::listValidation() {
    QFETCH(QByteArray, query);
    QFETCH(QString, mentions);
    auto server = makeServer();
    const ConnectAnswer answer = call(*server, "GET", kList + '?' + query);
    QVERIFY(isError(answer, 400, "BRIDGE_VALIDATION_0001"));
    QVERIFY2(answer.message().contains(mentions), qPrintable(answer.message()));
}

void tst_SandboxConnect::createGhostOnWhatsApp() {
    auto server = makeServer();
    const QByteArray body = createBody(
        phoneExternal("+15550199777",
                      ",\"messageProviderType\":\"WHATSAPP\",\"providerChannelId\":\"+15550100002\""),
        ",\"name\":\"Señal débil\",\"status\":\"GHOST\",\"unknownField\":[1]");
    const ConnectAnswer created = call(*server, "POST", kList, body);
    QCOMPARE(created.status, 201);
    QVERIFY(kUuidV4.match(created.json[QLatin1String("id")].toString()).hasMatch());
    QCOMPARE(created.json[QLatin1String("workspaceId")].toString(), QString::fromLatin1(kWorkspace));
    QCOMPARE(created.json[QLatin1String("status")].toString(), QStringLiteral("GHOST"));
    QCOMPARE(created.json[QLatin1String("name")].toString(), QStringLiteral("Señal débil"));
    QCOMPARE(created.externals().size(), 1);
    const QJsonObject participant = created.externals().first().toObject();
    QCOMPARE(participant[QLatin1String("identifier")].toString(), QStringLiteral("+15550199777"));
    QCOMPARE(participant[QLatin1String("identifierType")].toString(), QStringLiteral("PHONE"));
    QVERIFY(participant[QLatin1String("lastSeenAt")].isNull());
    QVERIFY(!participant[QLatin1String("joinedAt")].toString().isEmpty());
    QCOMPARE(created.internals().size(), 0);
    QVERIFY(!created.json.contains(QLatin1String("teamId")));
    QCOMPARE(created.json.keys().size(), 7);
    QCOMPARE(created.json[QLatin1String("createdAt")], created.json[QLatin1String("updatedAt")]);

    QCOMPARE(server->conversationCount(), 241);
    QCOMPARE(server->conversations().first(), created.json); // newest first
    QCOMPARE(call(*server, "GET", kList + '/' + created.json[QLatin1String("id")].toString().toLatin1()).json,
             created.json);

    // Without a status it is ACTIVE; a null name stays null.
    const ConnectAnswer plain =
        call(*server, "POST", kList, createBody(phoneExternal("+15550199778"), ",\"name\":null"));
    QCOMPARE(plain.status, 201);
    QCOMPARE(plain.json[QLatin1String("status")].toString(), QStringLiteral("ACTIVE"));
    QVERIFY(plain.json[QLatin1String("name")].isNull());
}

void tst_SandboxConnect::createTeamOrInternals() {
    auto server = makeServer();
    const QByteArray external = phoneExternal("+15550199777");
    const QByteArray internal = "{\"identifier\":\"ana.souza@bridge.example\",\"identifierType\":\"EMAIL\"}";
    const QByteArray team = ",\"teamId\":\"0d3c8f6e-2b1a-4c5d-9e8f-7a6b5c4d3e2f\"";

    const ConnectAnswer both = call(*server, "POST", kList,
                                    "{\"participants\":{\"externals\":[" + external + "],\"internals\":[" +
                                        internal + "]}" + team + '}');
    QVERIFY(isError(both, 400, "BRIDGE_VALIDATION_0001"));
    QVERIFY(both.message().contains(QLatin1String("mutually exclusive")));
    QCOMPARE(server->conversationCount(), 240);

    const ConnectAnswer withTeam = call(*server, "POST", kList, createBody(external, team));
    QCOMPARE(withTeam.status, 201);
    QVERIFY(!withTeam.json.contains(QLatin1String("teamId"))); // never in answers
    QCOMPARE(withTeam.internals().size(), 0);

    const ConnectAnswer withInternals =
        call(*server, "POST", kList,
             "{\"participants\":{\"externals\":[" + external + "],\"internals\":[" + internal + "]}}");
    QCOMPARE(withInternals.status, 201);
    QCOMPARE(identifiers(withInternals.internals()), QStringList{QStringLiteral("ana.souza@bridge.example")});
    QCOMPARE(withInternals.internals().first()[QLatin1String("identifierType")].toString(),
             QStringLiteral("EMAIL"));

    QVERIFY(isError(call(*server, "POST", kList, createBody(external, ",\"teamId\":\"team_sales\"")), 400,
                    "BRIDGE_VALIDATION_0001"));
    QVERIFY(isError(call(*server, "POST", kList, createBody(external, ",\"teamId\":null")), 400,
                    "BRIDGE_VALIDATION_0001"));
    QCOMPARE(server->conversationCount(), 242);
}

void tst_SandboxConnect::createProviderPairAndChannel() {
    auto server = makeServer();
    const QString heygia = call(*server, "GET", kBase + "/provider-channels/HEYGIA")
                               .json[QLatin1String("providerChannels")][0][QLatin1String("identifier")]
                               .toString();
    QVERIFY(!heygia.isEmpty());
    const auto body = [](const QByteArray &provider) {
        return createBody("{\"identifier\":\"a.b@example.com\",\"identifierType\":\"EMAIL\"" + provider +
                          '}');
    };
    QCOMPARE(
        call(*server, "POST", kList,
             body(",\"messageProviderType\":\"HEYGIA\",\"providerChannelId\":\"" + heygia.toLatin1() + '"'))
            .status,
        201);

    const ConnectAnswer providerOnly =
        call(*server, "POST", kList, body(",\"messageProviderType\":\"WHATSAPP\""));
    QVERIFY(isError(providerOnly, 400, "BRIDGE_VALIDATION_0001"));
    QVERIFY(providerOnly.message().contains(QLatin1String("go together")));
    QVERIFY(isError(call(*server, "POST", kList, body(",\"providerChannelId\":\"+15550100001\"")), 400,
                    "BRIDGE_VALIDATION_0001"));
    QVERIFY(isError(call(*server, "POST", kList,
                         body(",\"messageProviderType\":\"SMS\",\"providerChannelId\":\"+15550100001\"")),
                    400, "BRIDGE_VALIDATION_0001"));

    // A channel of another provider, or none of the workspace's.
    const ConnectAnswer crossed =
        call(*server, "POST", kList,
             body(",\"messageProviderType\":\"HEYGIA\",\"providerChannelId\":\"+15550100001\""));
    QVERIFY(isError(crossed, 400, "BRIDGE_CHANNEL_0001"));
    QVERIFY2(crossed.message().contains(QLatin1String("participants.externals[0]")),
             qPrintable(crossed.message()));
    QVERIFY(
        isError(call(*server, "POST", kList,
                     body(",\"messageProviderType\":\"WHATSAPP\",\"providerChannelId\":\"+15550109999\"")),
                400, "BRIDGE_CHANNEL_0001"));
    QCOMPARE(server->conversationCount(), 241);
}

void tst_SandboxConnect::createValidation_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<QString>("mentions");
    const QByteArray phone = phoneExternal("+15550199777");
    QTest::newRow("no participants") << QByteArray("{\"name\":\"x\"}")
                                     << QByteArray("BRIDGE_CONVERSATION_0201")
                                     << QStringLiteral("participants.externals");
    QTest::newRow("no externals") << QByteArray("{\"participants\":{\"internals\":[]}}")
                                  << QByteArray("BRIDGE_CONVERSATION_0201")
                                  << QStringLiteral("participants.externals");
    QTest::newRow("empty externals") << createBody({}) << QByteArray("BRIDGE_CONVERSATION_0201")
                                     << QStringLiteral("at least one");
    QTest::newRow("participants array")
        << QByteArray("{\"participants\":[]}") << QByteArray("BRIDGE_VALIDATION_0001")
        << QStringLiteral("participants must be an object");
    QTest::newRow("externals object")
        << QByteArray("{\"participants\":{\"externals\":{}}}") << QByteArray("BRIDGE_VALIDATION_0001")
        << QStringLiteral("must be an array");
    QTest::newRow("bad email") << createBody("{\"identifier\":\"a@b\",\"identifierType\":\"EMAIL\"}")
                               << QByteArray("BRIDGE_VALIDATION_0001")
                               << QStringLiteral("not an email address");
    QTest::newRow("phone not E.164") << createBody(phoneExternal("+1-555-0199-777"))
                                     << QByteArray("BRIDGE_VALIDATION_0001") << QStringLiteral("E.164");
    QTest::newRow("id not uuid") << createBody("{\"identifier\":\"contact_1\",\"identifierType\":\"ID\"}")
                                 << QByteArray("BRIDGE_VALIDATION_0001") << QStringLiteral("UUID");
    QTest::newRow("classic type") << createBody("{\"identifier\":\"a@b.co\",\"type\":\"email\"}")
                                  << QByteArray("BRIDGE_VALIDATION_0001") << QStringLiteral("identifierType");
    QTest::newRow("identifier number")
        << createBody("{\"identifier\":5,\"identifierType\":\"PHONE\"}")
        << QByteArray("BRIDGE_VALIDATION_0001") << QStringLiteral("identifier must be");
    QTest::newRow("internal phone")
        << QByteArray("{\"participants\":{\"externals\":[" + phone +
                      "],\"internals\":[{\"identifier\":\"+15550100200\",\"identifierType\":\"PHONE\"}]}}")
        << QByteArray("BRIDGE_VALIDATION_0001") << QStringLiteral("participants.internals[0].identifierType");
    QTest::newRow("released on create")
        << createBody(phone, ",\"status\":\"RELEASED\"") << QByteArray("BRIDGE_VALIDATION_0001")
        << QStringLiteral("one of ACTIVE, GHOST");
    QTest::newRow("lower-case status") << createBody(phone, ",\"status\":\"ghost\"")
                                       << QByteArray("BRIDGE_VALIDATION_0001") << QStringLiteral("status");
    QTest::newRow("name number") << createBody(phone, ",\"name\":42") << QByteArray("BRIDGE_VALIDATION_0001")
                                 << QStringLiteral("name");
    QTest::newRow("not json") << QByteArray("{participants:") << QByteArray("BRIDGE_VALIDATION_0002")
                              << QStringLiteral("not valid JSON");
    QTest::newRow("array") << QByteArray("[]") << QByteArray("BRIDGE_VALIDATION_0002")
                           << QStringLiteral("JSON object");
    QTest::newRow("empty body") << QByteArray() << QByteArray("BRIDGE_VALIDATION_0002")
                                << QStringLiteral("JSON");
    QTest::newRow("two problems, first code")
        << QByteArray("{\"participants\":{\"externals\":[]},\"name\":1}")
        << QByteArray("BRIDGE_CONVERSATION_0201") << QStringLiteral("name must be a string or null");
}

void tst_SandboxConnect::createValidation() {
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, code);
    QFETCH(QString, mentions);
    auto server = makeServer();
    const ConnectAnswer answer = call(*server, "POST", kList, body);
    QVERIFY(isError(answer, 400, code));
    QVERIFY2(answer.message().contains(mentions), qPrintable(answer.message()));
    QCOMPARE(server->conversationCount(), 240);
}

void tst_SandboxConnect::patchParticipantsAndCodes() {
    auto server = makeServer();
    const ConnectAnswer created = call(*server, "POST", kList, createBody(phoneExternal("+15550199777")));
    const QByteArray item = kList + '/' + created.json[QLatin1String("id")].toString().toLatin1();
    const QByteArray email = "{\"identifier\":\"new@example.com\",\"identifierType\":\"EMAIL\"}";
    const QByteArray agent = "{\"identifier\":\"li.wei@bridge.example\",\"identifierType\":\"EMAIL\"}";
    const auto patch = [&](const char *side, const char *op, const QByteArray &who) {
        return call(*server, "PATCH", item,
                    QByteArray("{\"participants\":{\"") + side + "\":{\"" + op + "\":[" + who + "]}}}");
    };

    const ConnectAnswer added = patch("externals", "add", email);
    QCOMPARE(added.status, 200);
    QCOMPARE(identifiers(added.externals()),
             (QStringList{QStringLiteral("+15550199777"), QStringLiteral("new@example.com")}));
    QVERIFY(isError(patch("externals", "add", email), 409, "BRIDGE_CONVERSATION_0101"));
    QCOMPARE(patch("internals", "add", agent).status, 200);
    QVERIFY(isError(patch("internals", "add", agent), 409, "BRIDGE_CONVERSATION_0102"));
    QVERIFY(isError(
        patch("externals", "remove", "{\"identifier\":\"gone@example.com\",\"identifierType\":\"EMAIL\"}"),
        409, "BRIDGE_CONVERSATION_0103"));
    QVERIFY(isError(patch("internals", "remove",
                          "{\"identifier\":\"nobody@bridge.example\",\"identifierType\":\"EMAIL\"}"),
                    409, "BRIDGE_CONVERSATION_0104"));
    // An identifier not of its type is refused before the conversation is looked at.
    QVERIFY(isError(
        patch("externals", "remove", "{\"identifier\":\"new@example.com\",\"identifierType\":\"ID\"}"), 400,
        "BRIDGE_VALIDATION_0001"));

    // A refused PATCH changes nothing, even the parts that alone would pass.
    const QJsonObject before = call(*server, "GET", item).json;
    const ConnectAnswer mixed = call(*server, "PATCH", item,
                                     "{\"name\":\"changed\",\"participants\":{\"externals\":{\"remove\":[" +
                                         email + "]},\"internals\":{\"add\":[" + agent + "]}}}");
    QVERIFY(isError(mixed, 409, "BRIDGE_CONVERSATION_0102"));
    QCOMPARE(call(*server, "GET", item).json, before);

    const ConnectAnswer removed = patch("externals", "remove", email);
    QCOMPARE(removed.status, 200);
    QCOMPARE(identifiers(removed.externals()), QStringList{QStringLiteral("+15550199777")});
    QCOMPARE(identifiers(patch("internals", "remove", agent).internals()), QStringList());
    const ConnectAnswer last = patch("externals", "remove", phoneExternal("+15550199777"));
    QVERIFY(isError(last, 400, "BRIDGE_CONVERSATION_0201"));
    QVERIFY(isError(
        patch("externals", "add", phoneExternal("+15550199777", ",\"messageProviderType\":\"WHATSAPP\"")),
        400, "BRIDGE_VALIDATION_0001"));
    QVERIFY(isError(patch("internals", "add", phoneExternal("+15550199778")), 400, "BRIDGE_VALIDATION_0001"));
    QVERIFY(isError(call(*server, "PATCH", item, "{\"participants\":{\"externals\":[" + email + "]}}"), 400,
                    "BRIDGE_VALIDATION_0001"));
}

void tst_SandboxConnect::patchFieldsAndNotFound() {
    auto server = makeServer();
    const QJsonObject last = server->conversations().last();
    const QByteArray item = kList + '/' + last[QLatin1String("id")].toString().toLatin1();
    const ConnectAnswer patched =
        call(*server, "PATCH", item, "{\"name\":\"Łukasz, renamed\",\"status\":\"BLOCKED\"}");
    QCOMPARE(patched.status, 200);
    QCOMPARE(patched.json[QLatin1String("name")].toString(), QStringLiteral("Łukasz, renamed"));
    QCOMPARE(patched.json[QLatin1String("status")].toString(), QStringLiteral("BLOCKED"));
    QCOMPARE(patched.json[QLatin1String("participants")], last[QLatin1String("participants")]);
    QVERIFY(patched.json[QLatin1String("updatedAt")].toString() >
            last[QLatin1String("updatedAt")].toString());
    QCOMPARE(server->conversations().first(), patched.json); // moved to the front
    for (const QString &status : kStatuses)
        QCOMPARE(call(*server, "PATCH", item, "{\"status\":\"" + status.toLatin1() + "\"}").status, 200);
    QVERIFY(call(*server, "PATCH", item, "{\"name\":null}").json[QLatin1String("name")].isNull());

    QVERIFY(
        isError(call(*server, "PATCH", item, "{\"status\":\"archived\"}"), 400, "BRIDGE_VALIDATION_0001"));
    QVERIFY(isError(call(*server, "PATCH", item, "{}"), 400, "BRIDGE_VALIDATION_0001"));
    QVERIFY(isError(call(*server, "PATCH", item, "{\"name\":[]}"), 400, "BRIDGE_VALIDATION_0001"));
    QVERIFY(isError(call(*server, "PATCH", item, "nope"), 400, "BRIDGE_VALIDATION_0002"));

    const QByteArray unknown = kList + "/00000000-0000-4000-8000-000000000000";
    const ConnectAnswer missing = call(*server, "GET", unknown);
    QVERIFY(isError(missing, 404, "BRIDGE_CONVERSATION_0001"));
    QVERIFY(missing.message().contains(QLatin1String("00000000-0000-4000-8000-000000000000")));
    QVERIFY(isError(call(*server, "PATCH", unknown, "{\"name\":\"x\"}"), 404, "BRIDGE_CONVERSATION_0001"));
    const ConnectAnswer wrongMethod = call(*server, "DELETE", item);
    QVERIFY(isError(wrongMethod, 405, "BRIDGE_ROUTE_0002"));
    QCOMPARE(wrongMethod.header("allow"), QByteArray("GET, PATCH"));
}

void tst_SandboxConnect::providerChannels() {
    auto server = makeServer();
    const ConnectAnswer whatsapp = call(*server, "GET", kBase + "/provider-channels/WHATSAPP");
    QCOMPARE(whatsapp.status, 200);
    QCOMPARE(whatsapp.json[QLatin1String("workspaceId")].toString(), QString::fromLatin1(kWorkspace));
    const QJsonArray channels = whatsapp.json[QLatin1String("providerChannels")].toArray();
    QCOMPARE(channels.size(), 2);
    for (const QJsonValue &channel : channels) {
        QCOMPARE(channel[QLatin1String("provider")].toString(), QStringLiteral("WHATSAPP"));
        QVERIFY(channel[QLatin1String("identifier")].toString().startsWith(QLatin1String("+1")));
    }
    const ConnectAnswer heygia = call(*server, "GET", kBase + "/provider-channels/HEYGIA");
    QCOMPARE(heygia.json[QLatin1String("providerChannels")].toArray().size(), 1);
    QCOMPARE(heygia.json[QLatin1String("providerChannels")][0][QLatin1String("provider")].toString(),
             QStringLiteral("HEYGIA"));
    QVERIFY(isError(call(*server, "GET", kBase + "/provider-channels/SMS"), 400, "BRIDGE_VALIDATION_0001"));
    QVERIFY(
        isError(call(*server, "GET", kBase + "/provider-channels/whatsapp"), 400, "BRIDGE_VALIDATION_0001"));
    QVERIFY(isError(call(*server, "POST", kBase + "/provider-channels/WHATSAPP", "{}"), 405,
                    "BRIDGE_ROUTE_0002"));
    QVERIFY(isError(call(*server, "GET", kBase + "/provider-channels"), 404, "BRIDGE_ROUTE_0001"));
}

void tst_SandboxConnect::routesAndWorkspace() {
    auto server = makeServer();
    const ConnectAnswer other = call(*server, "GET", "/bridge/api/v1/workspaces/ws_sandbox/conversations");
    QVERIFY(isError(other, 404, "BRIDGE_WORKSPACE_0001"));
    QVERIFY(other.message().contains(QLatin1String("ws_sandbox")));
    QVERIFY(isError(call(*server, "GET", kBase + "/teams"), 404, "BRIDGE_ROUTE_0001"));
    QVERIFY(isError(call(*server, "GET", kList + "/a/b"), 404, "BRIDGE_ROUTE_0001"));
    QVERIFY(isError(call(*server, "PUT", kList, "{}"), 405, "BRIDGE_ROUTE_0002"));
    // Authentication comes before routing inside the API, as in Classic.
    QVERIFY(isError(call(*server, "GET", kBase + "/teams", {}, std::nullopt), 401, "BRIDGE_AUTH_0001"));

    SandboxConfig mine = SandboxConfig::forApi(SandboxConfig::Api::Connect);
    mine.workspaceId = QStringLiteral("11111111-2222-4333-8444-555555555555");
    auto overridden = makeServer(mine);
    QCOMPARE(call(*overridden, "GET",
                  "/bridge/api/v1/workspaces/11111111-2222-4333-8444-555555555555/conversations")
                 .status,
             200);
    QVERIFY(isError(call(*overridden, "GET", kList), 404, "BRIDGE_WORKSPACE_0001"));
}

void tst_SandboxConnect::seededData() {
    SandboxConfig seven = SandboxConfig::forApi(SandboxConfig::Api::Connect);
    seven.seed = 7;
    const SandboxServer a(seven);
    const SandboxServer b(seven);
    QCOMPARE(a.conversationsJson(), b.conversationsJson());
    SandboxConfig eight = seven;
    eight.seed = 8;
    QVERIFY(a.conversationsJson() != SandboxServer(eight).conversationsJson());

    // The Classic data set of the same seed, in Connect's words.
    SandboxConfig classicConfig;
    classicConfig.seed = 7;
    const QList<QJsonObject> classic = SandboxServer(classicConfig).conversations();
    const QList<QJsonObject> connect = a.conversations();
    QCOMPARE(connect.size(), classic.size());
    QHash<QString, int> statuses;
    QSet<QString> ids;
    QSet<QString> externalTypes;
    QSet<QString> internalTypes;
    int nullNames = 0;
    bool internalRoleAmongExternals = false;
    for (qsizetype i = 0; i < connect.size(); ++i) {
        const QJsonObject &c = connect.at(i);
        const QJsonObject &old = classic.at(i);
        QCOMPARE(c[QLatin1String("name")].toString(), old[QLatin1String("name")].toString());
        QCOMPARE(c[QLatin1String("name")].isNull(), !old.contains(QLatin1String("name")));
        QCOMPARE(c[QLatin1String("createdAt")], old[QLatin1String("createdAt")]);
        QCOMPARE(c[QLatin1String("updatedAt")], old[QLatin1String("updatedAt")]);
        QCOMPARE(c[QLatin1String("workspaceId")].toString(), QString::fromLatin1(kWorkspace));
        QVERIFY(!c.contains(QLatin1String("teamId")));
        const QString id = c[QLatin1String("id")].toString();
        QVERIFY2(kUuidV4.match(id).hasMatch(), qPrintable(id));
        ids.insert(id);
        const QString status = c[QLatin1String("status")].toString();
        ++statuses[status];
        const QString oldStatus = old[QLatin1String("status")].toString();
        if (oldStatus == QLatin1String("archived"))
            QVERIFY(kStatuses.indexOf(status) >= 2);
        else
            QCOMPARE(status, oldStatus.toUpper());
        nullNames += c[QLatin1String("name")].isNull();

        const QJsonArray externals = c[QLatin1String("participants")][QLatin1String("externals")].toArray();
        const QJsonArray oldExternals = old[QLatin1String("externalParticipants")].toArray();
        QCOMPARE(externals.size(), oldExternals.size());
        for (qsizetype j = 0; j < externals.size(); ++j) {
            const QString type = externals.at(j)[QLatin1String("identifierType")].toString();
            const QString identifier = externals.at(j)[QLatin1String("identifier")].toString();
            const QString oldIdentifier = oldExternals.at(j)[QLatin1String("identifier")].toString();
            externalTypes.insert(type);
            internalRoleAmongExternals |= externals.at(j)[QLatin1String("role")] == QLatin1String("INTERNAL");
            if (type == QLatin1String("PHONE"))
                QCOMPARE(identifier,
                         QString(oldIdentifier).remove(QLatin1Char('-'))); // the same number, E.164
            else if (type == QLatin1String("EMAIL"))
                QCOMPARE(identifier, oldIdentifier);
            else
                QVERIFY2(kUuidV4.match(identifier).hasMatch(), qPrintable(identifier));
        }
        for (const QJsonValue &p : c[QLatin1String("participants")][QLatin1String("internals")].toArray())
            internalTypes.insert(p[QLatin1String("identifierType")].toString());
    }
    QCOMPARE(ids.size(), connect.size());
    QCOMPARE(QSet<QString>(statuses.keyBegin(), statuses.keyEnd()),
             QSet<QString>(kStatuses.cbegin(), kStatuses.cend()));
    for (const QString &status : kStatuses)
        QVERIFY2(statuses.value(QStringLiteral("ACTIVE")) >= statuses.value(status), qPrintable(status));
    QVERIFY(statuses.value(QStringLiteral("ACTIVE")) > connect.size() / 2);
    QVERIFY(nullNames > 0);
    QCOMPARE(externalTypes,
             (QSet<QString>{QStringLiteral("ID"), QStringLiteral("EMAIL"), QStringLiteral("PHONE")}));
    QCOMPARE(internalTypes, (QSet<QString>{QStringLiteral("ID"), QStringLiteral("EMAIL")}));
    QVERIFY(internalRoleAmongExternals); // as the reference's examples show: the list decides the side
}

void tst_SandboxConnect::faults() {
    auto server = makeServer();
    server->failNext(1, 429, 7);
    const ConnectAnswer limited = call(*server, "GET", kList);
    QVERIFY(isError(limited, 429, "BRIDGE_RATE_LIMIT_0001"));
    QCOMPARE(limited.header("retry-after"), QByteArray("7"));
    server->failNext(1, 503);
    QVERIFY(isError(call(*server, "GET", "/bridge/api/health"), 503, "BRIDGE_SANDBOX_0001"));
    QCOMPARE(call(*server, "GET", kList).status, 200);

    const QString id = server->conversations().first()[QLatin1String("id")].toString();
    server->failIds({id}, 409);
    QVERIFY(isError(call(*server, "PATCH", kList + '/' + id.toLatin1(), "{\"name\":\"x\"}"), 409,
                    "BRIDGE_SANDBOX_0002"));
    QCOMPARE(call(*server, "GET", kList + '/' + id.toLatin1()).status, 200); // reads are not failed
    server->resetFaults();
    QCOMPARE(call(*server, "PATCH", kList + '/' + id.toLatin1(), "{\"name\":\"x\"}").status, 200);

    server->injectNext(Fault::WrongTypes);
    const ConnectAnswer wrong = call(*server, "GET", kList);
    QCOMPARE(wrong.status, 200);
    QVERIFY(wrong.cursor().isDouble());
    QVERIFY(wrong.conversations().first()[QLatin1String("participants")].isString());
    server->injectNext(Fault::MalformedJson);
    QJsonParseError error;
    QJsonDocument::fromJson(call(*server, "GET", kList).body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
    server->injectNext(Fault::OversizedBody);
    const ConnectAnswer oversized = call(*server, "GET", kList);
    QVERIFY(oversized.body.size() >= 9 * 1024 * 1024);
    QVERIFY(oversized.cursor().isNull() && oversized.conversations().size() > 1000);
    server->injectNext(Fault::CutShortBody);
    const ConnectAnswer cut = call(*server, "GET", kList);
    QVERIFY(cut.error != QNetworkReply::NoError ||
            cut.body.size() < cut.header("content-length").toLongLong());

    server->injectNext(Fault::DropConnection, 5); // QNetworkAccessManager re-sends once on its own
    const int before = server->conversationCount();
    QCOMPARE(call(*server, "POST", kList, createBody(phoneExternal("+15550199777"))).status, 0);
    QCOMPARE(server->conversationCount(), before);
    server->injectNext(Fault::None, 0);

    server->setLatencyMs(400);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(call(*server, "GET", "/bridge/api/health").status, 200);
    QVERIFY(timer.elapsed() >= 350);
}

void tst_SandboxConnect::controlRoutesAndClock() {
    SandboxConfig config = SandboxConfig::forApi(SandboxConfig::Api::Connect);
    config.controlEndpoint = true;
    auto server = makeServer(config);
    QNetworkRequest request(QUrl(server->baseUrl().toString() + QStringLiteral("/_sandbox/faults")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    const ConnectAnswer set = finish(m_nam.post(request, "{\"failNext\":{\"count\":1,\"status\":502},"
                                                         "\"clockOffsetSeconds\":7200}"));
    QCOMPARE(set.status, 200); // no key needed
    QCOMPARE(set.json[QLatin1String("conversations")].toInt(), 240);
    QVERIFY(isError(call(*server, "GET", kList), 502, "BRIDGE_SANDBOX_0001"));

    // Two hours ahead: the Date header and what is created, never the key's validity.
    const ConnectAnswer created = call(*server, "POST", kList, createBody(phoneExternal("+15550199777")));
    QCOMPARE(created.status, 201);
    const QDateTime date = QLocale::c().toDateTime(QString::fromLatin1(created.header("date")),
                                                   QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
    const QDateTime expected = QDateTime::currentDateTimeUtc().addSecs(7200);
    QVERIFY(qAbs(QDateTime(date.date(), date.time(), Qt::UTC).secsTo(expected)) < 60);
    const QDateTime createdAt =
        QDateTime::fromString(created.json[QLatin1String("createdAt")].toString(), Qt::ISODate);
    QVERIFY(qAbs(createdAt.secsTo(expected)) < 60);
}

void tst_SandboxConnect::churnSpeaksConnect() {
    auto server = makeServer();
    const ChurnResult churn = server->churnOnce(6, 8);
    QCOMPARE(churn.created.size(), 6);
    QCOMPARE(churn.changed.size(), 8);
    const QList<QJsonObject> all = server->conversations();
    QCOMPARE(all.size(), 246);
    for (const QJsonObject &c : all) {
        if (!churn.affected().contains(c[QLatin1String("id")].toString()))
            continue;
        QVERIFY2(kUuidV4.match(c[QLatin1String("id")].toString()).hasMatch(),
                 qPrintable(c[QLatin1String("id")].toString()));
        QVERIFY2(kStatuses.contains(c[QLatin1String("status")].toString()),
                 qPrintable(c[QLatin1String("status")].toString()));
        for (const QJsonValue &p : c[QLatin1String("participants")][QLatin1String("externals")].toArray()) {
            const QString identifier = p[QLatin1String("identifier")].toString();
            const QString type = p[QLatin1String("identifierType")].toString();
            QVERIFY(type == QLatin1String("PHONE")
                        ? !identifier.contains(QLatin1Char('-'))
                        : QStringList({QStringLiteral("EMAIL"), QStringLiteral("ID")}).contains(type));
        }
    }
    // The API sees them: the new ones first.
    QCOMPARE(call(*server, "GET", kList).conversations().first()[QLatin1String("id")].toString(),
             churn.affected().first());
}

void tst_SandboxConnect::pathPrefixAndThread() {
    SandboxConfig config = SandboxConfig::forApi(SandboxConfig::Api::Connect);
    config.pathPrefix = QStringLiteral("/gateway");
    SandboxThread thread(config);
    QVERIFY(thread.start());
    QVERIFY(thread.baseUrl().toString().endsWith(QLatin1String("/gateway")));
    QCOMPARE(finish(start(thread.baseUrl(), "GET", "/bridge/api/health", {}, kKey)).status, 200);
    QCOMPARE(finish(start(thread.baseUrl(), "GET", kList, {}, kKey)).status, 200);
    QUrl bare = thread.baseUrl();
    bare.setPath({});
    QCOMPARE(finish(start(bare, "GET", "/bridge/api/health", {}, kKey)).status, 404);
}

void tst_SandboxConnect::https() {
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        QSKIP("no openssl CLI to make a certificate with");
    QTemporaryDir dir;
    QProcess make;
    make.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                         QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                         QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                         QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                         QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                         QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-keyout"),
                         dir.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"),
                         dir.filePath(QStringLiteral("cert.pem"))});
    QVERIFY(make.waitForFinished(30000) && make.exitCode() == 0);
    const auto read = [&dir](const char *name) {
        QFile file(dir.filePath(QLatin1String(name)));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    SandboxConfig config = SandboxConfig::forApi(SandboxConfig::Api::Connect);
    config.tlsCertificatePem = read("cert.pem");
    config.tlsPrivateKeyPem = read("key.pem");
    auto server = makeServer(config);
    QCOMPARE(server->baseUrl().scheme(), QStringLiteral("https"));
    QNetworkRequest request(QUrl(server->baseUrl().toString() + QStringLiteral("/bridge/api/health")));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromData(config.tlsCertificatePem));
    request.setSslConfiguration(tls);
    request.setRawHeader("x-api-key", kKey);
    // A manager of its own, gone before the next test: its HTTP thread keeps OpenSSL's per-thread
    // random generators, and with m_nam living to the end of the process LeakSanitizer reported them
    // at exit, in about half the runs.
    QNetworkAccessManager nam;
    const ConnectAnswer answer = finish(nam.get(request));
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.body, QByteArray("{\"status\":\"ok\"}"));
}

void tst_SandboxConnect::printCredentials() {
    const QString program = QStringLiteral(BRIDGE_BINARY_DIR "/sandbox/bridge-sandbox");
    QVERIFY2(QFile::exists(program), qPrintable(program));
    const auto credentials = [&program](const QStringList &extra) {
        QProcess sandbox;
        sandbox.start(program, QStringList{QStringLiteral("--port"), QStringLiteral("0"),
                                           QStringLiteral("--print-credentials")} +
                                   extra);
        QByteArray out;
        if (sandbox.waitForStarted(10000)) {
            QElapsedTimer clock;
            clock.start();
            while (!(out.contains("\napi=") && out.endsWith('\n')) && clock.elapsed() < 10000) {
                sandbox.waitForReadyRead(200);
                out += sandbox.readAllStandardOutput();
            }
        }
        sandbox.terminate();
        if (!sandbox.waitForFinished(5000))
            sandbox.kill();
        return out;
    };

    const QByteArray connect = credentials({QStringLiteral("--api"), QStringLiteral("connect")});
    const QList<QByteArray> lines = connect.trimmed().split('\n');
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines.at(0).startsWith("url=http://127.0.0.1:"), connect.constData());
    QCOMPARE(lines.at(1), QByteArray("workspace=" + kWorkspace));
    QCOMPARE(lines.at(2), QByteArray("api-key=" + kKey));
    QCOMPARE(lines.at(3), QByteArray("api=connect"));

    const QByteArray mine =
        credentials({QStringLiteral("--api"), QStringLiteral("connect"), QStringLiteral("--workspace"),
                     QStringLiteral("11111111-2222-4333-8444-555555555555"), QStringLiteral("--api-key"),
                     QStringLiteral("k2")});
    QVERIFY2(mine.contains("\nworkspace=11111111-2222-4333-8444-555555555555\napi-key=k2\napi=connect\n"),
             mine.constData());

    // Classic as it always was, plus the generation on a last line of its own.
    const QByteArray classic = credentials({});
    QVERIFY2(classic.contains("\nworkspace=ws_sandbox\napi-key=ak_sandbox_0123456789\n"
                              "secret=sk_sandbox_secret_change_me\napi=classic\n"),
             classic.constData());
}

void tst_SandboxConnect::commandLineRefusesUnknownApi() {
    QProcess sandbox;
    sandbox.start(
        QStringLiteral(BRIDGE_BINARY_DIR "/sandbox/bridge-sandbox"),
        {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--api"), QStringLiteral("Connect")});
    QVERIFY(sandbox.waitForFinished(10000));
    QCOMPARE(sandbox.exitStatus(), QProcess::NormalExit);
    QCOMPARE(sandbox.exitCode(), 2);
    const QByteArray error = sandbox.readAllStandardError();
    QVERIFY2(error.contains("--api expects classic or connect, not \"Connect\""), error.constData());
}

QTEST_GUILESS_MAIN(tst_SandboxConnect)
#include "tst_sandboxconnect.moc"
