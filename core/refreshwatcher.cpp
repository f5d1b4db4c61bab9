#include "refreshwatcher.h"

#include "browsingcontroller.h"

#include <QCoreApplication>

namespace bridge {

RefreshWatcher::RefreshWatcher(BrowsingController *controller, QObject *parent)
    : QObject(parent), m_controller(controller) {}
void RefreshWatcher::setInterval(Interval interval) { m_interval = interval; }
QList<RefreshWatcher::Interval> RefreshWatcher::intervals()
{
    return {Interval::Off, Interval::Seconds30, Interval::Minute1, Interval::Minutes5};
}
QString RefreshWatcher::intervalName(Interval) { return {}; }
RefreshWatcher::Interval RefreshWatcher::intervalFromSeconds(int) { return Interval::Off; }
void RefreshWatcher::refreshNow() {}
void RefreshWatcher::restartTimer() {}

} // namespace bridge
