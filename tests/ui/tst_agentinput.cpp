// Input the agent types: every field of the create and settings dialogs, with empty, whitespace,
// 10,000 characters, control characters, right-to-left text and emoji. Each must end in a clear
// inline message (nothing sent) or in a correct request; never a crash, and never a request the
// in-process sandbox rejects for a reason the client could have known (a 400, or a request so
// malformed that it never reached the API at all).
#include "bridgeclient.h"
#include "createconversationdialog.h"
#include "credentialstore.h"
#include "fieldhint.h"
#include "participantlistedit.h"
#include "sandboxfixture.h"
#include "sandboxserver.h"
#include "settingsdialog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace bridge;
using bridge::sandbox::SandboxServer;

namespace {

//! The kinds of input, each a function of the field's sensible value so that a long or decorated
//! value can also be a well-formed one (a 10,000-character email address is still an address).
struct Inputs {
    static QStringList names() {
        return {QStringLiteral("empty"),
                QStringLiteral("spaces"),
                QStringLiteral("unicode spaces"),
                QStringLiteral("10000 chars"),
                QStringLiteral("10000 chars, shaped"),
                QStringLiteral("control chars"),
                QStringLiteral("line break"),
                QStringLiteral("NUL"),
                QStringLiteral("right-to-left"),
                QStringLiteral("RTL override"),
                QStringLiteral("emoji"),
                QStringLiteral("emoji, shaped")};
    }
};

//! What the agent puts into a field: kind applied to a field whose sensible value is good.
QString inputFor(const QString &kind, const QString &good) {
    if (kind == QLatin1String("empty"))
        return QString();
    if (kind == QLatin1String("spaces"))
        return QStringLiteral("     ");
    if (kind == QLatin1String("unicode spaces"))
        return QStringLiteral("\u00a0\u2003\u3000");
    if (kind == QLatin1String("10000 chars"))
        return QString(10000, QLatin1Char('x'));
    if (kind == QLatin1String("10000 chars, shaped")) { // the good value, padded to 10,000
        const qsizetype at = good.indexOf(QLatin1Char('@'));
        const QString pad(10000 - good.size(), QLatin1Char('a'));
        return at > 0 ? pad + good : good + pad;
    }
    if (kind == QLatin1String("control chars"))
        return good + QStringLiteral("\u0007\u001b[31m");
    if (kind == QLatin1String("line break"))
        return good + QStringLiteral("\r\nX-Injected: 1");
    if (kind == QLatin1String("NUL"))
        return good + QChar(0) + QStringLiteral("tail");
    if (kind == QLatin1String("right-to-left"))
        return QStringLiteral("שלום עולם مرحبا");
    if (kind == QLatin1String("RTL override"))
        return QStringLiteral("\u202e") + good;
    if (kind == QLatin1String("emoji"))
        return QStringLiteral("😀👍🏽👨‍👩‍👧");
    if (kind == QLatin1String("emoji, shaped")) {
        const qsizetype at = good.indexOf(QLatin1Char('@'));
        return at > 0 ? QStringLiteral("zoë😀") + good.mid(at) : good + QStringLiteral(" Zoë 😀");
    }
    qFatal("unknown input kind");
}

//! Puts text into the field the way a paste does (textEdited fires, like typing).
void enter(QLineEdit *edit, const QString &text) {
    edit->setFocus();
    edit->selectAll();
    edit->del();
    edit->insert(text);
    QTest::keyClick(edit, Qt::Key_End); // a key press, so the field counts as typed in
}

//! The visible inline messages of a dialog.
QStringList inlineMessages(const QWidget *dialog) {
    QStringList out;
    const auto hints = dialog->findChildren<FieldHint *>();
    for (const FieldHint *hint : hints) {
        if (hint->isVisible() && !hint->text().isEmpty())
            out.append(hint->text());
    }
    return out;
}

} // namespace

class TestAgentInput : public QObject {
    Q_OBJECT

    std::unique_ptr<SandboxServer> m_server;

    QList<sandbox::ReceivedRequest> requests(const QByteArray &method = {}) const {
        QList<sandbox::ReceivedRequest> out;
        const auto all = m_server->receivedRequests();
        for (const auto &r : all) {
            if (method.isEmpty() || r.method == method)
                out.append(r);
        }
        return out;
    }

    static void addRows() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("kind");
    }

private slots:
    void initTestCase() {
        m_server = std::make_unique<SandboxServer>();
        QVERIFY(m_server->listenLoopback());
    }
    void init() { m_server->clearReceivedRequests(); }

    void createDialog_data() {
        addRows();
        for (const char *field : {"customer", "agent", "teamId", "name"}) {
            for (const QString &kind : Inputs::names())
                QTest::addRow("%s: %s", field, qPrintable(kind)) << QString::fromLatin1(field) << kind;
        }
    }

    void createDialog() {
        QFETCH(QString, field);
        QFETCH(QString, kind);
        BridgeClient client;
        client.setOptions(testing::sandboxOptions(*m_server));
        CreateConversationDialog dialog(&client);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *customers = dialog.findChild<ParticipantListEdit *>(QStringLiteral("customers"));
        auto *agents = dialog.findChild<ParticipantListEdit *>(QStringLiteral("agents"));
        QVERIFY(customers && agents);

        enter(customers->identifierEdit(0), QStringLiteral("ann@example.com"));
        QLineEdit *edit = nullptr;
        QString good;
        if (field == QLatin1String("customer")) {
            edit = customers->identifierEdit(0);
            good = QStringLiteral("ann@example.com");
        } else if (field == QLatin1String("agent")) {
            dialog.findChild<QRadioButton *>(QStringLiteral("assignAgents"))->click();
            edit = agents->identifierEdit(0);
            good = QStringLiteral("agent.smith@example.com");
        } else if (field == QLatin1String("teamId")) {
            dialog.findChild<QRadioButton *>(QStringLiteral("assignTeam"))->click();
            edit = dialog.findChild<QLineEdit *>(QStringLiteral("teamId"));
            good = QStringLiteral("team_support");
        } else {
            edit = dialog.findChild<QLineEdit *>(QStringLiteral("name"));
            good = QStringLiteral("Billing question");
        }
        QVERIFY(edit);
        const QString input = inputFor(kind, good);
        enter(edit, input);

        QSignalSpy created(&dialog, &CreateConversationDialog::created);
        dialog.submit(); // what Create and Enter do
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRequestInFlight(), 10000);
        QTest::qWait(50);

        const auto posts = requests("POST");
        const QStringList messages = inlineMessages(&dialog);
        if (kind == QLatin1String("control chars") || kind == QLatin1String("line break") ||
            kind == QLatin1String("NUL"))
            QVERIFY2(posts.isEmpty(), "control characters were sent");
        if (posts.isEmpty()) {
            // Nothing sent: the agent must be told why, next to the field.
            QVERIFY2(!dialog.problems().isEmpty(), "nothing was sent and no problem is known");
            QVERIFY2(!messages.isEmpty(), "nothing was sent and no message shows");
            qInfo().noquote() << "inline:" << messages.join(QStringLiteral(" | ")).left(200);
            return;
        }
        QCOMPARE(posts.size(), 1);
        QVERIFY2(posts.first().status != 400, posts.first().body.left(300).constData());
        QCOMPARE(posts.first().status, 201);
        QCOMPARE(created.size(), 1);

        // A correct request: what arrived is what the agent typed (trimmed at the ends).
        const QJsonObject body = QJsonDocument::fromJson(posts.first().body).object();
        QString sent;
        if (field == QLatin1String("customer"))
            sent = body[QStringLiteral("externalParticipants")][0][QStringLiteral("identifier")].toString();
        else if (field == QLatin1String("agent"))
            sent = body[QStringLiteral("internalParticipants")][0][QStringLiteral("identifier")].toString();
        else if (field == QLatin1String("teamId"))
            sent = body[QStringLiteral("teamId")].toString();
        else
            sent = body[QStringLiteral("name")].toString();
        QCOMPARE(sent, field == QLatin1String("name") ? input : input.trimmed());
        qInfo().noquote() << "sent, 201";
    }

    void settingsDialog_data() {
        addRows();
        for (const char *field : {"baseUrl", "workspaceId", "apiKey", "secretKey"}) {
            for (const QString &kind : Inputs::names())
                QTest::addRow("%s: %s", field, qPrintable(kind)) << QString::fromLatin1(field) << kind;
        }
    }

    void settingsDialog() {
        QFETCH(QString, field);
        QFETCH(QString, kind);
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        CredentialStore store(&settings);
        store.setKeychainService(QStringLiteral("BridgeDeskTest-") +
                                 QUuid::createUuid().toString(QUuid::WithoutBraces));
        SettingsDialog dialog(&store);
        dialog.setSettings(bridge::ConnectionSettings{testing::sandboxCredentials(*m_server)});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        auto *edit = dialog.findChild<QLineEdit *>(field);
        QVERIFY(edit);
        const QString good =
            field == QLatin1String("baseUrl") ? m_server->baseUrl().toString() : edit->text();
        enter(edit, inputFor(kind, good));
        QTest::keyClick(edit, Qt::Key_Tab); // leaving the field: required fields may speak up

        auto *test = dialog.findChild<QPushButton *>(QStringLiteral("testButton"));
        auto *save = dialog.findChild<QPushButton *>(QStringLiteral("saveButton"));
        auto *result = dialog.findChild<QLabel *>(QStringLiteral("testResult"));
        const QStringList messages = inlineMessages(&dialog);
        // What the client can know: no field holds control characters, and the API key travels in
        // an HTTP header, so it is visible ASCII or nothing.
        const bool control = kind == QLatin1String("control chars") || kind == QLatin1String("line break") ||
                             kind == QLatin1String("NUL");
        const bool nonAscii = kind.contains(QLatin1String("right-to-left")) ||
                              kind.contains(QLatin1String("RTL")) || kind.contains(QLatin1String("emoji"));
        if (control || (field == QLatin1String("apiKey") && nonAscii))
            QVERIFY2(!test->isEnabled(), "a value the client knows to be unusable can be tested");
        if (!test->isEnabled()) {
            QVERIFY2(!save->isEnabled(), "Save is offered for values Test connection refuses");
            QVERIFY2(!messages.isEmpty(), "Test connection is off and no message says why");
            qInfo().noquote() << "inline:" << messages.join(QStringLiteral(" | ")).left(200);
            return;
        }
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!result->text().isEmpty() && result->text() != QStringLiteral("Testing…"),
                                 20000);
        const QString answer = result->text();
        qInfo().noquote() << "tested:" << answer.left(200);
        const auto sent = requests();
        QVERIFY2(!sent.isEmpty(), "Test connection sent nothing the server could read");
        for (const auto &r : sent)
            QVERIFY2(r.status != 400, qPrintable(answer));
        // The server is up: a network error means a request it could not even read.
        QVERIFY2(!answer.contains(QStringLiteral("Network error")), qPrintable(answer));
        QVERIFY2(!answer.contains(QStringLiteral("\"400")), qPrintable(answer));
        QVERIFY(!answer.contains(QString::fromUtf8(m_server->config().secret)));

        // Saving what was tested works (no keychain here: kept for this session).
        QSignalSpy saved(&dialog, &SettingsDialog::saved);
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
    }
};

QTEST_MAIN(TestAgentInput)
#include "tst_agentinput.moc"
