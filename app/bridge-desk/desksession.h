#pragma once

#include "apigeneration.h"
#include "connectionsettings.h"

#include <QObject>
#include <memory>
#include <optional>

class MainWindow;
class QWidget;

namespace bridge {
class BridgeClient;
class ConversationStore;
class CredentialStore;
class ProfileManager;
namespace sandbox {
class SandboxThread;
}
} // namespace bridge

//! Wires the core to the window: owns the client, the credential store and, in sandbox mode, the
//! sandbox thread; puts a profile's connection settings on the client; opens the settings dialog when asked
//! (or at first start, when nothing is stored) and applies what it saves.
class DeskSession : public QObject {
    Q_OBJECT
public:
    explicit DeskSession(const QString &profile, QObject *parent = nullptr);
    ~DeskSession() override;

    //! Starts the sandbox on its own thread, speaking generation's API, with demo credentials (never
    //! stored) and opens the window on it. False when the sandbox could not listen.
    bool startSandbox(bridge::ApiGeneration generation = bridge::ApiGeneration::Classic);
    //! Loads the stored credentials (BRIDGE_* variables on top) and opens the window, or the
    //! settings dialog first when they are incomplete.
    void startWithStoredCredentials();
    //! Brings the main window (or, before it exists, the first-start settings dialog) forward:
    //! un-minimized, raised and activated, as far as the window manager lets an application.
    void bringForward();

signals:
    //! The main window exists and is shown (once).
    void windowOpened(MainWindow *window);

private:
    void openWindow(const bridge::Credentials &credentials, bool sandbox);
    //! The first-start settings were cancelled: the window, in its Not connected state.
    void openNotConnectedWindow();
    //! The window's offline copy, as the connection's settings say (the sandbox keeps one).
    void startOfflineCopy(bool sandbox);
    //! The connection the window shows: the sandbox's demo one, or the stored profile's.
    bridge::ConnectionSettings shownConnection(bool sandbox) const;
    //! "Assigned to you" notices follow the agent identifier of the connection shown.
    void useAgentIdentifier(bool sandbox);
    //! Builds and shows the window (not connected unless credentials are given).
    void createWindow(const std::optional<bridge::Credentials> &credentials, bool sandbox);
    //! Try the sandbox from the settings dialog or the Not connected window; says so when it cannot.
    void trySandbox(bridge::ApiGeneration generation);
    void openSettings(bool firstStart);
    void showSettingsDialog(bool firstStart, const QString &loadNotice = QString());
    //! The toolbar's profile switcher (stored credentials only, not the sandbox).
    void setUpProfiles();
    //! The manager switched: the profile's credentials to the client, then the window reloads.
    void applyProfile(const QString &profile, const bridge::ConnectionSettings &settings,
                      const QString &notice);

    //! Opens the local store named name (a profile, or the sandbox's) for the window, closing the
    //! one before.
    void useConversationStore(const QString &name);

    QString m_profile;
    std::unique_ptr<bridge::CredentialStore> m_store;
    std::unique_ptr<bridge::BridgeClient> m_client;
    std::unique_ptr<bridge::sandbox::SandboxThread> m_sandbox;
    std::unique_ptr<bridge::ProfileManager> m_profiles; //!< outlives the window that shows its switcher
    std::unique_ptr<bridge::ConversationStore> m_conversations; //!< outlives the window that shows it
    QString m_conversationsName;
    std::unique_ptr<MainWindow> m_window;
    bridge::ConnectionSettings m_stored; //!< what the store holds (not the sandbox's demo connection)
    bool m_storeLoaded = false;
    bool m_onSandbox = false; //!< the window shows the sandbox's workspace
};
