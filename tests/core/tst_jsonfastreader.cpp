// JsonFastReader, the decoder's fast path: whatever bytes it is given, a value from it equals what
// the DOM path (JsonDecoder::decode*ThroughDom) makes of the same bytes, and decodePage /
// decodeConversation answer exactly as the DOM path does, values and error sentences alike.
#include "jsondecoder.h"
#include "jsonfastreader.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace bridge;

namespace {

// Two conversations as the sandbox writes them (escaped non-ASCII), plus raw UTF-8, an escaped
// surrogate pair, nulls, empty lists and members the contract does not know.
const QByteArray Page =
    R"({"conversations":[)"
    R"({"createdAt":"2026-10-15T17:01:58Z","externalParticipants":[{"identifier":"+49-30-901820-69",)"
    R"("joinedAt":"2026-10-15T17:01:58Z","lastSeenAt":null,"role":"external","type":"phone"}],)"
    R"("id":"conv_1312d6ac3f90","internalParticipants":[{"identifier":"mateus.lima@bridge.example",)"
    R"("joinedAt":"2026-10-15T17:01:58Z","lastSeenAt":"2026-10-31T05:17:10.250+02:00","role":"internal",)"
    R"("type":"email"}],"name":"Se\u00f1al d\u00e9bil \u2014 \u7530\u4e2d \ud83d\ude00 \"q\" \\ \/ \t",)"
    R"("status":"active","updatedAt":"2026-10-31T21:35:54Z","workspaceId":"ws_sandbox"},)"
    "\n  {\"id\": \"c2\", \"workspaceId\": \"ws\", \"externalParticipants\": [], \"internalParticipants\": "
    "null,"
    " \"name\": \"J\xc3\xbcrgen M\xc3\xbcller \xe7\x94\xb0\xe4\xb8\xad \xf0\x9f\x98\x80\", \"teamId\": null,"
    " \"status\": \"archived\", \"createdAt\": \"2024-01-15T10:30:00z\", \"updatedAt\": "
    "\"2024-01-15t10:30:00Z\","
    " \"extra\": {\"nested\": [1, -2, 0, true, false, null, \"x\", {}, []]}}\n"
    R"(],"pagination":{"page":3,"limit":100,"total":240,"totalPages":12,"next":null},"meta":[]})";

const QByteArray Conversation1 = R"({"id":"c1","workspaceId":"ws","externalParticipants":[)"
                                 R"({"identifier":"+15551234567","type":"phone"}],"status":"active",)"
                                 R"("createdAt":"2024-01-15T10:30:00Z","updatedAt":"2024-01-15T15:45:00Z"})";

// Connect (api-connect.md): participants nested, nulls where the reference allows them, a cursor
// instead of pagination; raw UTF-8, escapes and members nobody knows.
const QByteArray ConnectPage =
    R"({"conversations":[)"
    R"({"id":"8b0f4a52-1c3d-4e5f-9a6b-7c8d9e0f1a2b","workspaceId":"5a9d1c3e-7b2f-4e8a-9c61-0d4f8b2a7e13",)"
    R"("participants":{"externals":[{"identifier":"+5491155550123","identifierType":"PHONE","role":"INTERNAL",)"
    R"("joinedAt":"2025-03-01T12:00:00Z","lastSeenAt":null}],"internals":[{"identifier":)"
    R"("d2c1b0a9-8f7e-4d6c-5b4a-392817161514","identifierType":"ID","role":"ADMIN","joinedAt":)"
    R"("2025-03-01T12:00:00.250Z","lastSeenAt":"2025-03-02T08:15:30-03:00"}]},"createdAt":)"
    R"("2025-03-01T12:00:00Z","updatedAt":"2025-03-02T11:15:30Z",)"
    R"("name":"Se\u00f1al \ud83d\ude00 \"q\" \\ \/ \t","status":"ACTIVE"},)"
    "\n  {\"id\": \"c2\", \"workspaceId\": \"ws\", \"participants\": {\"externals\": [], \"internals\": null,"
    " \"observers\": [1, -2, {}]}, \"name\": \"J\xc3\xbcrgen \xf0\x9f\x98\x80\", \"status\": null,"
    " \"createdAt\": \"2024-01-15T10:30:00z\", \"updatedAt\": \"2024-01-15t10:30:00Z\","
    " \"teamId\": \"t1\", \"extra\": {\"n\": [true, false, null, \"x\", 0]}}\n"
    R"(],"cursor":"eyJsYXN0IjoiOGIwZjRhNTIifQ==","meta":{}})";

const QByteArray ConnectConversation1 =
    R"({"id":"c1","workspaceId":"ws","participants":{"externals":[{"identifier":"+15551234567",)"
    R"("identifierType":"PHONE"}]},"status":"ACTIVE","createdAt":"2024-01-15T10:30:00Z",)"
    R"("updatedAt":"2024-01-15T15:45:00Z"})";

//! decodePage (fast path first) and the DOM path agree on body: same value or same sentence;
//! and a value from the fast path is the DOM's value.
void checkPageAgrees(const QByteArray &body) {
    const auto dom = JsonDecoder::decodePageThroughDom(body);
    const auto fast = JsonFastReader::page(body);
    if (fast) {
        if (const auto *refusal = std::get_if<QString>(&dom))
            QFAIL(qPrintable(QStringLiteral("the fast path took what the DOM refuses (") + *refusal +
                             QStringLiteral("): ") + QString::fromUtf8(body)));
        QVERIFY2(*fast == std::get<ConversationPage>(dom), body.constData());
    }
    QVERIFY2(JsonDecoder::decodePage(body) == dom, body.constData());
}

void checkConversationAgrees(const QByteArray &body) {
    const auto dom = JsonDecoder::decodeConversationThroughDom(body);
    const auto fast = JsonFastReader::conversation(body);
    if (fast) {
        QVERIFY2(std::holds_alternative<Conversation>(dom), body.constData());
        QVERIFY2(*fast == std::get<Conversation>(dom), body.constData());
    }
    QVERIFY2(JsonDecoder::decodeConversation(body) == dom, body.constData());
}

void checkConnectPageAgrees(const QByteArray &body) {
    const auto dom = JsonDecoder::decodeConnectPageThroughDom(body);
    const auto fast = JsonFastReader::connectPage(body);
    if (fast) {
        if (const auto *refusal = std::get_if<QString>(&dom))
            QFAIL(qPrintable(QStringLiteral("the fast path took what the DOM refuses (") + *refusal +
                             QStringLiteral("): ") + QString::fromUtf8(body)));
        QVERIFY2(*fast == std::get<ConversationPage>(dom), body.constData());
    }
    QVERIFY2(JsonDecoder::decodeConnectPage(body) == dom, body.constData());
}

void checkConnectConversationAgrees(const QByteArray &body) {
    const auto dom = JsonDecoder::decodeConnectConversationThroughDom(body);
    const auto fast = JsonFastReader::connectConversation(body);
    if (fast) {
        QVERIFY2(std::holds_alternative<Conversation>(dom), body.constData());
        QVERIFY2(*fast == std::get<Conversation>(dom), body.constData());
    }
    QVERIFY2(JsonDecoder::decodeConnectConversation(body) == dom, body.constData());
}

//! body with one random edit: a byte changed to one that matters to JSON, removed, or inserted.
QByteArray mutated(QByteArray body, QRandomGenerator &random) {
    static const QByteArray interesting = QByteArrayLiteral(
        "{}[]\",:\\/ \t\n0123456789-+.eEtrufalsn\x7f\x80\xbf\xc3\xe2\xed\xef\xf0\xf5\xff\x00u");
    const auto at = qsizetype(random.bounded(int(body.size())));
    const char c = interesting.at(random.bounded(int(interesting.size())));
    switch (random.bounded(3)) {
    case 0:
        body[at] = c;
        break;
    case 1:
        body.remove(at, 1 + random.bounded(3));
        break;
    default:
        body.insert(at, c);
        break;
    }
    return body;
}

} // namespace

class TestJsonFastReader : public QObject {
    Q_OBJECT
private slots:
    void takesPlainPages() {
        const auto fast = JsonFastReader::page(Page);
        QVERIFY(fast); // else the fast path would be no faster
        QCOMPARE(fast->conversations.size(), 2);
        QCOMPARE(fast->conversations.at(0).name,
                 QStringLiteral("Se\u00f1al d\u00e9bil \u2014 \u7530\u4e2d \U0001F600 \"q\" \\ / \t"));
        QCOMPARE(fast->conversations.at(1).name,
                 QStringLiteral("J\u00fcrgen M\u00fcller \u7530\u4e2d \U0001F600"));
        QCOMPARE(fast->conversations.at(0).internalParticipants.at(0).lastSeenAt,
                 QDateTime(QDate(2026, 10, 31), QTime(3, 17, 10, 250), Qt::UTC));
        QCOMPARE(fast->pagination.total, 240);
        checkPageAgrees(Page);
        QVERIFY(JsonFastReader::conversation(Conversation1));
        checkConversationAgrees(Conversation1);
    }

    void takesPlainConnectPages() {
        const auto fast = JsonFastReader::connectPage(ConnectPage);
        QVERIFY(fast); // else the fast path would be no faster
        QCOMPARE(fast->conversations.size(), 2);
        QVERIFY(fast->pagination.cursored);
        QCOMPARE(fast->pagination.nextCursor, QStringLiteral("eyJsYXN0IjoiOGIwZjRhNTIifQ=="));
        const Conversation &first = fast->conversations.at(0);
        QCOMPARE(first.name, QStringLiteral("Se\u00f1al \U0001F600 \"q\" \\ / \t"));
        QCOMPARE(first.externalParticipants.at(0).type, QStringLiteral("PHONE"));
        QCOMPARE(first.externalParticipants.at(0).role, QStringLiteral("INTERNAL"));
        QVERIFY(!first.externalParticipants.at(0).lastSeenAt.isValid());
        QCOMPARE(first.internalParticipants.at(0).lastSeenAt,
                 QDateTime(QDate(2025, 3, 2), QTime(11, 15, 30), Qt::UTC));
        const Conversation &second = fast->conversations.at(1);
        QCOMPARE(second.name, QStringLiteral("J\u00fcrgen \U0001F600"));
        QVERIFY(second.status.isEmpty());
        QVERIFY(second.teamId.isEmpty()); // not a Connect field: ignored, as the DOM does
        QVERIFY(second.internalParticipants.isEmpty());
        checkConnectPageAgrees(ConnectPage);

        QVERIFY(JsonFastReader::connectConversation(ConnectConversation1));
        checkConnectConversationAgrees(ConnectConversation1);

        // Every way a page says it is the last: equal values on both paths.
        for (const QByteArray &last :
             {QByteArray(R"(,"cursor":null)"), QByteArray(R"(,"cursor":"")"), QByteArray()}) {
            const QByteArray body = "{\"conversations\":[" + ConnectConversation1 + "]" + last + "}";
            const auto page = JsonFastReader::connectPage(body);
            QVERIFY2(page, body.constData());
            QVERIFY(page->pagination.cursored);
            QVERIFY(!page->pagination.hasNext());
            checkConnectPageAgrees(body);
        }

        // Each generation's fast path declines the other's shapes.
        QVERIFY(!JsonFastReader::connectPage(Page));
        QVERIFY(!JsonFastReader::page(ConnectPage));
        QVERIFY(!JsonFastReader::connectConversation(Conversation1));
        QVERIFY(!JsonFastReader::conversation(ConnectConversation1));
    }

    void takesTheConnectCorpus() {
        const QDir dir(QStringLiteral(BRIDGE_SOURCE_DIR "/fuzz/corpus/decode_connect"));
        const QStringList files = dir.entryList(QDir::Files);
        QVERIFY(!files.isEmpty());
        int pages = 0;
        for (const QString &name : files) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray body = file.readAll();
            checkConnectPageAgrees(body);
            checkConnectConversationAgrees(body);
            if (std::holds_alternative<ConversationPage>(JsonDecoder::decodeConnectPageThroughDom(body))) {
                QVERIFY2(JsonFastReader::connectPage(body), qPrintable(name)); // real pages go fast
                ++pages;
            }
            if (std::holds_alternative<Conversation>(JsonDecoder::decodeConnectConversationThroughDom(body)))
                QVERIFY2(JsonFastReader::connectConversation(body), qPrintable(name));
        }
        QVERIFY(pages >= 3);
    }

    void connectLeftToTheDom_data() {
        QTest::addColumn<QByteArray>("body");
        const auto replaced = [](const QByteArray &from, const QByteArray &to) {
            Q_ASSERT(ConnectPage.contains(from));
            return QByteArray(ConnectPage).replace(from, to);
        };
        QTest::newRow("byte order mark") << QByteArray("\xef\xbb\xbf" + ConnectPage);
        QTest::newRow("lone surrogate") << replaced("\\ud83d\\ude00", "\\ud83d");
        QTest::newRow("fraction") << replaced("[1, -2, {}]", "[1.5]");
        QTest::newRow("escaped key") << replaced("\"status\": null", "\"st\\u0061tus\": \"ACTIVE\"");
        QTest::newRow("cursor twice") << replaced("\"meta\":{}", "\"cursor\":null");
        QTest::newRow("participants twice")
            << replaced("\"name\": \"J", "\"participants\": {\"externals\": []}, \"name\": \"J");
        QTest::newRow("identifierType twice") << replaced(
            "\"identifierType\":\"ID\"", "\"identifierType\":\"ID\",\"identifierType\":\"EMAIL\"");
        QTest::newRow("deep") << replaced("\"extra\": {", "\"extra\": " + QByteArray(40, '[') +
                                                              QByteArray(40, ']') + ", \"x\": {");
        QTest::newRow("identifierType missing") << replaced("\"identifierType\":\"PHONE\",", "");
        QTest::newRow("participants null")
            << replaced("{\"externals\": [], \"internals\": null, \"observers\": [1, -2, {}]}", "null");
        QTest::newRow("externals null") << replaced("\"externals\": []", "\"externals\": null");
        QTest::newRow("cursor a number") << replaced("\"eyJsYXN0IjoiOGIwZjRhNTIifQ==\"", "42");
        QTest::newRow("bad date") << replaced("2024-01-15t10:30:00Z", "2024-02-30T10:30:00Z");
        QTest::newRow("id empty") << replaced("\"id\": \"c2\"", "\"id\": \"\"");
        QTest::newRow("a classic page") << Page;
        QTest::newRow("not JSON") << replaced("\"meta\":{}}", "\"meta\":{}}x");
        QTest::newRow("empty") << QByteArray("  ");
    }

    void connectLeftToTheDom() {
        QFETCH(QByteArray, body);
        QVERIFY(!JsonFastReader::connectPage(body));
        checkConnectPageAgrees(body);
    }

    //! The differential check of fuzz_decode_connect, bounded: thousands of near misses of a Connect
    //! page and of a Connect conversation.
    void connectAgreesOnEditedBodies() {
        QRandomGenerator random(20261205);
        for (int i = 0; i < 4000; ++i) {
            QByteArray body = ConnectPage;
            for (int edits = 1 + random.bounded(3); edits > 0; --edits)
                body = mutated(body, random);
            checkConnectPageAgrees(body);
            if (QTest::currentTestFailed())
                return;
            QByteArray one = ConnectConversation1;
            for (int edits = 1 + random.bounded(2); edits > 0; --edits)
                one = mutated(one, random);
            checkConnectConversationAgrees(one);
            if (QTest::currentTestFailed())
                return;
        }
    }

    void takesTheCorpus() {
        const QDir dir(QStringLiteral(BRIDGE_SOURCE_DIR "/fuzz/corpus/decode_page"));
        const QStringList files = dir.entryList(QDir::Files);
        QVERIFY(!files.isEmpty());
        for (const QString &name : files) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray body = file.readAll();
            checkPageAgrees(body);
            if (std::holds_alternative<ConversationPage>(JsonDecoder::decodePageThroughDom(body)))
                QVERIFY2(JsonFastReader::page(body), qPrintable(name)); // the sandbox's pages go fast
        }
    }

    void leavesTheRestToTheDom_data() {
        QTest::addColumn<QByteArray>("body");
        const auto replaced = [](const QByteArray &from, const QByteArray &to) {
            return QByteArray(Page).replace(from, to);
        };
        QTest::newRow("byte order mark") << QByteArray("\xef\xbb\xbf" + Page);
        QTest::newRow("lone surrogate") << replaced("\\ud83d\\ude00", "\\ud83d");
        QTest::newRow("fraction") << replaced("\"next\":null", "\"next\":1.5");
        QTest::newRow("exponent") << replaced("\"next\":null", "\"next\":1e3");
        QTest::newRow("16 digits") << replaced("\"total\":240", "\"total\":1234567890123456");
        QTest::newRow("escaped key") << replaced("\"teamId\": null", "\"team\\u0049d\": \"t\"");
        QTest::newRow("field twice") << replaced("\"teamId\": null", "\"teamId\": null, \"teamId\": \"t\"");
        QTest::newRow("deep") << replaced("\"extra\": {", "\"extra\": " + QByteArray(40, '[') +
                                                              QByteArray(40, ']') + ", \"x\": {");
        QTest::newRow("missing field") << replaced("\"status\": \"archived\", ", "");
        QTest::newRow("wrong type") << replaced("\"total\":240", "\"total\":\"240\"");
        QTest::newRow("bad date") << replaced("2024-01-15t10:30:00Z", "2024-02-30T10:30:00Z");
        QTest::newRow("negative") << replaced("\"page\":3", "\"page\":-3");
        QTest::newRow("not JSON") << replaced("\"meta\":[]}", "\"meta\":[]}x");
        QTest::newRow("empty") << QByteArray("  ");
    }

    void leavesTheRestToTheDom() {
        QFETCH(QByteArray, body);
        QVERIFY(!JsonFastReader::page(body));
        checkPageAgrees(body);
    }

    //! The differential check of fuzz_decode_fastpath, bounded: thousands of near misses of a page
    //! and of a conversation.
    void agreesOnEditedBodies() {
        QRandomGenerator random(20261121);
        for (int i = 0; i < 4000; ++i) {
            QByteArray body = Page;
            for (int edits = 1 + random.bounded(3); edits > 0; --edits)
                body = mutated(body, random);
            checkPageAgrees(body);
            if (QTest::currentTestFailed())
                return;
            QByteArray one = Conversation1;
            for (int edits = 1 + random.bounded(2); edits > 0; --edits)
                one = mutated(one, random);
            checkConversationAgrees(one);
            if (QTest::currentTestFailed())
                return;
        }
    }
};

QTEST_GUILESS_MAIN(TestJsonFastReader)
#include "tst_jsonfastreader.moc"
