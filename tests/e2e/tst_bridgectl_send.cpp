// bridgectl send end to end: real processes, bridge-sandbox --api connect on an ephemeral loopback
// port (with its upload host on another), a Connect profile from BRIDGE_* variables.
#include "processfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using testing::ProcessRun;

namespace {

const QRegularExpression
    Uuid(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));

} // namespace

class TestBridgectlSend : public QObject {
    Q_OBJECT

    testing::SandboxProcess m_sandbox;
    QTemporaryDir m_home;
    QList<ProcessRun> m_runs;

    QProcessEnvironment environment() const {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path() + QStringLiteral("/config"));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent"));
        env.insert(QStringLiteral("BRIDGE_API"), QStringLiteral("connect"));
        env.insert(QStringLiteral("BRIDGE_BASE_URL"), m_sandbox.url());
        env.insert(QStringLiteral("BRIDGE_WORKSPACE_ID"), m_sandbox.workspace());
        env.insert(QStringLiteral("BRIDGE_API_KEY"), m_sandbox.apiKey());
        env.remove(QStringLiteral("BRIDGE_SECRET_KEY"));
        return env;
    }

    ProcessRun ctl(const QStringList &arguments, const QProcessEnvironment &env) {
        const ProcessRun run =
            testing::runProcess(testing::Bin + QStringLiteral("/app/bridgectl"), arguments, env);
        m_runs.append(run);
        return run;
    }
    ProcessRun ctl(const QStringList &arguments) { return ctl(arguments, environment()); }

    int requestsSeen() const { return m_sandbox.state().value(QLatin1String("requests")).toInt(-1); }

    //! An ACTIVE conversation of the sandbox.
    QString activeConversation() {
        const ProcessRun run =
            ctl({QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("active"),
                 QStringLiteral("--limit"), QStringLiteral("1"), QStringLiteral("--json")});
        const QJsonArray conversations = QJsonDocument::fromJson(run.out.toUtf8())
                                             .object()
                                             .value(QLatin1String("conversations"))
                                             .toArray();
        return conversations.isEmpty()
                   ? QString()
                   : conversations.first().toObject().value(QLatin1String("id")).toString();
    }

    QString file(const QString &name, qint64 size) {
        const QString path = m_home.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write("%PDF-1.4\n") < 0 || !f.resize(size))
            qFatal("cannot write the test file");
        return path;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_home.isValid());
        QVERIFY(m_sandbox.start(0, {QStringLiteral("--api"), QStringLiteral("connect")}));
    }
    void cleanupTestCase() { m_sandbox.stop(); }

    void sendWithAnAttachmentPrintsTheIds() {
        const QString id = activeConversation();
        QVERIFY(!id.isEmpty());
        const int before = requestsSeen();
        const ProcessRun run = ctl({QStringLiteral("send"), id, QStringLiteral("--text"),
                                    QStringLiteral("Your invoice is attached."), QStringLiteral("--attach"),
                                    file(QStringLiteral("invoice.pdf"), 40000), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject sent = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QVERIFY2(Uuid.match(sent.value(QLatin1String("messageId")).toString()).hasMatch(),
                 qPrintable(run.out));
        QCOMPARE(sent.value(QLatin1String("messagingProduct")).toString(), QStringLiteral("bridge"));
        const QJsonArray media = sent.value(QLatin1String("mediaIds")).toArray();
        QCOMPARE(media.size(), 1);
        QVERIFY(Uuid.match(media.first().toString()).hasMatch());
        QCOMPARE(requestsSeen(), before + 2); // files, then messages (the upload went to the other host)
    }

    //! The agent's first hour in a terminal: find Zoë, start a ghost conversation with her on a
    //! WhatsApp channel, send the first message with a PDF, and see the conversation become active.
    void fromAContactToAFirstMessage() {
        const ProcessRun found = ctl({QStringLiteral("contacts"), QStringLiteral("--search"),
                                      QStringLiteral("zoe"), QStringLiteral("--json")});
        QVERIFY2(found.exitCode == 0, qPrintable(found.err));
        const QJsonArray contacts =
            QJsonDocument::fromJson(found.out.toUtf8()).object().value(QLatin1String("contacts")).toArray();
        QVERIFY2(!contacts.isEmpty(), qPrintable(found.out));
        const QJsonObject zoe = contacts.first().toObject();
        QCOMPARE(zoe.value(QLatin1String("firstName")).toString(), QStringLiteral("Zo\u00eb"));
        const QString contactId = zoe.value(QLatin1String("id")).toString();
        QVERIFY(Uuid.match(contactId).hasMatch());

        const ProcessRun channels =
            ctl({QStringLiteral("channels"), QStringLiteral("whatsapp"), QStringLiteral("--json")});
        QVERIFY2(channels.exitCode == 0, qPrintable(channels.err));
        const QJsonArray list = QJsonDocument::fromJson(channels.out.toUtf8())
                                    .object()
                                    .value(QLatin1String("providerChannels"))
                                    .toArray();
        QVERIFY2(!list.isEmpty(), qPrintable(channels.out));
        const QString channel = list.first().toObject().value(QLatin1String("identifier")).toString();

        const ProcessRun created =
            ctl({QStringLiteral("create"), QStringLiteral("--external"), contactId + QStringLiteral(":id"),
                 QStringLiteral("--channel"), QStringLiteral("whatsapp:") + channel, QStringLiteral("--name"),
                 QStringLiteral("First message"), QStringLiteral("--status"), QStringLiteral("ghost"),
                 QStringLiteral("--json")});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        const QJsonObject conversation = QJsonDocument::fromJson(created.out.toUtf8()).object();
        QCOMPARE(conversation.value(QLatin1String("status")).toString(), QStringLiteral("GHOST"));
        const QString id = conversation.value(QLatin1String("id")).toString();

        const ProcessRun sent =
            ctl({QStringLiteral("send"), id, QStringLiteral("--text"),
                 QStringLiteral("Hello Zo\u00eb, your invoice."), QStringLiteral("--attach"),
                 file(QStringLiteral("zoe-invoice.pdf"), 20000)});
        QVERIFY2(sent.exitCode == 0, qPrintable(sent.err));
        QVERIFY2(Uuid.match(sent.out.trimmed()).hasMatch(), qPrintable(sent.out));

        const ProcessRun after = ctl({QStringLiteral("get"), id, QStringLiteral("--json")});
        QVERIFY2(after.exitCode == 0, qPrintable(after.err));
        QCOMPARE(
            QJsonDocument::fromJson(after.out.toUtf8()).object().value(QLatin1String("status")).toString(),
            QStringLiteral("ACTIVE"));
    }

    //! What the upload host received (its log, through the control routes): never the Bridge key.
    void theUploadHostNeverSawTheKey() {
        const QJsonArray uploads =
            m_sandbox.control("GET", "uploads").value(QLatin1String("uploads")).toArray();
        QVERIFY(!uploads.isEmpty());
        for (const QJsonValue &upload : uploads) {
            QCOMPARE(upload[QLatin1String("status")].toInt(), 200);
            const QJsonArray headers = upload[QLatin1String("headers")].toArray();
            QVERIFY(!headers.isEmpty());
            for (const QJsonValue &header : headers) {
                const QString name = header[QLatin1String("name")].toString();
                QVERIFY2(name.compare(QLatin1String("x-api-key"), Qt::CaseInsensitive) != 0,
                         qPrintable(name));
                QVERIFY(!header[QLatin1String("value")].toString().contains(m_sandbox.apiKey()));
            }
        }
    }

    //! The upload host dropping the connection: exit 1 with the file named, no message posted.
    void uploadDroppedMeansNotSent() {
        const QString id = activeConversation();
        QVERIFY(!m_sandbox.setFaults("{\"uploadFault\": \"drop-connection\", \"uploadFaultCount\": 3}")
                     .isEmpty());
        const int before = requestsSeen();
        const ProcessRun run =
            ctl({QStringLiteral("send"), id, QStringLiteral("--text"), QStringLiteral("Here"),
                 QStringLiteral("--attach"), file(QStringLiteral("lost.pdf"), 3000)});
        m_sandbox.reset();
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(
            run.err.contains(QStringLiteral("“lost.pdf” could not be uploaded: the connection to the storage "
                                            "host")),
            qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QCOMPARE(requestsSeen(), before + 1); // the files call only: no message
    }

    void plainOutputIsTheMessageId() {
        const ProcessRun run = ctl({QStringLiteral("send"), activeConversation(), QStringLiteral("--text"),
                                    QStringLiteral("Noted."), QStringLiteral("--internal-note")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(Uuid.match(run.out.trimmed()).hasMatch(), qPrintable(run.out));
    }

    void overTheLimitIsRefusedBeforeAnyRequest() {
        const QString id = activeConversation();
        const int before = requestsSeen();
        const ProcessRun run =
            ctl({QStringLiteral("send"), id, QStringLiteral("--text"), QStringLiteral("Big"),
                 QStringLiteral("--attach"), file(QStringLiteral("scan.pdf"), 100000001)});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(
            run.err.contains(QStringLiteral("“scan.pdf” is 100.0 MB; a document may be at most 100 MB.")),
            qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QCOMPARE(requestsSeen(), before);
    }

    void classicProfileSendsNothing() {
        const int before = requestsSeen();
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("BRIDGE_API"), QStringLiteral("classic"));
        env.insert(QStringLiteral("BRIDGE_API_KEY"), QStringLiteral("ak_classic_0123456789"));
        env.insert(QStringLiteral("BRIDGE_SECRET_KEY"), QStringLiteral("sk_classic_secret"));
        const ProcessRun run = ctl(
            {QStringLiteral("send"), QStringLiteral("c1"), QStringLiteral("--text"), QStringLiteral("Hi")},
            env);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("Sending messages needs the Connect API")),
                 qPrintable(run.err));
        QCOMPARE(requestsSeen(), before);
    }

    void missingTextIsRefused() {
        const ProcessRun run = ctl({QStringLiteral("send"), activeConversation()});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("Write the message")), qPrintable(run.err));
    }

    void theKeyNeverShows() {
        for (const ProcessRun &run : std::as_const(m_runs)) {
            QVERIFY(!run.out.contains(m_sandbox.apiKey()));
            QVERIFY(!run.err.contains(m_sandbox.apiKey()));
        }
    }
};

QTEST_GUILESS_MAIN(TestBridgectlSend)
#include "tst_bridgectl_send.moc"
