// ProfileManager: named profiles in QSettings, secrets through CredentialStore (here with no keychain:
// kept for the session), switching cancels the old profile's calls; two sandboxes, two workspaces,
// and one workspace's rows never show under the other.
#include "browsingcontroller.h"
#include "profilemanager.h"
#include "sandboxfixture.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace bridge;
using testing::Sandbox;

namespace {
sandbox::SandboxConfig workspace(const QString &id, quint32 seed) {
    sandbox::SandboxConfig c;
    c.workspaceId = id;
    c.apiKey = QStringLiteral("ak_") + id + QStringLiteral("_0123456789");
    c.secret = "sk_" + id.toUtf8() + "_secret";
    c.seed = seed;
    c.conversationCount = 60;
    return c;
}
} // namespace

class TestProfileManager : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;

    bool addProfile(ProfileManager &pm, const QString &name, const ConnectionSettings &settings) {
        QSignalSpy added(&pm, &ProfileManager::added);
        if (!pm.add(name, settings))
            return false;
        return added.wait(10000) || !added.isEmpty();
    }

private slots:
    void initTestCase() {
        // No keychain at all: secrets stay in the profile's store for this session.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent");
    }
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")),
                                                 QSettings::IniFormat);
    }
    void cleanup() {
        m_settings.reset();
        m_dir.reset();
    }

    void addRenameRemove() {
        ProfileManager pm(m_settings.get(), nullptr);
        pm.setKeychainService(QStringLiteral("BridgeDeskTest"));
        QCOMPARE(pm.current(), QStringLiteral("default"));
        QCOMPARE(pm.profiles(), QStringList{QStringLiteral("default")});
        Credentials c;
        c.baseUrl = QUrl(QStringLiteral("https://api.bridge.new"));
        c.workspaceId = QStringLiteral("ws_one");
        c.apiKey = QStringLiteral("ak_one_123456789");
        c.secret = "sk_one";
        QSignalSpy changed(&pm, &ProfileManager::profilesChanged);
        QVERIFY(addProfile(pm, QStringLiteral("one"), ConnectionSettings{c}));
        QCOMPARE(pm.profiles(), (QStringList{QStringLiteral("default"), QStringLiteral("one")}));
        QVERIFY(!pm.nameProblem(QStringLiteral("one")).isEmpty()); // taken
        QVERIFY(!pm.nameProblem(QStringLiteral("a/b")).isEmpty());
        QVERIFY(!pm.nameProblem(QStringLiteral(" x")).isEmpty());
        QVERIFY(!pm.nameProblem(QString()).isEmpty());
        QVERIFY(pm.nameProblem(QStringLiteral("Two words")).isEmpty());
        QVERIFY(!pm.add(QStringLiteral("one"), ConnectionSettings{c}));

        QSignalSpy renamed(&pm, &ProfileManager::renamed);
        QVERIFY(pm.rename(QStringLiteral("one"), QStringLiteral("uno")));
        QTRY_COMPARE_WITH_TIMEOUT(renamed.size(), 1, 10000);
        QCOMPARE(pm.profiles(), (QStringList{QStringLiteral("default"), QStringLiteral("uno")}));
        m_settings->sync();
        QCOMPARE(m_settings->value(QStringLiteral("profiles/uno/workspaceId")).toString(),
                 QStringLiteral("ws_one"));

        // The secret moved with it.
        QSignalSpy switched(&pm, &ProfileManager::switched);
        QVERIFY(pm.switchTo(QStringLiteral("uno")));
        QTRY_COMPARE_WITH_TIMEOUT(switched.size(), 1, 10000);
        const auto loaded = switched.at(0).at(1).value<ConnectionSettings>().credentials;
        QCOMPARE(loaded.workspaceId, QStringLiteral("ws_one"));
        QCOMPARE(loaded.secret, QByteArray("sk_one"));
        QCOMPARE(pm.current(), QStringLiteral("uno"));

        QVERIFY(!pm.remove(QStringLiteral("uno"))); // the current one cannot go
        QVERIFY(pm.switchTo(QStringLiteral("default")));
        QSignalSpy removed(&pm, &ProfileManager::removed);
        QVERIFY(pm.remove(QStringLiteral("uno")));
        QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, 10000);
        QCOMPARE(pm.profiles(), QStringList{QStringLiteral("default")});
        QVERIFY(changed.size() >= 3);

        // A new manager on the same settings remembers the current profile.
        ProfileManager again(m_settings.get(), nullptr);
        QCOMPARE(again.current(), QStringLiteral("default"));
    }

    void connectionPreferencesGoWithTheirProfile() {
        // As Bridge Desk wrote them before: the credentials under profiles/<name>, the signing
        // convention and the timeout apart, under connection/<name>.
        for (const QString &name : {QStringLiteral("work"), QStringLiteral("old")}) {
            m_settings->setValue(QStringLiteral("profiles/%1/workspaceId").arg(name),
                                 QString(QStringLiteral("ws_") + name));
            m_settings->setValue(QStringLiteral("profiles/%1/apiKey").arg(name),
                                 QStringLiteral("ak_123456789"));
            m_settings->setValue(QStringLiteral("connection/%1/signQueryString").arg(name), true);
            m_settings->setValue(QStringLiteral("connection/%1/timeoutSeconds").arg(name), 45);
        }
        ProfileManager pm(m_settings.get(), nullptr);
        QSignalSpy renamed(&pm, &ProfileManager::renamed);
        QVERIFY(pm.rename(QStringLiteral("work"), QStringLiteral("job")));
        QTRY_COMPARE_WITH_TIMEOUT(renamed.size(), 1, 10000);
        QSignalSpy removed(&pm, &ProfileManager::removed);
        QVERIFY(pm.remove(QStringLiteral("old")));
        QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, 10000);
        m_settings->sync();

        // Nothing is left behind under the old names, and the renamed profile keeps its preferences.
        const QStringList keys = m_settings->allKeys();
        for (const QString &key : keys) {
            QVERIFY2(!key.contains(QLatin1String("/work/")) && !key.contains(QLatin1String("/old/")),
                     qPrintable(key));
        }
        QCOMPARE(m_settings->value(QStringLiteral("profiles/job/signQueryString")).toBool(), true);
        QCOMPARE(m_settings->value(QStringLiteral("profiles/job/timeoutSeconds")).toInt(), 45);

        // And the renamed profile loads with them.
        QSignalSpy switched(&pm, &ProfileManager::switched);
        QVERIFY(pm.switchTo(QStringLiteral("job")));
        QTRY_COMPARE_WITH_TIMEOUT(switched.size(), 1, 10000);
        const auto loaded = switched.at(0).at(1).value<ConnectionSettings>();
        QCOMPARE(loaded.credentials.workspaceId, QStringLiteral("ws_work"));
        QVERIFY(loaded.signQueryString);
        QCOMPARE(loaded.timeoutSeconds, 45);
        QCOMPARE(loaded.toClientOptions().timeoutMs, 45000);
    }

    void switchingNeverShowsOneWorkspacesRowsUnderAnother() {
        Sandbox a(workspace(QStringLiteral("ws_alpha"), 11));
        Sandbox b(workspace(QStringLiteral("ws_beta"), 22));
        QSet<QString> idsA, idsB;
        for (const Conversation &c : a.conversations())
            idsA.insert(c.id);
        for (const Conversation &c : b.conversations())
            idsB.insert(c.id);
        QVERIFY(!idsA.intersects(idsB));

        BridgeClient client;
        BrowsingController controller(&client);
        ProfileManager pm(m_settings.get(), &client);
        QVERIFY(addProfile(pm, QStringLiteral("alpha"), testing::sandboxSettings(*a.server)));
        QVERIFY(addProfile(pm, QStringLiteral("beta"), testing::sandboxSettings(*b.server)));

        // The UI's wiring: clear on switching, new credentials then reload on switched.
        connect(&pm, &ProfileManager::switching, &controller, &BrowsingController::clear);
        connect(&pm, &ProfileManager::switched, &controller,
                [&](const QString &, const ConnectionSettings &settings, const QString &) {
                    ClientOptions o = settings.toClientOptions(client.options());
                    o.retryBaseDelayMs = 20;
                    client.setOptions(o);
                    controller.setQuery(ListQuery{});
                });
        QSignalSpy shown(&controller, &BrowsingController::pageShown);
        QVERIFY(pm.switchTo(QStringLiteral("alpha")));
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 10000);
        for (const Conversation &c : controller.model()->conversations())
            QVERIFY(idsA.contains(c.id));

        // A slow call of alpha is in flight when the agent switches to beta.
        a.server->setLatencyMs(700);
        controller.refresh();
        QVERIFY(controller.isLoading());
        QString wrongWorkspace;
        const auto check = [&] {
            for (const Conversation &c : controller.model()->conversations()) {
                if (c.workspaceId != QLatin1String("ws_beta") || !idsB.contains(c.id))
                    wrongWorkspace = c.id;
            }
        };
        QVERIFY(pm.switchTo(QStringLiteral("beta")));
        QCOMPARE(controller.model()->rowCount(), 0); // cleared at once
        connect(controller.model(), &QAbstractItemModel::rowsInserted, this, check);
        connect(controller.model(), &QAbstractItemModel::modelReset, this, check);
        connect(controller.model(), &QAbstractItemModel::dataChanged, this, check);
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 2, 10000);
        QCOMPARE(controller.model()->rowCount(), 20);
        QTest::qWait(1200); // alpha's slow answer would have arrived by now
        check();
        QVERIFY2(wrongWorkspace.isEmpty(), qPrintable(wrongWorkspace));
        QCOMPARE(controller.pagination().total, 60);
        for (const Conversation &c : controller.model()->conversations())
            QCOMPARE(c.workspaceId, QStringLiteral("ws_beta"));
        QCOMPARE(pm.current(), QStringLiteral("beta"));
    }

    void aLoadOvertakenByAnotherSwitchIsDropped() {
        ProfileManager pm(m_settings.get(), nullptr);
        Credentials c;
        c.baseUrl = QUrl(QStringLiteral("https://api.bridge.new"));
        c.workspaceId = QStringLiteral("ws_x");
        c.apiKey = QStringLiteral("ak_x_123456789");
        c.secret = "sk_x";
        QVERIFY(addProfile(pm, QStringLiteral("x"), ConnectionSettings{c}));
        c.workspaceId = QStringLiteral("ws_y");
        QVERIFY(addProfile(pm, QStringLiteral("y"), ConnectionSettings{c}));
        QSignalSpy switched(&pm, &ProfileManager::switched);
        QVERIFY(pm.switchTo(QStringLiteral("x")));
        QVERIFY(pm.switchTo(QStringLiteral("y")));
        QTRY_VERIFY_WITH_TIMEOUT(!switched.isEmpty(), 10000);
        QTest::qWait(200);
        QCOMPARE(switched.size(), 1);
        QCOMPARE(switched.at(0).at(0).toString(), QStringLiteral("y"));
        QCOMPARE(switched.at(0).at(1).value<ConnectionSettings>().credentials.workspaceId,
                 QStringLiteral("ws_y"));
    }
};

QTEST_GUILESS_MAIN(TestProfileManager)
#include "tst_profilemanager.moc"
