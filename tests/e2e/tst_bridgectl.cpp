// bridgectl end to end, classic profile: real processes, a bridge-sandbox on an ephemeral loopback
// port. The Connect generation: tst_bridgectl_connect.
#include "processfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using testing::ProcessRun;
using Run = ProcessRun;

class TestBridgectl : public QObject {
    Q_OBJECT

    testing::SandboxProcess m_sandbox;
    QTemporaryDir m_home;

    QProcessEnvironment environment(const QString &secret = {}) const {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path() + QStringLiteral("/config"));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent"));
        env.remove(QStringLiteral("BRIDGE_API"));
        env.insert(QStringLiteral("BRIDGE_BASE_URL"), m_sandbox.url());
        env.insert(QStringLiteral("BRIDGE_WORKSPACE_ID"), m_sandbox.workspace());
        env.insert(QStringLiteral("BRIDGE_API_KEY"), m_sandbox.apiKey());
        env.insert(QStringLiteral("BRIDGE_SECRET_KEY"), secret.isEmpty() ? m_sandbox.secret() : secret);
        return env;
    }

    Run ctl(const QStringList &arguments, const QProcessEnvironment &env) {
        return testing::runProcess(testing::Bin + QStringLiteral("/app/bridgectl"), arguments, env);
    }
    Run ctl(const QStringList &arguments) { return ctl(arguments, environment()); }

    //! The API requests the sandbox has answered so far.
    int requestsSeen() const { return m_sandbox.state().value(QLatin1String("requests")).toInt(-1); }

    static QJsonObject json(const Run &run) { return QJsonDocument::fromJson(run.out.toUtf8()).object(); }

private slots:
    void initTestCase() {
        QVERIFY(m_home.isValid());
        QVERIFY(m_sandbox.start());
        QVERIFY(!m_sandbox.secret().isEmpty());
    }

    void cleanupTestCase() { m_sandbox.stop(); }

    void listForPeople() {
        const Run run = ctl({QStringLiteral("list")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.startsWith(QStringLiteral("ID")));
        QVERIFY2(run.out.contains(QStringLiteral("Page 1 of 12 · 240 conversations")), qPrintable(run.out));
        QCOMPARE(run.out.count(QStringLiteral("\nconv_")), 20);
    }

    void listForScripts() {
        const Run run = ctl({QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("archived"),
                             QStringLiteral("--page"), QStringLiteral("2"), QStringLiteral("--limit"),
                             QStringLiteral("20"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject page = json(run);
        QCOMPARE(page[QStringLiteral("pagination")][QStringLiteral("page")].toInt(), 2);
        const QJsonArray conversations = page[QStringLiteral("conversations")].toArray();
        QVERIFY(!conversations.isEmpty());
        for (const QJsonValue &c : conversations)
            QCOMPARE(c[QStringLiteral("status")].toString(), QStringLiteral("archived"));
    }

    void ghostConversationCreatedThenListed() {
        const Run created = ctl(
            {QStringLiteral("create"), QStringLiteral("--external"), QStringLiteral("ghost.e2e@example.com"),
             QStringLiteral("--external"), QStringLiteral("+1-555-987-6543:phone"), QStringLiteral("--team"),
             QStringLiteral("team_sales"), QStringLiteral("--name"), QStringLiteral("E2E – Zoë"),
             QStringLiteral("--status"), QStringLiteral("ghost"), QStringLiteral("--json")});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        const QString id = json(created)[QStringLiteral("id")].toString();
        QVERIFY(id.startsWith(QStringLiteral("conv_")));
        QCOMPARE(json(created)[QStringLiteral("status")].toString(), QStringLiteral("ghost"));

        const Run ghosts = ctl({QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("ghost")});
        QCOMPARE(ghosts.exitCode, 0);
        QVERIFY2(ghosts.out.section(QLatin1Char('\n'), 1, 1).startsWith(id), qPrintable(ghosts.out));

        // Filtering by the phone number: the '+' must reach the server intact.
        const Run byPhone = ctl({QStringLiteral("list"), QStringLiteral("--external"),
                                 QStringLiteral("+1-555-987-6543:phone"), QStringLiteral("--json")});
        QCOMPARE(byPhone.exitCode, 0);
        QCOMPARE(json(byPhone)[QStringLiteral("pagination")][QStringLiteral("total")].toInt(), 1);

        const Run got = ctl({QStringLiteral("get"), id});
        QCOMPARE(got.exitCode, 0);
        QVERIFY(got.out.contains(QStringLiteral("E2E – Zoë")));
        QVERIFY(got.out.contains(QStringLiteral("team_sales")));

        const Run updated = ctl({QStringLiteral("update"), id, QStringLiteral("--status"),
                                 QStringLiteral("archived"), QStringLiteral("--json")});
        QCOMPARE(updated.exitCode, 0);
        QCOMPARE(json(updated)[QStringLiteral("status")].toString(), QStringLiteral("archived"));
    }

    //! No BRIDGE_SECRET_KEY and no keychain: one line a terminal user can act on, nothing sent.
    void noSecretNoKeychainSaysWhatToDo() {
        QProcessEnvironment env = environment();
        env.remove(QStringLiteral("BRIDGE_SECRET_KEY"));
        const Run run = ctl({QStringLiteral("list")}, env);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(QStringLiteral("set BRIDGE_SECRET_KEY")), qPrintable(run.err));
        QVERIFY2(!run.err.contains(QStringLiteral("Enter it again")), qPrintable(run.err));
        QVERIFY2(!run.err.contains(QStringLiteral("session only")), qPrintable(run.err));
        // The keychain's failure is said once, not also as a log line.
        QVERIFY2(run.err.count(QStringLiteral("keychain"), Qt::CaseInsensitive) <= 1, qPrintable(run.err));
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    }

    //! "1 conversation", and CJK names (two terminal columns a character) keep the columns aligned.
    void tableCountsAndAlignsByDisplayWidth() {
        const QString customer = QStringLiteral("cjk.width@example.com");
        for (const QString &name : {QStringLiteral("客服电话回访"), QStringLiteral("Callback")}) {
            const Run created = ctl({QStringLiteral("create"), QStringLiteral("--external"), customer,
                                     QStringLiteral("--name"), name});
            QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        }
        const QString alone = QStringLiteral("just.one@example.com");
        QCOMPARE(ctl({QStringLiteral("create"), QStringLiteral("--external"), alone}).exitCode, 0);
        const Run one = ctl({QStringLiteral("list"), QStringLiteral("--external"), alone});
        QCOMPARE(one.exitCode, 0);
        QVERIFY2(one.out.contains(QStringLiteral("· 1 conversation\n")), qPrintable(one.out));

        const Run both = ctl({QStringLiteral("list"), QStringLiteral("--external"), customer});
        QCOMPARE(both.exitCode, 0);
        QVERIFY2(both.out.contains(QStringLiteral("· 2 conversations\n")), qPrintable(both.out));
        // Terminal columns, counted here independently: CJK ideographs take two.
        const auto columnsBefore = [](const QString &line, const QString &needle) {
            const qsizetype at = line.indexOf(needle);
            if (at < 0)
                return -1;
            int width = 0;
            for (const QChar c : line.left(at))
                width += c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF ? 2 : 1;
            return width;
        };
        const QStringList lines = both.out.split(QLatin1Char('\n'));
        const int header = columnsBefore(lines.at(0), QStringLiteral("CUSTOMER"));
        QVERIFY(header > 0);
        int rowsSeen = 0;
        for (const QString &line : lines) {
            if (!line.startsWith(QStringLiteral("conv_")))
                continue;
            ++rowsSeen;
            QVERIFY2(columnsBefore(line, customer) == header, qPrintable(both.out));
        }
        QCOMPARE(rowsSeen, 2);
    }

    void wrongSecretFailsWithTheErrorLine() {
        const Run run = ctl({QStringLiteral("list")}, environment(QStringLiteral("sk_wrong_one")));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral(
                     "Server replied \"401 Unauthorized\" to GET /v1/workspaces/ws_sandbox/conversations")),
                 qPrintable(run.err));
        QVERIFY(!run.err.contains(QStringLiteral("sk_wrong_one")));
        QVERIFY(run.out.isEmpty());
    }

    void badInputIsRefusedBeforeSending() {
        const Run both =
            ctl({QStringLiteral("create"), QStringLiteral("--external"), QStringLiteral("a@example.com"),
                 QStringLiteral("--internal"), QStringLiteral("b@example.com"), QStringLiteral("--team"),
                 QStringLiteral("t")});
        QCOMPARE(both.exitCode, 2);
        QVERIFY(both.err.contains(QStringLiteral("--team")));
        const Run limit = ctl({QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("10")});
        QCOMPARE(limit.exitCode, 2);
        QVERIFY2(limit.err.contains(QStringLiteral("limit")), qPrintable(limit.err));
        const Run phone =
            ctl({QStringLiteral("create"), QStringLiteral("--external"), QStringLiteral("555-1234:phone")});
        QCOMPARE(phone.exitCode, 2);
        const Run unknown = ctl({QStringLiteral("frobnicate")});
        QCOMPARE(unknown.exitCode, 2);
    }

    void signMatchesOpenssl() {
        QProcessEnvironment env = environment(QStringLiteral("sk_test_secret"));
        // printf 'GET\n/v1/workspaces/ws_abc123/conversations\n\n1642234567' | openssl dgst -sha256 -hmac
        // sk_test_secret
        const Run get = ctl({QStringLiteral("sign"), QStringLiteral("GET"),
                             QStringLiteral("/v1/workspaces/ws_abc123/conversations"),
                             QStringLiteral("--timestamp"), QStringLiteral("1642234567")},
                            env);
        QCOMPARE(get.exitCode, 0);
        QVERIFY(get.out.contains(
            QStringLiteral("string-to-sign: GET\\n/v1/workspaces/ws_abc123/conversations\\n\\n1642234567")));
        QVERIFY(get.out.contains(
            QStringLiteral("signature: 9762425671505ee4bca46e3a92d2606b09713410de15eb527484605ac20b0fd6")));

        // printf
        // 'POST\n/v1/workspaces/ws_abc123/conversations\n{"externalParticipants":[{"identifier":"a@example.com","type":"email"}]}\n1642234567'
        // | openssl dgst -sha256 -hmac sk_test_secret
        const QString bodyFile = m_home.filePath(QStringLiteral("body.json"));
        QFile file(bodyFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"externalParticipants":[{"identifier":"a@example.com","type":"email"}]})");
        file.close();
        const Run post =
            ctl({QStringLiteral("sign"), QStringLiteral("post"),
                 QStringLiteral("/v1/workspaces/ws_abc123/conversations"), QStringLiteral("--body"), bodyFile,
                 QStringLiteral("--timestamp"), QStringLiteral("1642234567")},
                env);
        QCOMPARE(post.exitCode, 0);
        QVERIFY2(post.out.contains(QStringLiteral(
                     "signature: 6de63af0d503ba875ccd49512e525917f654e8d636e37111651f863587c63eda")),
                 qPrintable(post.out));
        QVERIFY(!post.out.contains(QStringLiteral("sk_test_secret")));
    }
    void listAllAsCsvAndJson() {
        const Run page = ctl({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(page.exitCode, 0);
        const int total = json(page)[QStringLiteral("pagination")][QStringLiteral("total")].toInt();
        QVERIFY(total >= 240);

        const Run csv = ctl({QStringLiteral("list"), QStringLiteral("--all"), QStringLiteral("--format"),
                             QStringLiteral("csv")});
        QVERIFY2(csv.exitCode == 0, qPrintable(csv.err));
        QVERIFY(csv.out.startsWith(
            QStringLiteral("id,name,status,customers,agents,teamId,createdAt,updatedAt\r\n")));
        QCOMPARE(csv.out.count(QStringLiteral("\r\nconv_")),
                 total); // names may hold line breaks; ids start rows

        const QString file = m_home.filePath(QStringLiteral("all.json"));
        const Run toFile = ctl({QStringLiteral("list"), QStringLiteral("--all"), QStringLiteral("--format"),
                                QStringLiteral("json"), QStringLiteral("--output"), file});
        QVERIFY2(toFile.exitCode == 0, qPrintable(toFile.err));
        QVERIFY(toFile.out.isEmpty());
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonArray all = QJsonDocument::fromJson(f.readAll()).array();
        QCOMPARE(all.size(), total);
        QSet<QString> ids;
        for (const QJsonValue &c : all)
            ids.insert(c[QStringLiteral("id")].toString());
        QCOMPARE(ids.size(), total);

        const Run ghosts = ctl({QStringLiteral("list"), QStringLiteral("--all"), QStringLiteral("--format"),
                                QStringLiteral("json"), QStringLiteral("--status"), QStringLiteral("ghost")});
        QCOMPARE(ghosts.exitCode, 0);
        for (const QJsonValue &c : QJsonDocument::fromJson(ghosts.out.toUtf8()).array())
            QCOMPARE(c[QStringLiteral("status")].toString(), QStringLiteral("ghost"));

        QCOMPARE(ctl({QStringLiteral("list"), QStringLiteral("--all")}).exitCode, 2); // no format
        QCOMPARE(ctl({QStringLiteral("list"), QStringLiteral("--all"), QStringLiteral("--format"),
                      QStringLiteral("xml")})
                     .exitCode,
                 2);
        QCOMPARE(ctl({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv")}).exitCode,
                 2);
    }

    void createFromCsvSkipsOnRerun() {
        const QString file = m_home.filePath(QStringLiteral("import.csv"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("customer,type,name,team,agents,status\n"
                "csv.one@example.com,,From CSV 1,,,\n"
                "+1 555 010 2222,phone,\"From CSV, 2\",team_csv,,active\n"
                "csv.three@example.com,email,,,agent.csv@example.com,ghost\n");
        f.close();
        const auto totalNow = [this] {
            return json(
                       ctl({QStringLiteral("list"),
                            QStringLiteral("--json")}))[QStringLiteral("pagination")][QStringLiteral("total")]
                .toInt();
        };
        const int before = totalNow();

        const Run first = ctl({QStringLiteral("create"), QStringLiteral("--from-csv"), file});
        QVERIFY2(first.exitCode == 0, qPrintable(first.out + first.err));
        QVERIFY2(first.out.contains(QStringLiteral("3 created")), qPrintable(first.out));
        QCOMPARE(totalNow(), before + 3);
        QVERIFY(QFile::exists(file + QStringLiteral(".results.csv")));

        const Run again = ctl({QStringLiteral("create"), QStringLiteral("--from-csv"), file});
        QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));
        QVERIFY2(again.out.contains(QStringLiteral("0 created, 3 skipped (created before)")),
                 qPrintable(again.out));
        QCOMPARE(totalNow(), before + 3); // nothing created twice

        // A row with a problem: the others are created, the exit status says not all were.
        QVERIFY(f.open(QIODevice::Append));
        f.write("not-an-email@,email,,,,\ncsv.four@example.com,,,,,\n");
        f.close();
        const Run partly = ctl({QStringLiteral("create"), QStringLiteral("--from-csv"), file});
        QCOMPARE(partly.exitCode, 1);
        QVERIFY2(partly.out.contains(QStringLiteral("1 created, 3 skipped (created before), 1 failed")),
                 qPrintable(partly.out));
        QCOMPARE(totalNow(), before + 4);

        QCOMPARE(ctl({QStringLiteral("create"), QStringLiteral("--from-csv"),
                      m_home.filePath(QStringLiteral("missing.csv"))})
                     .exitCode,
                 2);
        QCOMPARE(ctl({QStringLiteral("create"), QStringLiteral("--from-csv"), file, QStringLiteral("--name"),
                      QStringLiteral("x")})
                     .exitCode,
                 2);
    }

    //! Status words in either case, mapped to the classic spelling before they are sent.
    void statusWordsInEitherCase() {
        const Run ghosts = ctl({QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("GHOST"),
                                QStringLiteral("--json")});
        QVERIFY2(ghosts.exitCode == 0, qPrintable(ghosts.err));
        const QJsonArray conversations = json(ghosts)[QStringLiteral("conversations")].toArray();
        QVERIFY(!conversations.isEmpty());
        for (const QJsonValue &c : conversations)
            QCOMPARE(c[QStringLiteral("status")].toString(), QStringLiteral("ghost"));

        const int before = requestsSeen();
        const Run unknown =
            ctl({QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("RELEASED")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(QStringLiteral("active, archived or ghost")), qPrintable(unknown.err));
        QCOMPARE(requestsSeen(), before);
    }

    //! Customers join and leave, the name and the status change, in one command each.
    void updateAddsAndRemovesCustomers() {
        const Run created = ctl({QStringLiteral("create"), QStringLiteral("--external"),
                                 QStringLiteral("first.update@example.com"), QStringLiteral("--json")});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        const QString id = json(created)[QStringLiteral("id")].toString();

        const Run added = ctl({QStringLiteral("update"), id, QStringLiteral("--add-customer"),
                               QStringLiteral("+15550142424:phone"), QStringLiteral("--name"),
                               QStringLiteral("Two customers"), QStringLiteral("--status"),
                               QStringLiteral("Archived"), QStringLiteral("--json")});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QCOMPARE(json(added)[QStringLiteral("status")].toString(), QStringLiteral("archived"));
        QCOMPARE(json(added)[QStringLiteral("name")].toString(), QStringLiteral("Two customers"));
        QCOMPARE(json(added)[QStringLiteral("externalParticipants")].toArray().size(), 2);

        const Run removed = ctl({QStringLiteral("update"), id, QStringLiteral("--remove-customer"),
                                 QStringLiteral("first.update@example.com")});
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
        QVERIFY2(!removed.out.contains(QStringLiteral("first.update@example.com")), qPrintable(removed.out));
        QVERIFY2(removed.out.contains(QStringLiteral("+15550142424")), qPrintable(removed.out));

        QCOMPARE(ctl({QStringLiteral("update"), id}).exitCode, 2); // nothing to change
    }

    //! What only the Connect generation has is refused with a sentence, and nothing is sent.
    void connectOnlyThingsAreRefused() {
        const int before = requestsSeen();
        const Run cursor = ctl({QStringLiteral("list"), QStringLiteral("--cursor"), QStringLiteral("abc")});
        QCOMPARE(cursor.exitCode, 2);
        QVERIFY2(cursor.err.contains(QStringLiteral("pages by number: use --page")), qPrintable(cursor.err));
        const Run channels = ctl({QStringLiteral("channels")});
        QCOMPARE(channels.exitCode, 2);
        QVERIFY2(channels.err.contains(QStringLiteral("The classic API has no provider channels.")),
                 qPrintable(channels.err));
        const Run health = ctl({QStringLiteral("health")});
        QCOMPARE(health.exitCode, 2);
        QVERIFY2(health.err.contains(QStringLiteral("The classic API has no health check.")),
                 qPrintable(health.err));
        const Run channel =
            ctl({QStringLiteral("create"), QStringLiteral("--external"), QStringLiteral("a@example.com"),
                 QStringLiteral("--channel"), QStringLiteral("whatsapp:+15550100")});
        QCOMPARE(channel.exitCode, 2);
        QVERIFY2(channel.err.contains(QStringLiteral("channel")), qPrintable(channel.err));
        const Run id =
            ctl({QStringLiteral("create"), QStringLiteral("--external"), QStringLiteral("u-42:id")});
        QCOMPARE(id.exitCode, 2);
        QCOMPARE(requestsSeen(), before);
        for (const Run &run : {cursor, channels, health, channel, id})
            QVERIFY(run.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBridgectl)
#include "tst_bridgectl.moc"
