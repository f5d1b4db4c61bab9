// Secrets at rest and in flight, after a full session. Runs inside tests/with-keyring.sh (a private
// D-Bus session with an unlocked gnome-keyring).
//
// 1. In this process, with the application's identity and a private HOME / XDG directories: the
//    settings dialog is filled as an agent would (the secret typed key by key), the connection
//    tested, and saved (the secret to the keychain); a conversation is created with credentials
//    loaded back from the store. Every log message of this process, all categories at debug, is kept.
// 2. The real bridge-desk, on the same HOME and keychain, with every bridge.* category at debug:
//    it loads the saved credentials from the keychain, pages through conversations, shows an error
//    (503s from the sandbox), opens the request inspector on it, recovers, and quits normally. Its
//    stderr and what the inspector showed are kept.
// 3. The same for a Connect profile, whose API key is its secret: saved through the dialog, loaded back
//    for a create (the request inspector and its curl command kept), and a real bridge-desk session on
//    a Connect sandbox process (cursor pages, an error, the inspector, every text its windows show).
//    In process, the window on that profile sends a message with a PDF from its composer; the upload
//    host's log of that session (every header it received) is kept.
// 4. Every file written under the private HOME (config, cache, data, state, temp files) and the
//    keyring daemon's own files, the captured stderr, the inspector's panes, every text the windows
//    showed (what a screenshot or a screen reader could take) and the log messages are scanned for
//    the classic secret and the Connect key in plain, UTF-16, base64, base64url, hex and
//    percent-encoded forms, and for any 16-character piece of them: zero hits. The upload host's log
//    is scanned the same way: the presigned upload never carries the key.
#include "processfixture.h"

#include "attachmentlist.h"
#include "bridgeclient.h"
#include "composer.h"
#include "createconversationdialog.h"
#include "credentialstore.h"
#include "mainwindow.h"
#include "participantlistedit.h"
#include "requestinspector.h"
#include "requestlog.h"
#include "settingsdialog.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLoggingCategory>
#include <QMutex>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>

using namespace testing;

namespace {

QMutex g_logMutex;
QByteArray g_log; // every message of this process
QtMessageHandler g_previousHandler = nullptr;

void keepMessage(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    {
        QMutexLocker lock(&g_logMutex);
        g_log += message.toUtf8() + '\n';
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

//! Every form of the secret a careless line of code could write.
QList<QByteArray> needles(const QByteArray &secret) {
    QList<QByteArray> out{
        secret,
        secret.toBase64(),
        secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals),
        secret.toHex(),
        secret.toHex().toUpper(),
        secret.toPercentEncoding(),
        QByteArray(reinterpret_cast<const char *>(QString::fromUtf8(secret).utf16()), secret.size() * 2)};
    QByteArray utf16be;
    for (const char c : secret)
        utf16be += QByteArray(1, '\0') + c;
    out.append(utf16be);
    // Any 16-character piece: a truncated or partly masked print of it.
    for (qsizetype i = 0; i + 16 <= secret.size(); i += 4)
        out.append(secret.mid(i, 16));
    return out;
}

//! What a screenshot of window (or a screen reader) could take from it: every visible widget's text as
//! drawn (a password field's dots), tooltip and accessible texts, and every cell of its tables.
QByteArray shownTexts(const QWidget *window) {
    QStringList out;
    QList<const QWidget *> widgets{window};
    for (const QWidget *w : window->findChildren<QWidget *>())
        widgets.append(w);
    for (const QWidget *w : std::as_const(widgets)) {
        if (!w->isVisible())
            continue;
        out << w->windowTitle() << w->toolTip();
        if (const auto *label = qobject_cast<const QLabel *>(w))
            out << label->text();
        if (const auto *button = qobject_cast<const QAbstractButton *>(w))
            out << button->text();
        if (const auto *edit = qobject_cast<const QLineEdit *>(w))
            out << edit->displayText();
        if (const auto *text = qobject_cast<const QPlainTextEdit *>(w))
            out << text->toPlainText();
        if (const auto *combo = qobject_cast<const QComboBox *>(w))
            out << combo->currentText();
        if (const auto *view = qobject_cast<const QAbstractItemView *>(w); view && view->model()) {
            for (int row = 0; row < view->model()->rowCount(); ++row) {
                for (int column = 0; column < view->model()->columnCount(); ++column)
                    out << view->model()->index(row, column).data().toString();
            }
        }
        if (QAccessibleInterface *a11y = QAccessible::queryAccessibleInterface(const_cast<QWidget *>(w)))
            out << a11y->text(QAccessible::Name) << a11y->text(QAccessible::Description)
                << a11y->text(QAccessible::Value);
    }
    return out.join(QLatin1Char('\n')).toUtf8();
}

QStringList hits(const QByteArray &haystack, const QList<QByteArray> &forms) {
    QStringList out;
    for (const QByteArray &needle : forms) {
        if (haystack.contains(needle))
            out.append(QString::fromLatin1(needle.left(24)));
    }
    return out;
}

} // namespace

class TestSecrets : public QObject {
    Q_OBJECT

public:
    TestSecrets(const QString &appHome, const QString &keyringHome)
        : m_appHome(appHome)
        , m_keyringHome(keyringHome) {}

private:
    QString m_appHome;
    QString m_keyringHome;
    QByteArray m_secret;
    QByteArray m_connectKey; //!< Connect's API key: the secret of a Connect profile
    SandboxProcess m_sandbox;
    SandboxProcess m_connectSandbox;
    QByteArray m_deskStderr;
    QByteArray m_shown;     //!< what the request inspectors, the dialogs and the windows showed
    QByteArray m_uploadLog; //!< every request the Connect sandbox's upload host received, headers and all
    QStringList m_scanned;

    QProcessEnvironment appEnvironment() const {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment(); // the private one: see main()
        env.remove(QStringLiteral("BRIDGE_BASE_URL"));
        env.remove(QStringLiteral("BRIDGE_WORKSPACE_ID"));
        env.remove(QStringLiteral("BRIDGE_API_KEY"));
        env.remove(QStringLiteral("BRIDGE_SECRET_KEY"));
        env.remove(QStringLiteral("BRIDGE_API"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("bridge.*.debug=true"));
        return env;
    }

private slots:
    void initTestCase() {
        QVERIFY2(qEnvironmentVariable("BRIDGE_TEST_KEYRING") == QLatin1String("1"),
                 "run me through tests/with-keyring.sh");
        // After QTest's own handler is in place (qExec installs it): keep every message, pass it on.
        g_previousHandler = qInstallMessageHandler(keepMessage);
        // A secret nobody else uses, so any hit is ours.
        m_secret = "sk_live_" + QByteArray::number(QRandomGenerator::global()->generate64(), 16) +
                   QByteArray::number(QRandomGenerator::global()->generate64(), 16) + "_Zz9";
        QVERIFY(m_sandbox.start(0, {QStringLiteral("--secret"), QString::fromLatin1(m_secret)}));
        QCOMPARE(m_sandbox.secret().toLatin1(), m_secret);
        m_connectKey = "bk_live_" + QByteArray::number(QRandomGenerator::global()->generate64(), 16) +
                       QByteArray::number(QRandomGenerator::global()->generate64(), 16) + "_Qq7";
        QVERIFY(m_connectSandbox.start(0, {QStringLiteral("--api"), QStringLiteral("connect"),
                                           QStringLiteral("--api-key"), QString::fromLatin1(m_connectKey)}));
        QCOMPARE(m_connectSandbox.api(), QStringLiteral("connect"));
        QCOMPARE(m_connectSandbox.apiKey().toLatin1(), m_connectKey);
    }

    void cleanupTestCase() {
        m_sandbox.stop();
        m_connectSandbox.stop();
    }

    // 1a. Settings saved through the dialog: the secret typed, tested, saved to the keychain.
    void saveThroughSettingsDialog() {
        bridge::CredentialStore store; // the application's QSettings, service BridgeDesk: what the app reads
        SettingsDialog dialog(&store);
        dialog.setSettings({});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto field = [&](const char *name) {
            return dialog.findChild<QLineEdit *>(QString::fromLatin1(name));
        };
        auto typeInto = [](QLineEdit *edit, const QString &text) {
            edit->selectAll();
            QTest::keyClick(edit, Qt::Key_Backspace);
            QTest::keyClicks(edit, text);
        };
        // A new profile starts on Connect: the agent picks the classic API, by keyboard.
        auto *api = dialog.findChild<QComboBox *>(QStringLiteral("api"));
        api->setFocus();
        QTest::keyClick(api, Qt::Key_Down);
        QCOMPARE(dialog.generation(), bridge::ApiGeneration::Classic);
        typeInto(field("baseUrl"), m_sandbox.url());
        typeInto(field("workspaceId"), m_sandbox.workspace());
        typeInto(field("apiKey"), m_sandbox.apiKey());
        typeInto(field("secretKey"), QString::fromLatin1(m_secret));

        auto *result = dialog.findChild<QLabel *>(QStringLiteral("testResult"));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("testButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("Connected")), 15000);

        QSignalSpy saved(&dialog, &SettingsDialog::saved);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 15000);
        const auto c = saved.at(0).at(0).value<bridge::ConnectionSettings>().credentials;
        QCOMPARE(c.secretSource, bridge::Credentials::Source::Keychain); // a real keychain took it
        QCOMPARE(saved.at(0).at(1).toString(), QString());
    }

    // 1b. A conversation created with the credentials as loaded back from the store.
    void createWithStoredCredentials() {
        bridge::CredentialStore store;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("BRIDGE_SECRET_KEY"));
        int answers = 0;
        bridge::ConnectionSettings loaded;
        store.load(env, this, [&](const bridge::ConnectionSettings &settings, const QString &) {
            ++answers;
            loaded = settings;
        });
        QTRY_COMPARE_WITH_TIMEOUT(answers, 1, 15000);
        const bridge::Credentials &c = loaded.credentials;
        QCOMPARE(c.secret, m_secret);
        QCOMPARE(c.secretSource, bridge::Credentials::Source::Keychain);

        bridge::BridgeClient client;
        client.setOptions(loaded.toClientOptions());
        CreateConversationDialog dialog(&client);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *customers = dialog.findChild<ParticipantListEdit *>(QStringLiteral("customers"));
        QTest::keyClicks(customers->identifierEdit(0), QStringLiteral("secret.scan@example.com"));
        QSignalSpy created(&dialog, &CreateConversationDialog::created);
        dialog.submit();
        QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, 15000);
    }

    // 1c. A Connect profile saved through the dialog: the API key typed (it is the secret), tested, saved
    //     to the keychain. What the dialog shows meanwhile is kept for the scan.
    void saveConnectThroughSettingsDialog() {
        bridge::CredentialStore store;
        store.setProfile(QStringLiteral("connect"));
        SettingsDialog dialog(&store);
        dialog.setSettings({});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.generation(), bridge::ApiGeneration::Connect);
        auto field = [&](const char *name) {
            return dialog.findChild<QLineEdit *>(QString::fromLatin1(name));
        };
        auto typeInto = [](QLineEdit *edit, const QString &text) {
            edit->selectAll();
            QTest::keyClick(edit, Qt::Key_Backspace);
            QTest::keyClicks(edit, text);
        };
        typeInto(field("baseUrl"), m_connectSandbox.url());
        typeInto(field("workspaceId"), m_connectSandbox.workspace());
        typeInto(field("secretKey"), QString::fromLatin1(m_connectKey));
        QVERIFY(!field("apiKey")->isVisible());

        auto *result = dialog.findChild<QLabel *>(QStringLiteral("testResult"));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("testButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("Connected")), 15000);
        QCOMPARE(result->text(),
                 QStringLiteral("Connected: 20 conversations on the first page, more follow"));
        m_shown += shownTexts(&dialog);

        QSignalSpy saved(&dialog, &SettingsDialog::saved);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 15000);
        const auto settings = saved.at(0).at(0).value<bridge::ConnectionSettings>();
        QCOMPARE(settings.credentials.generation, bridge::ApiGeneration::Connect);
        QCOMPARE(settings.credentials.secretSource, bridge::Credentials::Source::Keychain);
        QCOMPARE(saved.at(0).at(1).toString(), QString());
    }

    // 1d. A create with the Connect key as loaded back from the keychain; the request inspector on it,
    //     and its curl command, kept for the scan.
    void createWithStoredConnectKey() {
        bridge::CredentialStore store;
        store.setProfile(QStringLiteral("connect"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("BRIDGE_API_KEY"));
        env.remove(QStringLiteral("BRIDGE_API"));
        int answers = 0;
        bridge::ConnectionSettings loaded;
        store.load(env, this, [&](const bridge::ConnectionSettings &settings, const QString &) {
            ++answers;
            loaded = settings;
        });
        QTRY_COMPARE_WITH_TIMEOUT(answers, 1, 15000);
        QCOMPARE(loaded.credentials.generation, bridge::ApiGeneration::Connect);
        QCOMPARE(loaded.credentials.secret, m_connectKey);
        QCOMPARE(loaded.credentials.apiKey, QString());
        QCOMPARE(loaded.credentials.secretSource, bridge::Credentials::Source::Keychain);

        bridge::BridgeClient client;
        client.setOptions(loaded.toClientOptions());
        RequestInspector inspector(&client);
        CreateConversationDialog dialog(&client);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *customers = dialog.findChild<ParticipantListEdit *>(QStringLiteral("customers"));
        QTest::keyClicks(customers->identifierEdit(0), QStringLiteral("secret.scan@example.com"));
        QSignalSpy created(&dialog, &CreateConversationDialog::created);
        dialog.submit();
        QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, 15000);

        inspector.show();
        QVERIFY(QTest::qWaitForWindowExposed(&inspector));
        QTRY_VERIFY(inspector.log()->rowCount() > 0);
        for (int row = 0; row < inspector.log()->rowCount(); ++row) {
            inspector.table()->selectRow(row);
            m_shown += shownTexts(&inspector);
            inspector.copyAsCurl();
            const QString curl = QApplication::clipboard()->text();
            QVERIFY2(curl.contains(QStringLiteral("$BRIDGE_API_KEY")), qPrintable(curl));
            m_shown += curl.toUtf8();
        }
    }

    // 1e. The window on the Connect profile (the key from the keychain) sends a message with a PDF from
    //     its composer; what the window shows and the upload host's log are kept for the scan.
    void sendWithAttachmentFromComposer() {
        bridge::CredentialStore store;
        store.setProfile(QStringLiteral("connect"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("BRIDGE_API_KEY"));
        env.remove(QStringLiteral("BRIDGE_API"));
        int answers = 0;
        bridge::ConnectionSettings loaded;
        store.load(env, this, [&](const bridge::ConnectionSettings &settings, const QString &) {
            ++answers;
            loaded = settings;
        });
        QTRY_COMPARE_WITH_TIMEOUT(answers, 1, 15000);
        QCOMPARE(loaded.credentials.secret, m_connectKey);

        bridge::BridgeClient client;
        client.setOptions(loaded.toClientOptions());
        MainWindow window(&client, loaded.credentials, false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(window.proxyModel()->rowCount() > 0, 15000);
        window.conversationView()->selectRow(0);
        Composer *composer = window.composer();
        QTRY_VERIFY(composer->textEdit()->isVisible());
        const QString pdf = QDir::tempPath() + QStringLiteral("/statement.pdf");
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("%PDF-1.4\n% statement\n%%EOF\n");
        file.close();
        composer->addFiles({pdf});
        QCOMPARE(composer->attachmentList()->attachments().size(), 1);
        composer->textEdit()->setFocus();
        QTest::keyClicks(composer->textEdit(), QStringLiteral("Your statement is attached."));
        QTest::keyClick(composer->textEdit(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(composer->sentList()->count(), 1, 15000);
        QVERIFY2(composer->errorLabel()->text().isEmpty(), qPrintable(composer->errorLabel()->text()));
        m_shown += shownTexts(&window);

        const QJsonObject uploads = m_connectSandbox.control("GET", "uploads");
        const QJsonArray log = uploads.value(QLatin1String("uploads")).toArray();
        QCOMPARE(log.size(), 1);
        const QJsonObject put = log.first().toObject();
        QCOMPARE(put.value(QLatin1String("method")).toString(), QStringLiteral("PUT"));
        QCOMPARE(put.value(QLatin1String("status")).toInt(), 200);
        for (const QJsonValue &header : put.value(QLatin1String("headers")).toArray())
            QVERIFY2(header.toObject()
                             .value(QLatin1String("name"))
                             .toString()
                             .compare(QStringLiteral("x-api-key"), Qt::CaseInsensitive) != 0,
                     "the Bridge key header went to the upload host");
        m_uploadLog = QJsonDocument(uploads).toJson();
    }

    // 2. The real app: keychain credentials, browsing, an error, recovery, a normal quit.
    void realAppSession() {
        DeskProcess desk;
        QVERIFY(desk.start(m_appHome + QStringLiteral("/probe"), appEnvironment()));
        QJsonObject s = desk.waitFor(settled, 20000);
        QVERIFY2(settled(s), QJsonDocument(s).toJson());
        QVERIFY2(s.value(QLatin1String("source")).toString().contains(QStringLiteral("keychain")),
                 QJsonDocument(s).toJson());
        const QStringList first = rows(s);

        desk.ask("next");
        s = desk.waitFor([&](const QJsonObject &st) { return settled(st) && rows(st) != first; }, 20000);
        QVERIFY2(settled(s) && rows(s) != first, QJsonDocument(s).toJson());
        desk.ask("next");
        s = desk.waitFor(
            [&](const QJsonObject &st) {
                return settled(st) &&
                       st.value(QLatin1String("pager")).toString().startsWith(QStringLiteral("Page 3"));
            },
            20000);
        QVERIFY2(settled(s), QJsonDocument(s).toJson());

        m_sandbox.setFaults(R"({"failNext":{"count":20,"status":503}})");
        desk.ask("refresh");
        s = desk.waitFor([](const QJsonObject &st) { return !banner(st).isEmpty() && !loading(st); }, 30000);
        QVERIFY2(banner(s).contains(QStringLiteral("503")), QJsonDocument(s).toJson());

        // Details on the banner: the request inspector at the failed attempt. What it shows (the
        // signed headers, the string to sign, the answer) is kept for the scan.
        s = desk.ask("details");
        s = desk.waitFor(
            [](const QJsonObject &st) {
                return st.value(QLatin1String("inspector"))
                    .toObject()
                    .value(QLatin1String("headers"))
                    .toString()
                    .contains(QStringLiteral("X-API-Signature"));
            },
            10000);
        const QJsonObject inspector = s.value(QLatin1String("inspector")).toObject();
        QVERIFY2(
            inspector.value(QLatin1String("headers")).toString().contains(QStringLiteral("X-API-Signature")),
            QJsonDocument(s).toJson());
        QVERIFY(
            inspector.value(QLatin1String("stringToSign")).toString().startsWith(QStringLiteral("GET\n")));
        QVERIFY(
            inspector.value(QLatin1String("response")).toString().contains(QStringLiteral("told to fail")));
        m_shown += QJsonDocument(inspector).toJson();

        m_sandbox.setFaults(R"({"fault":"malformed-json","faultCount":1})");
        m_sandbox.reset();
        desk.ask("refresh");
        s = desk.waitFor(settled, 20000);
        QVERIFY2(settled(s), QJsonDocument(s).toJson());

        QCOMPARE(desk.quit(), 0);
        m_deskStderr += desk.standardError();
        QVERIFY2(m_deskStderr.contains("bridge."), "debug logging was not on: the scan would prove little");
    }

    // 2b. The real app on the Connect profile: the key from the keychain, cursor pages, an error, the
    //     inspector on it, every text its windows show, recovery, a normal quit.
    void realAppConnectSession() {
        DeskProcess desk;
        QVERIFY(desk.start(m_appHome + QStringLiteral("/probe-connect"), appEnvironment(),
                           {QStringLiteral("--profile"), QStringLiteral("connect")}));
        QJsonObject s = desk.waitFor(settled, 20000);
        QVERIFY2(settled(s), QJsonDocument(s).toJson());
        QVERIFY2(s.value(QLatin1String("source")).toString().contains(QStringLiteral("keychain")),
                 QJsonDocument(s).toJson());
        QCOMPARE(s.value(QLatin1String("pager")).toString(),
                 QStringLiteral("Page 1 · 20 conversations · more"));
        desk.ask("next");
        desk.ask("next");
        s = desk.waitFor(
            [](const QJsonObject &st) {
                return settled(st) && st.value(QLatin1String("pager")).toString() ==
                                          QStringLiteral("Page 3 · 20 conversations · more");
            },
            20000);
        QVERIFY2(settled(s), QJsonDocument(s).toJson());

        m_connectSandbox.setFaults(R"({"failNext":{"count":20,"status":503}})");
        desk.ask("refresh");
        s = desk.waitFor([](const QJsonObject &st) { return !banner(st).isEmpty() && !loading(st); }, 30000);
        QVERIFY2(banner(s).contains(QStringLiteral("503")), QJsonDocument(s).toJson());
        desk.ask("details");
        s = desk.waitFor(
            [](const QJsonObject &st) {
                return st.value(QLatin1String("inspector"))
                    .toObject()
                    .value(QLatin1String("headers"))
                    .toString()
                    .contains(QStringLiteral("x-api-key"), Qt::CaseInsensitive);
            },
            10000);
        const QJsonObject inspector = s.value(QLatin1String("inspector")).toObject();
        const QString headers = inspector.value(QLatin1String("headers")).toString();
        QVERIFY2(
            headers.contains(QStringLiteral("x-api-key: ") + QString(m_connectKey.size(), QLatin1Char('*')),
                             Qt::CaseInsensitive),
            qPrintable(headers));
        QVERIFY2(!headers.contains(QStringLiteral("Signature"), Qt::CaseInsensitive), qPrintable(headers));
        QCOMPARE(inspector.value(QLatin1String("stringToSign")).toString(), QString()); // nothing signed
        m_shown += QJsonDocument(inspector).toJson();
        const QJsonObject texts = desk.ask("texts");
        QVERIFY2(texts.value(QLatin1String("texts")).toArray().size() > 50, QJsonDocument(texts).toJson());
        m_shown += QJsonDocument(texts).toJson();

        m_connectSandbox.reset();
        desk.ask("refresh");
        s = desk.waitFor(settled, 20000);
        QVERIFY2(settled(s), QJsonDocument(s).toJson());
        QCOMPARE(desk.quit(), 0);
        m_deskStderr += desk.standardError();
    }

    // 3. The scan.
    void nothingWrittenHoldsTheSecret() {
        const QList<QByteArray> forms = needles(m_secret) + needles(m_connectKey);
        QStringList found;
        qint64 bytes = 0;
        for (const QString &root : {m_appHome, m_keyringHome}) {
            if (root.isEmpty())
                continue;
            QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                if (!it.fileInfo().isFile())
                    continue; // sockets, pipes
                QFile file(path);
                if (!file.open(QIODevice::ReadOnly))
                    continue;
                const QByteArray content = file.readAll();
                bytes += content.size();
                m_scanned.append(path.mid(root.size()));
                for (const QString &h : hits(content, forms))
                    found.append(path + QStringLiteral(": ") + h);
            }
        }
        for (const QString &h : hits(m_deskStderr, forms))
            found.append(QStringLiteral("bridge-desk stderr: ") + h);
        for (const QString &h : hits(m_uploadLog, forms))
            found.append(QStringLiteral("requests to the upload host: ") + h);
        for (const QString &h : hits(m_shown, forms))
            found.append(QStringLiteral("what the windows showed: ") + h);
        QByteArray log;
        {
            QMutexLocker lock(&g_logMutex);
            log = g_log;
        }
        for (const QString &h : hits(log, forms))
            found.append(QStringLiteral("log messages of the test process: ") + h);

        qInfo().noquote() << "scanned" << m_scanned.size() << "files," << bytes << "bytes, stderr"
                          << m_deskStderr.size() << "bytes, log" << log.size()
                          << "bytes:" << m_scanned.join(QStringLiteral(", "));
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
        // The scan saw what it should: the app's settings and the keyring's own file.
        QVERIFY2(m_scanned.join(QLatin1Char(' ')).contains(QStringLiteral("BridgeDesk.conf")),
                 "the app's settings were not found");
        QVERIFY2(m_scanned.join(QLatin1Char(' ')).contains(QStringLiteral(".keyring")),
                 "the keyring file was not found");
        QVERIFY(m_uploadLog.contains("x-amz-checksum-sha256")); // the upload's headers were kept
        QVERIFY(!m_deskStderr.isEmpty());
        QVERIFY(!log.isEmpty());
    }
};

int main(int argc, char *argv[]) {
    // A private HOME and XDG directories for everything the app writes; the keyring daemon of the
    // wrapper keeps its own (under the wrapper's HOME), scanned as well.
    // with-keyring.sh puts HOME and the XDG directories (the keyring's files) in one scratch directory.
    const QString keyringHome = qEnvironmentVariable("BRIDGE_TEST_KEYRING") == QLatin1String("1")
                                    ? QFileInfo(qEnvironmentVariable("HOME")).absolutePath()
                                    : QString();
    QTemporaryDir appHome;
    if (!appHome.isValid())
        return 2;
    const QString home = appHome.path();
    for (const char *dir : {"config", "cache", "data", "state", "tmp"})
        QDir(home).mkpath(QString::fromLatin1(dir));
    qputenv("HOME", home.toUtf8());
    qputenv("XDG_CONFIG_HOME", (home + QStringLiteral("/config")).toUtf8());
    qputenv("XDG_CACHE_HOME", (home + QStringLiteral("/cache")).toUtf8());
    qputenv("XDG_DATA_HOME", (home + QStringLiteral("/data")).toUtf8());
    qputenv("XDG_STATE_HOME", (home + QStringLiteral("/state")).toUtf8());
    qputenv("TMPDIR", (home + QStringLiteral("/tmp")).toUtf8());
    qputenv("QT_LOGGING_RULES", "bridge.*.debug=true"); // every line the code can log, here and in the app

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("BridgeDesk")); // what bridge-desk uses
    QApplication::setApplicationName(QStringLiteral("BridgeDesk"));
    TestSecrets test(home, keyringHome);
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secrets.moc"
