#include "desktopnotifications.h"

#include "uilogging.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QGuiApplication>

DesktopNotifications::DesktopNotifications(QObject *parent)
    : QObject(parent) {}

void DesktopNotifications::send(const bridge::Notice &notice) {
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        if (!m_warned)
            qCInfo(lcUi) << "No session bus: desktop notifications are not shown";
        m_warned = true;
        return;
    }
    if (!m_listening) {
        // Matched by the service's name, so a notification daemon started later is heard too.
        bus.connect(Service, Path, Service, QStringLiteral("ActionInvoked"), this,
                    SLOT(onActionInvoked(uint, QString)));
        bus.connect(Service, Path, Service, QStringLiteral("NotificationClosed"), this,
                    SLOT(onClosed(uint, uint)));
        m_listening = true;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(Service, Path, Service, QStringLiteral("Notify"));
    const QVariantMap hints{{QStringLiteral("desktop-entry"), QGuiApplication::desktopFileName()},
                            {QStringLiteral("category"), QStringLiteral("im.received")}};
    call << QStringLiteral("Bridge Desk") << uint(0) << QStringLiteral("bridge-desk") << notice.summary
         << notice.body << QStringList{QStringLiteral("default"), tr("Open")} << hints << int(-1);
    // Asynchronous: a slow or missing service never holds up the window.
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), this);
    const QString conversationId = notice.conversationId;
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, conversationId](QDBusPendingCallWatcher *w) {
                w->deleteLater();
                const QDBusPendingReply<uint> reply = *w;
                if (reply.isError()) {
                    if (!m_warned)
                        qCInfo(lcUi) << "Desktop notifications are not available:" << reply.error().message();
                    m_warned = true;
                    return;
                }
                m_conversations.insert(reply.value(), conversationId);
            });
}

void DesktopNotifications::onActionInvoked(uint id, const QString &action) {
    const auto it = m_conversations.constFind(id);
    if (it == m_conversations.cend())
        return; // another application's notification
    const QString conversationId = *it;
    m_conversations.erase(it);
    if (action == QLatin1String("default"))
        emit activated(conversationId);
}

void DesktopNotifications::onClosed(uint id, uint reason) {
    Q_UNUSED(reason)
    m_conversations.remove(id);
}
