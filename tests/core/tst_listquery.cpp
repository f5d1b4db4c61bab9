// The list query on the wire, byte for byte, and its validation.
#include "classicdialect.h"
#include "listquery.h"

#include <QTest>
#include <QUrl>

using namespace bridge;

Q_DECLARE_METATYPE(bridge::ListQuery)

namespace {

QStringList lines(const FieldErrors &errors) {
    QStringList out;
    for (const FieldError &e : errors)
        out.append(e.field + QStringLiteral(": ") + e.message);
    return out;
}

ListQuery withExternal(const QString &identifier, ParticipantType type = ParticipantType::Unspecified) {
    ListQuery q;
    q.filter.customer = ParticipantRef{identifier, type};
    return q;
}

//! What most servers do with a query value: '+' is a space, then %XX decoded.
QString formDecode(QByteArray value) {
    value.replace('+', ' ');
    return QUrl::fromPercentEncoding(value);
}

} // namespace

class TestListQuery : public QObject {
    Q_OBJECT
private slots:
    void encoded_data() {
        QTest::addColumn<ListQuery>("query");
        QTest::addColumn<QByteArray>("expected");

        QTest::newRow("defaults") << ListQuery() << QByteArray("page=1&limit=20");

        ListQuery status;
        status.filter.status = ConversationStatus(QStringLiteral("ghost"));
        QTest::newRow("status") << status << QByteArray("status=ghost&page=1&limit=20");

        QTest::newRow("phone with + and dashes")
            << withExternal(QStringLiteral("+1-555-123-4567"), ParticipantType::Phone)
            << QByteArray("externalUser%5Bidentifier%5D=%2B1-555-123-4567&externalUser%5Btype%5D=phone&page="
                          "1&limit=20");
        QTest::newRow("email with + tag")
            << withExternal(QStringLiteral("john+vip@example.com"), ParticipantType::Email)
            << QByteArray("externalUser%5Bidentifier%5D=john%2Bvip%40example.com&externalUser%5Btype%5D="
                          "email&page=1&limit=20");
        QTest::newRow("type omitted when unspecified")
            << withExternal(QStringLiteral("john@example.com"))
            << QByteArray("externalUser%5Bidentifier%5D=john%40example.com&page=1&limit=20");
        QTest::newRow("spaces and parentheses")
            << withExternal(QStringLiteral("+44 (20) 7946 0958"))
            << QByteArray("externalUser%5Bidentifier%5D=%2B44%20%2820%29%207946%200958&page=1&limit=20");
        QTest::newRow("ampersand and equals")
            << withExternal(QStringLiteral("a&b=c"))
            << QByteArray("externalUser%5Bidentifier%5D=a%26b%3Dc&page=1&limit=20");
        QTest::newRow("brackets in the value")
            << withExternal(QStringLiteral("x[1]"))
            << QByteArray("externalUser%5Bidentifier%5D=x%5B1%5D&page=1&limit=20");
        QTest::newRow("non-ASCII")
            << withExternal(QStringLiteral("Jos\u00e9 \u738b"))
            << QByteArray("externalUser%5Bidentifier%5D=Jos%C3%A9%20%E7%8E%8B&page=1&limit=20");
        QTest::newRow("unreserved kept, reserved encoded")
            << withExternal(QStringLiteral("AZaz09-._~/?#:!*'(),;$%"))
            << QByteArray("externalUser%5Bidentifier%5D=AZaz09-._~%2F%3F%23%3A%21%2A%27%28%29%2C%3B%24%25&"
                          "page=1&limit=20");

        ListQuery internal;
        internal.filter.agent = ParticipantRef{QStringLiteral("agent@example.com"), ParticipantType::Email};
        QTest::newRow("internal user") << internal
                                       << QByteArray("internalUser%5Bidentifier%5D=agent%40example.com&"
                                                     "internalUser%5Btype%5D=email&page=1&limit=20");

        ListQuery all;
        all.limit = 50;
        all.page = 3;
        all.filter.agent = ParticipantRef{QStringLiteral("agent@example.com"), ParticipantType::Unspecified};
        all.filter.customer = ParticipantRef{QStringLiteral("+44 20 7946 0958"), ParticipantType::Phone};
        all.filter.status = ConversationStatus(QStringLiteral("archived"));
        QTest::newRow("everything, in the stable order")
            << all
            << QByteArray(
                   "status=archived"
                   "&externalUser%5Bidentifier%5D=%2B44%2020%207946%200958&externalUser%5Btype%5D=phone"
                   "&internalUser%5Bidentifier%5D=agent%40example.com"
                   "&page=3&limit=50");
    }

    void encoded() {
        QFETCH(ListQuery, query);
        QFETCH(QByteArray, expected);
        QCOMPARE(ClassicDialect::encodedQuery(query), expected);
    }

    void plusSurvivesAFormDecodingServer() {
        const QString phone = QStringLiteral("+1-555-123-4567");
        const QByteArray query = ClassicDialect::encodedQuery(withExternal(phone, ParticipantType::Phone));
        const QByteArray value = query.split('&').first().split('=').last();
        QCOMPARE(formDecode(value), phone);
        QVERIFY(!query.contains('+'));
    }

    void percentEncodeComponent() {
        QCOMPARE(percentEncodeQueryComponent(QString()), QByteArray());
        QCOMPARE(percentEncodeQueryComponent(QStringLiteral("a b+c")), QByteArray("a%20b%2Bc"));
        QCOMPARE(percentEncodeQueryComponent(QStringLiteral("\U0001F600")), QByteArray("%F0%9F%98%80"));
        QCOMPARE(percentEncodeQueryComponent(QStringLiteral("\u00ff")),
                 QByteArray("%C3%BF")); // upper-case hex
    }

    void withPageKeepsFilters() {
        ListQuery q = withExternal(QStringLiteral("+15551234567"), ParticipantType::Phone);
        q.filter.status = ConversationStatus(QStringLiteral("active"));
        q.limit = 100;
        const ListQuery next = q.withPage(7);
        QCOMPARE(next.page, 7);
        QCOMPARE(q.page, 1);
        ListQuery expected = q;
        expected.page = 7;
        QCOMPARE(next, expected);
    }

    void validate_data() {
        QTest::addColumn<ListQuery>("query");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("defaults ok") << ListQuery() << QStringList();
        ListQuery edges;
        edges.filter.status = ConversationStatus(QStringLiteral("archived"));
        edges.limit = 100;
        edges.page = 999;
        QTest::newRow("edges ok") << edges << QStringList();

        ListQuery badStatus;
        badStatus.filter.status = ConversationStatus(QStringLiteral("Active"));
        QTest::newRow("bad status")
            << badStatus
            << QStringList{
                   QStringLiteral("status: The status must be active, archived or ghost, not \"Active\".")};
        ListQuery page0;
        page0.page = 0;
        QTest::newRow("page 0") << page0 << QStringList{QStringLiteral("page: The page must be 1 or more.")};
        ListQuery limit19;
        limit19.limit = 19;
        QTest::newRow("limit 19") << limit19
                                  << QStringList{
                                         QStringLiteral("limit: The page size must be between 20 and 100.")};
        ListQuery limit101;
        limit101.limit = 101;
        QTest::newRow("limit 101") << limit101
                                   << QStringList{
                                          QStringLiteral("limit: The page size must be between 20 and 100.")};
        QTest::newRow("blank external filter")
            << withExternal(QStringLiteral("  "), ParticipantType::Email)
            << QStringList{QStringLiteral("externalUser: The external user filter needs an identifier.")};

        ListQuery everything;
        everything.filter.status = ConversationStatus(QStringLiteral("deleted"));
        everything.filter.customer = ParticipantRef{};
        everything.filter.agent = ParticipantRef{};
        everything.page = -1;
        everything.limit = 0;
        QTest::newRow("every problem, in order")
            << everything
            << QStringList{
                   QStringLiteral("status: The status must be active, archived or ghost, not \"deleted\"."),
                   QStringLiteral("externalUser: The external user filter needs an identifier."),
                   QStringLiteral("internalUser: The internal user filter needs an identifier."),
                   QStringLiteral("page: The page must be 1 or more."),
                   QStringLiteral("limit: The page size must be between 20 and 100.")};
    }

    void validate() {
        QFETCH(ListQuery, query);
        QFETCH(QStringList, expected);
        QCOMPARE(lines(ClassicDialect().validate(query)), expected);
    }
};

QTEST_GUILESS_MAIN(TestListQuery)
#include "tst_listquery.moc"
