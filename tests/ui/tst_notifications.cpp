// Never stale, through the window against an in-process sandbox, on a private session bus (the
// test's wrapper) where this test owns org.freedesktop.Notifications: a ghost that becomes active on
// a watched view raises one notification with its customer and name, and clicking it shows that
// conversation; many changes at once make one; nothing while the agent looks at the view; a view not
// watched stays quiet. A conversation assigned to the agent's own identifier (the profile's, through
// DeskSession as bridge-desk wires it) is told as assigned to them; without an identifier it is not.
// The network lost and back (fed to the window's ResumeWatcher) refreshes at once, and the status
// bar's age warns when the data is older than auto-refresh allows.
#include "autorefreshcontrol.h"
#include "changenotifier.h"
#include "connectionstatus.h"
#include "conversationstore.h"
#include "conversationtablemodel.h"
#include "credentialstore.h"
#include "desksession.h"
#include "desktopnotifications.h"
#include "detailspane.h"
#include "errorbanner.h"
#include "filterbar.h"
#include "mainactions.h"
#include "notificationcentre.h"
#include "resumewatcher.h"
#include "settingsdialog.h"
#include "statusvocabulary.h"
#include "watchedviews.h"
#include "windowfixture.h"

#include <QAction>
#include <QApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QLabel>
#include <QLineEdit>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace {

//! The desktop's notification service, as far as Bridge Desk uses it: records every Notify.
class FakeNotifications : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Call {
        QString app, summary, body;
        QStringList actions;
        uint id;
    };
    QList<Call> calls;

public slots:
    uint Notify(const QString &app, uint replacesId, const QString &icon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints, int timeout) {
        Q_UNUSED(replacesId)
        Q_UNUSED(icon)
        Q_UNUSED(hints)
        Q_UNUSED(timeout)
        const uint id = uint(calls.size()) + 100;
        calls.append({app, summary, body, actions, id});
        return id;
    }
    QStringList GetCapabilities() { return {QStringLiteral("actions"), QStringLiteral("body")}; }
};

} // namespace

class TestNotifications : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void ghostBecomingActiveNotifiesAndOpens();
    void connectGhostBecomingActiveNotifies();
    void manyChangesAtOnceAreOneNotification();
    void nothingWhileTheAgentLooksAtTheView();
    void viewNotWatchedStaysQuiet();
    void searchResultsAreNotChanges();
    void assignedToYouFollowsTheProfile_data();
    void assignedToYouFollowsTheProfile();
    void sandboxIsItsDemoAgent();
    void networkBackRefreshesAtOnce();
    void wakingClearsAFailureAtOnce();
    void ageWarnsWhenOlderThanTheInterval();

private:
    void openWindow();
    void lookAway(MainWindow *window = nullptr);
    void refreshAndWait(MainWindow *window = nullptr);
    //! Adds agent to conversation id on the sandbox, through the fixture's client.
    void addAgent(const QString &id, const QString &agent);
    void invokeAction(uint id);
    QString statusOf(const QString &id) const;

    testing::WindowFixture m_desk;
    QDBusConnection m_service{QString()};
    FakeNotifications m_fake;
    QWidget m_elsewhere; //!< another window the agent works in
};

void TestNotifications::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BridgeDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_notifications"));
    if (!QDBusConnection::sessionBus().isConnected())
        QSKIP("no session bus: run through ctest (dbus-run-session)");
    // Its own connection, as a separate notification daemon would have.
    m_service =
        QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("fake-notifications"));
    QVERIFY(m_service.isConnected());
    QVERIFY(m_service.registerObject(DesktopNotifications::Path, &m_fake, QDBusConnection::ExportAllSlots));
    QVERIFY2(m_service.registerService(DesktopNotifications::Service),
             "the name is taken: not a private bus?");
    m_elsewhere.setWindowTitle(QStringLiteral("Another application"));
    m_elsewhere.resize(300, 200);
}

void TestNotifications::cleanupTestCase() {
    if (m_service.isConnected())
        m_service.unregisterService(DesktopNotifications::Service);
    QDBusConnection::disconnectFromBus(QStringLiteral("fake-notifications"));
}

void TestNotifications::init() {
    m_fake.calls.clear();
}

void TestNotifications::cleanup() {
    m_desk.reset();
    m_elsewhere.hide();
}

void TestNotifications::openWindow() {
    QVERIFY(m_desk.start());
    QVERIFY(m_desk.open());
}

void TestNotifications::lookAway(MainWindow *window) {
    window = window ? window : m_desk.window.get();
    m_elsewhere.show();
    m_elsewhere.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&m_elsewhere));
    QTRY_VERIFY(!window->isActiveWindow());
    QVERIFY(!window->notifications()->isLooking());
}

void TestNotifications::refreshAndWait(MainWindow *window) {
    window = window ? window : m_desk.window.get();
    QSignalSpy refreshed(window->autoRefresh()->watcher(), &bridge::RefreshWatcher::refreshed);
    window->autoRefresh()->watcher()->refreshNow();
    QTRY_COMPARE(refreshed.size(), 1);
}

void TestNotifications::addAgent(const QString &id, const QString &agent) {
    bridge::ConversationUpdate update;
    update.addAgents = {bridge::ParticipantRef(agent, bridge::ParticipantType::Email)};
    bool updated = false;
    m_desk.client->update(id, update, this, [&updated](const bridge::Expected<bridge::Conversation> &answer) {
        updated = bool(answer);
    });
    QTRY_VERIFY(updated);
}

void TestNotifications::invokeAction(uint id) {
    QDBusMessage signal = QDBusMessage::createSignal(
        DesktopNotifications::Path, DesktopNotifications::Service, QStringLiteral("ActionInvoked"));
    signal << id << QStringLiteral("default");
    QVERIFY(m_service.send(signal));
}

QString TestNotifications::statusOf(const QString &id) const {
    const auto *model = m_desk.window->controller()->model();
    const int row = model->rowOf(id);
    return row < 0 ? QString() : model->conversations().at(row).status.raw();
}

void TestNotifications::ghostBecomingActiveNotifiesAndOpens() {
    openWindow();
    const auto *model = m_desk.window->controller()->model();
    // A ghost on page 1 of the view (all conversations), the one the agent will be told about.
    QString ghostId;
    for (const bridge::Conversation &c : model->conversations()) {
        if (c.status.raw() == QLatin1String("ghost")) {
            ghostId = c.id;
            break;
        }
    }
    QVERIFY2(!ghostId.isEmpty(), "no ghost on page 1 of the sandbox's data");
    const bridge::Conversation ghost = model->conversations().at(model->rowOf(ghostId));

    QAction *watch = m_desk.window->actions()->watchView;
    QVERIFY(watch->isCheckable());
    QVERIFY(!watch->isChecked());
    watch->trigger();
    QVERIFY(m_desk.window->notifications()->notifier()->isWatched(bridge::ConversationFilter{}));
    lookAway();

    // The customer answers: the conversation becomes active on the server.
    bridge::ConversationUpdate update;
    update.status = bridge::ConversationStatus(QStringLiteral("active"));
    bool updated = false;
    m_desk.client->update(
        ghostId, update, this,
        [&updated](const bridge::Expected<bridge::Conversation> &answer) { updated = bool(answer); });
    QTRY_VERIFY(updated);
    refreshAndWait();
    QCOMPARE(statusOf(ghostId), QStringLiteral("active"));

    QTRY_COMPARE(m_fake.calls.size(), 1);
    const FakeNotifications::Call call = m_fake.calls.first();
    QCOMPARE(call.app, QStringLiteral("Bridge Desk"));
    const QString customer = bridge::joinedIdentifiers(ghost.externalParticipants, u", ");
    QCOMPARE(call.summary, customer + QStringLiteral(" · ") + ghost.name);
    QCOMPARE(call.body, QStringLiteral("Now Active (was Ghost) in All conversations"));
    QVERIFY(call.actions.contains(QStringLiteral("default")));
    QCOMPARE(m_desk.window->notifications()->notifier()->unseen(), 1);

    // Another row is picked meanwhile; clicking the notification brings the conversation back.
    const bridge::Conversation other = model->conversations().at(model->rowOf(ghostId) == 0 ? 1 : 0);
    m_desk.window->showConversation(other);
    QVERIFY(m_desk.window->detailsPane()->conversation()->id != ghostId);
    QTRY_COMPARE(m_desk.window->notifications()->desktop()->pending(), 1);
    invokeAction(call.id);
    QTRY_VERIFY(m_desk.window->detailsPane()->conversation() &&
                m_desk.window->detailsPane()->conversation()->id == ghostId);
    QCOMPARE(m_desk.window->detailsPane()->conversation()->status.raw(), QStringLiteral("active"));
    QCOMPARE(m_desk.window->notifications()->notifier()->unseen(), 0);
    QTRY_VERIFY(m_desk.window->isActiveWindow());

    // Remembered for the workspace: watched the next time too.
    QVERIFY(bridge::WatchedViews::load(m_desk.client->options().workspaceId)
                .isWatched(bridge::ConversationFilter{}));
}

void TestNotifications::connectGhostBecomingActiveNotifies() {
    // The same in Connect's words: GHOST and ACTIVE, a view of ghosts watched, an active one arriving
    // in a watched view of active conversations.
    QVERIFY(
        m_desk.start(bridge::sandbox::SandboxConfig::forApi(bridge::sandbox::SandboxConfig::Api::Connect)));
    QVERIFY(m_desk.open());
    const auto *model = m_desk.window->controller()->model();
    QString ghostId;
    for (const bridge::Conversation &c : model->conversations()) {
        if (c.status.raw() == QLatin1String("GHOST"))
            ghostId = c.id;
    }
    QVERIFY2(!ghostId.isEmpty(), "no GHOST on page 1 of the Connect sandbox's data");
    m_desk.window->actions()->watchView->trigger();
    lookAway();
    bridge::ConversationUpdate update;
    update.status = bridge::ConversationStatus(QStringLiteral("ACTIVE"));
    bool updated = false;
    m_desk.client->update(
        ghostId, update, this,
        [&updated](const bridge::Expected<bridge::Conversation> &answer) { updated = bool(answer); });
    QTRY_VERIFY(updated);
    refreshAndWait();
    QTRY_COMPARE(m_fake.calls.size(), 1);
    QCOMPARE(m_fake.calls.first().body, QStringLiteral("Now Active (was Ghost) in All conversations"));
    invokeAction(m_fake.calls.first().id);
    QTRY_VERIFY(m_desk.window->detailsPane()->conversation() &&
                m_desk.window->detailsPane()->conversation()->id == ghostId);
}

void TestNotifications::manyChangesAtOnceAreOneNotification() {
    openWindow();
    m_desk.window->actions()->watchView->trigger();
    lookAway();
    const bridge::sandbox::ChurnResult churn = m_desk.server->churnOnce(5, 0);
    QCOMPARE(churn.created.size(), 5);
    refreshAndWait();
    QTRY_COMPARE(m_fake.calls.size(), 1);
    QCOMPARE(m_fake.calls.first().summary, QStringLiteral("5 conversations changed in All conversations"));
    QVERIFY(m_fake.calls.first().body.endsWith(QStringLiteral("and 2 more")));
    QCOMPARE(m_desk.window->notifications()->notifier()->unseen(), 5);

    // Clicking a group opens the window on the view; coming back counts as seen.
    invokeAction(m_fake.calls.first().id);
    QTRY_VERIFY(m_desk.window->isActiveWindow());
    QCOMPARE(m_desk.window->notifications()->notifier()->unseen(), 0);
}

void TestNotifications::nothingWhileTheAgentLooksAtTheView() {
    openWindow();
    m_desk.window->actions()->watchView->trigger();
    QVERIFY(m_desk.window->notifications()->isLooking());
    const bridge::sandbox::ChurnResult seen = m_desk.server->churnOnce(1, 0);
    refreshAndWait();
    QVERIFY(m_desk.window->controller()->model()->rowOf(seen.created.first()) >= 0);

    // The agent moves to another window; the next change is told, and only that one.
    lookAway();
    const bridge::sandbox::ChurnResult unseen = m_desk.server->churnOnce(1, 0);
    refreshAndWait();
    QTRY_COMPARE(m_fake.calls.size(), 1);
    const auto *model = m_desk.window->controller()->model();
    const bridge::Conversation fresh = model->conversations().at(model->rowOf(unseen.created.first()));
    QVERIFY(m_fake.calls.first().summary.endsWith(fresh.name));
    QCOMPARE(m_fake.calls.first().body, QStringLiteral("New conversation in All conversations"));
}

void TestNotifications::viewNotWatchedStaysQuiet() {
    openWindow();
    QVERIFY(!m_desk.window->actions()->watchView->isChecked());
    lookAway();
    m_desk.server->churnOnce(1, 0);
    refreshAndWait();
    // Then watched: the change after that is told, and it is the first notification of all.
    m_desk.window->actions()->watchView->trigger();
    const bridge::sandbox::ChurnResult next = m_desk.server->churnOnce(1, 0);
    refreshAndWait();
    QTRY_COMPARE(m_fake.calls.size(), 1);
    QCOMPARE(m_desk.window->notifications()->notifier()->unseen(), 1);
    // And switched off in Settings, nothing again.
    bridge::WatchedViews::setEnabledGlobally(false);
    m_desk.server->churnOnce(1, 0);
    refreshAndWait();
    bridge::WatchedViews::setEnabledGlobally(true);
    m_desk.server->churnOnce(1, 0);
    refreshAndWait();
    QTRY_COMPARE(m_fake.calls.size(), 2);
    QVERIFY(!next.created.isEmpty());
}

void TestNotifications::searchResultsAreNotChanges() {
    openWindow();
    m_desk.window->filterBar()->applyStatus(bridge::ConversationStatus(QStringLiteral("ghost")));
    QTRY_VERIFY(m_desk.idle() &&
                m_desk.window->controller()->query().filter.status.raw() == QLatin1String("ghost"));
    QTemporaryDir dir;
    bridge::ConversationStore store(dir.filePath(QStringLiteral("stores/work.sqlite")));
    m_desk.window->setConversationStore(&store); // the page shown is kept
    auto unset = qScopeGuard([this] { m_desk.window->setConversationStore(nullptr); });
    store.flush();
    m_desk.window->actions()->watchView->trigger();
    lookAway();
    // A search shows one of the page's rows in its place while the view refreshes, twice: the rows it
    // hides did not leave the view, nor come back into it.
    const QList<bridge::Conversation> page = m_desk.window->controller()->model()->conversations();
    QVERIFY(page.size() > 2);
    m_desk.window->setStoreSearchText(page.at(1).id);
    QCOMPARE(m_desk.window->controller()->model()->rowCount(), 1);
    refreshAndWait();
    refreshAndWait();
    QCOMPARE(m_desk.window->controller()->model()->rowCount(), 1); // the results stay
    m_desk.window->setStoreSearchText(QString());
    QCOMPARE(m_desk.window->controller()->model()->rowCount(), page.size());
    refreshAndWait();
    QCOMPARE(m_desk.window->notifications()->notifier()->unseen(), 0);
}

void TestNotifications::assignedToYouFollowsTheProfile_data() {
    QTest::addColumn<bridge::sandbox::SandboxConfig::Api>("api");
    QTest::newRow("classic") << bridge::sandbox::SandboxConfig::Api::Classic;
    QTest::newRow("connect") << bridge::sandbox::SandboxConfig::Api::Connect;
}

void TestNotifications::assignedToYouFollowsTheProfile() {
    // A stored profile on the sandbox whose agent identifier is one of its seeded agents; the secret
    // comes from the environment (BRIDGE_SECRET_KEY, or Connect's BRIDGE_API_KEY), so no keychain is
    // involved.
    QFETCH(bridge::sandbox::SandboxConfig::Api, api);
    QVERIFY(m_desk.start(bridge::sandbox::SandboxConfig::forApi(api)));
    m_desk.client->setOptions(testing::sandboxOptions(*m_desk.server));
    const QString me = QStringLiteral("mateus.lima@bridge.example");
    const QString profile = QStringLiteral("assigned");
    // No rows cached by an earlier run: page 1 is what this server holds.
    bridge::ConversationStore::removeFiles(bridge::ConversationStore::defaultPath(profile));
    {
        bridge::ConnectionSettings settings = testing::sandboxSettings(*m_desk.server);
        settings.credentials.secretSource = bridge::Credentials::Source::Environment;
        settings.agentIdentifier = me;
        bridge::CredentialStore store;
        store.setProfile(profile);
        bool saved = false;
        store.save(settings, this,
                   [&saved](const bridge::ConnectionSettings &, const QString &) { saved = true; });
        QTRY_VERIFY(saved);
    }
    const bridge::ConnectionSettings demo = testing::sandboxSettings(*m_desk.server);
    const QByteArray secretVariable =
        bridge::CredentialStore::secretVariable(demo.credentials.generation).toLatin1();
    qputenv(secretVariable.constData(), demo.credentials.secret);
    const auto unset = qScopeGuard([secretVariable] { qunsetenv(secretVariable.constData()); });

    DeskSession session(profile);
    MainWindow *window = nullptr;
    connect(&session, &DeskSession::windowOpened, this, [&window](MainWindow *opened) { window = opened; });
    session.startWithStoredCredentials();
    QTRY_VERIFY(window);
    QCOMPARE(window->notifications()->notifier()->agentIdentifier(), me);
    const auto *model = window->controller()->model();
    QTRY_COMPARE(model->rowCount(), 20);
    QTRY_VERIFY(!window->controller()->isLoading());

    // Two named conversations on page 1 that the agent is not on yet.
    QStringList notMine;
    for (const bridge::Conversation &c : model->conversations()) {
        const bool mine = std::any_of(c.internalParticipants.cbegin(), c.internalParticipants.cend(),
                                      [&me](const bridge::Participant &p) {
                                          return p.identifier.compare(me, Qt::CaseInsensitive) == 0;
                                      });
        if (!mine && !c.name.isEmpty())
            notMine.append(c.id);
    }
    QVERIFY2(notMine.size() >= 2, "page 1 of the sandbox's data is all the agent's already");
    const bridge::Conversation first = model->conversations().at(model->rowOf(notMine.at(0)));

    window->actions()->watchView->trigger();
    QVERIFY(window->notifications()->notifier()->isWatched(bridge::ConversationFilter{}));
    lookAway(window);

    // Assigned to the agent on the server: one notice, saying so.
    addAgent(first.id, me);
    refreshAndWait(window);
    QTRY_COMPARE(m_fake.calls.size(), 1);
    const FakeNotifications::Call call = m_fake.calls.first();
    const QString customer = bridge::joinedIdentifiers(first.externalParticipants, u", ");
    QCOMPARE(call.summary, customer + QStringLiteral(" · ") + first.name);
    QCOMPARE(call.body, QStringLiteral("Assigned to you in All conversations"));
    QCOMPARE(window->notifications()->notifier()->unseen(), 1);

    // The agent clears the identifier in Settings: the window follows what was saved.
    QSignalSpy shown(window->controller(), &bridge::BrowsingController::pageShown);
    emit window->settingsRequested();
    SettingsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<SettingsDialog *>()) && dialog->isVisible());
    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("agentIdentifier"));
    QCOMPARE(edit->text(), me);
    edit->clear();
    QSignalSpy saved(dialog, &SettingsDialog::saved);
    dialog->save();
    QTRY_COMPARE(saved.size(), 1);
    QVERIFY(saved.first().first().value<bridge::ConnectionSettings>().agentIdentifier.isEmpty());
    QVERIFY(window->notifications()->notifier()->agentIdentifier().isEmpty());
    QTRY_VERIFY(shown.size() >= 1); // the page again, from nothing compared
    QTRY_VERIFY(!window->controller()->isLoading());
    lookAway(window);

    // Assigned again: nothing is told of it. A new conversation after it is, and is the only one (the
    // bus keeps the order of what is sent, so a notice for the assignment would have come first).
    QSignalSpy sent(window->notifications()->notifier(), &bridge::ChangeNotifier::noticeSent);
    addAgent(notMine.at(1), me);
    refreshAndWait(window);
    QVERIFY(window->controller()->model()->rowOf(notMine.at(1)) >= 0);
    QCOMPARE(sent.size(), 0);
    const bridge::sandbox::ChurnResult churn = m_desk.server->churnOnce(1, 0);
    QCOMPARE(churn.created.size(), 1);
    refreshAndWait(window);
    QTRY_COMPARE(m_fake.calls.size(), 2);
    QCOMPARE(m_fake.calls.at(1).body, QStringLiteral("New conversation in All conversations"));
    QCOMPARE(sent.size(), 1);
    QVERIFY(window->close());
}

void TestNotifications::sandboxIsItsDemoAgent() {
    // bridge-desk --sandbox: the demo user is one of the sandbox's seeded agents.
    DeskSession session(QStringLiteral("sandbox-agent"));
    MainWindow *window = nullptr;
    connect(&session, &DeskSession::windowOpened, this, [&window](MainWindow *opened) { window = opened; });
    QVERIFY(session.startSandbox());
    QVERIFY(window);
    QCOMPARE(window->notifications()->notifier()->agentIdentifier(),
             QStringLiteral("ana.souza@bridge.example"));
    QTRY_VERIFY(window->controller()->model()->rowCount() > 0);
    QVERIFY(window->close());
}

void TestNotifications::networkBackRefreshesAtOnce() {
    openWindow();
    ConnectionStatus *status = m_desk.window->connectionStatus();
    QCOMPARE(status->refreshedLabel()->text(), QStringLiteral("Updated just now"));
    QVERIFY(!status->isStale());
    bridge::ResumeWatcher *resume = m_desk.window->resumeWatcher();

    resume->setReachable(false);
    QVERIFY(status->isStale());
    QCOMPARE(status->refreshedLabel()->text(), QStringLiteral("Offline · Updated just now"));

    // Meanwhile the server moved on; the network coming back shows it without waiting for a timer.
    const bridge::sandbox::ChurnResult churn = m_desk.server->churnOnce(2, 0);
    m_desk.server->clearReceivedRequests();
    QSignalSpy refreshed(m_desk.window->autoRefresh()->watcher(), &bridge::RefreshWatcher::refreshed);
    resume->setReachable(true);
    QTRY_COMPARE(refreshed.size(), 1);
    QVERIFY(!m_desk.server->receivedRequests().isEmpty());
    QVERIFY(m_desk.window->controller()->model()->rowOf(churn.created.first()) >= 0);
    QVERIFY(!status->isStale());
    QCOMPARE(status->refreshedLabel()->text(), QStringLiteral("Updated just now"));
}

void TestNotifications::wakingClearsAFailureAtOnce() {
    openWindow();
    // The refresh before the sleep failed (the network went down with the lid).
    m_desk.server->failNext(1, 503);
    m_desk.window->actions()->refresh->trigger();
    QTRY_VERIFY(m_desk.window->errorBanner()->isVisible());
    // logind says the machine woke: the page is read again at once and the failure goes.
    m_desk.server->clearReceivedRequests();
    m_desk.window->resumeWatcher()->setSleeping(true);
    QVERIFY(m_desk.server->receivedRequests().isEmpty());
    m_desk.window->resumeWatcher()->setSleeping(false);
    QTRY_VERIFY(!m_desk.window->errorBanner()->isVisible());
    QCOMPARE(m_desk.server->receivedRequests().size(), 1);
    QCOMPARE(m_desk.window->connectionStatus()->refreshedLabel()->text(), QStringLiteral("Updated just now"));
}

void TestNotifications::ageWarnsWhenOlderThanTheInterval() {
    openWindow();
    ConnectionStatus *status = m_desk.window->connectionStatus();
    m_desk.window->autoRefresh()->setInterval(bridge::RefreshWatcher::Interval::Minute1);
    status->setLastRefreshed(QDateTime::currentDateTimeUtc().addSecs(-2 * 60));
    QVERIFY(!status->isStale());
    QCOMPARE(status->refreshedLabel()->text(), QStringLiteral("Updated 2 min ago"));
    status->setLastRefreshed(QDateTime::currentDateTimeUtc().addSecs(-5 * 60));
    QVERIFY(status->isStale());
    QCOMPARE(status->refreshedLabel()->text(), QStringLiteral("Updated 5 min ago · may be out of date"));
    QVERIFY(status->refreshedLabel()->toolTip().contains(QStringLiteral("Press F5")));
    QVERIFY(status->refreshedLabel()->palette().color(QPalette::WindowText) !=
            status->palette().color(QPalette::WindowText));
    // With a longer interval the same age is fine.
    m_desk.window->autoRefresh()->setInterval(bridge::RefreshWatcher::Interval::Minutes5);
    QVERIFY(!status->isStale());
    QCOMPARE(status->refreshedLabel()->text(), QStringLiteral("Updated 5 min ago"));
    // A refresh makes it fresh again.
    refreshAndWait();
    QCOMPARE(status->refreshedLabel()->text(), QStringLiteral("Updated just now"));
}

QTEST_MAIN(TestNotifications)
#include "tst_notifications.moc"
