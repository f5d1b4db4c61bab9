// Exporter against the sandbox: all pages equal the server's data set, row for row, in CSV and JSON;
// never more than one page held; cancel and failure leave no file; CSV quoting.
#include "csv.h"
#include "exporter.h"
#include "jsonencoder.h"
#include "sandboxfixture.h"

#include <QBuffer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace bridge;
using testing::Sandbox;

class TestExporter : public QObject {
    Q_OBJECT

    std::unique_ptr<Sandbox> m_sandbox;
    QTemporaryDir m_dir;

    bool run(Exporter &exporter, const ConversationFilter &filter, Exporter::Format format,
             const QString &file) {
        QSignalSpy finished(&exporter, &Exporter::finished);
        if (!exporter.start(filter, format, file))
            return false;
        if (!finished.wait(20000) && finished.isEmpty())
            return false;
        return finished.at(0).at(0).toBool();
    }

    static QByteArray read(const QString &file) {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void init() {
        sandbox::SandboxConfig config;
        config.conversationCount = 345; // 4 pages of 100, the last one short
        m_sandbox = std::make_unique<Sandbox>(config);
    }
    void cleanup() { m_sandbox.reset(); }

    void csvEqualsTheDataSetRowForRow() {
        Exporter exporter(m_sandbox->client.get());
        QSignalSpy progress(&exporter, &Exporter::progress);
        const QString file = m_dir.filePath(QStringLiteral("all.csv"));
        QVERIFY(run(exporter, ConversationFilter{}, Exporter::Format::Csv, file));
        QCOMPARE(progress.size(), 4);
        QCOMPARE(progress.last().at(0).toInt(), 4);
        QCOMPARE(progress.last().at(1).toInt(), 4);
        QCOMPARE(exporter.rowsWritten(), 345);
        QVERIFY(exporter.peakRowsHeld() <= Exporter::PageLimit); // one page at a time
        QCOMPARE(m_sandbox->count("GET"), 4);

        const Csv::Table table = Csv::parse(read(file));
        QVERIFY2(table.error.isEmpty(), qPrintable(table.error));
        QCOMPARE(table.records.size(), 346);
        QCOMPARE(table.records.at(0).join(QLatin1Char(',')),
                 QStringLiteral("id,name,status,customers,agents,teamId,createdAt,updatedAt"));
        const QList<Conversation> server = m_sandbox->conversations();
        for (int i = 0; i < server.size(); ++i) {
            const Conversation &c = server.at(i);
            const QStringList &r = table.records.at(i + 1);
            QCOMPARE(r.size(), 8);
            QCOMPARE(r.at(0), c.id);
            QCOMPARE(r.at(1), c.name);
            QCOMPARE(r.at(2), c.status.raw());
            QStringList customers;
            for (const Participant &p : c.externalParticipants)
                customers.append(p.identifier);
            QCOMPARE(r.at(3), customers.join(QLatin1Char(';')));
            QStringList agents;
            for (const Participant &p : c.internalParticipants)
                agents.append(p.identifier);
            QCOMPARE(r.at(4), agents.join(QLatin1Char(';')));
            QCOMPARE(r.at(5), c.teamId);
            QCOMPARE(JsonDecoder::parseDateTime(r.at(6)), c.createdAt);
            QCOMPARE(JsonDecoder::parseDateTime(r.at(7)), c.updatedAt);
        }
    }

    void jsonEqualsTheDataSetRowForRow() {
        Exporter exporter(m_sandbox->client.get());
        const QString file = m_dir.filePath(QStringLiteral("all.json"));
        QVERIFY(run(exporter, ConversationFilter{}, Exporter::Format::Json, file));
        QVERIFY(exporter.peakRowsHeld() <= Exporter::PageLimit);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(read(file), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(doc.isArray());
        const QJsonArray array = doc.array();
        const QList<QJsonObject> server = m_sandbox->server->conversations();
        QCOMPARE(array.size(), server.size());
        for (int i = 0; i < server.size(); ++i) {
            // The API's own shape: decoded the same as what the server holds.
            const auto exported =
                JsonDecoder::decodeConversation(QJsonDocument(array.at(i).toObject()).toJson());
            const auto original = JsonDecoder::decodeConversation(QJsonDocument(server.at(i)).toJson());
            QVERIFY(std::holds_alternative<Conversation>(exported));
            QCOMPARE(std::get<Conversation>(exported), std::get<Conversation>(original));
        }
    }

    void filterIsKept() {
        Exporter exporter(m_sandbox->client.get());
        ConversationFilter filter;
        filter.status = ConversationStatus(QStringLiteral("ghost"));
        const QString file = m_dir.filePath(QStringLiteral("ghosts.json"));
        QVERIFY(run(exporter, filter, Exporter::Format::Json, file));
        const QJsonArray array = QJsonDocument::fromJson(read(file)).array();
        int ghosts = 0;
        for (const QJsonObject &o : m_sandbox->server->conversations())
            ghosts += o.value(QLatin1String("status")).toString() == QLatin1String("ghost");
        QVERIFY(ghosts > 0);
        QCOMPARE(array.size(), ghosts);
        for (const QJsonValue &v : array)
            QCOMPARE(v.toObject().value(QLatin1String("status")).toString(), QStringLiteral("ghost"));
    }

    void emptyResultIsAValidFile() {
        Exporter exporter(m_sandbox->client.get());
        ConversationFilter filter;
        filter.customer = ParticipantRef{QStringLiteral("nobody@nowhere.example"), ParticipantType::Email};
        const QString file = m_dir.filePath(QStringLiteral("empty.json"));
        QVERIFY(run(exporter, filter, Exporter::Format::Json, file));
        QCOMPARE(QJsonDocument::fromJson(read(file)).array().size(), 0);
        QVERIFY(QJsonDocument::fromJson(read(file)).isArray());
    }

    void cancelLeavesNoFileAndKeepsAnOldOne() {
        const QString file = m_dir.filePath(QStringLiteral("cancelled.csv"));
        {
            QFile old(file);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("previous export\n");
        }
        m_sandbox->server->setLatencyMs(100);
        Exporter exporter(m_sandbox->client.get());
        QSignalSpy progress(&exporter, &Exporter::progress);
        QSignalSpy finished(&exporter, &Exporter::finished);
        QVERIFY(exporter.start(ConversationFilter{}, Exporter::Format::Csv, file));
        QTRY_COMPARE(progress.size(), 1);
        exporter.cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(1).toBool(), true);
        QVERIFY(!exporter.isRunning());
        QTest::qWait(300);
        QCOMPARE(read(file), QByteArray("previous export\n"));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("cancelled*")}, QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("cancelled.csv")}); // no temporary file left behind
    }

    void failureMidwayLeavesNoFile() {
        const QString file = m_dir.filePath(QStringLiteral("failed.json"));
        m_sandbox->server->setLatencyMs(100);
        Exporter exporter(m_sandbox->client.get());
        QSignalSpy progress(&exporter, &Exporter::progress);
        QSignalSpy finished(&exporter, &Exporter::finished);
        QVERIFY(exporter.start(ConversationFilter{}, Exporter::Format::Json, file));
        QTRY_COMPARE(progress.size(), 1);
        m_sandbox->server->failNext(10, 400); // not retried
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QCOMPARE(finished.at(0).at(2).value<ApiError>().httpStatus, 400);
        QVERIFY(!QFile::exists(file));
        QVERIFY(!exporter.errorString().isEmpty());
    }

    void exportToADevice() {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        Exporter exporter(m_sandbox->client.get());
        QSignalSpy finished(&exporter, &Exporter::finished);
        QVERIFY(exporter.start(ConversationFilter{}, Exporter::Format::Csv, &buffer));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QVERIFY(finished.at(0).at(0).toBool());
        QCOMPARE(Csv::parse(buffer.data()).records.size(), 346);
    }

    //! Connect pages by cursor: the export walks every one of them, with no totals to go by.
    void connectExportWalksEveryCursor() {
        sandbox::SandboxConfig config = sandbox::SandboxConfig::forApi(sandbox::SandboxConfig::Api::Connect);
        config.conversationCount = 345; // 4 pages of 100, the last one short
        m_sandbox = std::make_unique<Sandbox>(config);
        QVERIFY(m_sandbox->client->dialect().pagesByCursor());
        Exporter exporter(m_sandbox->client.get());
        QSignalSpy progress(&exporter, &Exporter::progress);
        const QString file = m_dir.filePath(QStringLiteral("connect.csv"));
        QVERIFY(run(exporter, ConversationFilter{}, Exporter::Format::Csv, file));
        QCOMPARE(exporter.rowsWritten(), 345);
        QCOMPARE(m_sandbox->count("GET"), 4);
        // No totals: the count of pages runs one ahead while a cursor says there is more.
        QCOMPARE(progress.size(), 4);
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(progress.at(i).at(0).toInt(), i + 1);
            QCOMPARE(progress.at(i).at(1).toInt(), i < 3 ? i + 2 : 4);
        }
        const auto requests = m_sandbox->server->receivedRequests();
        QCOMPARE(requests.first().rawQuery, QByteArray("limit=100"));
        for (int i = 1; i < requests.size(); ++i)
            QVERIFY2(requests.at(i).rawQuery.startsWith("limit=100&cursor="),
                     requests.at(i).rawQuery.constData());

        const Csv::Table table = Csv::parse(read(file));
        QVERIFY2(table.error.isEmpty(), qPrintable(table.error));
        QCOMPARE(table.records.size(), 346);
        const QList<Conversation> server = m_sandbox->conversations();
        QCOMPARE(server.size(), 345);
        for (int i = 0; i < server.size(); ++i) {
            const QStringList &r = table.records.at(i + 1);
            QCOMPARE(r.at(0), server.at(i).id);
            QCOMPARE(r.at(2), server.at(i).status.raw());
        }

        // Under a filter, as many rows as the server holds of it.
        ConversationFilter released;
        released.status = ConversationStatus(QStringLiteral("RELEASED"));
        int expected = 0;
        for (const Conversation &c : server)
            expected += c.status.raw() == QLatin1String("RELEASED");
        QVERIFY(expected > 0);
        Exporter filtered(m_sandbox->client.get());
        QVERIFY(
            run(filtered, released, Exporter::Format::Json, m_dir.filePath(QStringLiteral("released.json"))));
        QCOMPARE(filtered.rowsWritten(), expected);
        const QJsonArray rows =
            QJsonDocument::fromJson(read(m_dir.filePath(QStringLiteral("released.json")))).array();
        QCOMPARE(rows.size(), expected);
        // Each row in Connect's own shape: people nested under participants, with identifierType.
        const QJsonObject first = rows.first().toObject();
        QVERIFY(!first.contains(QLatin1String("externalParticipants")));
        const QJsonArray externals =
            first[QLatin1String("participants")].toObject()[QLatin1String("externals")].toArray();
        QVERIFY(!externals.isEmpty());
        QVERIFY(externals.first().toObject().contains(QLatin1String("identifierType")));
        QCOMPARE(first[QLatin1String("status")].toString(), QStringLiteral("RELEASED"));
    }

    void csvQuoting() {
        Conversation c;
        c.id = QStringLiteral("conv_1");
        c.name = QStringLiteral("Say \"hi\", then\nbye; ünï");
        c.status = ConversationStatus(QStringLiteral("active"));
        c.externalParticipants = {{QStringLiteral("a@x.org"), QStringLiteral("email"), {}, {}, {}},
                                  {QStringLiteral("+1 555 0100"), QStringLiteral("phone"), {}, {}, {}}};
        c.createdAt = c.updatedAt = QDateTime(QDate(2024, 1, 15), QTime(10, 30), Qt::UTC);
        QCOMPARE(
            Exporter::csvRow(c),
            QByteArray("conv_1,\"Say \"\"hi\"\", then\nbye; \xc3\xbcn\xc3\xaf\",active,a@x.org;+1 555 0100,,,"
                       "2024-01-15T10:30:00Z,2024-01-15T10:30:00Z\r\n"));
        const Csv::Table back = Csv::parse(Exporter::csvHeader() + Exporter::csvRow(c));
        QCOMPARE(back.records.at(1).at(1), c.name);
        QCOMPARE(back.lineNumbers, (QList<int>{1, 2}));
    }

    void csvParserErrors() {
        QVERIFY(Csv::parse("a,\"b\nc").error.contains(QStringLiteral("never closed")));
        QVERIFY(Csv::parse("a,b\"c\n").error.contains(QStringLiteral("Line 1")));
        QVERIFY(!Csv::parse("a\xff\n").error.isEmpty());
        const Csv::Table t = Csv::parse("\xef\xbb\xbfx,y\r\n\r\n1,2\n\"3\",\"\"\n");
        QVERIFY(t.error.isEmpty());
        QCOMPARE(t.records, (QList<QStringList>{{QStringLiteral("x"), QStringLiteral("y")},
                                                {QStringLiteral("1"), QStringLiteral("2")},
                                                {QStringLiteral("3"), QString()}}));
        QCOMPARE(t.lineNumbers, (QList<int>{1, 3, 4}));
    }
};

QTEST_GUILESS_MAIN(TestExporter)
#include "tst_exporter.moc"
