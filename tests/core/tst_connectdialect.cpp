// The Connect dialect offline, byte for byte (api-connect.md): paths, the list query, the create and
// update bodies, the health and provider-channel calls, and what it refuses before anything is sent.
// Every expected byte string is written out here, never computed by the code under test.
#include "apidialect.h"
#include "connectdialect.h"
#include "requestfactory.h"

#include <QTest>
#include <QUrl>

using namespace bridge;

Q_DECLARE_METATYPE(bridge::ListQuery)
Q_DECLARE_METATYPE(bridge::NewConversation)
Q_DECLARE_METATYPE(bridge::ConversationUpdate)

namespace {

const QString Ws = QStringLiteral("5a9d1c3e-7b2f-4e8a-9c61-0d4f8b2a7e13");
const QString Team = QStringLiteral("0b7e4c1a-9f3d-4a2b-8c5e-6d1f2a3b4c5d");

const ApiDialect &api() {
    return ApiDialect::of(ApiGeneration::Connect);
}

ParticipantRef email(const QString &identifier) {
    return {identifier, ParticipantType::Email};
}
ParticipantRef phone(const QString &identifier, ProviderChannel channel = {}) {
    return {identifier, ParticipantType::Phone, std::move(channel)};
}
ParticipantRef id(const QString &identifier) {
    return {identifier, ParticipantType::Id};
}

QStringList lines(const FieldErrors &errors) {
    QStringList out;
    for (const FieldError &e : errors)
        out.append(e.field + QStringLiteral(": ") + e.message);
    return out;
}

ListQuery customerFilter(const QString &identifier, ParticipantType type = ParticipantType::Unspecified) {
    ListQuery q;
    q.filter.customer = ParticipantRef{identifier, type};
    return q;
}

ListQuery agentFilter(const QString &identifier, ParticipantType type = ParticipantType::Unspecified) {
    ListQuery q;
    q.filter.agent = ParticipantRef{identifier, type};
    return q;
}

//! A conversation Connect accepts as it is: one customer by email, status ACTIVE.
NewConversation newConversation() {
    NewConversation c;
    c.externalParticipants = {email(QStringLiteral("ana@example.com"))};
    c.status = ConnectStatus::active();
    return c;
}

const QStringList CollectionPath{QStringLiteral("bridge"),
                                 QStringLiteral("api"),
                                 QStringLiteral("v1"),
                                 QStringLiteral("workspaces"),
                                 Ws,
                                 QStringLiteral("conversations")};

const QString FilterStatuses = QStringLiteral("ACTIVE, BLOCKED, GHOST, NOT_ASSIGNED_TO_HUMAN or RELEASED");

} // namespace

class TestConnectDialect : public QObject {
    Q_OBJECT
private slots:
    // --- what the generation is -------------------------------------------------------------------

    void describesItself() {
        QCOMPARE(api().generation(), ApiGeneration::Connect);
        QVERIFY(api().pagesByCursor());
        QCOMPARE(api().minLimit(), 1);
        QCOMPARE(api().maxLimit(), 100);
        QCOMPARE(api().defaultStatus().raw(), QStringLiteral("ACTIVE"));
        QCOMPARE(
            api().customerTypes(),
            (QList<ParticipantType>{ParticipantType::Email, ParticipantType::Phone, ParticipantType::Id}));
        QCOMPARE(api().agentTypes(), (QList<ParticipantType>{ParticipantType::Email, ParticipantType::Id}));
        QCOMPARE(ConnectDialect::providers(),
                 (QStringList{QStringLiteral("WHATSAPP"), QStringLiteral("HEYGIA")}));
        QVERIFY(!api().statuses().hasActions());
    }

    // --- paths ------------------------------------------------------------------------------------

    void paths() {
        const RequestSpec list = api().list(Ws, ListQuery());
        QCOMPARE(list.method, QByteArray("GET"));
        QCOMPARE(list.pathSegments, CollectionPath);
        QVERIFY(list.body.isEmpty());
        QVERIFY(list.retryable);

        const RequestSpec get = api().get(Ws, QStringLiteral("c-1"));
        QCOMPARE(get.method, QByteArray("GET"));
        QCOMPARE(get.pathSegments, CollectionPath + QStringList{QStringLiteral("c-1")});
        QVERIFY(get.query.isEmpty());
        QVERIFY(get.body.isEmpty());
        QVERIFY(get.retryable);

        const RequestSpec create = api().create(Ws, newConversation());
        QCOMPARE(create.method, QByteArray("POST"));
        QCOMPARE(create.pathSegments, CollectionPath);
        QVERIFY(create.query.isEmpty());
        QVERIFY(!create.retryable); // a lost answer to a create is reported, never sent twice

        ConversationUpdate rename;
        rename.name = QStringLiteral("x");
        const RequestSpec update = api().update(Ws, QStringLiteral("c-1"), rename);
        QCOMPARE(update.method, QByteArray("PATCH"));
        QCOMPARE(update.pathSegments, CollectionPath + QStringList{QStringLiteral("c-1")});
        QCOMPARE(update.body, QByteArray(R"({"name":"x"})"));
        QVERIFY(!update.retryable);
    }

    void healthAndProviderChannels() {
        const RequestSpec health = api().health();
        QCOMPARE(health.method, QByteArray("GET"));
        // Not under the workspace: /bridge/api/health.
        QCOMPARE(health.pathSegments,
                 (QStringList{QStringLiteral("bridge"), QStringLiteral("api"), QStringLiteral("health")}));
        QVERIFY(health.query.isEmpty());
        QVERIFY(health.body.isEmpty());
        QVERIFY(health.retryable);

        for (const QString &provider : {QStringLiteral("WHATSAPP"), QStringLiteral("HEYGIA")}) {
            const RequestSpec channels = api().providerChannels(Ws, provider);
            QCOMPARE(channels.method, QByteArray("GET"));
            QCOMPARE(channels.pathSegments, (QStringList{QStringLiteral("bridge"), QStringLiteral("api"),
                                                         QStringLiteral("v1"), QStringLiteral("workspaces"),
                                                         Ws, QStringLiteral("provider-channels"), provider}));
            QVERIFY(channels.query.isEmpty());
            QVERIFY(channels.retryable);
        }

        // Classic has neither: an empty method, which the client refuses to send.
        QVERIFY(ApiDialect::of(ApiGeneration::Classic).health().method.isEmpty());
        QVERIFY(ApiDialect::of(ApiGeneration::Classic)
                    .providerChannels(Ws, QStringLiteral("WHATSAPP"))
                    .method.isEmpty());
    }

    //! The path as it goes on the wire: the base URL's own path first, each segment percent-encoded.
    void wirePaths_data() {
        QTest::addColumn<QString>("baseUrl");
        QTest::addColumn<QString>("workspace");
        QTest::addColumn<QByteArray>("listPath");
        QTest::addColumn<QByteArray>("healthPath");

        QTest::newRow("documented host")
            << QStringLiteral("https://api-connect-us.bridge.new") << Ws
            << QByteArray("/bridge/api/v1/workspaces/" + Ws.toLatin1() + "/conversations")
            << QByteArray("/bridge/api/health");
        QTest::newRow("path prefix") << QStringLiteral("https://gw.example/eu/proxy/") << Ws
                                     << QByteArray("/eu/proxy/bridge/api/v1/workspaces/" + Ws.toLatin1() +
                                                   "/conversations")
                                     << QByteArray("/eu/proxy/bridge/api/health");
        QTest::newRow("workspace needing encoding")
            << QStringLiteral("https://gw.example/p") << QStringLiteral("ws 1/\u00e9?#%")
            << QByteArray("/p/bridge/api/v1/workspaces/ws%201%2F%C3%A9%3F%23%25/conversations")
            << QByteArray("/p/bridge/api/health");
    }

    void wirePaths() {
        QFETCH(QString, baseUrl);
        QFETCH(QString, workspace);
        QFETCH(QByteArray, listPath);
        QFETCH(QByteArray, healthPath);
        ClientOptions options;
        options.generation = ApiGeneration::Connect;
        options.baseUrl = QUrl(baseUrl);
        options.workspaceId = workspace;
        options.secret = "bk_test";
        ListQuery query;
        query.cursor = QStringLiteral("c/2");
        const PreparedRequest list = RequestFactory::build(options, api().list(workspace, query), 1, "r");
        QCOMPARE(list.wirePath, listPath);
        QCOMPARE(list.url.path(QUrl::FullyEncoded).toUtf8(), listPath);
        // The query QUrl sends is exactly the dialect's, not re-encoded.
        QCOMPARE(list.url.query(QUrl::FullyEncoded).toUtf8(), QByteArray("limit=20&cursor=c%2F2"));
        QCOMPARE(list.url.toEncoded(),
                 QUrl(baseUrl).adjusted(QUrl::RemovePath).toEncoded() + listPath + "?limit=20&cursor=c%2F2");
        const PreparedRequest health = RequestFactory::build(options, api().health(), 1, "r");
        QCOMPARE(health.wirePath, healthPath);
        QVERIFY(!health.url.hasQuery());
    }

    // --- the list query ---------------------------------------------------------------------------

    void encodedQuery_data() {
        QTest::addColumn<ListQuery>("query");
        QTest::addColumn<QByteArray>("expected");

        QTest::newRow("defaults: page 1 has no cursor") << ListQuery() << QByteArray("limit=20");

        ListQuery status;
        status.filter.status = ConversationStatus(QStringLiteral("NOT_ASSIGNED_TO_HUMAN"));
        QTest::newRow("status") << status << QByteArray("status=NOT_ASSIGNED_TO_HUMAN&limit=20");

        QTest::newRow("phone: + as %2B")
            << customerFilter(QStringLiteral("+15551234567"), ParticipantType::Phone)
            << QByteArray("externalUserIdentifier=%2B15551234567&externalUserIdentifierType=PHONE&limit=20");
        QTest::newRow("phone with spaces and dashes")
            << customerFilter(QStringLiteral("+44 20-7946 0958"), ParticipantType::Phone)
            << QByteArray("externalUserIdentifier=%2B44%2020-7946%200958&externalUserIdentifierType=PHONE"
                          "&limit=20");
        QTest::newRow("email with a + tag")
            << customerFilter(QStringLiteral("ana+vip@example.com"), ParticipantType::Email)
            << QByteArray("externalUserIdentifier=ana%2Bvip%40example.com&externalUserIdentifierType=EMAIL"
                          "&limit=20");
        QTest::newRow("id, non-ASCII")
            << customerFilter(QStringLiteral("Jos\u00e9 \u738b"), ParticipantType::Id)
            << QByteArray("externalUserIdentifier=Jos%C3%A9%20%E7%8E%8B&externalUserIdentifierType=ID"
                          "&limit=20");
        QTest::newRow("reserved characters")
            << customerFilter(QStringLiteral("a&b=c[1]/?#"), ParticipantType::Id)
            << QByteArray("externalUserIdentifier=a%26b%3Dc%5B1%5D%2F%3F%23&externalUserIdentifierType=ID"
                          "&limit=20");

        // A type left open is sent as detected (Connect always wants one).
        QTest::newRow("unspecified email detected")
            << customerFilter(QStringLiteral("ana@example.com"))
            << QByteArray(
                   "externalUserIdentifier=ana%40example.com&externalUserIdentifierType=EMAIL&limit=20");
        QTest::newRow("unspecified phone detected")
            << customerFilter(QStringLiteral("+1 (555) 123-4567"))
            << QByteArray(
                   "externalUserIdentifier=%2B1%20%28555%29%20123-4567&externalUserIdentifierType=PHONE"
                   "&limit=20");
        QTest::newRow("unspecified digits detected as phone")
            << customerFilter(QStringLiteral("5551234567"))
            << QByteArray("externalUserIdentifier=5551234567&externalUserIdentifierType=PHONE&limit=20");
        QTest::newRow("unspecified id detected")
            << customerFilter(QStringLiteral("3f2c9a10-user"))
            << QByteArray("externalUserIdentifier=3f2c9a10-user&externalUserIdentifierType=ID&limit=20");

        QTest::newRow("agent by email")
            << agentFilter(QStringLiteral("agent@bridge.example"), ParticipantType::Email)
            << QByteArray("internalUserIdentifier=agent%40bridge.example&internalUserIdentifierType=EMAIL"
                          "&limit=20");
        QTest::newRow("agent by id, detected")
            << agentFilter(QStringLiteral("usr_42"))
            << QByteArray("internalUserIdentifier=usr_42&internalUserIdentifierType=ID&limit=20");

        ListQuery one;
        one.limit = 1;
        QTest::newRow("limit 1") << one << QByteArray("limit=1");

        ListQuery cursor;
        cursor.page = 3;
        cursor.limit = 100;
        cursor.cursor = QStringLiteral("eyJpZCI6IjEyMyJ9+/= &\u00e9");
        QTest::newRow("cursor needing encoding, page number never sent")
            << cursor << QByteArray("limit=100&cursor=eyJpZCI6IjEyMyJ9%2B%2F%3D%20%26%C3%A9");

        ListQuery all;
        all.filter.status = ConversationStatus(QStringLiteral("GHOST"));
        all.filter.customer = phone(QStringLiteral("+4930901820"));
        all.filter.agent = id(QStringLiteral("usr 7"));
        all.page = 2;
        all.limit = 50;
        all.cursor = QStringLiteral("next");
        QTest::newRow("everything, in the stable order")
            << all
            << QByteArray("status=GHOST"
                          "&externalUserIdentifier=%2B4930901820&externalUserIdentifierType=PHONE"
                          "&internalUserIdentifier=usr%207&internalUserIdentifierType=ID"
                          "&limit=50&cursor=next");
    }

    void encodedQuery() {
        QFETCH(ListQuery, query);
        QFETCH(QByteArray, expected);
        QCOMPARE(ConnectDialect::encodedQuery(query), expected);
        QCOMPARE(api().list(Ws, query).query, expected);
        QVERIFY(!expected.contains('+'));
        QVERIFY(!expected.contains(' '));
    }

    void cursorRoundTrips() {
        // Opaque: whatever the server sent comes back to it unchanged once the query is decoded.
        const QString cursor = QStringLiteral("a+b/c==?d&e=f%20g \u00fc\U0001F600");
        ListQuery q;
        q.page = 2;
        q.cursor = cursor;
        const QByteArray encoded = ConnectDialect::encodedQuery(q);
        const QByteArray value = encoded.mid(encoded.indexOf("cursor=") + 7);
        QCOMPARE(QUrl::fromPercentEncoding(value), cursor);
    }

    // --- create bodies ----------------------------------------------------------------------------

    void createBody_data() {
        QTest::addColumn<NewConversation>("conversation");
        QTest::addColumn<QByteArray>("expected");

        QTest::newRow("one customer, no channel")
            << newConversation()
            << QByteArray(R"({"participants":{"externals":[{"identifier":"ana@example.com","identifierType":)"
                          R"("EMAIL"}]},"status":"ACTIVE"})");

        NewConversation channel = newConversation();
        channel.externalParticipants = {
            phone(QStringLiteral("+15551234567"), {QStringLiteral("WHATSAPP"), QStringLiteral("+15550100")}),
            id(QStringLiteral("contact-9"))};
        QTest::newRow("customers with and without a channel")
            << channel
            << QByteArray(R"({"participants":{"externals":[{"identifier":"+15551234567","identifierType":)"
                          R"("PHONE","messageProviderType":"WHATSAPP","providerChannelId":"+15550100"},)"
                          R"({"identifier":"contact-9","identifierType":"ID"}]},"status":"ACTIVE"})");

        NewConversation agents = newConversation();
        agents.assignment = NewConversation::Assignment::Agents;
        agents.internalParticipants = {email(QStringLiteral("lee@bridge.example")),
                                       id(QStringLiteral("usr_1"))};
        agents.teamId = Team; // not the chosen assignment: never sent
        agents.status = ConnectStatus::ghost();
        QTest::newRow("agents")
            << agents
            << QByteArray(
                   R"({"participants":{"externals":[{"identifier":"ana@example.com","identifierType":)"
                   R"("EMAIL"}],"internals":[{"identifier":"lee@bridge.example","identifierType":"EMAIL"},)"
                   R"({"identifier":"usr_1","identifierType":"ID"}]},"status":"GHOST"})");

        NewConversation team = newConversation();
        team.assignment = NewConversation::Assignment::Team;
        team.teamId = Team;
        team.internalParticipants = {email(QStringLiteral("lee@bridge.example"))}; // not chosen: never sent
        QTest::newRow("team")
            << team
            << QByteArray(R"({"participants":{"externals":[{"identifier":"ana@example.com","identifierType":)"
                          R"("EMAIL"}]},"teamId":)"
                          "\"" +
                          Team.toLatin1() +
                          "\""
                          R"(,"status":"ACTIVE"})");

        NewConversation named = newConversation();
        named.name = QStringLiteral("Jos\u00e9 \"VIP\" \\ \t\u738b");
        QTest::newRow("name, escaped")
            << named
            << QByteArray(R"({"participants":{"externals":[{"identifier":"ana@example.com","identifierType":)"
                          R"("EMAIL"}]},"name":)"
                          "\"Jos\xc3\xa9 \\\"VIP\\\" \\\\ \\u0009\xe7\x8e\x8b\""
                          R"(,"status":"ACTIVE"})");

        NewConversation unspecified = newConversation();
        unspecified.externalParticipants = {{QStringLiteral("+4930901820"), ParticipantType::Unspecified}};
        QTest::newRow("type left open: sent as detected (the check refuses it first)")
            << unspecified
            << QByteArray(R"({"participants":{"externals":[{"identifier":"+4930901820","identifierType":)"
                          R"("PHONE"}]},"status":"ACTIVE"})");

        // Provider fields only as a pair: half a channel is never sent.
        NewConversation halfProvider = newConversation();
        halfProvider.externalParticipants = {
            phone(QStringLiteral("+15551234567"), {QStringLiteral("HEYGIA"), {}})};
        QTest::newRow("provider without channel: neither sent")
            << halfProvider
            << QByteArray(R"({"participants":{"externals":[{"identifier":"+15551234567","identifierType":)"
                          R"("PHONE"}]},"status":"ACTIVE"})");
        NewConversation halfChannel = newConversation();
        halfChannel.externalParticipants = {
            phone(QStringLiteral("+15551234567"), {{}, QStringLiteral("+15550100")})};
        QTest::newRow("channel without provider: neither sent")
            << halfChannel
            << QByteArray(R"({"participants":{"externals":[{"identifier":"+15551234567","identifierType":)"
                          R"("PHONE"}]},"status":"ACTIVE"})");

        // A channel is a customer's, at create: an agent's is never sent.
        NewConversation agentChannel = newConversation();
        agentChannel.assignment = NewConversation::Assignment::Agents;
        agentChannel.internalParticipants = {{QStringLiteral("usr_1"),
                                              ParticipantType::Id,
                                              {QStringLiteral("WHATSAPP"), QStringLiteral("+1555")}}};
        QTest::newRow("agent with a channel: not sent")
            << agentChannel
            << QByteArray(R"({"participants":{"externals":[{"identifier":"ana@example.com","identifierType":)"
                          R"("EMAIL"}],"internals":[{"identifier":"usr_1","identifierType":"ID"}]},)"
                          R"("status":"ACTIVE"})");
    }

    void createBody() {
        QFETCH(NewConversation, conversation);
        QFETCH(QByteArray, expected);
        QCOMPARE(ConnectDialect::createBody(conversation), expected);
        QCOMPARE(api().create(Ws, conversation).body, expected);
        QVERIFY2(!expected.contains("null"), "absent optionals are left out, never null");
    }

    // --- update bodies ----------------------------------------------------------------------------

    void updateBody_data() {
        QTest::addColumn<ConversationUpdate>("update");
        QTest::addColumn<QByteArray>("expected");

        QTest::newRow("nothing") << ConversationUpdate() << QByteArray("{}");

        ConversationUpdate name;
        name.name = QStringLiteral("Renamed \u2014 \"x\"");
        QTest::newRow("name") << name << QByteArray("{\"name\":\"Renamed \xe2\x80\x94 \\\"x\\\"\"}");

        ConversationUpdate clear;
        clear.name = QString();
        QTest::newRow("empty name clears it, never null") << clear << QByteArray(R"({"name":""})");

        ConversationUpdate status;
        status.status = ConversationStatus(QStringLiteral("RELEASED"));
        QTest::newRow("status") << status << QByteArray(R"({"status":"RELEASED"})");

        ConversationUpdate addCustomers;
        addCustomers.addCustomers = {phone(QStringLiteral("+15551234567")), id(QStringLiteral("contact-9"))};
        QTest::newRow("add customers")
            << addCustomers
            << QByteArray(
                   R"({"participants":{"externals":{"add":[{"identifier":"+15551234567",)"
                   R"("identifierType":"PHONE"},{"identifier":"contact-9","identifierType":"ID"}]}}})");

        ConversationUpdate removeCustomers;
        removeCustomers.removeCustomers = {email(QStringLiteral("gone@example.com"))};
        QTest::newRow("remove customers")
            << removeCustomers
            << QByteArray(R"({"participants":{"externals":{"remove":[{"identifier":"gone@example.com",)"
                          R"("identifierType":"EMAIL"}]}}})");

        ConversationUpdate addAgents;
        addAgents.addAgents = {email(QStringLiteral("lee@bridge.example"))};
        QTest::newRow("add agents")
            << addAgents
            << QByteArray(R"({"participants":{"internals":{"add":[{"identifier":"lee@bridge.example",)"
                          R"("identifierType":"EMAIL"}]}}})");

        ConversationUpdate removeAgents;
        removeAgents.removeAgents = {id(QStringLiteral("usr_1"))};
        QTest::newRow("remove agents")
            << removeAgents
            << QByteArray(
                   R"({"participants":{"internals":{"remove":[{"identifier":"usr_1","identifierType":"ID"}]}}})");

        ConversationUpdate customersBothWays;
        customersBothWays.addCustomers = {email(QStringLiteral("new@example.com"))};
        customersBothWays.removeCustomers = {email(QStringLiteral("old@example.com"))};
        QTest::newRow("customers added and removed")
            << customersBothWays
            << QByteArray(R"({"participants":{"externals":{"add":[{"identifier":"new@example.com",)"
                          R"("identifierType":"EMAIL"}],"remove":[{"identifier":"old@example.com",)"
                          R"("identifierType":"EMAIL"}]}}})");

        ConversationUpdate statusAndAgent;
        statusAndAgent.status = ConversationStatus(QStringLiteral("BLOCKED"));
        statusAndAgent.removeAgents = {email(QStringLiteral("lee@bridge.example"))};
        QTest::newRow("status and an agent removed")
            << statusAndAgent
            << QByteArray(R"({"status":"BLOCKED","participants":{"internals":{"remove":[{"identifier":)"
                          R"("lee@bridge.example","identifierType":"EMAIL"}]}}})");

        ConversationUpdate all;
        all.name = QStringLiteral("All");
        all.status = ConversationStatus(QStringLiteral("ACTIVE"));
        all.addCustomers = {phone(QStringLiteral("+15551234567"))};
        all.removeCustomers = {email(QStringLiteral("old@example.com"))};
        all.addAgents = {id(QStringLiteral("usr_2"))};
        all.removeAgents = {email(QStringLiteral("lee@bridge.example"))};
        QTest::newRow("everything, fixed key order")
            << all
            << QByteArray(R"({"name":"All","status":"ACTIVE","participants":{)"
                          R"("externals":{"add":[{"identifier":"+15551234567","identifierType":"PHONE"}],)"
                          R"("remove":[{"identifier":"old@example.com","identifierType":"EMAIL"}]},)"
                          R"("internals":{"add":[{"identifier":"usr_2","identifierType":"ID"}],)"
                          R"("remove":[{"identifier":"lee@bridge.example","identifierType":"EMAIL"}]}}})");

        // A channel is chosen at create only: an update never carries provider fields.
        ConversationUpdate channel;
        channel.addCustomers = {
            phone(QStringLiteral("+15551234567"), {QStringLiteral("WHATSAPP"), QStringLiteral("+15550100")})};
        QTest::newRow("a channel in an update: not sent")
            << channel
            << QByteArray(R"({"participants":{"externals":{"add":[{"identifier":"+15551234567",)"
                          R"("identifierType":"PHONE"}]}}})");
    }

    void updateBody() {
        QFETCH(ConversationUpdate, update);
        QFETCH(QByteArray, expected);
        QCOMPARE(ConnectDialect::updateBody(update), expected);
        QCOMPARE(api().update(Ws, QStringLiteral("c-1"), update).body, expected);
        QVERIFY(!expected.contains("null"));
    }

    // --- checks before sending --------------------------------------------------------------------

    void validateQuery_data() {
        QTest::addColumn<ListQuery>("query");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("defaults") << ListQuery() << QStringList();
        const QString limitProblem = QStringLiteral("limit: The page size must be between 1 and 100.");
        for (int limit : {1, 19, 100}) {
            ListQuery q;
            q.limit = limit;
            QTest::addRow("limit %d", limit) << q << QStringList();
        }
        for (int limit : {0, -1, 101}) {
            ListQuery q;
            q.limit = limit;
            QTest::addRow("limit %d", limit) << q << QStringList{limitProblem};
        }

        for (const char *status : {"ACTIVE", "GHOST", "RELEASED", "NOT_ASSIGNED_TO_HUMAN", "BLOCKED"}) {
            ListQuery q;
            q.filter.status = ConversationStatus(QString::fromLatin1(status));
            QTest::addRow("status %s", status) << q << QStringList();
        }
        // Either case is not enough: the server compares exactly.
        for (const char *status : {"active", "Ghost", "released", "archived", "ACTIVE "}) {
            ListQuery q;
            q.filter.status = ConversationStatus(QString::fromLatin1(status));
            QTest::addRow("status %s", status)
                << q
                << QStringList{QStringLiteral("status: The status must be %1, not \"%2\".")
                                   .arg(FilterStatuses, QString::fromLatin1(status))};
        }

        const QString agentByPhone =
            QStringLiteral("internalUser: Agents are found by email address or ID, not by phone number.");
        QTest::newRow("agent by phone") << agentFilter(QStringLiteral("+15551234567"), ParticipantType::Phone)
                                        << QStringList{agentByPhone};
        // A type left open is sent as detected: a phone-looking agent would go out as PHONE.
        QTest::newRow("agent left open, looks like a phone")
            << agentFilter(QStringLiteral("+15551234567")) << QStringList{agentByPhone};
        QTest::newRow("agent by id") << agentFilter(QStringLiteral("usr_1"), ParticipantType::Id)
                                     << QStringList();
        QTest::newRow("customer by id")
            << customerFilter(QStringLiteral("c-1"), ParticipantType::Id) << QStringList();
        QTest::newRow("customer by phone")
            << customerFilter(QStringLiteral("+15551234567"), ParticipantType::Phone) << QStringList();
        QTest::newRow("blank customer")
            << customerFilter(QStringLiteral(" "), ParticipantType::Email)
            << QStringList{QStringLiteral("externalUser: The external user filter needs an identifier.")};

        const QString cursorProblem = QStringLiteral(
            "cursor: This API pages by cursor: a later page needs the cursor of the one before it.");
        ListQuery noCursor;
        noCursor.page = 2;
        QTest::newRow("page 2 without a cursor") << noCursor << QStringList{cursorProblem};
        QTest::newRow("page 2 with its cursor")
            << noCursor.withPage(2, QStringLiteral("c2")) << QStringList();

        ListQuery everything;
        everything.filter.status = ConversationStatus(QStringLiteral("active"));
        everything.filter.agent = phone(QStringLiteral("+15551234567"));
        everything.page = 5;
        everything.limit = 0;
        QTest::newRow("every problem, in order")
            << everything
            << QStringList{
                   QStringLiteral("status: The status must be %1, not \"active\".").arg(FilterStatuses),
                   agentByPhone, cursorProblem, limitProblem};
    }

    void validateQuery() {
        QFETCH(ListQuery, query);
        QFETCH(QStringList, expected);
        QCOMPARE(lines(api().validate(query)), expected);
    }

    void validateCreate_data() {
        QTest::addColumn<NewConversation>("conversation");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("ok") << newConversation() << QStringList();

        NewConversation ids = newConversation();
        ids.externalParticipants = {id(QStringLiteral("contact-9")),
                                    phone(QStringLiteral("+15551234567"),
                                          {QStringLiteral("HEYGIA"), QStringLiteral("hg-channel-1")})};
        ids.assignment = NewConversation::Assignment::Agents;
        ids.internalParticipants = {id(QStringLiteral("usr_1")), email(QStringLiteral("lee@bridge.example"))};
        ids.status = ConnectStatus::ghost();
        QTest::newRow("ids, a channel, agents, GHOST") << ids << QStringList();

        const QString createStatuses = QStringLiteral("A new conversation's status must be ACTIVE or GHOST");
        for (const char *status : {"RELEASED", "BLOCKED", "active", "Ghost", "archived"}) {
            NewConversation c = newConversation();
            c.status = ConversationStatus(QString::fromLatin1(status));
            QTest::addRow("status %s", status)
                << c
                << QStringList{QStringLiteral("status: %1, not \"%2\".")
                                   .arg(createStatuses, QString::fromLatin1(status))};
        }

        NewConversation agentByPhone = newConversation();
        agentByPhone.assignment = NewConversation::Assignment::Agents;
        agentByPhone.internalParticipants = {email(QStringLiteral("lee@bridge.example")),
                                             phone(QStringLiteral("+15551234567"))};
        QTest::newRow("agent by phone")
            << agentByPhone
            << QStringList{QStringLiteral(
                   "internalParticipants[1].type: Here a person is named by an email address or an ID.")};

        NewConversation badId = newConversation();
        badId.externalParticipants = {id(QStringLiteral("contact 9"))};
        QTest::newRow("id with a space")
            << badId
            << QStringList{QStringLiteral(
                   "externalParticipants[0].identifier: An ID has no spaces: paste it as Bridge shows it.")};

        NewConversation typeOpen = newConversation();
        typeOpen.externalParticipants = {{QStringLiteral("ana@example.com"), ParticipantType::Unspecified}};
        QTest::newRow("type left open")
            << typeOpen
            << QStringList{QStringLiteral("externalParticipants[0].type: Choose whether this is an email "
                                          "address or a phone number.")};

        const QString pair = QStringLiteral("Choose both the provider and its channel, or neither.");
        NewConversation channels = newConversation();
        channels.externalParticipants = {
            phone(QStringLiteral("+15551234567"), {QStringLiteral("WHATSAPP"), {}}),
            phone(QStringLiteral("+15551234568"), {{}, QStringLiteral("+15550100")}),
            phone(QStringLiteral("+15551234569"), {QStringLiteral("SMS"), QStringLiteral("+15550100")}),
            phone(QStringLiteral("+15551234570"), {QStringLiteral("whatsapp"), QStringLiteral("+15550100")}),
            phone(QStringLiteral("+15551234571"), {QStringLiteral("WHATSAPP"), QStringLiteral("+15550100")})};
        QTest::newRow("channel problems")
            << channels
            << QStringList{QStringLiteral("externalParticipants[0].channel: ") + pair,
                           QStringLiteral("externalParticipants[1].channel: ") + pair,
                           QStringLiteral("externalParticipants[2].channel: The provider must be WHATSAPP or "
                                          "HEYGIA, not \"SMS\"."),
                           QStringLiteral("externalParticipants[3].channel: The provider must be WHATSAPP or "
                                          "HEYGIA, not \"whatsapp\".")};

        NewConversation nobody = newConversation();
        nobody.externalParticipants.clear();
        nobody.assignment = NewConversation::Assignment::Team;
        nobody.teamId = QStringLiteral(" ");
        QTest::newRow("no customer, no team")
            << nobody
            << QStringList{QStringLiteral("externalParticipants: Add at least one external participant."),
                           QStringLiteral("teamId: Choose the team the conversation is assigned to.")};
    }

    void validateCreate() {
        QFETCH(NewConversation, conversation);
        QFETCH(QStringList, expected);
        QCOMPARE(lines(api().validate(conversation)), expected);
    }

    void validateUpdate_data() {
        QTest::addColumn<ConversationUpdate>("update");
        QTest::addColumn<QStringList>("expected");

        ConversationUpdate ok;
        ok.name = QStringLiteral("x");
        ok.status = ConversationStatus(QStringLiteral("NOT_ASSIGNED_TO_HUMAN"));
        ok.addCustomers = {id(QStringLiteral("contact-9"))};
        ok.removeCustomers = {phone(QStringLiteral("+15551234567"))};
        ok.addAgents = {id(QStringLiteral("usr_1"))};
        ok.removeAgents = {email(QStringLiteral("lee@bridge.example"))};
        QTest::newRow("all four lists, ids") << ok << QStringList();

        for (const char *status : {"released", "Blocked", "archived"}) {
            ConversationUpdate u;
            u.status = ConversationStatus(QString::fromLatin1(status));
            QTest::addRow("status %s", status)
                << u
                << QStringList{QStringLiteral("status: The status must be %1, not \"%2\".")
                                   .arg(FilterStatuses, QString::fromLatin1(status))};
        }

        const QString agentTypes = QStringLiteral("Here a person is named by an email address or an ID.");
        ConversationUpdate agentPhones;
        agentPhones.addAgents = {phone(QStringLiteral("+15551234567"))};
        agentPhones.removeAgents = {email(QStringLiteral("lee@bridge.example")),
                                    phone(QStringLiteral("+15551234568"))};
        QTest::newRow("agents by phone, either list")
            << agentPhones
            << QStringList{QStringLiteral("addInternalParticipants[0].type: ") + agentTypes,
                           QStringLiteral("removeInternalParticipants[1].type: ") + agentTypes};

        ConversationUpdate both;
        both.addAgents = {id(QStringLiteral("usr_1"))};
        both.removeAgents = {id(QStringLiteral("usr_1"))};
        QTest::newRow("an agent added and removed")
            << both
            << QStringList{QStringLiteral(
                   "removeInternalParticipants[0].identifier: usr_1 is both added and removed.")};
    }

    void validateUpdate() {
        QFETCH(ConversationUpdate, update);
        QFETCH(QStringList, expected);
        QCOMPARE(lines(api().validate(update)), expected);
    }

    // --- decoders are the Connect ones ------------------------------------------------------------

    void decodersAreWired() {
        const QByteArray page = R"({"conversations":[],"cursor":"next"})";
        const auto decoded = api().decodePage(page);
        QVERIFY(std::holds_alternative<ConversationPage>(decoded));
        QVERIFY(std::get<ConversationPage>(decoded).pagination.cursored);
        QCOMPARE(std::get<ConversationPage>(decoded).pagination.nextCursor, QStringLiteral("next"));
        QCOMPARE(std::get<QString>(ApiDialect::of(ApiGeneration::Classic).decodePage(page)),
                 QStringLiteral("pagination: required"));
        QCOMPARE(std::get<QString>(api().decodeConversation("{}")), QStringLiteral("id: required"));
        const auto channels = api().decodeChannels(
            R"({"workspaceId":"w","providerChannels":[{"provider":"WHATSAPP","identifier":"+15550100"}]})");
        QCOMPARE(std::get<QList<ProviderChannel>>(channels),
                 (QList<ProviderChannel>{{QStringLiteral("WHATSAPP"), QStringLiteral("+15550100")}}));
    }
};

QTEST_GUILESS_MAIN(TestConnectDialect)
#include "tst_connectdialect.moc"
