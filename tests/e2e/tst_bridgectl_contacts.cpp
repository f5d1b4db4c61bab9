// bridgectl's contacts commands end to end: real processes, one bridge-sandbox per generation on an
// ephemeral loopback port, the generation picked by BRIDGE_API, the credentials in BRIDGE_* variables.
#include "processfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using testing::ProcessRun;

namespace {

//! Terminal columns, counted independently of textoutput: CJK and kana 2, combining marks 0.
qsizetype columns(const QString &text) {
    qsizetype width = 0;
    for (const char32_t c : text.toUcs4()) {
        if (QChar::category(c) == QChar::Mark_NonSpacing)
            continue;
        width += (c >= 0x3040 && c <= 0xA4CF) ? 2 : 1;
    }
    return width;
}

//! The table's rows (not the header, not the footer): the lines that start with an id.
QStringList rowsOf(const QString &table) {
    static const QRegularExpression id(QStringLiteral("^([0-9a-f]{8}-|ct_)"));
    QStringList rows;
    for (const QString &line : table.split(QLatin1Char('\n'))) {
        if (id.match(line).hasMatch())
            rows.append(line);
    }
    return rows;
}

QString idOf(const QString &row) {
    return row.section(QLatin1Char(' '), 0, 0);
}

QString nextCursor(const QString &table) {
    const QStringList lines = table.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QString prefix = QStringLiteral("next: --cursor ");
    return !lines.isEmpty() && lines.constLast().startsWith(prefix) ? lines.constLast().mid(prefix.size())
                                                                    : QString();
}

QJsonObject json(const ProcessRun &run) {
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

} // namespace

class TestBridgectlContacts : public QObject {
    Q_OBJECT

    testing::SandboxProcess m_classic;
    testing::SandboxProcess m_connect;
    QTemporaryDir m_home;

    const testing::SandboxProcess &sandbox(const QString &api) const {
        return api == QLatin1String("connect") ? m_connect : m_classic;
    }

    QProcessEnvironment environment(const QString &api) const {
        const testing::SandboxProcess &s = sandbox(api);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path() + QStringLiteral("/config"));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent"));
        env.insert(QStringLiteral("BRIDGE_API"), api);
        env.insert(QStringLiteral("BRIDGE_BASE_URL"), s.url());
        env.insert(QStringLiteral("BRIDGE_WORKSPACE_ID"), s.workspace());
        if (api == QLatin1String("connect")) {
            env.insert(QStringLiteral("BRIDGE_API_KEY"), s.apiKey());
            env.remove(QStringLiteral("BRIDGE_SECRET_KEY"));
        } else {
            env.insert(QStringLiteral("BRIDGE_API_KEY"), s.apiKey());
            env.insert(QStringLiteral("BRIDGE_SECRET_KEY"), s.secret());
        }
        return env;
    }

    ProcessRun ctl(const QString &api, const QStringList &arguments) {
        return testing::runProcess(testing::Bin + QStringLiteral("/app/bridgectl"), arguments,
                                   environment(api));
    }

    int requestsSeen(const QString &api) const {
        return sandbox(api).control("GET", "state").value(QLatin1String("requests")).toInt(-1);
    }

    //! Every contact id, through contacts --all --json.
    QStringList allIds(const QString &api) {
        const ProcessRun run =
            ctl(api, {QStringLiteral("contacts"), QStringLiteral("--all"), QStringLiteral("--json")});
        QStringList ids;
        for (const QJsonValue &c : json(run).value(QLatin1String("contacts")).toArray())
            ids.append(c[QLatin1String("id")].toString());
        return ids;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_home.isValid());
        QVERIFY(m_classic.start(0));
        QVERIFY(m_connect.start(0, {QStringLiteral("--api"), QStringLiteral("connect")}));
    }

    void cleanupTestCase() {
        m_classic.stop();
        m_connect.stop();
    }

    void generations_data() {
        QTest::addColumn<QString>("api");
        QTest::newRow("classic") << QStringLiteral("classic");
        QTest::newRow("connect") << QStringLiteral("connect");
    }

    void searchTableIsAligned_data() { generations_data(); }
    void searchTableIsAligned() {
        QFETCH(QString, api);
        const ProcessRun zoe =
            ctl(api, {QStringLiteral("contacts"), QStringLiteral("--search"), QStringLiteral("zoe")});
        QCOMPARE(zoe.exitCode, 0);
        QCOMPARE(rowsOf(zoe.out).size(), 1);
        QVERIFY(zoe.out.contains(QStringLiteral("Zoë Ørsted")));
        const ProcessRun bjorn =
            ctl(api, {QStringLiteral("contacts"), QStringLiteral("--search"), QStringLiteral("BJORN")});
        QVERIFY(bjorn.out.contains(QStringLiteral("Björn Lindqvist")));

        // Every EMAIL cell starts at the header's column, wide names (王芳, 田中さくら) included.
        const ProcessRun all =
            ctl(api, {QStringLiteral("contacts"), QStringLiteral("--limit"), QStringLiteral("100")});
        QCOMPARE(all.exitCode, 0);
        const QString header = all.out.section(QLatin1Char('\n'), 0, 0);
        const qsizetype emailColumn = columns(header.left(header.indexOf(QLatin1String("EMAIL"))));
        const QStringList rows = rowsOf(all.out);
        QCOMPARE(rows.size(), 20);
        bool sawWide = false;
        for (const QString &row : rows) {
            const qsizetype at = row.indexOf(QLatin1Char('@'));
            const qsizetype start = row.lastIndexOf(QLatin1Char(' '), at) + 1;
            QCOMPARE(columns(row.left(start)), emailColumn);
            sawWide = sawWide || row.contains(QStringLiteral("王芳"));
        }
        QVERIFY(sawWide);
    }

    void pagesByNumber() {
        const QStringList everyone = allIds(QStringLiteral("classic"));
        QVERIFY(everyone.size() >= 20);
        QStringList seen;
        for (int page = 1; page <= 10; ++page) {
            const ProcessRun run =
                ctl(QStringLiteral("classic"),
                    {QStringLiteral("contacts"), QStringLiteral("--limit"), QStringLiteral("7"),
                     QStringLiteral("--page"), QString::number(page)});
            QCOMPARE(run.exitCode, 0);
            const int pages = int((everyone.size() + 6) / 7);
            QVERIFY2(
                run.out.contains(
                    QStringLiteral("Page %1 of %2 · %3 contacts").arg(page).arg(pages).arg(everyone.size())),
                qPrintable(run.out));
            for (const QString &row : rowsOf(run.out))
                seen.append(idOf(row));
            if (page == pages)
                break;
        }
        QCOMPARE(seen, everyone);
    }

    void pagesByCursor() {
        const QStringList everyone = allIds(QStringLiteral("connect"));
        QVERIFY(everyone.size() >= 20);
        QStringList seen;
        QString cursor;
        for (int guard = 0; guard < 10; ++guard) {
            QStringList arguments{QStringLiteral("contacts"), QStringLiteral("--limit"), QStringLiteral("7")};
            if (!cursor.isEmpty())
                arguments << QStringLiteral("--cursor") << cursor;
            const ProcessRun run = ctl(QStringLiteral("connect"), arguments);
            QCOMPARE(run.exitCode, 0);
            for (const QString &row : rowsOf(run.out))
                seen.append(idOf(row));
            cursor = nextCursor(run.out);
            if (cursor.isEmpty()) {
                QVERIFY(run.out.contains(QLatin1String("last page")));
                break;
            }
        }
        QCOMPARE(seen, everyone);
        QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()).size(), seen.size());
    }

    void wrongGenerationSendsNothing_data() {
        QTest::addColumn<QString>("api");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("connect delete")
            << QStringLiteral("connect")
            << QStringList{QStringLiteral("contact"), QStringLiteral("delete"), QStringLiteral("c-1")}
            << QStringLiteral("The connect API cannot delete contacts.");
        QTest::newRow("classic get") << QStringLiteral("classic")
                                     << QStringList{QStringLiteral("contact"), QStringLiteral("get"),
                                                    QStringLiteral("ct_1")}
                                     << QStringLiteral("The classic API cannot open a single contact");
        QTest::newRow("classic upsert")
            << QStringLiteral("classic")
            << QStringList{QStringLiteral("contact"), QStringLiteral("upsert"), QStringLiteral("--cellphone"),
                           QStringLiteral("+15550100999")}
            << QStringLiteral("The classic API cannot create or update a contact by cell");
        QTest::newRow("classic cursor")
            << QStringLiteral("classic")
            << QStringList{QStringLiteral("contacts"), QStringLiteral("--cursor"), QStringLiteral("abc")}
            << QStringLiteral("pages by number");
        QTest::newRow("connect page")
            << QStringLiteral("connect")
            << QStringList{QStringLiteral("contacts"), QStringLiteral("--page"), QStringLiteral("2")}
            << QStringLiteral("pages by cursor");
        QTest::newRow("classic create without names")
            << QStringLiteral("classic")
            << QStringList{QStringLiteral("contact"), QStringLiteral("create"), QStringLiteral("--cellphone"),
                           QStringLiteral("+15550100999")}
            << QStringLiteral("The first name is required.");
        QTest::newRow("phone with dashes")
            << QStringLiteral("connect")
            << QStringList{QStringLiteral("contact"), QStringLiteral("upsert"), QStringLiteral("--cellphone"),
                           QStringLiteral("+1-555-0100")}
            << QStringLiteral("+ and 8 to 15 digits");
    }

    void wrongGenerationSendsNothing() {
        QFETCH(QString, api);
        QFETCH(QStringList, arguments);
        QFETCH(QString, sentence);
        const int before = requestsSeen(api);
        QVERIFY(before >= 0);
        const ProcessRun run = ctl(api, arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(sentence), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QCOMPARE(requestsSeen(api), before);
    }

    void createThenFind_data() { generations_data(); }
    void createThenFind() {
        QFETCH(QString, api);
        const QString phone =
            api == QLatin1String("connect") ? QStringLiteral("+15557770001") : QStringLiteral("+15557770002");
        const ProcessRun created =
            ctl(api, {QStringLiteral("contact"), QStringLiteral("create"), QStringLiteral("--first-name"),
                      QStringLiteral("Åsa"), QStringLiteral("--last-name"), QStringLiteral("Ekström"),
                      QStringLiteral("--cellphone"), phone, QStringLiteral("--email"),
                      QStringLiteral("asa@example.se"), QStringLiteral("--json")});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        const QString id = json(created).value(QLatin1String("id")).toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(json(created).value(QLatin1String("cellphone")).toString(), phone);
        const ProcessRun found =
            ctl(api, {QStringLiteral("contacts"), QStringLiteral("--search"), QStringLiteral("ekstrom")});
        QCOMPARE(rowsOf(found.out).size(), 1);
        QCOMPARE(idOf(rowsOf(found.out).first()), id);

        const ProcessRun updated = ctl(api, {QStringLiteral("contact"), QStringLiteral("update"), id,
                                             QStringLiteral("--last-name"), QStringLiteral("Berg")});
        QVERIFY2(updated.exitCode == 0, qPrintable(updated.err));
        QVERIFY(updated.out.contains(QStringLiteral("last name    Berg")));
        QVERIFY(updated.out.contains(QStringLiteral("first name   Åsa")));
    }

    void getAndUpsertOnConnect() {
        const QString api = QStringLiteral("connect");
        const ProcessRun bjorn = ctl(api, {QStringLiteral("contacts"), QStringLiteral("--search"),
                                           QStringLiteral("bjorn"), QStringLiteral("--json")});
        const QJsonObject contact = json(bjorn).value(QLatin1String("contacts")).toArray().at(0).toObject();
        const QString id = contact.value(QLatin1String("id")).toString();
        QVERIFY(!id.isEmpty());
        const ProcessRun got = ctl(api, {QStringLiteral("contact"), QStringLiteral("get"), id});
        QCOMPARE(got.exitCode, 0);
        QVERIFY(got.out.contains(QStringLiteral("first name   Björn")));

        const ProcessRun upserted =
            ctl(api, {QStringLiteral("contact"), QStringLiteral("upsert"), QStringLiteral("--cellphone"),
                      contact.value(QLatin1String("cellphone")).toString(), QStringLiteral("--email"),
                      QStringLiteral("bjorn@new.example"), QStringLiteral("--json")});
        QVERIFY2(upserted.exitCode == 0, qPrintable(upserted.err));
        QCOMPARE(json(upserted).value(QLatin1String("id")).toString(), id);
        QCOMPARE(json(upserted).value(QLatin1String("email")).toString(),
                 QStringLiteral("bjorn@new.example"));

        const ProcessRun missing = ctl(api, {QStringLiteral("contact"), QStringLiteral("get"),
                                             QStringLiteral("00000000-0000-4000-8000-000000000000")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(QLatin1String("404")));
    }

    void deleteOnClassic() {
        const QString api = QStringLiteral("classic");
        const ProcessRun created = ctl(
            api, {QStringLiteral("contact"), QStringLiteral("create"), QStringLiteral("--first-name"),
                  QStringLiteral("Temp"), QStringLiteral("--last-name"), QStringLiteral("Oraria"),
                  QStringLiteral("--cellphone"), QStringLiteral("+15557770099"), QStringLiteral("--json")});
        QCOMPARE(created.exitCode, 0);
        const QString id = json(created).value(QLatin1String("id")).toString();
        const ProcessRun deleted = ctl(api, {QStringLiteral("contact"), QStringLiteral("delete"), id});
        QCOMPARE(deleted.exitCode, 0);
        QVERIFY(deleted.out.contains(id));
        QVERIFY(!allIds(api).contains(id));
        const ProcessRun again = ctl(api, {QStringLiteral("contact"), QStringLiteral("delete"), id});
        QCOMPARE(again.exitCode, 1);
    }

    void help() {
        const ProcessRun contacts =
            ctl(QStringLiteral("classic"), {QStringLiteral("contacts"), QStringLiteral("--help")});
        QCOMPARE(contacts.exitCode, 0);
        QVERIFY(contacts.out.contains(QLatin1String("--search <T>")));
        QVERIFY(contacts.out.contains(QLatin1String("contact upsert --cellphone P")));
        QVERIFY(contacts.out.contains(QLatin1String("connect: --owner is the owner's email")));
        const ProcessRun main = ctl(QStringLiteral("classic"), {QStringLiteral("--help")});
        QVERIFY(main.out.contains(QLatin1String("Contacts:")));
        QVERIFY(main.out.contains(QLatin1String("(no get/upsert)")));
        const ProcessRun wrong =
            ctl(QStringLiteral("classic"), {QStringLiteral("contact"), QStringLiteral("merge")});
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY(wrong.err.contains(QLatin1String("Unknown contact command 'merge'")));
        const ProcessRun stray = ctl(QStringLiteral("connect"),
                                     {QStringLiteral("contact"), QStringLiteral("get"), QStringLiteral("c-1"),
                                      QStringLiteral("--email"), QStringLiteral("a@b.io")});
        QCOMPARE(stray.exitCode, 2);
        QVERIFY(stray.err.contains(QLatin1String("takes only the contact ID")));
        const ProcessRun listWithDraft =
            ctl(QStringLiteral("connect"),
                {QStringLiteral("contacts"), QStringLiteral("--cellphone"), QStringLiteral("+15550100999")});
        QCOMPARE(listWithDraft.exitCode, 2);
        QVERIFY(listWithDraft.err.contains(QLatin1String("--cellphone goes with 'contact create'")));
    }
};

QTEST_GUILESS_MAIN(TestBridgectlContacts)
#include "tst_bridgectl_contacts.moc"
