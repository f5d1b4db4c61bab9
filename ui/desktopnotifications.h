#pragma once

#include "changenotifier.h"

#include <QHash>
#include <QObject>

//! Shows notices through the desktop's notification service (org.freedesktop.Notifications on the
//! session bus), each with a "default" action: clicking one asks for its conversation (activated).
//! Without a session bus or a service, send() does nothing and says so once in the log.
class DesktopNotifications : public QObject, public bridge::NoticeSender {
    Q_OBJECT
public:
    explicit DesktopNotifications(QObject *parent = nullptr);

    void send(const bridge::Notice &notice) override;
    //! Notifications shown and not yet closed or clicked (by the service's id).
    int pending() const { return int(m_conversations.size()); }

    static inline const QString Service = QStringLiteral("org.freedesktop.Notifications");
    static inline const QString Path = QStringLiteral("/org/freedesktop/Notifications");

signals:
    //! The agent clicked a notice: conversationId is empty for a group (open the window only).
    void activated(const QString &conversationId);

private slots:
    void onActionInvoked(uint id, const QString &action);
    void onClosed(uint id, uint reason);

private:
    QHash<uint, QString> m_conversations; //!< notification id → the conversation it opens
    bool m_listening = false;
    bool m_warned = false;
};
