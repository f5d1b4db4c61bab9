// The settings dialog against an in-process sandbox, saving through a CredentialStore on a temp
// QSettings file. Registered to run with no session bus: saving exercises the no-keychain path.
#include "credentialstore.h"
#include "fieldhint.h"
#include "sandboxfixture.h"
#include "sandboxserver.h"
#include "settingsdialog.h"
#include "watchedviews.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUuid>

#include <optional>

using namespace bridge;
using bridge::sandbox::SandboxConfig;
using bridge::sandbox::SandboxServer;

class TestSettingsDialog : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<CredentialStore> m_store;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SettingsDialog> m_dialog;

    template <typename T> T *child(const char *name) const {
        T *w = m_dialog->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }
    QString testResult() const { return child<QLabel>("testResult")->text(); }
    //! The text of the label whose buddy field is.
    QString buddyText(QWidget *field) const {
        const auto labels = m_dialog->findChildren<QLabel *>();
        for (const QLabel *label : labels) {
            if (label->buddy() == field)
                return label->text();
        }
        return {};
    }

    void startServer(SandboxConfig config = {}) {
        m_server = std::make_unique<SandboxServer>(config);
        QVERIFY(m_server->listenLoopback());
    }

    Credentials sandboxCredentials() const { return testing::sandboxCredentials(*m_server); }

    //! No label anywhere in the dialog shows the secret.
    void verifySecretNotInLabels(const QString &secret) {
        const auto labels = m_dialog->findChildren<QLabel *>();
        for (const QLabel *label : labels)
            QVERIFY2(!label->text().contains(secret), qPrintable(label->objectName()));
    }

private slots:
    void initTestCase() {
        // This binary must run with the session bus unreachable (see tests/ui/CMakeLists.txt).
        QCOMPARE(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent"));
        QStandardPaths::setTestModeEnabled(true); // the application's own settings (notifications)
        QSettings().remove(QStringLiteral("notifications"));
    }

    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")),
                                                 QSettings::IniFormat);
        m_store = std::make_unique<CredentialStore>(m_settings.get());
        m_store->setKeychainService(QStringLiteral("BridgeDeskTest-") +
                                    QUuid::createUuid().toString(QUuid::WithoutBraces));
        startServer();
        m_dialog = std::make_unique<SettingsDialog>(m_store.get());
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }
    void cleanup() {
        m_dialog.reset();
        m_server.reset();
        m_store.reset();
        m_settings.reset();
        m_dir.reset();
    }

    //! A new profile starts on Connect: its host, a workspace UUID and one API key (the secret);
    //! no classic API key, no signing convention.
    void defaults() {
        QCOMPARE(child<QComboBox>("api")->currentData().toString(), QStringLiteral("connect"));
        QCOMPARE(m_dialog->generation(), ApiGeneration::Connect);
        QCOMPARE(child<QLineEdit>("baseUrl")->text(), QStringLiteral("https://api-connect-us.bridge.new"));
        QVERIFY(!child<QLineEdit>("apiKey")->isVisible());
        QVERIFY(!child<QCheckBox>("signQueryString")->isVisible());
        QVERIFY(child<QLineEdit>("secretKey")->isVisible());
        QCOMPARE(child<QLineEdit>("secretKey")->echoMode(), QLineEdit::Password);
        QCOMPARE(child<QToolButton>("showSecretButton")->accessibleName(), QStringLiteral("Show API key"));
        QCOMPARE(buddyText(child<QLineEdit>("secretKey")), QStringLiteral("&API key:"));
        QCOMPARE(buddyText(child<QLineEdit>("baseUrl")), QStringLiteral("&Host:"));
        auto *timeout = child<QSpinBox>("timeout");
        QCOMPARE(timeout->value(), 30);
        QCOMPARE(timeout->minimum(), 5);
        QCOMPARE(timeout->maximum(), 300);
        QVERIFY(!child<QCheckBox>("signQueryString")->isChecked());
        // The offline copy: off by default, its rate only when on.
        QVERIFY(!child<QCheckBox>("offlineCopy")->isChecked());
        QVERIFY(!child<QDoubleSpinBox>("offlineCopyRate")->isEnabled());
        QCOMPARE(child<QDoubleSpinBox>("offlineCopyRate")->value(), 5.0);
        QCOMPARE(buddyText(child<QDoubleSpinBox>("offlineCopyRate")), QStringLiteral("Offline copy &rate:"));
        // The agent's own identifier: unknown until they say.
        QVERIFY(child<QLineEdit>("agentIdentifier")->text().isEmpty());
        QCOMPARE(buddyText(child<QLineEdit>("agentIdentifier")), QStringLiteral("&Your agent identifier:"));
        QVERIFY(child<QLineEdit>("agentIdentifier")
                    ->accessibleDescription()
                    .contains(QStringLiteral("Conversations assigned to you")));
        QVERIFY(!child<FieldHint>("agentIdentifierHint")->isVisible());
        QVERIFY(!child<QPushButton>("saveButton")->isEnabled()); // nothing to save yet
        QVERIFY(!child<QPushButton>("testButton")->isEnabled());
        QVERIFY(!child<QPushButton>("sandboxButton")->isVisible());
        QVERIFY(!child<FieldHint>("workspaceIdHint")->isVisible()); // untouched: no shouting
    }

    //! The fields follow the API chosen; each API keeps the secret typed for it, and the other
    //! API's default host gives way to this one's.
    void fieldsFollowTheApiChoice() {
        auto *api = child<QComboBox>("api");
        auto *secret = child<QLineEdit>("secretKey");
        QTest::keyClicks(child<QLineEdit>("workspaceId"),
                         QStringLiteral("5a9d1c3e-7b2f-4e8a-9c61-0d4f8b2a7e13"));
        QTest::keyClicks(secret, QStringLiteral("connect-key-typed"));
        QVERIFY(child<QPushButton>("saveButton")->isEnabled()); // Connect needs no classic API key

        // By keyboard, as an agent picks it: the API field, then the other choice.
        api->setFocus();
        QTest::keyClick(api, Qt::Key_Down);
        QCOMPARE(m_dialog->generation(), ApiGeneration::Classic);
        QCOMPARE(child<QLineEdit>("baseUrl")->text(), QStringLiteral("https://api.bridge.new"));
        QVERIFY(child<QLineEdit>("apiKey")->isVisible());
        QVERIFY(child<QCheckBox>("signQueryString")->isVisible());
        QCOMPARE(buddyText(secret), QStringLiteral("Secret &key:"));
        QCOMPARE(child<QToolButton>("showSecretButton")->accessibleName(), QStringLiteral("Show secret key"));
        QCOMPARE(secret->text(), QString());                     // the Connect key is no classic secret
        QVERIFY(!child<QPushButton>("saveButton")->isEnabled()); // classic needs its API key and secret
        QTest::keyClicks(secret, QStringLiteral("classic-secret-typed"));
        QCOMPARE(m_dialog->credentials().generation, ApiGeneration::Classic);

        QTest::keyClick(api, Qt::Key_Up);
        QCOMPARE(m_dialog->generation(), ApiGeneration::Connect);
        QCOMPARE(secret->text(), QStringLiteral("connect-key-typed"));
        QCOMPARE(child<QLineEdit>("baseUrl")->text(), QStringLiteral("https://api-connect-us.bridge.new"));
        const Credentials c = m_dialog->credentials();
        QCOMPARE(c.generation, ApiGeneration::Connect);
        QCOMPARE(c.apiKey, QString());
        QCOMPARE(c.secret, QByteArray("connect-key-typed"));

        // A workspace of Connect is a UUID.
        auto *workspace = child<QLineEdit>("workspaceId");
        workspace->selectAll();
        QTest::keyClicks(workspace, QStringLiteral("ws_sandbox"));
        QVERIFY(child<FieldHint>("workspaceIdHint")->isVisible());
        QVERIFY(child<FieldHint>("workspaceIdHint")->text().contains(QStringLiteral("UUID")));
        QVERIFY(!child<QPushButton>("saveButton")->isEnabled());
    }

    //! Connect: the health check, then one page; the count of a page, never a total.
    void testConnectionConnect() {
        startServer(SandboxConfig::forApi(SandboxConfig::Api::Connect));
        m_dialog->setSettings(testing::sandboxSettings(*m_server));
        QCOMPARE(m_dialog->generation(), ApiGeneration::Connect);
        QTest::mouseClick(child<QPushButton>("testButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(testResult().startsWith(QStringLiteral("Connected")), 10000);
        QCOMPARE(testResult(), QStringLiteral("Connected: 20 conversations on the first page, more follow"));
        const auto received = m_server->receivedRequests();
        QVERIFY(std::any_of(received.cbegin(), received.cend(),
                            [](const auto &r) { return r.path == "/bridge/api/health"; }));
        QVERIFY(!child<QPushButton>("switchButton")->isVisible());
        verifySecretNotInLabels(m_server->config().apiKey);
    }

    //! A Connect profile pointed at a classic server: the 404 is explained and the switch offered;
    //! switching shows the classic fields and tests again.
    void testConnectionOffersClassic() {
        Credentials c = sandboxCredentials(); // the classic sandbox's
        ConnectionSettings settings{c};
        m_dialog->setSettings(settings);
        m_dialog->setGeneration(ApiGeneration::Connect);
        QCOMPARE(m_dialog->generation(), ApiGeneration::Connect);
        auto *workspace = child<QLineEdit>("workspaceId");
        workspace->setText(QStringLiteral("5a9d1c3e-7b2f-4e8a-9c61-0d4f8b2a7e13"));
        child<QLineEdit>("baseUrl")->setText(m_server->baseUrl().toString());
        child<QLineEdit>("secretKey")->setText(QStringLiteral("a-connect-key"));
        QTest::mouseClick(child<QPushButton>("testButton"), Qt::LeftButton);
        auto *switchButton = child<QPushButton>("switchButton");
        QTRY_VERIFY_WITH_TIMEOUT(switchButton->isVisible(), 10000);
        QVERIFY2(testResult().contains(QStringLiteral(
                     "This server answered 404 to Connect's health check, but it has the classic API's "
                     "routes. Switch this profile to Classic?")),
                 qPrintable(testResult()));
        QCOMPARE(switchButton->text(), QStringLiteral("Sw&itch to Classic"));
        // The probe of the classic routes never carried the profile's key.
        const auto received = m_server->receivedRequests();
        QVERIFY(std::any_of(received.cbegin(), received.cend(),
                            [](const auto &r) { return r.path.startsWith("/v1/"); }));
        for (const auto &r : received) {
            for (const auto &header : r.headers)
                QVERIFY(!r.path.startsWith("/v1/") || !header.second.contains("a-connect-key"));
        }
        QTest::mouseClick(switchButton, Qt::LeftButton);
        QCOMPARE(m_dialog->generation(), ApiGeneration::Classic);
        QVERIFY(child<QLineEdit>("apiKey")->isVisible());
        QVERIFY(!switchButton->isVisible());
        QCOMPARE(child<QLineEdit>("secretKey")->text(), QString::fromUtf8(m_server->config().secret));
        workspace->setText(QStringLiteral("ws_sandbox"));
        QTest::mouseClick(child<QPushButton>("testButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(testResult().startsWith(QStringLiteral("Connected: 240 conversations")),
                                 10000);
    }

    //! And the other way: a classic profile on a Connect server.
    void testConnectionOffersConnect() {
        startServer(SandboxConfig::forApi(SandboxConfig::Api::Connect));
        Credentials c;
        c.baseUrl = m_server->baseUrl();
        c.workspaceId = m_server->config().workspaceId;
        c.apiKey = QStringLiteral("ak_classic");
        c.secret = "sk_classic";
        m_dialog->setSettings(ConnectionSettings{c});
        QCOMPARE(m_dialog->generation(), ApiGeneration::Classic);
        QTest::mouseClick(child<QPushButton>("testButton"), Qt::LeftButton);
        auto *switchButton = child<QPushButton>("switchButton");
        QTRY_VERIFY_WITH_TIMEOUT(switchButton->isVisible(), 10000);
        QVERIFY2(testResult().contains(QStringLiteral("Switch this profile to Connect?")),
                 qPrintable(testResult()));
        QTest::mouseClick(switchButton, Qt::LeftButton);
        QCOMPARE(m_dialog->generation(), ApiGeneration::Connect);
        QVERIFY(!child<QLineEdit>("apiKey")->isVisible());
        QCOMPARE(child<QLineEdit>("secretKey")->text(), QString()); // Connect's key is asked for
        QVERIFY(!child<QPushButton>("testButton")->isEnabled());
        QTest::keyClicks(child<QLineEdit>("secretKey"), m_server->config().apiKey);
        QTest::mouseClick(child<QPushButton>("testButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(testResult().startsWith(QStringLiteral("Connected")), 10000);
    }

    //! The generation is saved with the profile; the API key goes where the secret goes (here,
    //! with no keychain, this session only), never to the file.
    void savesTheGeneration() {
        startServer(SandboxConfig::forApi(SandboxConfig::Api::Connect));
        m_dialog->setSettings(testing::sandboxSettings(*m_server));
        QSignalSpy saved(m_dialog.get(), &SettingsDialog::saved);
        QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 20000);
        const auto settings = saved.at(0).at(0).value<ConnectionSettings>();
        QCOMPARE(settings.credentials.generation, ApiGeneration::Connect);
        QCOMPARE(settings.credentials.secretSource, Credentials::Source::SessionOnly);
        QVERIFY2(child<QLabel>("notice")->text().contains(QStringLiteral("session")),
                 qPrintable(child<QLabel>("notice")->text()));
        m_settings->sync();
        QCOMPARE(m_settings->value(QStringLiteral("profiles/default/api")).toString(),
                 QStringLiteral("connect"));
        QFile file(m_settings->fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray contents = file.readAll();
        QVERIFY(contents.contains(m_server->config().workspaceId.toUtf8()));
        QVERIFY(!contents.contains(m_server->config().apiKey.toUtf8()));

        // Loaded back: a Connect profile (its key from this session's memory).
        int answers = 0;
        ConnectionSettings loaded;
        m_store->load(QProcessEnvironment(), this, [&](const ConnectionSettings &s, const QString &) {
            ++answers;
            loaded = s;
        });
        QTRY_COMPARE(answers, 1);
        QCOMPARE(loaded.credentials.generation, ApiGeneration::Connect);
        QCOMPARE(loaded.credentials.secret, m_server->config().apiKey.toUtf8());
        QCOMPARE(loaded.credentials.apiKey, QString());
    }

    //! BRIDGE_API and Connect's BRIDGE_API_KEY: the API choice and the key are the run's, read-only.
    void connectEnvironmentIsMarked() {
        qputenv("BRIDGE_API", "connect");
        qputenv("BRIDGE_API_KEY", "env-connect-key");
        const auto unset = qScopeGuard([] {
            qunsetenv("BRIDGE_API");
            qunsetenv("BRIDGE_API_KEY");
        });
        Credentials c = CredentialStore::applyEnvironment({}, QProcessEnvironment::systemEnvironment());
        QCOMPARE(c.generation, ApiGeneration::Connect);
        QCOMPARE(c.secretSource, Credentials::Source::Environment);
        m_dialog->setSettings(ConnectionSettings{c});
        QVERIFY(!child<QComboBox>("api")->isEnabled());
        QVERIFY(child<QLineEdit>("secretKey")->isReadOnly());
        QVERIFY(child<QLineEdit>("secretKey")->toolTip().contains(QStringLiteral("BRIDGE_API_KEY")));
        const QString note = child<QLabel>("environmentNote")->text();
        QVERIFY2(note.contains(QStringLiteral("BRIDGE_API,")) || note.contains(QStringLiteral("BRIDGE_API ")),
                 qPrintable(note));
        QVERIFY2(note.contains(QStringLiteral("BRIDGE_API_KEY")), qPrintable(note));
        verifySecretNotInLabels(QStringLiteral("env-connect-key"));
    }

    void baseUrlProblemShownInline() {
        m_dialog->setSettings(ConnectionSettings{sandboxCredentials()});
        QVERIFY(child<QPushButton>("saveButton")->isEnabled());
        auto *url = child<QLineEdit>("baseUrl");
        url->selectAll();
        QTest::keyClicks(url, QStringLiteral("ftp://example.com"));
        auto *hint = child<FieldHint>("baseUrlHint");
        QVERIFY(hint->isVisible());
        QVERIFY(!hint->text().isEmpty());
        QVERIFY(!child<QPushButton>("saveButton")->isEnabled());
        QVERIFY(!child<QPushButton>("testButton")->isEnabled());
    }

    void testConnectionSuccess() {
        m_dialog->setSettings(ConnectionSettings{sandboxCredentials()});
        QTest::mouseClick(child<QPushButton>("testButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(testResult().startsWith(QStringLiteral("Connected")), 10000);
        QVERIFY2(testResult().startsWith(QStringLiteral("Connected: 240 conversations in ")),
                 qPrintable(testResult()));
        QVERIFY2(testResult().contains(QStringLiteral("ws_sandbox")), qPrintable(testResult()));
        QVERIFY(!child<QPushButton>("switchButton")->isVisible());
        // Testing saves nothing.
        QVERIFY(!m_settings->contains(QStringLiteral("profiles/default/workspaceId")));
    }

    void testConnectionWrongSecret() {
        Credentials c = sandboxCredentials();
        c.secret = "sk_wrong_secret_value";
        m_dialog->setSettings(ConnectionSettings{c});
        QTest::mouseClick(child<QPushButton>("testButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(testResult().contains(QStringLiteral("401")), 10000);
        QVERIFY(!child<QPushButton>("switchButton")->isVisible());
        verifySecretNotInLabels(QStringLiteral("sk_wrong_secret_value"));
        QVERIFY(m_dialog->isVisible());
    }

    void testConnectionOffersTheOtherConvention() {
        SandboxConfig config;
        config.signQueryString = true;
        startServer(config);
        m_dialog->setSettings(ConnectionSettings{sandboxCredentials()});
        QTest::mouseClick(child<QPushButton>("testButton"), Qt::LeftButton);
        auto *switchButton = child<QPushButton>("switchButton");
        QTRY_VERIFY_WITH_TIMEOUT(switchButton->isVisible(), 10000);
        QVERIFY2(testResult().contains(QStringLiteral("401")), qPrintable(testResult()));
        QVERIFY2(testResult().contains(QStringLiteral("include the query string")), qPrintable(testResult()));

        QTest::mouseClick(switchButton, Qt::LeftButton);
        QVERIFY(child<QCheckBox>("signQueryString")->isChecked());
        QVERIFY(!switchButton->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(testResult().startsWith(QStringLiteral("Connected")), 10000);
        QVERIFY(m_dialog->settings().signQueryString);
    }

    void saveWithoutKeychainShowsNoticeAndKeepsSecretOutOfFiles() {
        const QByteArray secret = m_server->config().secret;
        m_dialog->setSettings(ConnectionSettings{sandboxCredentials(), true, 45});
        child<QCheckBox>("offlineCopy")->setFocus();
        QTest::keyClick(child<QCheckBox>("offlineCopy"), Qt::Key_Space);
        QVERIFY(child<QDoubleSpinBox>("offlineCopyRate")->isEnabled());
        child<QDoubleSpinBox>("offlineCopyRate")->setValue(2.5);
        QSignalSpy saved(m_dialog.get(), &SettingsDialog::saved);
        auto *save = child<QPushButton>("saveButton");
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(!save->isEnabled()); // while the store works
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 20000);

        const auto settings = saved.at(0).at(0).value<ConnectionSettings>();
        const Credentials &c = settings.credentials;
        QCOMPARE(c.secretSource, Credentials::Source::SessionOnly);
        QCOMPARE(c.workspaceId, QStringLiteral("ws_sandbox"));
        QCOMPARE(settings.signQueryString, true);
        QCOMPARE(settings.timeoutSeconds, 45);
        QVERIFY(settings.offlineCopy);
        QCOMPARE(settings.offlineCopyRate, 2.5);
        const QString notice = saved.at(0).at(1).toString();
        QVERIFY(!notice.isEmpty());

        // The agent sees it: the dialog stays open until OK.
        auto *noticeLabel = child<QLabel>("notice");
        QVERIFY(m_dialog->isVisible());
        QVERIFY(noticeLabel->isVisible());
        QCOMPARE(noticeLabel->text(), notice);
        QVERIFY(noticeLabel->text().contains(QStringLiteral("session")));
        verifySecretNotInLabels(QString::fromUtf8(secret));

        // Non-secret fields were written, the secret was not.
        m_settings->sync();
        QCOMPARE(m_settings->value(QStringLiteral("profiles/default/workspaceId")).toString(),
                 QStringLiteral("ws_sandbox"));
        QFile file(m_settings->fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray contents = file.readAll();
        QVERIFY(contents.contains("ws_sandbox"));
        QVERIFY(!contents.contains(secret));

        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(!m_dialog->isVisible());
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
        QCOMPARE(saved.size(), 1);
    }

    //! The agent's own identifier is saved with the profile, trimmed, and shown again from the store.
    void agentIdentifierIsSavedAndLoaded() {
        m_dialog->setSettings(ConnectionSettings{sandboxCredentials()});
        auto *edit = child<QLineEdit>("agentIdentifier");
        edit->setFocus();
        QTest::keyClicks(edit, QStringLiteral("  Ana.Souza@bridge.example "));
        QCOMPARE(m_dialog->settings().agentIdentifier, QStringLiteral("Ana.Souza@bridge.example"));
        QSignalSpy saved(m_dialog.get(), &SettingsDialog::saved);
        QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 20000);
        QCOMPARE(saved.at(0).at(0).value<ConnectionSettings>().agentIdentifier,
                 QStringLiteral("Ana.Souza@bridge.example"));
        m_settings->sync();
        QCOMPARE(m_settings->value(QStringLiteral("profiles/default/agentIdentifier")).toString(),
                 QStringLiteral("Ana.Souza@bridge.example"));

        // Read back by another store on the same file, and shown by another dialog.
        CredentialStore store(m_settings.get());
        store.setKeychainService(QStringLiteral("BridgeDeskTest-") +
                                 QUuid::createUuid().toString(QUuid::WithoutBraces));
        std::optional<ConnectionSettings> loaded;
        store.load(QProcessEnvironment(), this,
                   [&loaded](const ConnectionSettings &s, const QString &) { loaded = s; });
        QTRY_VERIFY_WITH_TIMEOUT(loaded.has_value(), 20000);
        QCOMPARE(loaded->agentIdentifier, QStringLiteral("Ana.Souza@bridge.example"));
        SettingsDialog again(&store);
        again.setSettings(*loaded);
        QCOMPARE(again.findChild<QLineEdit *>(QStringLiteral("agentIdentifier"))->text(),
                 QStringLiteral("Ana.Souza@bridge.example"));
        QCOMPARE(again.settings().agentIdentifier, QStringLiteral("Ana.Souza@bridge.example"));
    }

    //! Control characters or more than 256 characters: said under the field, and Save waits; Test
    //! connection does not (the identifier is not part of the connection).
    void agentIdentifierRefusesWhatCannotBeOne() {
        m_dialog->setSettings(ConnectionSettings{sandboxCredentials()});
        auto *edit = child<QLineEdit>("agentIdentifier");
        auto *hint = child<FieldHint>("agentIdentifierHint");
        auto *save = child<QPushButton>("saveButton");
        QVERIFY(save->isEnabled());

        edit->setText(QStringLiteral("ana.souza@bridge.example	x"));
        QVERIFY(hint->isVisible());
        QVERIFY2(hint->text().contains(QStringLiteral("control characters")), qPrintable(hint->text()));
        QCOMPARE(edit->accessibleDescription(), hint->text());
        QVERIFY(!save->isEnabled());
        QVERIFY(child<QPushButton>("testButton")->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(m_dialog->isVisible()); // nothing was saved
        QVERIFY(!m_settings->contains(QStringLiteral("profiles/default/agentIdentifier")));

        edit->setText(QString(ConnectionSettings::MaxAgentIdentifierLength + 1, QLatin1Char('a')));
        QVERIFY(hint->isVisible());
        QVERIFY2(hint->text().contains(QStringLiteral("256")), qPrintable(hint->text()));
        QVERIFY(!save->isEnabled());

        // At the limit, padded with spaces (trimmed), it is fine; and empty (unknown) is too.
        edit->setText(QStringLiteral("  ") +
                      QString(ConnectionSettings::MaxAgentIdentifierLength, QLatin1Char('a')) +
                      QStringLiteral("  "));
        QVERIFY(!hint->isVisible());
        QVERIFY(save->isEnabled());
        QVERIFY(edit->accessibleDescription().contains(QStringLiteral("Conversations assigned to you")));
        edit->clear();
        QVERIFY(!hint->isVisible());
        QVERIFY(save->isEnabled());
        QVERIFY(m_dialog->settings().agentIdentifier.isEmpty());
    }

    //! The global switch of desktop notifications is kept for the application when the settings are
    //! saved, and shown as kept the next time.
    void notificationSwitchIsSavedWithTheSettings() {
        QVERIFY(bridge::WatchedViews::enabledGlobally());
        auto *notify = child<QCheckBox>("notificationsEnabled");
        QVERIFY(notify->isChecked());
        m_dialog->setSettings(ConnectionSettings{sandboxCredentials()});
        notify->setChecked(false);
        QVERIFY(bridge::WatchedViews::enabledGlobally()); // nothing changes before Save
        QSignalSpy saved(m_dialog.get(), &SettingsDialog::saved);
        QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 20000);
        QVERIFY(!bridge::WatchedViews::enabledGlobally());
        SettingsDialog again(m_store.get());
        QVERIFY(!again.findChild<QCheckBox *>(QStringLiteral("notificationsEnabled"))->isChecked());
        bridge::WatchedViews::setEnabledGlobally(true);
    }

    //! BRIDGE_* values: shown as coming from the environment, read-only, and never saved (the
    //! secret from BRIDGE_SECRET_KEY never goes to the keychain).
    void environmentFieldsAreMarkedAndNeverSaved() {
        const QByteArray secret = m_server->config().secret;
        qputenv("BRIDGE_SECRET_KEY", secret);
        qputenv("BRIDGE_WORKSPACE_ID", "ws_sandbox");
        const auto unset = qScopeGuard([] {
            qunsetenv("BRIDGE_SECRET_KEY");
            qunsetenv("BRIDGE_WORKSPACE_ID");
        });
        Credentials c =
            CredentialStore::applyEnvironment(sandboxCredentials(), QProcessEnvironment::systemEnvironment());
        QCOMPARE(c.secretSource, Credentials::Source::Environment);
        m_dialog->setSettings(ConnectionSettings{c});
        QVERIFY(child<QLineEdit>("secretKey")->isReadOnly());
        QVERIFY(child<QLineEdit>("workspaceId")->isReadOnly());
        QVERIFY(!child<QLineEdit>("apiKey")->isReadOnly());
        auto *note = child<QLabel>("environmentNote");
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(QStringLiteral("BRIDGE_SECRET_KEY")) &&
                     note->text().contains(QStringLiteral("BRIDGE_WORKSPACE_ID")),
                 qPrintable(note->text()));
        QVERIFY(child<QLineEdit>("secretKey")->toolTip().contains(QStringLiteral("not saved")));

        QSignalSpy saved(m_dialog.get(), &SettingsDialog::saved);
        QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 20000);
        // Not offered to the keychain (there is none here: that would say "this session only").
        QCOMPARE(saved.at(0).at(0).value<ConnectionSettings>().credentials.secretSource,
                 Credentials::Source::Environment);
        QVERIFY2(saved.at(0).at(1).toString().isEmpty(), qPrintable(saved.at(0).at(1).toString()));
        QTRY_VERIFY(!m_dialog->isVisible());
    }

    //! Asked again because the keychain could not be read: the dialog says why, and the cursor is
    //! in the empty field.
    void loadNoticeAndFocusOnTheMissingField() {
        Credentials c = sandboxCredentials();
        c.secret.clear();
        m_dialog->setSettings(ConnectionSettings{c});
        m_dialog->setLoadNotice(QStringLiteral("No keychain is available (test): the stored secret key could "
                                               "not be read."));
        QVERIFY(child<QLabel>("notice")->isVisible());
        m_dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>("secretKey"));
    }

    void showHideToggle() {
        const QString secret = QStringLiteral("sk_visible_only_on_demand");
        Credentials c = sandboxCredentials();
        c.secret = secret.toUtf8();
        m_dialog->setSettings(ConnectionSettings{c});
        auto *edit = child<QLineEdit>("secretKey");
        auto *toggle = child<QToolButton>("showSecretButton");
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
        QCOMPARE(toggle->accessibleName(), QStringLiteral("Show secret key"));
        QAccessibleInterface *a11y = QAccessible::queryAccessibleInterface(edit);
        QVERIFY(a11y);
        QVERIFY(!a11y->text(QAccessible::Value).contains(secret));
        QVERIFY(!a11y->text(QAccessible::Name).contains(secret));
        QVERIFY(!a11y->text(QAccessible::Description).contains(secret));
        verifySecretNotInLabels(secret);

        QTest::mouseClick(toggle, Qt::LeftButton);
        QCOMPARE(edit->echoMode(), QLineEdit::Normal);
        QCOMPARE(toggle->accessibleName(), QStringLiteral("Hide secret key"));
        QTest::keyClick(toggle, Qt::Key_Space); // by keyboard too
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
        QCOMPARE(toggle->accessibleName(), QStringLiteral("Show secret key"));
        QVERIFY(!a11y->text(QAccessible::Value).contains(secret));
    }

    void requiredFieldsAfterTouch() {
        m_dialog->setSettings(ConnectionSettings{sandboxCredentials()});
        auto *ws = child<QLineEdit>("workspaceId");
        ws->selectAll();
        QTest::keyClick(ws, Qt::Key_Backspace);
        emit ws->editingFinished();
        QVERIFY(child<FieldHint>("workspaceIdHint")->isVisible());
        QVERIFY(!child<QPushButton>("saveButton")->isEnabled());
    }

    void sandboxOffer() {
        QSignalSpy requested(m_dialog.get(), &SettingsDialog::sandboxRequested);
        m_dialog->setOfferSandbox(true);
        auto *button = child<QPushButton>("sandboxButton");
        QVERIFY(button->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(requested.size(), 1);
        QVERIFY(!m_dialog->isVisible());
    }

    void buddiesAndNames() {
        const auto labels = m_dialog->findChildren<QLabel *>();
        int buddies = 0;
        for (const QLabel *label : labels)
            buddies += label->buddy() != nullptr;
        QCOMPARE(buddies, 8); // API, base URL, workspace, API key, secret, timeout, agent identifier,
                              // offline copy rate
        QVERIFY(!child<QComboBox>("api")->accessibleName().isEmpty());
        QVERIFY(!child<QSpinBox>("timeout")->accessibleName().isEmpty());
        QVERIFY(!child<QDoubleSpinBox>("offlineCopyRate")->accessibleName().isEmpty());
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
