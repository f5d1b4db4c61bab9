// The filter as one value: equality, emptiness, validation, its wire form inside a ListQuery, and
// how it gives way to show a conversation.
#include "classicdialect.h"
#include "conversation.h"
#include "conversationfilter.h"
#include "listquery.h"

#include <QTest>

using namespace bridge;

namespace {

QStringList lines(const FieldErrors &errors) {
    QStringList out;
    for (const FieldError &e : errors)
        out.append(e.field + QStringLiteral(": ") + e.message);
    return out;
}

ConversationStatus status(const char *raw) {
    return ConversationStatus(QString::fromLatin1(raw));
}

ParticipantRef ref(const char *identifier, ParticipantType type = ParticipantType::Unspecified) {
    return {QString::fromLatin1(identifier), type};
}

Participant person(const char *identifier) {
    Participant p;
    p.identifier = QString::fromLatin1(identifier);
    return p;
}

} // namespace

class TestConversationFilter : public QObject {
    Q_OBJECT
private slots:
    void emptiness() {
        QVERIFY(ConversationFilter{}.isEmpty());
        QVERIFY(!ConversationFilter({status("ghost"), std::nullopt, std::nullopt}).isEmpty());
        QVERIFY(!ConversationFilter({{}, ref("a@example.com"), std::nullopt}).isEmpty());
        QVERIFY(!ConversationFilter({{}, std::nullopt, ref("agent@example.com")}).isEmpty());
    }

    void equality() {
        const ConversationFilter a{status("ghost"), ref("a@example.com", ParticipantType::Email),
                                   std::nullopt};
        ConversationFilter b = a;
        QVERIFY(a == b);
        b.customer->type = ParticipantType::Unspecified; // the type is part of the filter
        QVERIFY(a != b);
        b = a;
        b.agent = ref("agent@example.com");
        QVERIFY(a != b);
        b = a;
        b.status = status("GHOST");
        QVERIFY(a != b);
    }

    void validate_data() {
        QTest::addColumn<ConversationFilter>("filter");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("none") << ConversationFilter{} << QStringList();
        QTest::newRow("every classic status")
            << ConversationFilter{status("archived"), ref("+15551234567"), ref("agent@example.com")}
            << QStringList();
        QTest::newRow("unknown status")
            << ConversationFilter{status("Active"), std::nullopt, std::nullopt}
            << QStringList{
                   QStringLiteral("status: The status must be active, archived or ghost, not \"Active\".")};
        QTest::newRow("blank customer and agent")
            << ConversationFilter{{}, ref("  "), ParticipantRef{}}
            << QStringList{QStringLiteral("externalUser: The external user filter needs an identifier."),
                           QStringLiteral("internalUser: The internal user filter needs an identifier.")};
    }

    void validate() {
        QFETCH(ConversationFilter, filter);
        QFETCH(QStringList, expected);
        QCOMPARE(lines(filter.validate(StatusVocabulary::classic())), expected);
        // A list query reports the filter's problems first, under the same parameter names.
        ListQuery query;
        query.filter = filter;
        QCOMPARE(lines(ClassicDialect().validate(query)), expected);
    }

    void wireFormThroughListQuery() {
        ListQuery query;
        query.filter = {status("ghost"), ref("+1 555", ParticipantType::Phone), ref("agent@example.com")};
        query.page = 2;
        QCOMPARE(ClassicDialect::encodedQuery(query),
                 QByteArray("status=ghost"
                            "&externalUser%5Bidentifier%5D=%2B1%20555&externalUser%5Btype%5D=phone"
                            "&internalUser%5Bidentifier%5D=agent%40example.com"
                            "&page=2&limit=20"));
        // The same filter at another position is the same filter.
        QCOMPARE(query.withPage(5).filter, query.filter);
    }

    void admitting() {
        Conversation c;
        c.status = status("ghost");
        c.externalParticipants = {person("Alice@Example.com")};
        c.internalParticipants = {person("agent@example.com")};

        // Everything matches (identifiers case-insensitively): nothing changes.
        const ConversationFilter matching{status("ghost"), ref("alice@example.com"),
                                          ref("AGENT@example.com")};
        QCOMPARE(matching.admitting(c), matching);

        // A status filter becomes the conversation's; customers and agents it lacks are dropped.
        const ConversationFilter hiding{status("archived"), ref("bob@example.com"), ref("other@example.com")};
        const ConversationFilter shown = hiding.admitting(c);
        QCOMPARE(shown.status, status("ghost"));
        QVERIFY(!shown.customer);
        QVERIFY(!shown.agent);

        // No status filter stays no status filter.
        const ConversationFilter any{{}, std::nullopt, std::nullopt};
        QCOMPARE(any.admitting(c), any);
    }
};

QTEST_GUILESS_MAIN(TestConversationFilter)
#include "tst_conversationfilter.moc"
