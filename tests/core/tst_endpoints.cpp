// The pure request builders: method, path segments, query, body, retry policy.
#include "classicdialect.h"

#include <QTest>

using namespace bridge;

class TestEndpoints : public QObject {
    Q_OBJECT
private slots:
    void list() {
        ListQuery query;
        query.filter.status = ConversationStatus(QStringLiteral("ghost"));
        query.filter.customer = ParticipantRef{QStringLiteral("+1-555-123-4567"), ParticipantType::Phone};
        query.page = 2;
        const RequestSpec spec = ClassicDialect().list(QStringLiteral("ws_abc123"), query);
        QCOMPARE(spec.method, QByteArray("GET"));
        QCOMPARE(spec.pathSegments,
                 (QStringList{QStringLiteral("v1"), QStringLiteral("workspaces"), QStringLiteral("ws_abc123"),
                              QStringLiteral("conversations")}));
        QCOMPARE(spec.query, QByteArray("status=ghost&externalUser%5Bidentifier%5D=%2B1-555-123-4567"
                                        "&externalUser%5Btype%5D=phone&page=2&limit=20"));
        QVERIFY(spec.body.isEmpty());
        QVERIFY(spec.retryable);
    }

    void create() {
        NewConversation conversation;
        conversation.externalParticipants = {
            {QStringLiteral("john.doe@example.com"), ParticipantType::Email}};
        conversation.status = ConversationStatus(QStringLiteral("ghost"));
        const RequestSpec spec = ClassicDialect().create(QStringLiteral("ws/1"), conversation);
        QCOMPARE(spec.method, QByteArray("POST"));
        // Segments are not encoded here: RequestFactory encodes them as path segments.
        QCOMPARE(spec.pathSegments, (QStringList{QStringLiteral("v1"), QStringLiteral("workspaces"),
                                                 QStringLiteral("ws/1"), QStringLiteral("conversations")}));
        QVERIFY(spec.query.isEmpty());
        QCOMPARE(
            spec.body,
            QByteArray(
                R"({"externalParticipants":[{"identifier":"john.doe@example.com","type":"email"}],"status":"ghost"})"));
        QVERIFY(!spec.retryable);
    }

    void buildersDoNotValidate() {
        const RequestSpec spec = ClassicDialect().create(QStringLiteral("ws"), NewConversation());
        QCOMPARE(spec.body, QByteArray(R"({"externalParticipants":[],"status":"active"})"));
    }

    void get() {
        const RequestSpec spec =
            ClassicDialect().get(QStringLiteral("ws_abc123"), QStringLiteral("conv abc?#"));
        QCOMPARE(spec.method, QByteArray("GET"));
        QCOMPARE(spec.pathSegments,
                 (QStringList{QStringLiteral("v1"), QStringLiteral("workspaces"), QStringLiteral("ws_abc123"),
                              QStringLiteral("conversations"), QStringLiteral("conv abc?#")}));
        QVERIFY(spec.query.isEmpty());
        QVERIFY(spec.body.isEmpty());
        QVERIFY(spec.retryable);
    }

    void update() {
        ConversationUpdate update;
        update.status = ConversationStatus(QStringLiteral("archived"));
        const RequestSpec spec =
            ClassicDialect().update(QStringLiteral("ws_abc123"), QStringLiteral("conv_abc123"), update);
        QCOMPARE(spec.method, QByteArray("PATCH"));
        QCOMPARE(spec.pathSegments,
                 (QStringList{QStringLiteral("v1"), QStringLiteral("workspaces"), QStringLiteral("ws_abc123"),
                              QStringLiteral("conversations"), QStringLiteral("conv_abc123")}));
        QVERIFY(spec.query.isEmpty());
        QCOMPARE(spec.body, QByteArray(R"({"status":"archived"})"));
        QVERIFY(!spec.retryable);
    }

    void decodersAreWired() {
        const QByteArray conversation =
            R"({"id":"c1","workspaceId":"ws","externalParticipants":[],"status":"active",)"
            R"("createdAt":"2024-01-15T10:30:00Z","updatedAt":"2024-01-15T15:45:00Z"})";
        QVERIFY(std::holds_alternative<Conversation>(ClassicDialect().decodeConversation(conversation)));
        QVERIFY(std::holds_alternative<Conversation>(ClassicDialect().decodeConversation(conversation)));
        QVERIFY(std::holds_alternative<Conversation>(ClassicDialect().decodeConversation(conversation)));
        QCOMPARE(std::get<QString>(ClassicDialect().decodePage(conversation)),
                 QStringLiteral("conversations: required"));
    }
};

QTEST_GUILESS_MAIN(TestEndpoints)
#include "tst_endpoints.moc"
