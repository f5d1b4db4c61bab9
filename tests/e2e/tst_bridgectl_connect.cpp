// bridgectl end to end on a Connect profile: real processes, bridge-sandbox --api connect on an
// ephemeral loopback port, the generation picked by BRIDGE_API=connect and the key in BRIDGE_API_KEY.
#include "processfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using testing::ProcessRun;

namespace {

//! A table row: a conversation id (a UUID) first.
const QRegularExpression RowStart(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-"
                                                 "[0-9a-f]{12}\\s"),
                                  QRegularExpression::MultilineOption);

int rowsIn(const QString &table) {
    int rows = 0;
    for (auto it = RowStart.globalMatch(table); it.hasNext(); it.next())
        ++rows;
    return rows;
}

//! The C of the table's last line "next: --cursor C"; empty when there is no such line.
QString nextCursor(const QString &table) {
    const QStringList lines = table.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QString prefix = QStringLiteral("next: --cursor ");
    return !lines.isEmpty() && lines.constLast().startsWith(prefix) ? lines.constLast().mid(prefix.size())
                                                                    : QString();
}

QJsonObject json(const ProcessRun &run) {
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

QJsonArray conversationsOf(const ProcessRun &run) {
    return json(run).value(QLatin1String("conversations")).toArray();
}

QJsonArray side(const QJsonValue &conversation, const char *which) {
    return conversation[QLatin1String("participants")][QLatin1String(which)].toArray();
}

bool hasPerson(const QJsonArray &people, const QString &identifier) {
    for (const QJsonValue &p : people) {
        if (p[QLatin1String("identifier")].toString() == identifier)
            return true;
    }
    return false;
}

} // namespace

class TestBridgectlConnect : public QObject {
    Q_OBJECT

    testing::SandboxProcess m_sandbox;
    QTemporaryDir m_home;
    QList<ProcessRun> m_runs; //!< every run, for the check that the key never shows

    QProcessEnvironment environment(const QString &key = {}) const {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path() + QStringLiteral("/config"));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent"));
        env.insert(QStringLiteral("BRIDGE_API"), QStringLiteral("connect"));
        env.insert(QStringLiteral("BRIDGE_BASE_URL"), m_sandbox.url());
        env.insert(QStringLiteral("BRIDGE_WORKSPACE_ID"), m_sandbox.workspace());
        env.insert(QStringLiteral("BRIDGE_API_KEY"), key.isEmpty() ? m_sandbox.apiKey() : key);
        env.remove(QStringLiteral("BRIDGE_SECRET_KEY")); // Connect needs none
        return env;
    }

    ProcessRun ctl(const QStringList &arguments, const QProcessEnvironment &env) {
        const ProcessRun run =
            testing::runProcess(testing::Bin + QStringLiteral("/app/bridgectl"), arguments, env);
        m_runs.append(run);
        return run;
    }
    ProcessRun ctl(const QStringList &arguments) { return ctl(arguments, environment()); }

    //! The API requests the sandbox has answered so far.
    int requestsSeen() const { return m_sandbox.state().value(QLatin1String("requests")).toInt(-1); }
    int sandboxCount() const { return m_sandbox.state().value(QLatin1String("conversations")).toInt(-1); }

    //! A first page as JSON, for identifiers to filter by.
    QJsonArray firstPage() {
        const ProcessRun run = ctl({QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("100"),
                                    QStringLiteral("--json")});
        return run.exitCode == 0 ? conversationsOf(run) : QJsonArray();
    }

    //! Distinct agents of the seeded conversations, as identifier:type.
    QStringList seededAgents() {
        QStringList agents;
        for (const QJsonValue &c : firstPage()) {
            for (const QJsonValue &p : side(c, "internals")) {
                const QString agent = p[QLatin1String("identifier")].toString() + QLatin1Char(':') +
                                      p[QLatin1String("identifierType")].toString().toLower();
                if (!agents.contains(agent))
                    agents.append(agent);
            }
        }
        return agents;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_home.isValid());
        QVERIFY(m_sandbox.start(0, {QStringLiteral("--api"), QStringLiteral("connect")}));
        QVERIFY(!m_sandbox.apiKey().isEmpty());
        QVERIFY(sandboxCount() > 100); // more than one page of 100
    }

    void cleanupTestCase() { m_sandbox.stop(); }

    void listForPeopleEndsWithTheNextCursor() {
        const ProcessRun run = ctl({QStringLiteral("list")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.startsWith(QStringLiteral("ID")));
        QCOMPARE(rowsIn(run.out), 20);
        QVERIFY2(run.out.contains(QStringLiteral("\n20 conversations on this page · more follow\n")),
                 qPrintable(run.out));
        QVERIFY2(!nextCursor(run.out).isEmpty(), qPrintable(run.out));
        QVERIFY2(!run.out.contains(QStringLiteral(" of ")), qPrintable(run.out)); // no totals by cursor
    }

    //! Following "next: --cursor" to the last page visits every conversation once.
    void pagingToTheLastCursor() {
        QSet<QString> seen;
        QString cursor;
        int pages = 0;
        ProcessRun run;
        do {
            QStringList arguments{QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("100")};
            if (!cursor.isEmpty())
                arguments << QStringLiteral("--cursor") << cursor;
            run = ctl(arguments);
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            for (auto it = RowStart.globalMatch(run.out); it.hasNext();)
                seen.insert(it.next().captured().trimmed());
            cursor = nextCursor(run.out);
        } while (!cursor.isEmpty() && ++pages < 20);
        QVERIFY(pages >= 1);
        QVERIFY2(run.out.contains(QStringLiteral("on this page · last page\n")), qPrintable(run.out));
        QCOMPARE(seen.size(), sandboxCount());
    }

    void pageIsRefusedAndNothingSent() {
        const int before = requestsSeen();
        const ProcessRun run = ctl({QStringLiteral("list"), QStringLiteral("--page"), QStringLiteral("2")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("The connect API pages by cursor: use --cursor")),
                 qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QCOMPARE(requestsSeen(), before);
    }

    //! --json prints Connect's own page: conversations and cursor, participants nested by side.
    void jsonIsTheApisShape() {
        const ProcessRun run = ctl({QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("5"),
                                    QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject page = json(run);
        QCOMPARE(page.keys(), (QStringList{QStringLiteral("conversations"), QStringLiteral("cursor")}));
        QVERIFY(page[QStringLiteral("cursor")].isString());
        const QJsonArray conversations = page[QStringLiteral("conversations")].toArray();
        QCOMPARE(conversations.size(), 5);
        const QJsonObject first = conversations.first().toObject();
        QVERIFY(!first.contains(QStringLiteral("externalParticipants")));
        QVERIFY(!first.contains(QStringLiteral("pagination")));
        const QJsonArray externals = side(first, "externals");
        QVERIFY(!externals.isEmpty());
        QVERIFY(externals.first()[QStringLiteral("identifierType")].isString());
        QVERIFY(first[QStringLiteral("workspaceId")].toString() == m_sandbox.workspace());

        // The cursor of --json is the one the table prints.
        const ProcessRun next = ctl({QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("5"),
                                     QStringLiteral("--cursor"), page[QStringLiteral("cursor")].toString(),
                                     QStringLiteral("--json")});
        QCOMPARE(next.exitCode, 0);
        QVERIFY(conversationsOf(next).first()[QStringLiteral("id")] != first[QStringLiteral("id")]);
    }

    //! A status word in lower case is sent as Connect spells it.
    void filterByStatusInEitherCase() {
        const ProcessRun run =
            ctl({QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("ghost"),
                 QStringLiteral("--limit"), QStringLiteral("100"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonArray conversations = conversationsOf(run);
        QVERIFY(!conversations.isEmpty());
        for (const QJsonValue &c : conversations)
            QCOMPARE(c[QStringLiteral("status")].toString(), QStringLiteral("GHOST"));

        const int before = requestsSeen();
        const ProcessRun archived =
            ctl({QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("archived")});
        QCOMPARE(archived.exitCode, 2);
        QVERIFY2(archived.err.contains(QStringLiteral("GHOST")), qPrintable(archived.err));
        QCOMPARE(requestsSeen(), before);
    }

    void filterByCustomerAndAgent() {
        const QJsonArray page = firstPage();
        QVERIFY(!page.isEmpty());
        QString customer, customerType, agent, agentType;
        for (const QJsonValue &c : page) {
            const QJsonArray externals = side(c, "externals");
            const QJsonArray internals = side(c, "internals");
            if (customer.isEmpty() && !externals.isEmpty()) {
                customer = externals.first()[QStringLiteral("identifier")].toString();
                customerType = externals.first()[QStringLiteral("identifierType")].toString();
            }
            if (agent.isEmpty() && !internals.isEmpty()) {
                agent = internals.first()[QStringLiteral("identifier")].toString();
                agentType = internals.first()[QStringLiteral("identifierType")].toString();
            }
        }
        QVERIFY(!customer.isEmpty());
        QVERIFY(!agent.isEmpty());

        const auto filtered = [this](const QString &option, const QString &value) {
            return ctl({QStringLiteral("list"), option, value, QStringLiteral("--limit"),
                        QStringLiteral("100"), QStringLiteral("--json")});
        };
        // The type in lower case, as people type it; the API's spelling is upper case.
        const ProcessRun byCustomer =
            filtered(QStringLiteral("--external"), customer + QLatin1Char(':') + customerType.toLower());
        QVERIFY2(byCustomer.exitCode == 0, qPrintable(byCustomer.err));
        QVERIFY(!conversationsOf(byCustomer).isEmpty());
        for (const QJsonValue &c : conversationsOf(byCustomer))
            QVERIFY2(hasPerson(side(c, "externals"), customer), qPrintable(byCustomer.out));

        const ProcessRun byAgent =
            filtered(QStringLiteral("--internal"), agent + QLatin1Char(':') + agentType.toLower());
        QVERIFY2(byAgent.exitCode == 0, qPrintable(byAgent.err));
        QVERIFY(!conversationsOf(byAgent).isEmpty());
        QVERIFY(conversationsOf(byAgent).size() < page.size());
        for (const QJsonValue &c : conversationsOf(byAgent))
            QVERIFY2(hasPerson(side(c, "internals"), agent), qPrintable(byAgent.out));

        // No type: detected from the identifier.
        const ProcessRun detected = filtered(QStringLiteral("--external"), customer);
        QCOMPARE(detected.exitCode, 0);
        QCOMPARE(conversationsOf(detected), conversationsOf(byCustomer));

        // Agents are never found by phone in Connect: refused before sending.
        const int before = requestsSeen();
        QCOMPARE(filtered(QStringLiteral("--internal"), QStringLiteral("+15550100000:phone")).exitCode, 2);
        QCOMPARE(requestsSeen(), before);
    }

    void channelsOfBothProviders() {
        const ProcessRun listed = ctl({QStringLiteral("channels"), QStringLiteral("--json")});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        const QJsonObject answer = json(listed);
        QCOMPARE(answer[QStringLiteral("workspaceId")].toString(), m_sandbox.workspace());
        const QJsonArray channels = answer[QStringLiteral("providerChannels")].toArray();
        QSet<QString> providers;
        for (const QJsonValue &c : channels)
            providers.insert(c[QStringLiteral("provider")].toString());
        QCOMPARE(providers, (QSet<QString>{QStringLiteral("WHATSAPP"), QStringLiteral("HEYGIA")}));

        const ProcessRun table = ctl({QStringLiteral("channels")});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.startsWith(QStringLiteral("PROVIDER")));
        QVERIFY2(table.out.endsWith(QStringLiteral("\n%1 channels\n").arg(channels.size())),
                 qPrintable(table.out));
        for (const QJsonValue &c : channels)
            QVERIFY(table.out.contains(c[QStringLiteral("identifier")].toString()));

        const ProcessRun whatsapp =
            ctl({QStringLiteral("channels"), QStringLiteral("WhatsApp"), QStringLiteral("--json")});
        QCOMPARE(whatsapp.exitCode, 0);
        const QJsonArray only = json(whatsapp)[QStringLiteral("providerChannels")].toArray();
        QVERIFY(!only.isEmpty());
        QVERIFY(only.size() < channels.size());
        for (const QJsonValue &c : only)
            QCOMPARE(c[QStringLiteral("provider")].toString(), QStringLiteral("WHATSAPP"));

        QCOMPARE(ctl({QStringLiteral("channels"), QStringLiteral("telegram")}).exitCode, 2);
    }

    //! A GHOST conversation reached through one of the workspace's WhatsApp channels, then agents
    //! join and leave and the status changes.
    void ghostWithWhatsappThenAgentsAndStatus() {
        const ProcessRun channels =
            ctl({QStringLiteral("channels"), QStringLiteral("whatsapp"), QStringLiteral("--json")});
        QCOMPARE(channels.exitCode, 0);
        const QString channel =
            json(channels)[QStringLiteral("providerChannels")][0][QStringLiteral("identifier")].toString();
        QVERIFY(!channel.isEmpty());
        const QStringList agents = seededAgents();
        QVERIFY2(agents.size() >= 2, qPrintable(agents.join(QLatin1Char(' '))));

        const QString customer = QStringLiteral("+15550187766");
        const ProcessRun created = ctl(
            {QStringLiteral("create"), QStringLiteral("--external"), customer + QStringLiteral(":phone"),
             QStringLiteral("--channel"), QStringLiteral("whatsapp:") + channel, QStringLiteral("--internal"),
             agents.at(0), QStringLiteral("--name"), QStringLiteral("E2E – Zoë"), QStringLiteral("--status"),
             QStringLiteral("ghost"), QStringLiteral("--json")});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        const QJsonObject conversation = json(created);
        const QString id = conversation[QStringLiteral("id")].toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(conversation[QStringLiteral("status")].toString(), QStringLiteral("GHOST"));
        QCOMPARE(conversation[QStringLiteral("name")].toString(), QStringLiteral("E2E – Zoë"));
        QVERIFY(hasPerson(side(conversation, "externals"), customer));

        const ProcessRun ghosts = ctl({QStringLiteral("list"), QStringLiteral("--external"), customer,
                                       QStringLiteral("--status"), QStringLiteral("GHOST")});
        QCOMPARE(ghosts.exitCode, 0);
        QVERIFY2(ghosts.out.contains(QStringLiteral("\n") + id), qPrintable(ghosts.out));
        QVERIFY2(ghosts.out.contains(QStringLiteral("1 conversation on this page · last page\n")),
                 qPrintable(ghosts.out));

        const QString second = agents.at(1);
        const QString secondId = second.section(QLatin1Char(':'), 0, 0);
        const ProcessRun added =
            ctl({QStringLiteral("update"), id, QStringLiteral("--add-agent"), second,
                 QStringLiteral("--status"), QStringLiteral("Blocked"), QStringLiteral("--json")});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QCOMPARE(json(added)[QStringLiteral("status")].toString(), QStringLiteral("BLOCKED"));
        QVERIFY(hasPerson(side(json(added), "internals"), secondId));

        const ProcessRun removed = ctl({QStringLiteral("update"), id, QStringLiteral("--remove-agent"),
                                        second, QStringLiteral("--json")});
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
        QVERIFY(!hasPerson(side(json(removed), "internals"), secondId));
        QVERIFY(hasPerson(side(json(removed), "internals"), agents.at(0).section(QLatin1Char(':'), 0, 0)));

        const ProcessRun got = ctl({QStringLiteral("get"), id});
        QCOMPARE(got.exitCode, 0);
        QVERIFY(got.out.contains(QStringLiteral("BLOCKED")));
        QVERIFY(got.out.contains(customer));
    }

    void badCreateIsRefusedBeforeSending() {
        const int before = requestsSeen();
        const QString external = QStringLiteral("ana@example.com");
        // A channel before any --external, an unknown provider, a status Connect has no word for.
        for (const QStringList &arguments :
             {QStringList{QStringLiteral("--channel"), QStringLiteral("whatsapp:+15550100"),
                          QStringLiteral("--external"), external},
              QStringList{QStringLiteral("--external"), external, QStringLiteral("--channel"),
                          QStringLiteral("telegram:+15550100")},
              QStringList{QStringLiteral("--external"), external, QStringLiteral("--status"),
                          QStringLiteral("archived")}}) {
            const ProcessRun run = ctl(QStringList{QStringLiteral("create")} + arguments);
            QVERIFY2(run.exitCode == 2, qPrintable(arguments.join(QLatin1Char(' ')) + run.err));
            QVERIFY(run.out.isEmpty());
        }
        QCOMPARE(ctl({QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("101")}).exitCode, 2);
        QCOMPARE(ctl({QStringLiteral("sign"), QStringLiteral("GET"), QStringLiteral("/x")}).exitCode, 2);
        QCOMPARE(requestsSeen(), before);
    }

    void healthAcceptsTheKeyAndRefusesAWrongOne() {
        const ProcessRun ok = ctl({QStringLiteral("health")});
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
        QVERIFY2(ok.out.contains(QStringLiteral("accepts the key")), qPrintable(ok.out));

        const QString wrong = QStringLiteral("bk_wrong_key_4711");
        const ProcessRun refused = ctl({QStringLiteral("health")}, environment(wrong));
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("401")), qPrintable(refused.err));
        QVERIFY2(refused.err.contains(QStringLiteral("/bridge/api/health")), qPrintable(refused.err));
        QVERIFY(refused.out.isEmpty());
        QVERIFY(!refused.err.contains(wrong));

        const ProcessRun list = ctl({QStringLiteral("list")}, environment(wrong));
        QCOMPARE(list.exitCode, 1);
        QVERIFY(!list.err.contains(wrong));
    }

    //! Only BRIDGE_API_KEY is asked for, by name.
    void noKeySaysWhichVariable() {
        QProcessEnvironment env = environment();
        env.remove(QStringLiteral("BRIDGE_API_KEY"));
        env.insert(QStringLiteral("BRIDGE_SECRET_KEY"), QStringLiteral("sk_not_used_in_connect"));
        const ProcessRun run = ctl({QStringLiteral("list")}, env);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.startsWith(QStringLiteral("No API key: set BRIDGE_API_KEY")), qPrintable(run.err));
        QVERIFY2(!run.err.contains(QStringLiteral("BRIDGE_SECRET_KEY")), qPrintable(run.err));
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    }

    //! A profile stored as Connect speaks Connect without BRIDGE_API; BRIDGE_API=classic overrides it
    //! for one run (and then the classic secret is the one missing).
    void storedProfileChoosesTheGeneration() {
        const QString profile = QStringLiteral("stored-connect");
        {
            QSettings stored(m_home.filePath(QStringLiteral("config/BridgeDesk/BridgeDesk.conf")),
                             QSettings::IniFormat);
            stored.beginGroup(QStringLiteral("profiles/") + profile);
            stored.setValue(QStringLiteral("api"), QStringLiteral("connect"));
            stored.setValue(QStringLiteral("baseUrl"), m_sandbox.url());
            stored.setValue(QStringLiteral("workspaceId"), m_sandbox.workspace());
            stored.endGroup();
            stored.sync();
            QCOMPARE(stored.status(), QSettings::NoError);
        }
        QProcessEnvironment env = environment();
        for (const char *name : {"BRIDGE_API", "BRIDGE_BASE_URL", "BRIDGE_WORKSPACE_ID"})
            env.remove(QLatin1String(name));
        const QStringList list{QStringLiteral("list"), QStringLiteral("--profile"), profile};
        const ProcessRun connect = ctl(list, env);
        QVERIFY2(connect.exitCode == 0, qPrintable(connect.err));
        QVERIFY2(!nextCursor(connect.out).isEmpty(), qPrintable(connect.out));

        env.insert(QStringLiteral("BRIDGE_API"), QStringLiteral("classic"));
        const ProcessRun classic = ctl(list, env);
        QCOMPARE(classic.exitCode, 2);
        QVERIFY2(classic.err.startsWith(QStringLiteral("No secret key: set BRIDGE_SECRET_KEY")),
                 qPrintable(classic.err));
    }

    void listAllWalksEveryCursor() {
        const int total = sandboxCount();
        const ProcessRun csv = ctl({QStringLiteral("list"), QStringLiteral("--all"),
                                    QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY2(csv.exitCode == 0, qPrintable(csv.err));
        QVERIFY(csv.out.startsWith(QStringLiteral("id,name,status,")));
        // Names may hold line breaks; ids start rows.
        static const QRegularExpression row(QStringLiteral("\r\n[0-9a-f]{8}-[0-9a-f]{4}-"));
        QCOMPARE(csv.out.count(row), total);
        QVERIFY(csv.out.count(row) > 100);

        QCOMPARE(ctl({QStringLiteral("list"), QStringLiteral("--all"), QStringLiteral("--format"),
                      QStringLiteral("csv"), QStringLiteral("--cursor"), QStringLiteral("x")})
                     .exitCode,
                 2);
    }

    void helpDocumentsBothGenerations() {
        const ProcessRun help = ctl({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char *text : {"--cursor", "--page", "channels [whatsapp|heygia]", "health", "--add-agent",
                                 "--remove-customer", "--channel", "BRIDGE_API=", "next: --cursor",
                                 "NOT_ASSIGNED_TO_HUMAN", "active, archived or ghost"})
            QVERIFY2(help.out.contains(QLatin1String(text)), text);
    }

    //! Runs last: no output of any run above held the API key.
    void keyNeverPrinted() {
        QVERIFY(m_runs.size() > 20);
        const QString key = m_sandbox.apiKey();
        for (const ProcessRun &run : std::as_const(m_runs)) {
            QVERIFY2(!run.out.contains(key), qPrintable(run.out.left(200)));
            QVERIFY2(!run.err.contains(key), qPrintable(run.err));
        }
    }
};

QTEST_GUILESS_MAIN(TestBridgectlConnect)
#include "tst_bridgectl_connect.moc"
