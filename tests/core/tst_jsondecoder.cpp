// Strict decoding: valid answers decode fully; every broken one names what was wrong and where.
#include "jsondecoder.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLibraryInfo>
#include <QLocale>
#include <QScopeGuard>
#include <QTest>
#include <QTimeZone>
#include <QTranslator>

using namespace bridge;

namespace {

// The list example of the seed documents, verbatim.
const char SeedListResponse[] = R"({
  "conversations": [
    {
      "id": "conv_abc123",
      "workspaceId": "ws_abc123",
      "externalParticipants": [
        {
          "identifier": "john.doe@example.com",
          "type": "email",
          "role": "external",
          "joinedAt": "2024-01-15T10:30:00Z",
          "lastSeenAt": "2024-01-15T15:45:00Z"
        }
      ],
      "internalParticipants": [
        {
          "identifier": "john.doe@example.com",
          "type": "email",
          "role": "external",
          "joinedAt": "2024-01-15T10:30:00Z",
          "lastSeenAt": "2024-01-15T15:45:00Z"
        }
      ],
      "name": "Support Request - John Doe",
      "status": "active",
      "teamId": "team_sales",
      "createdAt": "2024-01-15T10:30:00Z",
      "updatedAt": "2024-01-15T15:45:00Z"
    }
  ],
  "pagination": {
    "page": 1,
    "limit": 20,
    "total": 150,
    "totalPages": 8
  }
})";

// The create example of the seed documents, verbatim.
const char SeedConversationResponse[] = R"({
  "id": "conv_abc123",
  "workspaceId": "ws_abc123",
  "externalParticipants": [
    {
      "identifier": "john.doe@example.com",
      "type": "email",
      "role": "external",
      "joinedAt": "2024-01-15T10:30:00Z",
      "lastSeenAt": "2024-01-15T15:45:00Z"
    }
  ],
  "internalParticipants": [
    {
      "identifier": "john.doe@example.com",
      "type": "email",
      "role": "external",
      "joinedAt": "2024-01-15T10:30:00Z",
      "lastSeenAt": "2024-01-15T15:45:00Z"
    }
  ],
  "name": "Support Request - John Doe",
  "status": "active",
  "teamId": "team_sales",
  "createdAt": "2024-01-15T10:30:00Z",
  "updatedAt": "2024-01-15T15:45:00Z"
})";

const QByteArray GoodParticipant = R"({"identifier":"+15551234567","type":"phone"})";
const QByteArray GoodConversation =
    R"({"id":"c1","workspaceId":"ws","externalParticipants":[{"identifier":"+15551234567","type":"phone"}],)"
    R"("status":"active","createdAt":"2024-01-15T10:30:00Z","updatedAt":"2024-01-15T15:45:00Z"})";
const QByteArray GoodPagination = R"({"page":1,"limit":20,"total":1,"totalPages":1})";

QByteArray page(const QByteArray &conversations, const QByteArray &pagination = GoodPagination) {
    return "{\"conversations\":[" + conversations + "],\"pagination\":" + pagination + "}";
}

//! GoodConversation with one piece replaced.
QByteArray conversationWith(const QByteArray &from, const QByteArray &to) {
    QByteArray c = GoodConversation;
    Q_ASSERT(c.contains(from));
    return c.replace(from, to);
}

QByteArray paginationWith(const QByteArray &from, const QByteArray &to) {
    QByteArray p = GoodPagination;
    Q_ASSERT(p.contains(from));
    return page(GoodConversation, p.replace(from, to));
}

// Connect (api-connect.md): a page as the reference shows one, participants nested, role "INTERNAL"
// even among the externals (read as it comes: the list decides the side), nulls where it allows them.
const char ConnectListResponse[] = R"({
  "conversations": [
    {
      "id": "8b0f4a52-1c3d-4e5f-9a6b-7c8d9e0f1a2b",
      "workspaceId": "5a9d1c3e-7b2f-4e8a-9c61-0d4f8b2a7e13",
      "participants": {
        "externals": [
          {
            "identifier": "+5491155550123",
            "identifierType": "PHONE",
            "role": "INTERNAL",
            "joinedAt": "2025-03-01T12:00:00Z",
            "lastSeenAt": null
          }
        ],
        "internals": [
          {
            "identifier": "d2c1b0a9-8f7e-4d6c-5b4a-392817161514",
            "identifierType": "ID",
            "role": "ADMIN",
            "joinedAt": "2025-03-01T12:00:00.250Z",
            "lastSeenAt": "2025-03-02T08:15:30-03:00"
          }
        ]
      },
      "createdAt": "2025-03-01T12:00:00Z",
      "updatedAt": "2025-03-02T11:15:30Z",
      "name": null,
      "status": "ACTIVE"
    }
  ],
  "cursor": "eyJsYXN0IjoiOGIwZjRhNTIifQ=="
})";

const QByteArray GoodConnectConversation =
    R"({"id":"c1","workspaceId":"ws","participants":{"externals":[{"identifier":"+15551234567",)"
    R"("identifierType":"PHONE"}]},"status":"ACTIVE","createdAt":"2024-01-15T10:30:00Z",)"
    R"("updatedAt":"2024-01-15T15:45:00Z"})";

QByteArray connectPage(const QByteArray &conversations, const QByteArray &rest = R"(,"cursor":"next")") {
    return "{\"conversations\":[" + conversations + "]" + rest + "}";
}

//! GoodConnectConversation with one piece replaced.
QByteArray connectWith(const QByteArray &from, const QByteArray &to) {
    QByteArray c = GoodConnectConversation;
    Q_ASSERT(c.contains(from));
    return c.replace(from, to);
}

//! GoodConnectConversation whose participants are these.
QByteArray connectPeople(const QByteArray &participants) {
    return connectWith(R"({"externals":[{"identifier":"+15551234567","identifierType":"PHONE"}]})",
                       participants);
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms = 0) {
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

QString errorOf(const JsonDecoder::Result<ConversationPage> &result) {
    return std::holds_alternative<QString>(result) ? std::get<QString>(result) : QString();
}

} // namespace

class TestJsonDecoder : public QObject {
    Q_OBJECT
private slots:
    void seedListExample() {
        const auto result = JsonDecoder::decodePage(QByteArray(SeedListResponse));
        QVERIFY2(std::holds_alternative<ConversationPage>(result), qPrintable(errorOf(result)));
        const ConversationPage p = std::get<ConversationPage>(result);
        QCOMPARE(p.pagination, (Pagination{1, 20, 150, 8, false, QString()}));
        QVERIFY(!p.pagination.cursored);
        QCOMPARE(p.conversations.size(), 1);
        const Conversation &c = p.conversations.first();
        QCOMPARE(c.id, QStringLiteral("conv_abc123"));
        QCOMPARE(c.workspaceId, QStringLiteral("ws_abc123"));
        QCOMPARE(c.name, QStringLiteral("Support Request - John Doe"));
        QCOMPARE(c.status.raw(), QStringLiteral("active"));
        QCOMPARE(c.teamId, QStringLiteral("team_sales"));
        QCOMPARE(c.createdAt, utc(2024, 1, 15, 10, 30, 0));
        QCOMPARE(c.updatedAt, utc(2024, 1, 15, 15, 45, 0));
        QCOMPARE(c.createdAt.timeSpec(), Qt::UTC);
        QCOMPARE(c.externalParticipants.size(), 1);
        QCOMPARE(c.internalParticipants.size(), 1);
        const Participant &e = c.externalParticipants.first();
        QCOMPARE(e.identifier, QStringLiteral("john.doe@example.com"));
        QCOMPARE(e.type, QStringLiteral("email"));
        QCOMPARE(e.role, QStringLiteral("external"));
        QCOMPARE(e.joinedAt, utc(2024, 1, 15, 10, 30, 0));
        QCOMPARE(e.lastSeenAt, utc(2024, 1, 15, 15, 45, 0));
    }

    void seedConversationExample() {
        const auto result = JsonDecoder::decodeConversation(QByteArray(SeedConversationResponse));
        QVERIFY(std::holds_alternative<Conversation>(result));
        const auto listed = JsonDecoder::decodePage(QByteArray(SeedListResponse));
        QCOMPARE(std::get<Conversation>(result), std::get<ConversationPage>(listed).conversations.first());
    }

    void lenientWhereTheContractIs() {
        // Optional fields null or absent, unknown fields (even nested ones) ignored, unknown status kept,
        // a whole-number double accepted, a UTF-8 BOM accepted, an empty list.
        const QByteArray conversation =
            R"({"id":"c2","workspaceId":"ws","externalParticipants":[{"identifier":"a@b.co","type":"fax",)"
            R"("role":null,"joinedAt":null,"lastSeenAt":null,"avatar":{"x":[1,2,{"y":null}]}}],)"
            R"("internalParticipants":null,"name":null,"teamId":null,"status":"escalated","priority":7,)"
            R"("createdAt":"2024-01-15t10:30:00.123456z","updatedAt":"2024-01-15T12:30:00+02:00"})";
        const auto result = JsonDecoder::decodePage(
            "\xEF\xBB\xBF" +
            page(conversation,
                 R"({"page":1.0,"limit":20,"total":9007199254740992,"totalPages":0,"next":null})"));
        QVERIFY2(std::holds_alternative<ConversationPage>(result), qPrintable(errorOf(result)));
        const ConversationPage p = std::get<ConversationPage>(result);
        QCOMPARE(p.pagination.total, Q_INT64_C(9007199254740992));
        const Conversation &c = p.conversations.first();
        QCOMPARE(c.status.raw(), QStringLiteral("escalated"));
        QVERIFY(c.internalParticipants.isEmpty());
        QVERIFY(c.name.isEmpty());
        QVERIFY(c.teamId.isEmpty());
        QCOMPARE(c.createdAt, utc(2024, 1, 15, 10, 30, 0, 123));
        QCOMPARE(c.updatedAt, utc(2024, 1, 15, 10, 30, 0));
        QCOMPARE(c.externalParticipants.first().type, QStringLiteral("fax"));
        QVERIFY(!c.externalParticipants.first().lastSeenAt.isValid());
        QVERIFY(!c.externalParticipants.first().joinedAt.isValid());

        const auto empty = JsonDecoder::decodePage(
            R"({"conversations":[],"pagination":{"page":1,"limit":20,"total":0,"totalPages":0}})");
        QVERIFY(std::holds_alternative<ConversationPage>(empty));
        QVERIFY(std::get<ConversationPage>(empty).conversations.isEmpty());
    }

    void malformedPage_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");

        // Offsets are QJsonParseError's: just past the byte where parsing stopped (checked by hand).
        QTest::newRow("empty body") << QByteArray() << QStringLiteral("empty body");
        QTest::newRow("whitespace only") << QByteArray(" \r\n\t") << QStringLiteral("empty body");
        QTest::newRow("HTML, not JSON") << QByteArray("<html>502 Bad Gateway</html>")
                                        << QStringLiteral("not JSON: illegal value at offset 1");
        QTest::newRow("truncated") << QByteArray(R"({"conversations":[)")
                                   << QStringLiteral("not JSON: unterminated array at offset 18");
        QTest::newRow("garbage after the document")
            << (page(GoodConversation) + "x")
            << QStringLiteral("not JSON: garbage at the end of the document at offset 268");
        QTest::newRow("array at root")
            << QByteArray("[]") << QStringLiteral("(root): expected a JSON object, got an array");
        QTest::newRow("no conversations")
            << QByteArray(R"({"pagination":{"page":1,"limit":20,"total":0,"totalPages":0}})")
            << QStringLiteral("conversations: required");
        QTest::newRow("conversations not an array")
            << QByteArray(R"({"conversations":{},"pagination":{}})")
            << QStringLiteral("conversations: expected an array, got a JSON object");
        QTest::newRow("conversations null") << QByteArray(R"({"conversations":null})")
                                            << QStringLiteral("conversations: expected an array, got null");
        QTest::newRow("no pagination")
            << QByteArray(R"({"conversations":[]})") << QStringLiteral("pagination: required");
        QTest::newRow("pagination an array")
            << QByteArray(R"({"conversations":[],"pagination":[1,20,0,0]})")
            << QStringLiteral("pagination: expected a JSON object, got an array");
        QTest::newRow("total as string")
            << paginationWith(R"("total":1)", R"("total":"1")")
            << QStringLiteral("pagination.total: expected a whole number, got a string");
        QTest::newRow("page as boolean")
            << paginationWith(R"("page":1)", R"("page":true)")
            << QStringLiteral("pagination.page: expected a whole number, got a boolean");
        QTest::newRow("fractional page")
            << paginationWith(R"("page":1)", R"("page":1.5)")
            << QStringLiteral("pagination.page: expected a whole number, got 1.5");
        QTest::newRow("negative total")
            << paginationWith(R"("total":1)", R"("total":-3)")
            << QStringLiteral("pagination.total: expected a whole number of 0 or more, got -3");
        QTest::newRow("totalPages missing")
            << paginationWith(R"(,"totalPages":1)", "") << QStringLiteral("pagination.totalPages: required");
        QTest::newRow("limit null") << paginationWith(R"("limit":20)", R"("limit":null)")
                                    << QStringLiteral("pagination.limit: expected a whole number, got null");
        QTest::newRow("total above 2^53")
            << paginationWith(R"("total":1)", R"("total":9007199254740993)")
            << QStringLiteral("pagination.total: number too large (more than 9007199254740992)");
        QTest::newRow("total 1e20") << paginationWith(R"("total":1)", R"("total":1e20)")
                                    << QStringLiteral(
                                           "pagination.total: number too large (more than 9007199254740992)");
        QTest::newRow("page above int")
            << paginationWith(R"("page":1)", R"("page":2147483648)")
            << QStringLiteral("pagination.page: number too large (more than 2147483647)");
        QTest::newRow("1e400") << paginationWith(R"("total":1)", R"("total":1e400)")
                               << QStringLiteral("not JSON: illegal number at offset 255");
        QTest::newRow("conversation is a number")
            << page("42") << QStringLiteral("conversations[0]: expected a JSON object, got a number");
        QTest::newRow("id null") << page(conversationWith(R"("id":"c1")", R"("id":null)"))
                                 << QStringLiteral(
                                        "conversations[0].id: expected a non-empty string, got null");
        QTest::newRow("id empty") << page(conversationWith(R"("id":"c1")", R"("id":"")"))
                                  << QStringLiteral(
                                         "conversations[0].id: expected a non-empty string, got \"\"");
        QTest::newRow("id a number") << page(conversationWith(R"("id":"c1")", R"("id":1)"))
                                     << QStringLiteral(
                                            "conversations[0].id: expected a non-empty string, got a number");
        QTest::newRow("workspaceId missing") << page(conversationWith(R"("workspaceId":"ws",)", ""))
                                             << QStringLiteral("conversations[0].workspaceId: required");
        QTest::newRow("status missing") << page(conversationWith(R"("status":"active",)", ""))
                                        << QStringLiteral("conversations[0].status: required");
        QTest::newRow("externalParticipants missing")
            << page(conversationWith(
                   R"("externalParticipants":[{"identifier":"+15551234567","type":"phone"}],)", ""))
            << QStringLiteral("conversations[0].externalParticipants: required");
        QTest::newRow("internalParticipants a string")
            << page(conversationWith(R"("status")", R"("internalParticipants":"none","status")"))
            << QStringLiteral("conversations[0].internalParticipants: expected an array, got a string");
        QTest::newRow("name a number")
            << page(conversationWith(R"("status")", R"("name":12,"status")"))
            << QStringLiteral("conversations[0].name: expected a string, got a number");
        QTest::newRow("createdAt missing")
            << page(conversationWith(R"("createdAt":"2024-01-15T10:30:00Z",)", ""))
            << QStringLiteral("conversations[0].createdAt: required");
        QTest::newRow("createdAt date only")
            << page(conversationWith("2024-01-15T10:30:00Z", "2024-01-15"))
            << QStringLiteral(
                   "conversations[0].createdAt: expected an RFC 3339 date-time, got \"2024-01-15\"");
        QTest::newRow("createdAt without offset")
            << page(conversationWith("2024-01-15T10:30:00Z", "2024-01-15T10:30:00"))
            << QStringLiteral(
                   "conversations[0].createdAt: expected an RFC 3339 date-time, got \"2024-01-15T10:30:00\"");
        QTest::newRow("createdAt month 13")
            << page(conversationWith("2024-01-15T10:30:00Z", "2024-13-15T10:30:00Z"))
            << QStringLiteral("conversations[0].createdAt: expected an RFC 3339 date-time, got "
                              "\"2024-13-15T10:30:00Z\"");
        QTest::newRow("createdAt as a number")
            << page(conversationWith(R"("2024-01-15T10:30:00Z")", "1705314600"))
            << QStringLiteral("conversations[0].createdAt: expected an RFC 3339 date-time, got a number");
        QTest::newRow("updatedAt long garbage")
            << page(conversationWith("2024-01-15T15:45:00Z",
                                     "yesterday afternoon, around tea time, give or take"))
            << QStringLiteral("conversations[0].updatedAt: expected an RFC 3339 date-time, got \"yesterday "
                              "afternoon, around tea time, gi\u2026\"");
        QTest::newRow("participant missing identifier")
            << page(conversationWith(R"("identifier":"+15551234567",)", ""))
            << QStringLiteral("conversations[0].externalParticipants[0].identifier: required");
        QTest::newRow("participant type null")
            << page(conversationWith(R"("type":"phone")", R"("type":null)"))
            << QStringLiteral("conversations[0].externalParticipants[0].type: expected a string, got null");
        QTest::newRow("participant a string")
            << page(conversationWith(GoodParticipant, R"("+15551234567")"))
            << QStringLiteral(
                   "conversations[0].externalParticipants[0]: expected a JSON object, got a string");
        QTest::newRow("lastSeenAt a boolean")
            << page(conversationWith(R"("type":"phone")", R"("type":"phone","lastSeenAt":true)"))
            << QStringLiteral("conversations[0].externalParticipants[0].lastSeenAt: expected an RFC 3339 "
                              "date-time, got a boolean");
        QTest::newRow("second internal participant's joinedAt")
            << page(conversationWith(
                   R"("status")",
                   R"("internalParticipants":[{"identifier":"a","type":"email"},)"
                   R"({"identifier":"b","type":"email","joinedAt":"2024-01-15T10:30Z"}],"status")"))
            << QStringLiteral("conversations[0].internalParticipants[1].joinedAt: expected an RFC 3339 "
                              "date-time, got \"2024-01-15T10:30Z\"");
        QTest::newRow("fourth conversation broken")
            << page(GoodConversation + "," + GoodConversation + "," + GoodConversation + "," +
                    conversationWith(R"("createdAt":"2024-01-15T10:30:00Z")", R"("createdAt":"")"))
            << QStringLiteral("conversations[3].createdAt: expected an RFC 3339 date-time, got \"\"");
        QTest::newRow("invalid UTF-8 in a string")
            << page(conversationWith(R"("id":"c1")", "\"id\":\"c\xC3\x28\""))
            << QStringLiteral("not JSON: invalid UTF8 string at offset 26");
        QTest::newRow("overlong UTF-8") << QByteArray("{\"conversations\":\"\xC0\xAF\"}")
                                        << QStringLiteral("not JSON: invalid UTF8 string at offset 18");

        QByteArray deepArray(10000, '[');
        deepArray += QByteArray(10000, ']');
        QTest::newRow("10,000 nested arrays")
            << deepArray << QStringLiteral("not JSON: too deeply nested document at offset 1025");
        QByteArray deepField = "{\"conversations\":[],\"pagination\":{},\"x\":";
        for (int i = 0; i < 10000; ++i)
            deepField += "{\"a\":";
        deepField += "1" + QByteArray(10000, '}') + "}";
        QTest::newRow("10,000 nested objects in an unknown field")
            << deepField << QStringLiteral("not JSON: too deeply nested document at offset 5156");
    }

    void malformedPage() {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        const auto result = JsonDecoder::decodePage(body);
        QVERIFY2(std::holds_alternative<QString>(result), "decoded although it breaks the contract");
        QCOMPARE(std::get<QString>(result), expected);
    }

    //! With Qt's own German translation loaded (as bridge-desk loads it), the parser's words in
    //! this English detail stay English: no "not JSON: Ungültiger Wert at offset 1".
    void parserWordsNeverTranslated() {
        QTranslator german;
        QVERIFY2(german.load(QLocale(QLocale::German), QStringLiteral("qtbase"), QStringLiteral("_"),
                             QLibraryInfo::path(QLibraryInfo::TranslationsPath)),
                 "qtbase_de.qm (qt6-translations-l10n) is missing");
        QVERIFY(QCoreApplication::installTranslator(&german));
        const auto removeGerman = qScopeGuard([&german] { QCoreApplication::removeTranslator(&german); });
        QJsonParseError parseError;
        QJsonDocument::fromJson("<html>", &parseError);
        QVERIFY2(parseError.errorString() != QStringLiteral("illegal value"),
                 "Qt's translation does not translate the parser's words: this test would prove nothing");
        const auto result = JsonDecoder::decodePage(QByteArray("<html>502 Bad Gateway</html>"));
        QVERIFY(std::holds_alternative<QString>(result));
        QCOMPARE(std::get<QString>(result), QStringLiteral("not JSON: illegal value at offset 1"));
    }

    void malformedConversation_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("string at root") << QByteArray(R"("conv_abc123")")
                                        << QStringLiteral("(root): expected a JSON object, got a string");
        QTest::newRow("number at root")
            << QByteArray(" 42\n") << QStringLiteral("(root): expected a JSON object, got a number");
        QTest::newRow("null at root")
            << QByteArray("null") << QStringLiteral("(root): expected a JSON object, got null");
        QTest::newRow("two values at root")
            << QByteArray("1 2") << QStringLiteral("not JSON: illegal value at offset 1");
        QTest::newRow("empty object") << QByteArray("{}") << QStringLiteral("id: required");
        QTest::newRow("updatedAt missing") << conversationWith(R"(,"updatedAt":"2024-01-15T15:45:00Z")", "")
                                           << QStringLiteral("updatedAt: required");
        QTest::newRow("participants null")
            << conversationWith(R"([{"identifier":"+15551234567","type":"phone"}])", "null")
            << QStringLiteral("externalParticipants: expected an array, got null");
    }

    void malformedConversation() {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        const auto result = JsonDecoder::decodeConversation(body);
        QVERIFY2(std::holds_alternative<QString>(result), "decoded although it breaks the contract");
        QCOMPARE(std::get<QString>(result), expected);
    }

    // --- Connect ----------------------------------------------------------------------------------

    void connectListExample() {
        const auto result = JsonDecoder::decodeConnectPage(QByteArray(ConnectListResponse));
        QVERIFY2(std::holds_alternative<ConversationPage>(result), qPrintable(errorOf(result)));
        const ConversationPage p = std::get<ConversationPage>(result);
        QVERIFY(p.pagination.cursored);
        QCOMPARE(p.pagination.nextCursor, QStringLiteral("eyJsYXN0IjoiOGIwZjRhNTIifQ=="));
        QVERIFY(p.pagination.hasNext());
        QCOMPARE(p.pagination.total, qint64(0)); // no totals in this generation
        QCOMPARE(p.pagination.totalPages, 0);
        QCOMPARE(p.conversations.size(), 1);
        const Conversation &c = p.conversations.first();
        QCOMPARE(c.id, QStringLiteral("8b0f4a52-1c3d-4e5f-9a6b-7c8d9e0f1a2b"));
        QCOMPARE(c.workspaceId, QStringLiteral("5a9d1c3e-7b2f-4e8a-9c61-0d4f8b2a7e13"));
        QVERIFY(c.name.isEmpty());
        QCOMPARE(c.status.raw(), QStringLiteral("ACTIVE"));
        QVERIFY(c.teamId.isEmpty());
        QCOMPARE(c.createdAt, utc(2025, 3, 1, 12, 0, 0));
        QCOMPARE(c.updatedAt, utc(2025, 3, 2, 11, 15, 30));
        QCOMPARE(c.externalParticipants.size(), 1);
        const Participant &e = c.externalParticipants.first();
        QCOMPARE(e.identifier, QStringLiteral("+5491155550123"));
        QCOMPARE(e.type, QStringLiteral("PHONE"));
        QCOMPARE(e.role, QStringLiteral("INTERNAL")); // as it came: the list decides the side
        QCOMPARE(e.joinedAt, utc(2025, 3, 1, 12, 0, 0));
        QVERIFY(!e.lastSeenAt.isValid());
        QCOMPARE(c.internalParticipants.size(), 1);
        const Participant &i = c.internalParticipants.first();
        QCOMPARE(i.identifier, QStringLiteral("d2c1b0a9-8f7e-4d6c-5b4a-392817161514"));
        QCOMPARE(i.type, QStringLiteral("ID"));
        QCOMPARE(i.role, QStringLiteral("ADMIN"));
        QCOMPARE(i.joinedAt, utc(2025, 3, 1, 12, 0, 0, 250));
        QCOMPARE(i.lastSeenAt, utc(2025, 3, 2, 11, 15, 30));

        // The same conversation alone (get, create, update) decodes to the same value.
        const QByteArray doc(ConnectListResponse);
        const qsizetype from = doc.indexOf('{', doc.indexOf('['));
        const qsizetype to = doc.lastIndexOf(']');
        const QByteArray one = doc.mid(from, doc.lastIndexOf('}', to) - from + 1);
        const auto alone = JsonDecoder::decodeConnectConversation(one);
        QVERIFY(std::holds_alternative<Conversation>(alone));
        QCOMPARE(std::get<Conversation>(alone), c);
    }

    void connectCursor_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("cursor");
        const auto with = [](const QByteArray &rest) { return connectPage(GoodConnectConversation, rest); };
        QTest::newRow("string") << with(R"(,"cursor":"c2")") << QStringLiteral("c2");
        QTest::newRow("escaped, opaque")
            << with(R"(,"cursor":"a+b\/c==\u00e9 ")") << QStringLiteral("a+b/c==\u00e9 ");
        QTest::newRow("null: last page") << with(R"(,"cursor":null)") << QString();
        QTest::newRow("absent: last page") << with({}) << QString();
        QTest::newRow("empty: last page") << with(R"(,"cursor":"")") << QString();
        QTest::newRow("before the list")
            << QByteArray(R"({"cursor":"first","conversations":[)" + GoodConnectConversation + "]}")
            << QStringLiteral("first");
    }

    void connectCursor() {
        QFETCH(QByteArray, body);
        QFETCH(QString, cursor);
        const auto result = JsonDecoder::decodeConnectPage(body);
        QVERIFY2(std::holds_alternative<ConversationPage>(result), qPrintable(errorOf(result)));
        const Pagination p = std::get<ConversationPage>(result).pagination;
        QVERIFY(p.cursored);
        QCOMPARE(p.nextCursor, cursor);
        QCOMPARE(p.hasNext(), !cursor.isEmpty());
        QVERIFY(JsonDecoder::decodeConnectPageThroughDom(body) == result);
    }

    void connectLenientWhereTheReferenceIs() {
        // Nulls where allowed, internals absent or null, unknown statuses kept, unknown fields (even
        // nested, even a classic-looking teamId) ignored, identifier types kept as they came.
        const QByteArray a =
            R"({"id":"c2","workspaceId":"ws","participants":{"externals":[{"identifier":"x@y.co",)"
            R"("identifierType":"email","role":null,"joinedAt":null,"lastSeenAt":null,"avatar":{"u":[1,{}]}}],)"
            R"("internals":null,"observers":[1,2]},"name":null,"status":"ESCALATED_TO_LEGAL","teamId":"t1",)"
            R"("priority":7,"createdAt":"2024-01-15t10:30:00.123456z","updatedAt":"2024-01-15T12:30:00+02:00"})";
        const QByteArray b = connectWith(R"("status":"ACTIVE",)", R"("status":null,"name":"Caf\u00e9",)");
        const QByteArray c = connectPeople(R"({"externals":[]})");
        const auto result =
            JsonDecoder::decodeConnectPage(connectPage(a + "," + b + "," + c, R"(,"next":{})"));
        QVERIFY2(std::holds_alternative<ConversationPage>(result), qPrintable(errorOf(result)));
        const ConversationPage p = std::get<ConversationPage>(result);
        QCOMPARE(p.conversations.size(), 3);
        const Conversation &first = p.conversations.at(0);
        QCOMPARE(first.status.raw(), QStringLiteral("ESCALATED_TO_LEGAL"));
        QVERIFY(first.teamId.isEmpty());
        QVERIFY(first.name.isEmpty());
        QVERIFY(first.internalParticipants.isEmpty());
        QCOMPARE(first.externalParticipants.first().type, QStringLiteral("email"));
        QVERIFY(first.externalParticipants.first().role.isEmpty());
        QCOMPARE(first.createdAt, utc(2024, 1, 15, 10, 30, 0, 123));
        QCOMPARE(first.updatedAt, utc(2024, 1, 15, 10, 30, 0));
        const Conversation &second = p.conversations.at(1);
        QVERIFY(second.status.isEmpty()); // null: no status
        QCOMPARE(second.name, QStringLiteral("Caf\u00e9"));
        QVERIFY(p.conversations.at(2).externalParticipants.isEmpty());
        QVERIFY(!p.pagination.hasNext());

        const auto empty = JsonDecoder::decodeConnectPage(R"({"conversations":[],"cursor":null})");
        QVERIFY(std::holds_alternative<ConversationPage>(empty));
        QVERIFY(std::get<ConversationPage>(empty).conversations.isEmpty());
    }

    void connectMalformedPage_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");

        QTest::newRow("empty body") << QByteArray() << QStringLiteral("empty body");
        QTest::newRow("HTML") << QByteArray("<html>")
                              << QStringLiteral("not JSON: illegal value at offset 1");
        QTest::newRow("array at root")
            << QByteArray("[]") << QStringLiteral("(root): expected a JSON object, got an array");
        QTest::newRow("no conversations")
            << QByteArray(R"({"cursor":"c"})") << QStringLiteral("conversations: required");
        QTest::newRow("conversations null") << QByteArray(R"({"conversations":null})")
                                            << QStringLiteral("conversations: expected an array, got null");
        QTest::newRow("a classic page")
            << QByteArray(
                   R"({"conversations":[{"id":"c1","workspaceId":"ws","externalParticipants":[],)"
                   R"("status":"active","createdAt":"2024-01-15T10:30:00Z","updatedAt":)"
                   R"("2024-01-15T10:30:00Z"}],"pagination":{"page":1,"limit":20,"total":1,"totalPages":1}})")
            << QStringLiteral("conversations[0].participants: required");
        QTest::newRow("cursor a number") << connectPage(GoodConnectConversation, R"(,"cursor":2)")
                                         << QStringLiteral("cursor: expected a string, got a number");
        QTest::newRow("cursor an object")
            << connectPage(GoodConnectConversation, R"(,"cursor":{"after":"c"})")
            << QStringLiteral("cursor: expected a string, got a JSON object");
        QTest::newRow("cursor false") << connectPage(GoodConnectConversation, R"(,"cursor":false)")
                                      << QStringLiteral("cursor: expected a string, got a boolean");
        QTest::newRow("conversation a string")
            << connectPage(R"("c1")")
            << QStringLiteral("conversations[0]: expected a JSON object, got a string");
        QTest::newRow("id missing") << connectPage(connectWith(R"("id":"c1",)", ""))
                                    << QStringLiteral("conversations[0].id: required");
        QTest::newRow("id empty") << connectPage(connectWith(R"("id":"c1")", R"("id":"")"))
                                  << QStringLiteral(
                                         "conversations[0].id: expected a non-empty string, got \"\"");
        QTest::newRow("workspaceId null")
            << connectPage(connectWith(R"("workspaceId":"ws")", R"("workspaceId":null)"))
            << QStringLiteral("conversations[0].workspaceId: expected a string, got null");
        QTest::newRow("participants missing")
            << connectPage(connectWith(R"("participants":{"externals":[{"identifier":"+15551234567",)"
                                       R"("identifierType":"PHONE"}]},)",
                                       ""))
            << QStringLiteral("conversations[0].participants: required");
        QTest::newRow("participants null")
            << connectPage(connectPeople("null"))
            << QStringLiteral("conversations[0].participants: expected a JSON object, got null");
        QTest::newRow("participants an array")
            << connectPage(connectPeople("[]"))
            << QStringLiteral("conversations[0].participants: expected a JSON object, got an array");
        QTest::newRow("externals missing")
            << connectPage(connectPeople(R"({"internals":[]})"))
            << QStringLiteral("conversations[0].participants.externals: required");
        QTest::newRow("externals null")
            << connectPage(connectPeople(R"({"externals":null})"))
            << QStringLiteral("conversations[0].participants.externals: expected an array, got null");
        QTest::newRow("internals a string")
            << connectPage(connectPeople(R"({"externals":[],"internals":"none"})"))
            << QStringLiteral("conversations[0].participants.internals: expected an array, got a string");
        QTest::newRow("external a string")
            << connectPage(connectPeople(R"({"externals":["+15551234567"]})"))
            << QStringLiteral(
                   "conversations[0].participants.externals[0]: expected a JSON object, got a string");
        QTest::newRow("second external's identifierType missing")
            << connectPage(connectPeople(R"({"externals":[{"identifier":"a@b.co","identifierType":"EMAIL"},)"
                                         R"({"identifier":"+15551234567"}]})"))
            << QStringLiteral("conversations[0].participants.externals[1].identifierType: required");
        QTest::newRow("classic's type instead of identifierType")
            << connectPage(connectPeople(R"({"externals":[{"identifier":"a@b.co","type":"email"}]})"))
            << QStringLiteral("conversations[0].participants.externals[0].identifierType: required");
        QTest::newRow("identifierType null")
            << connectPage(connectPeople(R"({"externals":[{"identifier":"a@b.co","identifierType":null}]})"))
            << QStringLiteral(
                   "conversations[0].participants.externals[0].identifierType: expected a string, got null");
        QTest::newRow("identifier a number")
            << connectPage(
                   connectPeople(R"({"externals":[{"identifier":15551234567,"identifierType":"PHONE"}]})"))
            << QStringLiteral(
                   "conversations[0].participants.externals[0].identifier: expected a string, got a number");
        QTest::newRow("role a number")
            << connectPage(
                   connectPeople(R"({"externals":[{"identifier":"a","identifierType":"ID","role":1}]})"))
            << QStringLiteral(
                   "conversations[0].participants.externals[0].role: expected a string, got a number");
        QTest::newRow("internal's lastSeenAt not a date")
            << connectPage(
                   connectPeople(R"({"externals":[],"internals":[{"identifier":"a","identifierType":"ID",)"
                                 R"("lastSeenAt":"yesterday"}]})"))
            << QStringLiteral("conversations[0].participants.internals[0].lastSeenAt: expected an RFC 3339 "
                              "date-time, got \"yesterday\"");
        QTest::newRow("joinedAt a number")
            << connectPage(
                   connectPeople(R"({"externals":[],"internals":[{"identifier":"a","identifierType":"ID"},)"
                                 R"({"identifier":"b","identifierType":"ID","joinedAt":1705314600}]})"))
            << QStringLiteral("conversations[0].participants.internals[1].joinedAt: expected an RFC 3339 "
                              "date-time, got a number");
        QTest::newRow("status a number")
            << connectPage(connectWith(R"("status":"ACTIVE")", R"("status":1)"))
            << QStringLiteral("conversations[0].status: expected a string, got a number");
        QTest::newRow("name an object")
            << connectPage(connectWith(R"("status")", R"("name":{"first":"A"},"status")"))
            << QStringLiteral("conversations[0].name: expected a string, got a JSON object");
        QTest::newRow("createdAt without offset")
            << connectPage(connectWith("2024-01-15T10:30:00Z", "2024-01-15T10:30:00"))
            << QStringLiteral("conversations[0].createdAt: expected an RFC 3339 date-time, got "
                              "\"2024-01-15T10:30:00\"");
        QTest::newRow("updatedAt null")
            << connectPage(connectWith(R"("2024-01-15T15:45:00Z")", "null"))
            << QStringLiteral("conversations[0].updatedAt: expected an RFC 3339 date-time, got null");
        QTest::newRow("third conversation broken")
            << connectPage(GoodConnectConversation + "," + GoodConnectConversation + "," +
                           connectPeople(R"({"externals":[{"identifier":"a","identifierType":7}]})"))
            << QStringLiteral(
                   "conversations[2].participants.externals[0].identifierType: expected a string, got "
                   "a number");
        QTest::newRow("garbage after the document")
            << connectPage(GoodConnectConversation) + "]"
            << QStringLiteral("not JSON: garbage at the end of the document at offset 240");
    }

    void connectMalformedPage() {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        const auto result = JsonDecoder::decodeConnectPage(body);
        QVERIFY2(std::holds_alternative<QString>(result), "decoded although it breaks the reference");
        QCOMPARE(std::get<QString>(result), expected);
        QCOMPARE(JsonDecoder::decodeConnectPageThroughDom(body), result);
    }

    void connectMalformedConversation_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty object") << QByteArray("{}") << QStringLiteral("id: required");
        QTest::newRow("a page") << connectPage(GoodConnectConversation) << QStringLiteral("id: required");
        QTest::newRow("a classic conversation")
            << QByteArray(R"({"id":"c1","workspaceId":"ws","externalParticipants":[],"status":"active"})")
            << QStringLiteral("participants: required");
        QTest::newRow("external's identifierType missing")
            << connectPeople(R"({"externals":[{"identifier":"a@b.co"}]})")
            << QStringLiteral("participants.externals[0].identifierType: required");
        QTest::newRow("createdAt missing") << connectWith(R"("createdAt":"2024-01-15T10:30:00Z",)", "")
                                           << QStringLiteral("createdAt: required");
        QTest::newRow("number at root")
            << QByteArray("7") << QStringLiteral("(root): expected a JSON object, got a number");
    }

    void connectMalformedConversation() {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        const auto result = JsonDecoder::decodeConnectConversation(body);
        QVERIFY2(std::holds_alternative<QString>(result), "decoded although it breaks the reference");
        QCOMPARE(std::get<QString>(result), expected);
    }

    void providerChannels() {
        const auto ok = JsonDecoder::decodeProviderChannels(
            R"({"workspaceId":"w","providerChannels":[{"provider":"WHATSAPP","identifier":"+15550100"},)"
            R"({"provider":"HEYGIA","identifier":"hg-1","extra":true}]})");
        QVERIFY(std::holds_alternative<QList<ProviderChannel>>(ok));
        QCOMPARE(std::get<QList<ProviderChannel>>(ok),
                 (QList<ProviderChannel>{{QStringLiteral("WHATSAPP"), QStringLiteral("+15550100")},
                                         {QStringLiteral("HEYGIA"), QStringLiteral("hg-1")}}));
        const auto none = JsonDecoder::decodeProviderChannels(R"({"providerChannels":[]})");
        QVERIFY(std::get<QList<ProviderChannel>>(none).isEmpty());
        QCOMPARE(std::get<QString>(JsonDecoder::decodeProviderChannels(R"({"channels":[]})")),
                 QStringLiteral("providerChannels: required"));
        QCOMPARE(std::get<QString>(JsonDecoder::decodeProviderChannels(
                     R"({"providerChannels":[{"provider":"WHATSAPP","identifier":"+1"},{"provider":""}]})")),
                 QStringLiteral("providerChannels[1].provider: expected a non-empty string, got \"\""));
        QCOMPARE(std::get<QString>(JsonDecoder::decodeProviderChannels(
                     R"({"providerChannels":[{"provider":"WHATSAPP"}]})")),
                 QStringLiteral("providerChannels[0].identifier: required"));
    }

    void errorCode_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("code") << QByteArray(R"({"code":"BRIDGE_CONVERSATION_0001","message":"Not found"})")
                              << QStringLiteral("BRIDGE_CONVERSATION_0001");
        QTest::newRow("errorCode") << QByteArray(R"({"errorCode":"BRIDGE_CONVERSATION_0101"})")
                                   << QStringLiteral("BRIDGE_CONVERSATION_0101");
        QTest::newRow("error.code") << QByteArray(
                                           R"({"error":{"code":"BRIDGE_CONVERSATION_0204","message":"m"}})")
                                    << QStringLiteral("BRIDGE_CONVERSATION_0204");
        QTest::newRow("code first") << QByteArray(R"({"error":{"code":"C"},"errorCode":"B","code":"A"})")
                                    << QStringLiteral("A");
        QTest::newRow("then errorCode")
            << QByteArray(R"({"error":{"code":"C"},"errorCode":"B"})") << QStringLiteral("B");
        QTest::newRow("numeric code skipped")
            << QByteArray(R"({"code":404,"errorCode":"BRIDGE_CONVERSATION_0002"})")
            << QStringLiteral("BRIDGE_CONVERSATION_0002");
        QTest::newRow("blank code skipped")
            << QByteArray(R"({"code":"  ","error":{"code":" X1 "}})") << QStringLiteral("X1");
        QTest::newRow("error a string") << QByteArray(R"({"error":"BRIDGE_CONVERSATION_0001"})") << QString();
        QTest::newRow("none") << QByteArray(R"({"message":"m","detail":"d"})") << QString();
        QTest::newRow("not JSON") << QByteArray("502 Bad Gateway") << QString();
        QTest::newRow("array") << QByteArray(R"([{"code":"A"}])") << QString();
        QTest::newRow("empty") << QByteArray() << QString();
    }

    void errorCode() {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        QCOMPARE(JsonDecoder::errorCode(body), expected);
    }

    void parseDateTime_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected"); // invalid: rejected

        const QDateTime rejected;
        QTest::newRow("Z") << QStringLiteral("2024-01-15T10:30:00Z") << utc(2024, 1, 15, 10, 30, 0);
        QTest::newRow("lower case t and z")
            << QStringLiteral("2024-01-15t10:30:00z") << utc(2024, 1, 15, 10, 30, 0);
        QTest::newRow("positive offset")
            << QStringLiteral("2024-01-15T10:30:00+05:30") << utc(2024, 1, 15, 5, 0, 0);
        QTest::newRow("negative offset crosses midnight")
            << QStringLiteral("2024-01-15T22:30:00-03:00") << utc(2024, 1, 16, 1, 30, 0);
        QTest::newRow("-00:00") << QStringLiteral("2024-01-15T10:30:00-00:00") << utc(2024, 1, 15, 10, 30, 0);
        QTest::newRow("one fraction digit")
            << QStringLiteral("2024-01-15T10:30:00.5Z") << utc(2024, 1, 15, 10, 30, 0, 500);
        QTest::newRow("nanoseconds truncated")
            << QStringLiteral("2024-01-15T10:30:00.987654321Z") << utc(2024, 1, 15, 10, 30, 0, 987);
        QTest::newRow("leap day") << QStringLiteral("2024-02-29T00:00:00Z") << utc(2024, 2, 29, 0, 0, 0);
        QTest::newRow("leap second") << QStringLiteral("2016-12-31T23:59:60Z") << utc(2017, 1, 1, 0, 0, 0);

        QTest::newRow("date only") << QStringLiteral("2024-01-15") << rejected;
        QTest::newRow("space separator") << QStringLiteral("2024-01-15 10:30:00Z") << rejected;
        QTest::newRow("no offset") << QStringLiteral("2024-01-15T10:30:00") << rejected;
        QTest::newRow("no seconds") << QStringLiteral("2024-01-15T10:30Z") << rejected;
        QTest::newRow("basic offset") << QStringLiteral("2024-01-15T10:30:00+0100") << rejected;
        QTest::newRow("empty fraction") << QStringLiteral("2024-01-15T10:30:00.Z") << rejected;
        QTest::newRow("Feb 30") << QStringLiteral("2024-02-30T10:30:00Z") << rejected;
        QTest::newRow("Feb 29 of a common year") << QStringLiteral("2023-02-29T10:30:00Z") << rejected;
        QTest::newRow("hour 24") << QStringLiteral("2024-01-15T24:00:00Z") << rejected;
        QTest::newRow("minute 60") << QStringLiteral("2024-01-15T10:60:00Z") << rejected;
        QTest::newRow("offset hour 24") << QStringLiteral("2024-01-15T10:30:00+24:00") << rejected;
        QTest::newRow("two-digit year") << QStringLiteral("24-01-15T10:30:00Z") << rejected;
        QTest::newRow("leading space") << QStringLiteral(" 2024-01-15T10:30:00Z") << rejected;
        QTest::newRow("trailing newline") << QStringLiteral("2024-01-15T10:30:00Z\n") << rejected;
        QTest::newRow("Arabic-Indic digits")
            << QStringLiteral("\u0662\u0660\u0662\u0664-01-15T10:30:00Z") << rejected;
        QTest::newRow("Unix time") << QStringLiteral("1705314600") << rejected;
    }

    void parseDateTime() {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const QDateTime parsed = JsonDecoder::parseDateTime(text);
        QCOMPARE(parsed.isValid(), expected.isValid());
        if (expected.isValid()) {
            QCOMPARE(parsed, expected);
            QCOMPARE(parsed.timeSpec(), Qt::UTC);
        }
    }

    void errorMessage_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("message first")
            << QByteArray(R"({"detail":"d","error":"e","message":"signature mismatch"})")
            << QStringLiteral("signature mismatch");
        QTest::newRow("then error") << QByteArray(R"({"detail":"d","error":"Unauthorized"})")
                                    << QStringLiteral("Unauthorized");
        QTest::newRow("error object") << QByteArray(R"({"error":{"code":42,"message":"limit out of range"}})")
                                      << QStringLiteral("limit out of range");
        QTest::newRow("then detail") << QByteArray(R"({"detail":"Not found"})")
                                     << QStringLiteral("Not found");
        QTest::newRow("detail list")
            << QByteArray(R"({"detail":[{"loc":["query","limit"],"msg":"too big"},{"msg":"and more"}]})")
            << QStringLiteral("too big; and more");
        QTest::newRow("empty message skipped")
            << QByteArray(R"({"message":"","error":"Bad Request"})") << QStringLiteral("Bad Request");
        QTest::newRow("message not a string skipped")
            << QByteArray(R"({"message":5,"detail":"x"})") << QStringLiteral("x");
        QTest::newRow("none") << QByteArray(R"({"code":500})") << QString();
        QTest::newRow("not JSON") << QByteArray("Internal Server Error") << QString();
        QTest::newRow("array") << QByteArray(R"(["message"])") << QString();
        QTest::newRow("empty") << QByteArray() << QString();
    }

    void errorMessage() {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        QCOMPARE(JsonDecoder::errorMessage(body), expected);
    }
};

QTEST_GUILESS_MAIN(TestJsonDecoder)
#include "tst_jsondecoder.moc"
