#pragma once

#include <QObject>

class DesktopNotifications;
class MainWindow;
class QAction;
class QSystemTrayIcon;

namespace bridge {
class BridgeClient;
class ChangeNotifier;
} // namespace bridge

//! The window's side of notifications: feeds every page shown and refreshed to a ChangeNotifier,
//! which decides; sends through DesktopNotifications; keeps View ▸ Notify Me About Changes Here in step
//! with the view shown; shows a tray icon (when the desktop has a tray) with the number of changes
//! not seen yet, cleared when the agent comes back to the window. Clicking a notification or the tray
//! icon brings the window forward, at the notification's conversation.
class NotificationCentre : public QObject {
    Q_OBJECT
public:
    //! watchAction: checkable, toggles the view shown. All not owned; window is the parent.
    NotificationCentre(MainWindow *window, bridge::BridgeClient *client, QAction *watchAction);

    //! The profile (or workspace) whose watched views apply; forgets the pages seen.
    void setProfile(const QString &profileKey);
    //! Another workspace is on its way: nothing seen so far compares with what comes.
    void forgetPages();
    //! The agent's own identifier in the workspace shown, for "assigned to you" notices; empty: unknown,
    //! and none of those are sent.
    void setAgentIdentifier(const QString &identifier);

    bridge::ChangeNotifier *notifier() const { return m_notifier; }
    DesktopNotifications *desktop() const { return m_desktop; }
    QSystemTrayIcon *trayIcon() const { return m_tray; } //!< null without a system tray
    //! The window is active and shows the conversations: changes there need no notice.
    bool isLooking() const;
    //! Brings the window forward and, unless conversationId is empty, shows that conversation.
    void open(const QString &conversationId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void observe();
    void syncAction();
    void showUnseen(int count);

    MainWindow *m_window;
    bridge::BridgeClient *m_client;
    QAction *m_watchAction;
    DesktopNotifications *m_desktop;
    bridge::ChangeNotifier *m_notifier;
    QSystemTrayIcon *m_tray = nullptr;
};
