#include "desksession.h"

#include "bridgeclient.h"
#include "credentialstore.h"
#include "mainwindow.h"
#include "profilemanager.h"
#include "profileswitcher.h"
#include "sandboxserver.h"
#include "sandboxthread.h"
#include "settingsdialog.h"

#include <QApplication>
#include <QFontMetrics>
#include <QSettings>

#include <memory>
#include <optional>

namespace {

// The two connection preferences the credential store does not keep.
QString prefsGroup(const QString &profile) {
    return QLatin1String("connection/") + profile;
}

bool storedSignQueryString(const QString &profile) {
    return QSettings().value(prefsGroup(profile) + QLatin1String("/signQueryString"), false).toBool();
}

int storedTimeoutSeconds(const QString &profile) {
    const int seconds = QSettings().value(prefsGroup(profile) + QLatin1String("/timeoutSeconds"), 30).toInt();
    return seconds > 0 ? seconds : 30;
}

bridge::ClientOptions optionsFor(const bridge::Credentials &c, bool signQueryString, int timeoutSeconds) {
    bridge::ClientOptions options;
    options.baseUrl = c.baseUrl;
    options.workspaceId = c.workspaceId;
    options.apiKey = c.apiKey;
    options.secret = c.secret;
    options.signQueryString = signQueryString;
    options.timeoutMs = timeoutSeconds * 1000;
    return options;
}

} // namespace

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

bool DeskSession::startSandbox() {
    m_sandbox = std::make_unique<bridge::sandbox::SandboxThread>();
    // While the server is built on its thread (QHttpServer loads the TLS backend), this one loads
    // the font database and shapes a first line: the window's first text measure needs both.
    const auto loadFonts = [] {
        (void)QFontMetrics(QApplication::font()).horizontalAdvance(QStringLiteral("Bridge Desk"));
    };
    if (!m_sandbox->start(0, loadFonts))
        return false;
    const bridge::sandbox::SandboxConfig &config = m_sandbox->config();
    bridge::Credentials demo;
    demo.baseUrl = m_sandbox->baseUrl();
    demo.workspaceId = config.workspaceId;
    demo.apiKey = config.apiKey;
    demo.secret = config.secret;
    demo.secretSource = bridge::Credentials::Source::Sandbox;
    m_client->setOptions(optionsFor(demo, config.signQueryString, 30));
    openWindow(demo, true);
    return true;
}

void DeskSession::startWithStoredCredentials() {
    connect(
        m_store.get(), &bridge::CredentialStore::loaded, this,
        [this](const bridge::Credentials &credentials, const QString &notice) {
            m_stored = credentials;
            m_storeLoaded = true;
            if (!credentials.isComplete()) {
                showSettingsDialog(true, notice); // says why it asks again (the keychain, say)
                return;
            }
            m_client->setOptions(
                optionsFor(credentials, storedSignQueryString(m_profile), storedTimeoutSeconds(m_profile)));
            openWindow(credentials, false);
            if (!notice.isEmpty())
                m_window->showNotice(notice);
        },
        Qt::SingleShotConnection);
    m_store->load();
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
    if (m_window) {
        m_window->setConnection(credentials, sandbox);
        return;
    }
    m_window = std::make_unique<MainWindow>(m_client.get(), credentials, sandbox);
    if (!sandbox)
        setUpProfiles();
    connect(m_window.get(), &MainWindow::settingsRequested, this, [this] { openSettings(false); });
    m_window->show();
    QApplication::setQuitOnLastWindowClosed(true);
    emit windowOpened(m_window.get());
}

void DeskSession::openSettings(bool firstStart) {
    if (m_storeLoaded) {
        showSettingsDialog(firstStart);
        return;
    }
    // Sandbox mode has not read the store yet: read it, then show what it holds.
    connect(
        m_store.get(), &bridge::CredentialStore::loaded, this,
        [this, firstStart](const bridge::Credentials &credentials) {
            m_stored = credentials;
            m_storeLoaded = true;
            showSettingsDialog(firstStart);
        },
        Qt::SingleShotConnection);
    m_store->load();
}

void DeskSession::showSettingsDialog(bool firstStart, const QString &loadNotice) {
    auto *dialog = new SettingsDialog(m_store.get(), m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setCredentials(m_stored, storedSignQueryString(m_profile), storedTimeoutSeconds(m_profile));
    dialog->setOfferSandbox(firstStart);
    dialog->setLoadNotice(loadNotice);
    // First start: the window opens once the dialog is closed, never over a dialog that still has
    // something to say (the keychain notice and its OK).
    auto pending = std::make_shared<std::optional<std::pair<bridge::Credentials, QString>>>();

    connect(dialog, &SettingsDialog::saved, this,
            [this, dialog, pending](const bridge::Credentials &c, bool signQueryString, int timeoutSeconds,
                                    const QString &notice) {
                m_stored = c;
                QSettings settings;
                settings.setValue(prefsGroup(m_profile) + QLatin1String("/signQueryString"), signQueryString);
                settings.setValue(prefsGroup(m_profile) + QLatin1String("/timeoutSeconds"), timeoutSeconds);
                m_client->cancelAll();
                m_client->setOptions(optionsFor(c, signQueryString, timeoutSeconds));
                if (!m_window && dialog->isVisible()) {
                    *pending = std::make_pair(c, notice);
                    return;
                }
                openWindow(c, false);
                if (!notice.isEmpty())
                    m_window->showNotice(notice);
            });
    connect(dialog, &SettingsDialog::sandboxRequested, this, [this] {
        if (!startSandbox())
            emit gaveUp();
    }); // the dialog closes itself
    if (firstStart) {
        // Until a window exists, closing this dialog must not end the application behind our back.
        QApplication::setQuitOnLastWindowClosed(false);
        connect(dialog, &QDialog::finished, this, [this, pending] {
            if (m_window)
                return;
            if (!pending->has_value()) {
                emit gaveUp();
                return;
            }
            const auto [credentials, notice] = **pending;
            openWindow(credentials, false);
            if (!notice.isEmpty())
                m_window->showNotice(notice);
        });
    }
    dialog->open();
}

void DeskSession::setUpProfiles() {
    // The profile given on the command line (default "default") is the one the window starts on.
    QSettings().setValue(QStringLiteral("currentProfile"), m_profile);
    m_profiles = std::make_unique<bridge::ProfileManager>(nullptr, m_client.get());
    connect(m_profiles.get(), &bridge::ProfileManager::switched, this, &DeskSession::applyProfile);
    m_window->setProfileManager(m_profiles.get());
    connect(m_window->profileSwitcher(), &ProfileSwitcher::profileCreated, this,
            [](const QString &name, const bridge::Credentials &, bool signQueryString, int timeoutSeconds) {
                QSettings settings;
                settings.setValue(prefsGroup(name) + QLatin1String("/signQueryString"), signQueryString);
                settings.setValue(prefsGroup(name) + QLatin1String("/timeoutSeconds"), timeoutSeconds);
            });
}

void DeskSession::applyProfile(const QString &profile, const bridge::Credentials &credentials,
                               const QString &notice) {
    m_profile = profile;
    m_store->setProfile(profile); // File ▸ Settings… now edits this profile
    m_stored = credentials;
    m_storeLoaded = true;
    if (!credentials.isComplete()) {
        m_window->showNotice(tr("Profile “%1” has no complete credentials yet.").arg(profile));
        showSettingsDialog(false);
        return;
    }
    m_client->setOptions(
        optionsFor(credentials, storedSignQueryString(profile), storedTimeoutSeconds(profile)));
    openWindow(credentials, false);
    if (!notice.isEmpty())
        m_window->showNotice(notice);
}
