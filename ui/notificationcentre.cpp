#include "notificationcentre.h"

#include "apidialect.h"
#include "autorefreshcontrol.h"
#include "bridgeclient.h"
#include "browsingcontroller.h"
#include "changenotifier.h"
#include "conversationtablemodel.h"
#include "desktopnotifications.h"
#include "mainactions.h"
#include "mainviews.h"
#include "mainwindow.h"

#include <QAction>
#include <QEvent>
#include <QIcon>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QSignalBlocker>
#include <QSystemTrayIcon>

NotificationCentre::NotificationCentre(MainWindow *window, bridge::BridgeClient *client, QAction *watchAction)
    : QObject(window)
    , m_window(window)
    , m_client(client)
    , m_watchAction(watchAction)
    , m_desktop(new DesktopNotifications(this))
    , m_notifier(new bridge::ChangeNotifier(m_desktop, this)) {
    bridge::BrowsingController *controller = window->controller();
    connect(controller, &bridge::BrowsingController::pageShown, this, &NotificationCentre::observe);
    connect(controller, &bridge::BrowsingController::pageRefreshed, this, &NotificationCentre::observe);
    connect(controller, &bridge::BrowsingController::queryChanged, this, &NotificationCentre::syncAction);
    connect(m_watchAction, &QAction::toggled, this, [this](bool watched) {
        m_notifier->setWatched(m_window->controller()->query().filter, watched);
    });
    connect(m_desktop, &DesktopNotifications::activated, this, &NotificationCentre::open);
    connect(m_notifier, &bridge::ChangeNotifier::unseenChanged, this, &NotificationCentre::showUnseen);

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(window->windowIcon(), this);
        m_tray->setObjectName(QStringLiteral("trayIcon"));
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                open({});
        });
        auto *menu = new QMenu(window);
        menu->addAction(tr("Show Bridge Desk"), this, [this] { open({}); });
        menu->addSeparator();
        menu->addAction(window->actions()->quit);
        m_tray->setContextMenu(menu);
        showUnseen(0);
        m_tray->show();
    }
    // Coming back to the window, or to its conversations from Contacts, is looking at what changed.
    window->installEventFilter(this);
    connect(window->actions()->showConversations, &QAction::triggered, this, [this] {
        if (isLooking())
            m_notifier->markSeen();
    });
}

void NotificationCentre::setProfile(const QString &profileKey) {
    m_notifier->setProfile(profileKey);
    syncAction();
}

void NotificationCentre::forgetPages() {
    m_notifier->forgetPages();
}

void NotificationCentre::setAgentIdentifier(const QString &identifier) {
    m_notifier->setAgentIdentifier(identifier.trimmed());
}

bool NotificationCentre::isLooking() const {
    return m_window->isActiveWindow() && !m_window->isMinimized() &&
           m_window->views()->currentWidget() == m_window->views()->conversations();
}

void NotificationCentre::observe() {
    bridge::BrowsingController *controller = m_window->controller();
    if (controller->error())
        return; // the rows shown are the old ones
    // The page's rows, not the search results the window may show in its place.
    m_notifier->observe(controller->query(), controller->shownConversations(), m_client->dialect().statuses(),
                        isLooking());
}

void NotificationCentre::syncAction() {
    const QSignalBlocker blocker(m_watchAction);
    m_watchAction->setChecked(m_notifier->isWatched(m_window->controller()->query().filter));
}

namespace {

//! The application's icon with the count in a red disc at its lower right corner.
QIcon badged(const QIcon &base, int count) {
    if (count <= 0)
        return base;
    QPixmap pixmap = base.pixmap(64, 64);
    if (pixmap.isNull()) {
        pixmap = QPixmap(64, 64);
        pixmap.fill(Qt::transparent);
    }
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF disc(26, 26, 38, 38);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0xc6, 0x28, 0x28));
    painter.drawEllipse(disc);
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(count > 9 ? 18 : 24);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(disc, Qt::AlignCenter, count > 99 ? QStringLiteral("99+") : QString::number(count));
    painter.end();
    return QIcon(pixmap);
}

} // namespace

void NotificationCentre::showUnseen(int count) {
    if (!m_tray)
        return;
    m_tray->setIcon(badged(m_window->windowIcon(), count));
    m_tray->setToolTip(count > 0 ? tr("Bridge Desk · %n new or changed since you looked", nullptr, count)
                                 : tr("Bridge Desk"));
}

void NotificationCentre::open(const QString &conversationId) {
    m_window->views()->showConversations();
    if (m_window->isMinimized())
        m_window->showNormal();
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
    m_notifier->markSeen();
    if (conversationId.isEmpty())
        return;
    const auto *model = m_window->controller()->model();
    const int row = model->rowOf(conversationId);
    if (row >= 0) {
        m_window->showConversation(model->conversations().at(row));
        return;
    }
    // Not on the page shown (any more): read it, and show it in the details pane.
    m_client->get(conversationId, this, [this](const bridge::Expected<bridge::Conversation> &answer) {
        if (answer)
            m_window->showConversation(answer.value());
        else
            m_window->showNotice(
                tr("The conversation could not be opened: %1").arg(answer.error().headline()));
    });
}

bool NotificationCentre::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_window && event->type() == QEvent::WindowActivate && isLooking())
        m_notifier->markSeen();
    return QObject::eventFilter(watched, event);
}
