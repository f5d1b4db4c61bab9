#include "desksession.h"

#include "offlinecopy.h"

#include "apidialect.h"
#include "bridgeclient.h"
#include "conversationstore.h"
#include "credentialstore.h"
#include "mainwindow.h"
#include "notificationcentre.h"
#include "profilemanager.h"
#include "sandboxconnection.h"
#include "sandboxserver.h"
#include "sandboxthread.h"
#include "settingsdialog.h"

#include <QApplication>
#include <QFontMetrics>
#include <QSettings>

#include <memory>
#include <optional>

DeskSession::DeskSession(const QString &profile, QObject *parent)
    : QObject(parent)
    , m_profile(profile.isEmpty() ? QStringLiteral("default") : profile)
    , m_store(std::make_unique<bridge::CredentialStore>())
    , m_client(std::make_unique<bridge::BridgeClient>()) {
    m_store->setProfile(m_profile);
}

DeskSession::~DeskSession() {
    m_window.reset(); // before the client it uses
    m_client->cancelAll();
}

bool DeskSession::startSandbox(bridge::ApiGeneration generation) {
    m_sandbox = std::make_unique<bridge::sandbox::SandboxThread>(sandboxConfigFor(generation));
    // While the server is built on its thread (QHttpServer loads the TLS backend), this one loads
    // the font database and shapes a first line: the window's first text measure needs both.
    const auto loadFonts = [] {
        (void)QFontMetrics(QApplication::font()).horizontalAdvance(QStringLiteral("Bridge Desk"));
    };
    if (!m_sandbox->start(0, loadFonts))
        return false;
    const bridge::ConnectionSettings demo = sandboxConnection(m_sandbox->baseUrl(), m_sandbox->config());
    m_client->setOptions(demo.toClientOptions());
    openWindow(demo.credentials, true);
    useConversationStore(QStringLiteral("sandbox-") + bridge::apiGenerationName(generation));
    return true;
}

void DeskSession::startWithStoredCredentials() {
    m_store->load(this, [this](const bridge::ConnectionSettings &settings, const QString &notice) {
        m_stored = settings;
        m_storeLoaded = true;
        if (!settings.credentials.isComplete()) {
            showSettingsDialog(true, notice); // says why it asks again (the keychain, say)
            return;
        }
        m_client->setOptions(settings.toClientOptions());
        openWindow(settings.credentials, false);
        useConversationStore(m_profile);
        if (!notice.isEmpty())
            m_window->showNotice(notice);
    });
}

void DeskSession::bringForward() {
    QWidget *target = m_window.get();
    if (!target) {
        const QWidgetList windows = QApplication::topLevelWidgets();
        for (QWidget *w : windows) {
            if (w->isVisible() && w->isWindow()) {
                target = w;
                break;
            }
        }
    }
    if (!target)
        return;
    target->setWindowState((target->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    target->show();
    target->raise();
    target->activateWindow();
    // A modal dialog over the window (settings, create) is what the user was last working in.
    if (QWidget *modal = QApplication::activeModalWidget(); modal && modal != target) {
        modal->raise();
        modal->activateWindow();
    }
}

void DeskSession::openWindow(const bridge::Credentials &credentials, bool sandbox) {
    if (!m_window) {
        createWindow(credentials, sandbox);
    } else {
        if (!sandbox && !m_profiles) // the window started not connected, or on the sandbox
            setUpProfiles();
        m_window->setConnection(credentials, sandbox);
    }
    startOfflineCopy(sandbox);
    useAgentIdentifier(sandbox);
}

void DeskSession::startOfflineCopy(bool sandbox) {
    m_onSandbox = sandbox;
    // The sandbox's demo workspace keeps a copy; a stored profile as its settings say.
    const bridge::ConnectionSettings settings = shownConnection(sandbox);
    bridge::OfflineCopyOptions options;
    options.requestsPerSecond = settings.offlineCopyRate;
    m_window->setOfflineCopy(m_conversations.get(), settings.offlineCopy, options);
}

bridge::ConnectionSettings DeskSession::shownConnection(bool sandbox) const {
    return sandbox && m_sandbox ? sandboxConnection(m_sandbox->baseUrl(), m_sandbox->config()) : m_stored;
}

void DeskSession::useAgentIdentifier(bool sandbox) {
    m_window->notifications()->setAgentIdentifier(shownConnection(sandbox).agentIdentifier);
}

void DeskSession::openNotConnectedWindow() {
    createWindow(std::nullopt, false);
}

void DeskSession::createWindow(const std::optional<bridge::Credentials> &credentials, bool sandbox) {
    m_window = credentials ? std::make_unique<MainWindow>(m_client.get(), *credentials, sandbox)
                           : std::make_unique<MainWindow>(m_client.get());
    if (credentials && !sandbox)
        setUpProfiles();
    connect(m_window.get(), &MainWindow::settingsRequested, this, [this] { openSettings(false); });
    connect(m_window.get(), &MainWindow::sandboxRequested, this,
            [this] { trySandbox(bridge::ApiGeneration::Connect); }); // what a new profile starts on
    m_window->show();
    QApplication::setQuitOnLastWindowClosed(true);
    emit windowOpened(m_window.get());
}

void DeskSession::trySandbox(bridge::ApiGeneration generation) {
    if (m_sandbox) { // already running (tried before): its generation stays
        const bridge::ConnectionSettings demo = sandboxConnection(m_sandbox->baseUrl(), m_sandbox->config());
        m_client->cancelAll();
        m_client->setOptions(demo.toClientOptions());
        openWindow(demo.credentials, true);
        useConversationStore(QStringLiteral("sandbox-") +
                             bridge::apiGenerationName(m_client->dialect().generation()));
        return;
    }
    m_client->cancelAll();
    if (startSandbox(generation))
        return;
    m_sandbox.reset();
    if (!m_window)
        openNotConnectedWindow();
    m_window->showNotice(tr("The sandbox could not start: no free port on 127.0.0.1."));
}

void DeskSession::openSettings(bool firstStart) {
    if (m_storeLoaded) {
        showSettingsDialog(firstStart);
        return;
    }
    // Sandbox mode has not read the store yet: read it, then show what it holds.
    m_store->load(this, [this, firstStart](const bridge::ConnectionSettings &settings, const QString &) {
        m_stored = settings;
        m_storeLoaded = true;
        showSettingsDialog(firstStart);
    });
}

void DeskSession::showSettingsDialog(bool firstStart, const QString &loadNotice) {
    auto *dialog = new SettingsDialog(m_store.get(), m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSettings(m_stored);
    dialog->setOfferSandbox(firstStart);
    dialog->setLoadNotice(loadNotice);
    if (m_conversations && m_conversationsName == m_profile)
        dialog->setConversationStore(m_conversations.get());
    // First start: the window opens once the dialog is closed, never over a dialog that still has
    // something to say (the keychain notice and its OK).
    auto pending = std::make_shared<std::optional<std::pair<bridge::Credentials, QString>>>();

    connect(dialog, &SettingsDialog::saved, this,
            [this, dialog, pending](const bridge::ConnectionSettings &settings, const QString &notice) {
                const QString previousWorkspace = m_stored.credentials.workspaceId;
                m_stored = settings;
                m_client->cancelAll();
                m_client->setOptions(settings.toClientOptions());
                if (!m_window && dialog->isVisible()) {
                    *pending = std::make_pair(settings.credentials, notice);
                    return;
                }
                const bool otherWorkspace = m_conversations && m_conversationsName == m_profile &&
                                            settings.credentials.workspaceId != previousWorkspace;
                openWindow(settings.credentials, false);
                if (otherWorkspace) // the rows kept are another workspace's
                    m_conversations->clear();
                useConversationStore(m_profile);
                if (!notice.isEmpty())
                    m_window->showNotice(notice);
            });
    connect(dialog, &SettingsDialog::sandboxRequested, this,
            &DeskSession::trySandbox); // the dialog closes itself
    if (firstStart) {
        // Until a window exists, closing this dialog must not end the application behind our back.
        QApplication::setQuitOnLastWindowClosed(false);
        connect(dialog, &QDialog::finished, this, [this, pending] {
            if (m_window)
                return;
            if (!pending->has_value()) { // cancelled: a window to start from, not an exit
                openNotConnectedWindow();
                return;
            }
            const auto [credentials, notice] = **pending;
            openWindow(credentials, false);
            useConversationStore(m_profile);
            if (!notice.isEmpty())
                m_window->showNotice(notice);
        });
    }
    dialog->open();
}

void DeskSession::setUpProfiles() {
    // The profile given on the command line (default "default") is the one the window starts on.
    // Written only when it changes: a write rewrites the whole settings file before the first rows.
    QSettings settings;
    if (settings.value(QStringLiteral("currentProfile")).toString() != m_profile)
        settings.setValue(QStringLiteral("currentProfile"), m_profile);
    m_profiles = std::make_unique<bridge::ProfileManager>(nullptr, m_client.get());
    connect(m_profiles.get(), &bridge::ProfileManager::switched, this, &DeskSession::applyProfile);
    m_window->setProfileManager(m_profiles.get());
    // A profile's cached conversations go with it (the current profile cannot be removed or renamed).
    connect(m_profiles.get(), &bridge::ProfileManager::removed, this, [](const QString &profile) {
        bridge::ConversationStore::removeFiles(bridge::ConversationStore::defaultPath(profile));
    });
    connect(m_profiles.get(), &bridge::ProfileManager::renamed, this,
            [](const QString &from, const QString &to, bool ok) {
                if (ok)
                    bridge::ConversationStore::renameFiles(bridge::ConversationStore::defaultPath(from),
                                                           bridge::ConversationStore::defaultPath(to));
            });
}

void DeskSession::applyProfile(const QString &profile, const bridge::ConnectionSettings &settings,
                               const QString &notice) {
    m_profile = profile;
    m_store->setProfile(profile); // File ▸ Settings… now edits this profile
    m_stored = settings;
    m_storeLoaded = true;
    if (!settings.credentials.isComplete()) {
        m_window->setOfflineCopy(nullptr, false, {}); // the old profile's copy stops with its calls
        m_window->showNotice(tr("Profile “%1” has no complete credentials yet.").arg(profile));
        showSettingsDialog(false);
        return;
    }
    m_client->setOptions(settings.toClientOptions());
    openWindow(settings.credentials, false);
    useConversationStore(profile);
    if (!notice.isEmpty())
        m_window->showNotice(notice);
}

void DeskSession::useConversationStore(const QString &name) {
    if (m_conversations && m_conversationsName == name)
        return;
    m_window->setOfflineCopy(nullptr, false, {}); // no copy writes into the store being closed
    m_window->setConversationStore(nullptr);
    m_conversations.reset(); // its writes finish first
    m_conversations =
        std::make_unique<bridge::ConversationStore>(bridge::ConversationStore::defaultPath(name));
    m_conversationsName = name;
    m_window->setConversationStore(m_conversations.get());
    startOfflineCopy(m_onSandbox); // the offline copy is kept in it
}
