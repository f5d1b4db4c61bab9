// The PATCH body, byte for byte: only what is set is sent.
#include "classicdialect.h"
#include "conversationupdate.h"
#include "statusvocabulary.h"

#include <QTest>

using namespace bridge;

Q_DECLARE_METATYPE(bridge::ConversationUpdate)

namespace {

ParticipantRef email(const QString &identifier) {
    return {identifier, ParticipantType::Email};
}
ParticipantRef phone(const QString &identifier) {
    return {identifier, ParticipantType::Phone};
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

} // namespace

class TestConversationUpdate : public QObject {
    Q_OBJECT
private slots:
    void isEmpty() {
        ConversationUpdate u;
        QVERIFY(u.isEmpty());
        u.name = QString(); // clearing the name is a change
        QVERIFY(!u.isEmpty());
        u = {};
        u.removeCustomers = {email(QStringLiteral("a@example.com"))};
        QVERIFY(!u.isEmpty());
    }

    void toJson_data() {
        QTest::addColumn<ConversationUpdate>("update");
        QTest::addColumn<QByteArray>("expected");

        QTest::newRow("nothing") << ConversationUpdate() << QByteArray("{}");

        ConversationUpdate status;
        status.status = ConversationStatus(QStringLiteral("archived"));
        QTest::newRow("status only") << status << QByteArray(R"({"status":"archived"})");

        ConversationUpdate clear;
        clear.name = QString();
        QTest::newRow("empty name clears it") << clear << QByteArray(R"({"name":""})");

        ConversationUpdate all;
        all.removeCustomers = {phone(QStringLiteral("+1-555-123-4567"))};
        all.addCustomers = {email(QStringLiteral("new@example.com")),
                            phone(QStringLiteral("+44 20 7946 0958"))};
        all.status = ConversationStatus(QStringLiteral("active"));
        all.name = QStringLiteral("Jos\u00e9 \"VIP\"\\\t");
        QTest::newRow("everything, fixed key order")
            << all
            << QByteArray("{\"name\":\"Jos\xc3\xa9 \\\"VIP\\\"\\\\\\u0009\",\"status\":\"active\","
                          R"("addParticipants":[{"identifier":"new@example.com","type":"email"},)"
                          R"({"identifier":"+44 20 7946 0958","type":"phone"}],)"
                          R"("removeParticipants":[{"identifier":"+1-555-123-4567","type":"phone"}]})");

        ConversationUpdate removeOnly;
        removeOnly.removeCustomers = {email(QStringLiteral("gone@example.com"))};
        QTest::newRow("remove only")
            << removeOnly
            << QByteArray(R"({"removeParticipants":[{"identifier":"gone@example.com","type":"email"}]})");
    }

    //! Classic's four lists: customers are (add|remove)Participants, agents
    //! (add|remove)InternalParticipants, each sent only when it has someone.
    void fourLists_data() {
        QTest::addColumn<ConversationUpdate>("update");
        QTest::addColumn<QByteArray>("expected");

        ConversationUpdate addAgents;
        addAgents.addAgents = {email(QStringLiteral("lee@bridge.example")),
                               phone(QStringLiteral("+15551234567"))};
        QTest::newRow("add agents")
            << addAgents
            << QByteArray(R"({"addInternalParticipants":[{"identifier":"lee@bridge.example","type":"email"},)"
                          R"({"identifier":"+15551234567","type":"phone"}]})");

        ConversationUpdate removeAgents;
        removeAgents.removeAgents = {email(QStringLiteral("lee@bridge.example"))};
        QTest::newRow("remove agents")
            << removeAgents
            << QByteArray(
                   R"({"removeInternalParticipants":[{"identifier":"lee@bridge.example","type":"email"}]})");

        ConversationUpdate agentsBothWays;
        agentsBothWays.addAgents = {email(QStringLiteral("new@bridge.example"))};
        agentsBothWays.removeAgents = {email(QStringLiteral("old@bridge.example"))};
        agentsBothWays.status = ConversationStatus(QStringLiteral("ghost"));
        QTest::newRow("status and agents both ways")
            << agentsBothWays
            << QByteArray(
                   R"({"status":"ghost",)"
                   R"("addInternalParticipants":[{"identifier":"new@bridge.example","type":"email"}],)"
                   R"("removeInternalParticipants":[{"identifier":"old@bridge.example","type":"email"}]})");

        ConversationUpdate all;
        all.name = QStringLiteral("All");
        all.status = ConversationStatus(QStringLiteral("active"));
        all.addCustomers = {phone(QStringLiteral("+15551234567"))};
        all.removeCustomers = {email(QStringLiteral("old@example.com"))};
        all.addAgents = {phone(QStringLiteral("+15557654321"))};
        all.removeAgents = {email(QStringLiteral("lee@bridge.example"))};
        QTest::newRow("all four, fixed key order")
            << all
            << QByteArray(
                   R"({"name":"All","status":"active",)"
                   R"("addParticipants":[{"identifier":"+15551234567","type":"phone"}],)"
                   R"("removeParticipants":[{"identifier":"old@example.com","type":"email"}],)"
                   R"("addInternalParticipants":[{"identifier":"+15557654321","type":"phone"}],)"
                   R"("removeInternalParticipants":[{"identifier":"lee@bridge.example","type":"email"}]})");

        // A channel is Connect's, at create: classic never sends one.
        ConversationUpdate channel;
        channel.addCustomers = {{QStringLiteral("+15551234567"),
                                 ParticipantType::Phone,
                                 {QStringLiteral("WHATSAPP"), QStringLiteral("+1555")}}};
        QTest::newRow("channel not sent")
            << channel << QByteArray(R"({"addParticipants":[{"identifier":"+15551234567","type":"phone"}]})");
    }

    void fourLists() {
        QFETCH(ConversationUpdate, update);
        QFETCH(QByteArray, expected);
        QCOMPARE(update.toJson(), expected);
        const RequestSpec spec = ClassicDialect().update(QStringLiteral("ws"), QStringLiteral("c1"), update);
        QCOMPARE(spec.body, expected);
        QCOMPARE(spec.method, QByteArray("PATCH"));
    }

    void classicChecks_data() {
        QTest::addColumn<ConversationUpdate>("update");
        QTest::addColumn<QStringList>("expected");

        ConversationUpdate ok;
        ok.addAgents = {phone(QStringLiteral("+15551234567"))};
        ok.removeAgents = {email(QStringLiteral("lee@bridge.example"))};
        ok.status = ConversationStatus(QStringLiteral("archived"));
        QTest::newRow("agents by phone and email") << ok << QStringList();

        const QString types = QStringLiteral("Here a person is named by an email address or a phone number.");
        ConversationUpdate ids;
        ids.addCustomers = {id(QStringLiteral("contact-9"))};
        ids.removeCustomers = {id(QStringLiteral("contact-8"))};
        ids.addAgents = {id(QStringLiteral("usr_1"))};
        ids.removeAgents = {email(QStringLiteral("lee@bridge.example")), id(QStringLiteral("usr_2"))};
        QTest::newRow("ids in every list")
            << ids
            << QStringList{QStringLiteral("addParticipants[0].type: ") + types,
                           QStringLiteral("removeParticipants[0].type: ") + types,
                           QStringLiteral("addInternalParticipants[0].type: ") + types,
                           QStringLiteral("removeInternalParticipants[1].type: ") + types};

        ConversationUpdate agents;
        agents.addAgents = {email(QStringLiteral("Lee@Bridge.example")),
                            email(QStringLiteral("lee@bridge.example")), phone(QStringLiteral("5551234567"))};
        agents.removeAgents = {email(QStringLiteral("Lee@Bridge.example"))};
        QTest::newRow("agent problems")
            << agents
            << QStringList{
                   QStringLiteral("addInternalParticipants[1].identifier: lee@bridge.example appears twice."),
                   QStringLiteral("addInternalParticipants[2].identifier: Enter the phone number in "
                                  "international form, starting with + and the country code."),
                   QStringLiteral("removeInternalParticipants[0].identifier: Lee@Bridge.example is both "
                                  "added and removed.")};

        ConversationUpdate upper;
        upper.status = ConversationStatus(QStringLiteral("ACTIVE"));
        QTest::newRow("Connect's spelling")
            << upper
            << QStringList{
                   QStringLiteral("status: The status must be active, archived or ghost, not \"ACTIVE\".")};
    }

    void classicChecks() {
        QFETCH(ConversationUpdate, update);
        QFETCH(QStringList, expected);
        QCOMPARE(lines(ClassicDialect().validate(update)), expected);
    }

    void toJson() {
        QFETCH(ConversationUpdate, update);
        QFETCH(QByteArray, expected);
        QCOMPARE(update.toJson(), expected);
    }

    void validate_data() {
        QTest::addColumn<ConversationUpdate>("update");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("empty update is not a validation problem") << ConversationUpdate() << QStringList();

        ConversationUpdate ok;
        ok.name = QStringLiteral("Renamed");
        ok.status = ConversationStatus(QStringLiteral("archived"));
        ok.addCustomers = {email(QStringLiteral("a@example.com"))};
        ok.removeCustomers = {phone(QStringLiteral("+15551234567"))};
        QTest::newRow("ok") << ok << QStringList();

        ConversationUpdate badStatus;
        badStatus.status = ConversationStatus(QStringLiteral("closed"));
        QTest::newRow("bad status")
            << badStatus
            << QStringList{
                   QStringLiteral("status: The status must be active, archived or ghost, not \"closed\".")};

        ConversationUpdate badName;
        badName.name = QStringLiteral("a\rb");
        QTest::newRow("bad name")
            << badName
            << QStringList{QStringLiteral(
                   "name: The name cannot contain control characters such as line breaks or tabs.")};

        ConversationUpdate participants;
        participants.addCustomers = {email(QStringLiteral("a@example.com")),
                                     email(QStringLiteral("a@example.com")),
                                     phone(QStringLiteral("15551234567"))};
        participants.removeCustomers = {{QStringLiteral("x"), ParticipantType::Unspecified},
                                        email(QStringLiteral("a@example.com"))};
        QTest::newRow("participant problems")
            << participants
            << QStringList{QStringLiteral("addParticipants[1].identifier: a@example.com appears twice."),
                           QStringLiteral("addParticipants[2].identifier: Enter the phone number in "
                                          "international form, starting with + and the country code."),
                           QStringLiteral("removeParticipants[0].type: Choose whether this is an email "
                                          "address or a phone number."),
                           QStringLiteral(
                               "removeParticipants[1].identifier: a@example.com is both added and removed.")};
    }

    void validate() {
        QFETCH(ConversationUpdate, update);
        QFETCH(QStringList, expected);
        QCOMPARE(lines(update.validate(StatusVocabulary::classic())), expected);
    }
};

QTEST_GUILESS_MAIN(TestConversationUpdate)
#include "tst_conversationupdate.moc"
