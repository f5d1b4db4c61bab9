// CsvImport: preview validates every row offline; a run creates each row once, also when re-run after
// an interruption; a lost answer is never re-sent. Against the sandbox on loopback.
#include "apidialect.h"
#include "csv.h"
#include "csvimport.h"
#include "sandboxfixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace bridge;
using testing::Sandbox;

namespace {
QByteArray rowsCsv(int n) {
    QByteArray out = "customer,type,name,team,agents,status,note\n";
    for (int i = 0; i < n; ++i) {
        if (i % 3 == 0)
            out += "customer" + QByteArray::number(i) + "@example.com,,Import " + QByteArray::number(i) +
                   ",,,,x\n";
        else if (i % 3 == 1)
            out += "+1 555 010 " + QByteArray::number(1000 + i) + ",phone,\"Import, " +
                   QByteArray::number(i) + "\",team_support,,active,\n";
        else
            out += "c" + QByteArray::number(i) +
                   "@example.com,email,,,agent.a@example.com;agent.b@example.com,ghost,\n";
    }
    return out;
}
} // namespace

namespace {
const bridge::ApiDialect &classic() {
    return bridge::ApiDialect::of(bridge::ApiGeneration::Classic);
}
} // namespace

class TestCsvImport : public QObject {
    Q_OBJECT

    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;

    QString writeFile(const QByteArray &content, const QString &name = QStringLiteral("import.csv")) {
        const QString path = m_dir->filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(content);
        return path;
    }

    Csv::Table results(const QString &file) {
        QFile f(CsvImport::resultsFileName(file));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return Csv::parse(f.readAll());
    }

    bool runToEnd(CsvImport &import, const QString &file) {
        QSignalSpy finished(&import, &CsvImport::finished);
        if (!import.run(CsvImport::preview(file, classic())))
            return false;
        [&] { QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000); }();
        return finished.size() == 1 && !finished.at(0).at(0).toBool();
    }

private slots:
    void init() {
        m_sandbox = std::make_unique<Sandbox>();
        m_dir = std::make_unique<QTemporaryDir>();
    }
    void cleanup() {
        m_sandbox.reset();
        m_dir.reset();
    }

    void previewValidatesEveryRow() {
        const QByteArray csv = "Customer,type,name,team,agents,status,colour\n"
                               "ok@example.com,,Fine,,,,red\n"
                               ",,No customer,,,,\n"
                               "bad-email@,email,,,,,\n"
                               "+1 555 0100 200,,Both,team_1,agent@example.com,,\n"
                               "x@example.com,fax,,,,archived,\n"
                               "y@example.com,,,,,,,extra\n";
        const CsvImportPreview p = CsvImport::previewBytes(csv, {}, classic());
        QVERIFY(p.canRun());
        QCOMPARE(p.warnings.size(), 1);
        QVERIFY(p.warnings.at(0).contains(QStringLiteral("colour")));
        QCOMPARE(p.rows.size(), 6);
        QVERIFY(p.rows.at(0).isValid());
        QCOMPARE(p.rows.at(0).conversation.status.raw(), QStringLiteral("ghost")); // empty → ghost
        QCOMPARE(p.rows.at(0).conversation.externalParticipants.at(0).type, ParticipantType::Email);
        QCOMPARE(p.rows.at(1).problems.size(), 1);
        QCOMPARE(p.rows.at(1).problems.at(0).field, QStringLiteral("customer"));
        QCOMPARE(p.rows.at(2).problems.at(0).field, QStringLiteral("customer"));
        QCOMPARE(p.rows.at(3).problems.at(0).field, QStringLiteral("agents")); // team XOR agents
        QCOMPARE(p.rows.at(4).problems.size(), 2);                             // type and status
        QVERIFY(!p.rows.at(5).isValid());                                      // more fields than the header
        QCOMPARE(p.rows.at(3).lineNumber, 5);
        QCOMPARE(p.validCount(), 1);
        QCOMPARE(p.toSendCount(), 1);
    }

    void previewFileErrors() {
        QVERIFY(!CsvImport::previewBytes("name,team\nx,y\n", {}, classic()).canRun());
        QVERIFY(CsvImport::previewBytes("name,team\nx,y\n", {}, classic())
                    .fileError.contains(QStringLiteral("customer")));
        QVERIFY(!CsvImport::previewBytes("", {}, classic()).canRun());
        QVERIFY(!CsvImport::previewBytes("customer,customer\n", {}, classic()).canRun());
        QVERIFY(!CsvImport::previewBytes("customer\n\"open\n", {}, classic()).canRun());
        QVERIFY(!CsvImport::preview(m_dir->filePath(QStringLiteral("missing.csv")), classic()).canRun());
    }

    void runCreatesEveryRowAndWritesResults() {
        const QString file = writeFile(rowsCsv(9));
        CsvImport import(m_sandbox->client.get());
        QSignalSpy progress(&import, &CsvImport::progress);
        QVERIFY(runToEnd(import, file));
        QCOMPARE(m_sandbox->count("POST"), 9);
        QCOMPARE(import.createdCount(), 9);
        QCOMPARE(import.summary(), QStringLiteral("9 created"));
        QCOMPARE(progress.last().at(0).toInt(), 9);

        const Csv::Table t = results(file);
        QCOMPARE(t.records.size(), 10);
        QCOMPARE(t.records.at(0).mid(0, 7).join(QLatin1Char(',')),
                 QStringLiteral("customer,type,name,team,agents,status,note"));
        QCOMPARE(t.records.at(0).mid(7), (QStringList{QStringLiteral("outcome"), QStringLiteral("id"),
                                                      QStringLiteral("error"), QStringLiteral("rowKey")}));
        for (int i = 1; i < t.records.size(); ++i) {
            QCOMPARE(t.records.at(i).at(7), QStringLiteral("created"));
            const auto created = m_sandbox->find(t.records.at(i).at(8));
            QVERIFY(created);
            QCOMPARE(created->externalParticipants.at(0).identifier, t.records.at(i).at(0));
        }
        // Shapes as asked: team, agents, status.
        const auto second = m_sandbox->find(t.records.at(2).at(8));
        QCOMPARE(second->teamId, QStringLiteral("team_support"));
        QCOMPARE(second->status.raw(), QStringLiteral("active"));
        QCOMPARE(second->name, QStringLiteral("Import, 1"));
        const auto third = m_sandbox->find(t.records.at(3).at(8));
        QCOMPARE(third->internalParticipants.size(), 2);
        QCOMPARE(third->status.raw(), QStringLiteral("ghost"));

        // The same file again: everything skipped, nothing sent.
        CsvImport again(m_sandbox->client.get());
        const CsvImportPreview p = CsvImport::preview(file, classic());
        QCOMPARE(p.alreadyCreatedCount(), 9);
        QCOMPARE(p.toSendCount(), 0);
        QVERIFY(runToEnd(again, file));
        QCOMPARE(m_sandbox->count("POST"), 9);
        QCOMPARE(again.summary(), QStringLiteral("0 created, 9 skipped (created before)"));
        QCOMPARE(results(file).records.size(), 10); // one line per row, ids kept
        QCOMPARE(results(file).records.at(1).at(7), QStringLiteral("skipped"));
        QCOMPARE(results(file).records.at(1).at(8), t.records.at(1).at(8));
    }

    void rerunAfterAnInterruptionCreatesEachRowOnce() {
        const int n = 12;
        const QString file = writeFile(rowsCsv(n));
        m_sandbox->server->setLatencyMs(60);
        {
            CsvImport import(m_sandbox->client.get());
            QSignalSpy rows(&import, &CsvImport::rowFinished);
            QSignalSpy finished(&import, &CsvImport::finished);
            QVERIFY(import.run(CsvImport::preview(file, classic())));
            QTRY_VERIFY_WITH_TIMEOUT(rows.size() >= 4, 10000);
            import.cancel();
            QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
            QVERIFY(finished.at(0).at(0).toBool());
            QVERIFY(import.createdCount() < n);
            QCOMPARE(m_sandbox->count("POST"), import.createdCount());
        }
        // Insert an unrelated row at the top: the keys do not depend on line numbers.
        QFile f(file);
        f.open(QIODevice::ReadOnly);
        QByteArray content = f.readAll();
        f.close();
        content.insert(content.indexOf('\n') + 1, "inserted@example.com,,,,,,\n");
        writeFile(content);

        CsvImport rerun(m_sandbox->client.get());
        QVERIFY(runToEnd(rerun, file));
        QCOMPARE(rerun.createdCount(), n + 1);
        QCOMPARE(m_sandbox->count("POST"), n + 1); // each row exactly once
        QStringList identifiers;
        const auto requests = m_sandbox->server->receivedRequests();
        for (const auto &r : requests) {
            if (r.method == "POST")
                identifiers.append(QString::fromUtf8(r.body));
        }
        QCOMPARE(QSet<QString>(identifiers.cbegin(), identifiers.cend()).size(), n + 1);
        const Csv::Table t = results(file);
        QCOMPARE(t.records.size(), n + 2);
    }

    void lostAnswerIsUnknownThenCheckAndNeverResent() {
        const QString file = writeFile(rowsCsv(3));
        {
            CsvImport import(m_sandbox->client.get());
            m_sandbox->server->injectNext(sandbox::Fault::DropAfterHandling); // the first POST's answer
            QSignalSpy finished(&import, &CsvImport::finished);
            QVERIFY(import.run(CsvImport::preview(file, classic())));
            QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
            QCOMPARE(import.state().rows.at(0).outcome, CsvImportRow::Outcome::Unknown);
            QCOMPARE(import.checkCount(), 1);
            QCOMPARE(m_sandbox->count("POST"), 3);
            QCOMPARE(m_sandbox->server->conversationCount(), 240 + 3); // it was created after all
        }
        QCOMPARE(results(file).records.at(1).at(7), QStringLiteral("unknown"));

        const CsvImportPreview p = CsvImport::preview(file, classic());
        QCOMPARE(p.rows.at(0).outcome, CsvImportRow::Outcome::Check);
        QCOMPARE(p.toSendCount(), 0);
        CsvImport rerun(m_sandbox->client.get());
        QVERIFY(runToEnd(rerun, file));
        QCOMPARE(m_sandbox->count("POST"), 3); // never re-sent
        QCOMPARE(rerun.checkCount(), 1);
        QVERIFY(rerun.summary().contains(QStringLiteral("1 to check")));
        const Csv::Table t = results(file);
        QCOMPARE(t.records.size(), 4);
        QCOMPARE(t.records.at(1).at(7), QStringLiteral("check"));
    }

    void failedRowsAreTriedAgainInvalidOnesNeverSent() {
        const QString file =
            writeFile("customer,name\nok@example.com,A\nnot-an-email@,B\nok2@example.com,C\n");
        {
            CsvImport import(m_sandbox->client.get());
            m_sandbox->server->failNext(1, 422);
            QVERIFY(runToEnd(import, file));
            QCOMPARE(import.failedCount(), 2);
            QCOMPARE(m_sandbox->count("POST"), 2);
        }
        const Csv::Table t = results(file);
        QCOMPARE(t.records.at(1).at(2), QStringLiteral("failed"));
        QVERIFY(t.records.at(2).at(4).contains(QStringLiteral("customer")));
        CsvImport rerun(m_sandbox->client.get());
        QVERIFY(runToEnd(rerun, file));
        QCOMPARE(m_sandbox->count("POST"), 3); // the refused row once more; the invalid one never
        QCOMPARE(rerun.createdCount(), 2);
        QCOMPARE(rerun.failedCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCsvImport)
#include "tst_csvimport.moc"
