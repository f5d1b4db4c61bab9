// The create body, byte for byte, and every validation problem with its field.
#include "newconversation.h"
#include "statusvocabulary.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace bridge;

Q_DECLARE_METATYPE(bridge::NewConversation)

namespace {

ParticipantRef email(const QString &identifier) {
    return {identifier, ParticipantType::Email};
}
ParticipantRef phone(const QString &identifier) {
    return {identifier, ParticipantType::Phone};
}

QStringList lines(const FieldErrors &errors) {
    QStringList out;
    for (const FieldError &e : errors)
        out.append(e.field + QStringLiteral(": ") + e.message);
    return out;
}

//! The create example of the seed documents.
NewConversation seedExample() {
    NewConversation c;
    c.externalParticipants = {email(QStringLiteral("john.doe@example.com")),
                              phone(QStringLiteral("+1-555-123-4567"))};
    c.status = ConversationStatus(QStringLiteral("ghost"));
    return c;
}

NewConversation minimal() {
    NewConversation c;
    c.externalParticipants = {email(QStringLiteral("a@example.com"))};
    return c;
}

} // namespace

class TestNewConversation : public QObject {
    Q_OBJECT
private slots:
    void toJson_data() {
        QTest::addColumn<NewConversation>("conversation");
        QTest::addColumn<QByteArray>("expected");

        // The seed document's --data, compacted: same keys, same order.
        QTest::newRow("seed example (external only, ghost)")
            << seedExample()
            << QByteArray(R"({"externalParticipants":[{"identifier":"john.doe@example.com","type":"email"},)"
                          R"({"identifier":"+1-555-123-4567","type":"phone"}],"status":"ghost"})");

        QTest::newRow("external only, default status sent explicitly")
            << minimal()
            << QByteArray(
                   R"({"externalParticipants":[{"identifier":"a@example.com","type":"email"}],"status":"active"})");

        NewConversation agents = minimal();
        agents.assignment = NewConversation::Assignment::Agents;
        agents.internalParticipants = {email(QStringLiteral("agent1@bridge.new")),
                                       phone(QStringLiteral("+33 1 23 45 67 89"))};
        agents.teamId = QStringLiteral("ignored when agents are chosen");
        QTest::newRow("external + internal")
            << agents
            << QByteArray(R"({"externalParticipants":[{"identifier":"a@example.com","type":"email"}],)"
                          R"("internalParticipants":[{"identifier":"agent1@bridge.new","type":"email"},)"
                          R"({"identifier":"+33 1 23 45 67 89","type":"phone"}],"status":"active"})");

        NewConversation team = minimal();
        team.assignment = NewConversation::Assignment::Team;
        team.teamId = QStringLiteral("team_sales");
        team.internalParticipants = {email(QStringLiteral("ignored@bridge.new"))};
        team.name = QStringLiteral("Support Request - John Doe");
        QTest::newRow("external + team + name (teamId before name)")
            << team
            << QByteArray(R"({"externalParticipants":[{"identifier":"a@example.com","type":"email"}],)"
                          R"("teamId":"team_sales","name":"Support Request - John Doe","status":"active"})");

        NewConversation none = minimal();
        none.internalParticipants = {email(QStringLiteral("ignored@bridge.new"))};
        none.teamId = QStringLiteral("ignored");
        QTest::newRow("no assignment leaves internal and team out")
            << none
            << QByteArray(
                   R"({"externalParticipants":[{"identifier":"a@example.com","type":"email"}],"status":"active"})");

        NewConversation escaped = minimal();
        escaped.name = QStringLiteral("Say \"hi\" \\ a/b");
        QTest::newRow("quotes and backslash escaped, slash kept")
            << escaped
            << QByteArray(
                   R"({"externalParticipants":[{"identifier":"a@example.com","type":"email"}],)"
                   "\"name\":\"Say \\\"hi\\\" \\\\ a/b\",\"status\":\"active\"}"); // no \" in raw strings:
                                                                                   // moc misreads them

        NewConversation control = minimal();
        control.name = QStringLiteral("a\nb\tc\u0001d\u001fe\u007f");
        QTest::newRow("control characters as \\u00xx, DEL kept")
            << control
            << QByteArray(R"({"externalParticipants":[{"identifier":"a@example.com","type":"email"}],)"
                          R"("name":"a\u000ab\u0009c\u0001d\u001fe)"
                          "\x7f"
                          R"(","status":"active"})");

        NewConversation unicode = minimal();
        unicode.name = QStringLiteral("Jos\u00e9 \u738b \U0001F600 \u2028");
        QTest::newRow("non-ASCII as UTF-8")
            << unicode
            << QByteArray(R"({"externalParticipants":[{"identifier":"a@example.com","type":"email"}],)"
                          "\"name\":\"Jos\xc3\xa9 \xe7\x8e\x8b \xf0\x9f\x98\x80 "
                          "\xe2\x80\xa8\",\"status\":\"active\"}");
    }

    void toJson() {
        QFETCH(NewConversation, conversation);
        QFETCH(QByteArray, expected);
        const QByteArray body = conversation.toJson();
        QCOMPARE(body, expected);

        // And it is JSON that reads back to the same values.
        QJsonParseError error;
        const QJsonObject object = QJsonDocument::fromJson(body, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(object.value(QLatin1String("name")).toString(), conversation.name);
        QCOMPARE(object.value(QLatin1String("status")).toString(), conversation.status.raw());
    }

    void validate_data() {
        QTest::addColumn<NewConversation>("conversation");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("seed example ok") << seedExample() << QStringList();

        NewConversation okAll = seedExample();
        okAll.assignment = NewConversation::Assignment::Agents;
        okAll.internalParticipants = {email(QStringLiteral("agent@bridge.new"))};
        okAll.name = QString(NewConversation::MaxNameLength - 1, u'x') +
                     QStringLiteral("\U0001F600"); // 255 characters
        QTest::newRow("agents and a 255-character name ok") << okAll << QStringList();

        QTest::newRow("no external participant")
            << NewConversation()
            << QStringList{QStringLiteral("externalParticipants: Add at least one external participant.")};

        NewConversation bad;
        bad.externalParticipants = {email(QStringLiteral("john@example.com")),
                                    phone(QStringLiteral("555-1234")),
                                    {QStringLiteral("who?"), ParticipantType::Unspecified},
                                    email(QStringLiteral("JOHN@example.com")),
                                    phone(QStringLiteral("+1 555 123 4567")),
                                    phone(QStringLiteral("+1-555-123-4567"))};
        QTest::newRow("identifier problems and duplicates on the later entry")
            << bad
            << QStringList{
                   QStringLiteral("externalParticipants[1].identifier: Enter the phone number in "
                                  "international form, starting with + and the country code."),
                   QStringLiteral("externalParticipants[2].type: Choose whether this is an email address or "
                                  "a phone number."),
                   QStringLiteral("externalParticipants[3].identifier: JOHN@example.com appears twice."),
                   QStringLiteral("externalParticipants[5].identifier: +1-555-123-4567 appears twice.")};

        NewConversation noAgents = minimal();
        noAgents.assignment = NewConversation::Assignment::Agents;
        QTest::newRow("agents without agents")
            << noAgents
            << QStringList{QStringLiteral(
                   "internalParticipants: Add at least one agent, or choose another assignment.")};

        NewConversation badAgents = minimal();
        badAgents.assignment = NewConversation::Assignment::Agents;
        badAgents.internalParticipants = {email(QStringLiteral("agent@bridge.new")),
                                          email(QStringLiteral("agent@bridge")),
                                          email(QStringLiteral("agent@bridge.new"))};
        QTest::newRow("internal participant problems")
            << badAgents
            << QStringList{
                   QStringLiteral("internalParticipants[1].identifier: The email address needs a domain with "
                                  "a dot after the @, like example.com."),
                   QStringLiteral("internalParticipants[2].identifier: agent@bridge.new appears twice.")};

        NewConversation sameInBoth = minimal();
        sameInBoth.assignment = NewConversation::Assignment::Agents;
        sameInBoth.internalParticipants = {email(QStringLiteral("a@example.com"))};
        QTest::newRow("same identifier in both lists is allowed") << sameInBoth << QStringList();

        NewConversation blankTeam = minimal();
        blankTeam.assignment = NewConversation::Assignment::Team;
        blankTeam.teamId = QStringLiteral("  ");
        QTest::newRow("blank team") << blankTeam
                                    << QStringList{QStringLiteral(
                                           "teamId: Choose the team the conversation is assigned to.")};
        NewConversation spacedTeam = blankTeam;
        spacedTeam.teamId = QStringLiteral("team_sales ");
        QTest::newRow("team with trailing space")
            << spacedTeam
            << QStringList{QStringLiteral("teamId: The team id has spaces at the start or end.")};

        NewConversation longName = minimal();
        longName.name = QString(NewConversation::MaxNameLength + 1, u'x');
        QTest::newRow("name of 256 characters")
            << longName << QStringList{QStringLiteral("name: The name can be at most 255 characters long.")};
        NewConversation newlineName = minimal();
        newlineName.name = QStringLiteral("two\nlines");
        QTest::newRow("name with a line break")
            << newlineName
            << QStringList{QStringLiteral(
                   "name: The name cannot contain control characters such as line breaks or tabs.")};
        NewConversation spacesName = minimal();
        spacesName.name = QStringLiteral("   ");
        QTest::newRow("name of spaces only")
            << spacesName
            << QStringList{QStringLiteral("name: The name is only spaces: leave it empty for no name.")};

        NewConversation archived = minimal();
        archived.status = ConversationStatus(QStringLiteral("archived"));
        QTest::newRow("archived cannot be created")
            << archived
            << QStringList{QStringLiteral(
                   "status: A new conversation's status must be active or ghost, not \"archived\".")};

        NewConversation everything;
        everything.assignment = NewConversation::Assignment::Team;
        everything.name = QStringLiteral("\t");
        everything.status = ConversationStatus();
        QTest::newRow("several problems, in field order")
            << everything
            << QStringList{
                   QStringLiteral("externalParticipants: Add at least one external participant."),
                   QStringLiteral("teamId: Choose the team the conversation is assigned to."),
                   QStringLiteral(
                       "name: The name cannot contain control characters such as line breaks or tabs."),
                   QStringLiteral("status: A new conversation's status must be active or ghost, not \"\".")};
    }

    void validate() {
        QFETCH(NewConversation, conversation);
        QFETCH(QStringList, expected);
        QCOMPARE(lines(conversation.validate(StatusVocabulary::classic())), expected);
    }
};

QTEST_GUILESS_MAIN(TestNewConversation)
#include "tst_newconversation.moc"
