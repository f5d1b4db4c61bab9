#include "refreshwatcher.h"

#include "browsingcontroller.h"

#include <QCoreApplication>

namespace bridge {

RefreshWatcher::RefreshWatcher(BrowsingController *controller, QObject *parent)
    : QObject(parent)
    , m_controller(controller) {
    m_timer.setSingleShot(false);
    connect(&m_timer, &QTimer::timeout, m_controller, &BrowsingController::refreshQuietly);
    // A page the agent just opened (or that just came back) starts a full interval again.
    connect(m_controller, &BrowsingController::pageShown, this, &RefreshWatcher::restartTimer);
    connect(m_controller, &BrowsingController::pageRefreshed, this, [this](const PageChanges &changes) {
        restartTimer();
        emit refreshed(changes);
        if (m_controller->query().page == 1 && changes.newConversations > 0)
            emit newConversations(changes.newConversations);
    });
}

void RefreshWatcher::setInterval(Interval interval) {
    if (m_interval == interval)
        return;
    m_interval = interval;
    restartTimer();
    emit intervalChanged(interval);
}

QList<RefreshWatcher::Interval> RefreshWatcher::intervals() {
    return {Interval::Off, Interval::Seconds30, Interval::Minute1, Interval::Minutes5};
}

QString RefreshWatcher::intervalName(Interval interval) {
    switch (interval) {
    case Interval::Off:
        return QCoreApplication::translate("bridge::RefreshWatcher", "Off");
    case Interval::Seconds30:
        return QCoreApplication::translate("bridge::RefreshWatcher", "30 s");
    case Interval::Minute1:
        return QCoreApplication::translate("bridge::RefreshWatcher", "1 min");
    case Interval::Minutes5:
        return QCoreApplication::translate("bridge::RefreshWatcher", "5 min");
    }
    return {};
}

RefreshWatcher::Interval RefreshWatcher::intervalFromSeconds(int seconds) {
    for (Interval interval : intervals()) {
        if (int(interval) == seconds)
            return interval;
    }
    return Interval::Off;
}

void RefreshWatcher::refreshNow() {
    restartTimer();
    m_controller->refreshQuietly();
}

void RefreshWatcher::setIntervalMs(int ms) {
    m_overrideMs = ms;
    restartTimer();
}

void RefreshWatcher::restartTimer() {
    const int ms = m_overrideMs > 0 ? m_overrideMs : int(m_interval) * 1000;
    if (m_interval == Interval::Off && m_overrideMs <= 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(ms);
}

} // namespace bridge
