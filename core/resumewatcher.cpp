#include "resumewatcher.h"

#include "logging.h"

#include <QDBusConnection>
#include <QDateTime>
#include <QElapsedTimer>
#include <QNetworkInformation>

#include <memory>

namespace bridge {

namespace {

ResumeWatcher::Clocks systemClocks() {
    // CLOCK_MONOTONIC (QElapsedTimer on Linux) does not count the time asleep; the wall clock does.
    auto elapsed = std::make_shared<QElapsedTimer>();
    elapsed->start();
    return {[] { return QDateTime::currentMSecsSinceEpoch(); }, [elapsed] { return elapsed->elapsed(); }};
}

} // namespace

ResumeWatcher::ResumeWatcher(QObject *parent)
    : ResumeWatcher(systemClocks(), parent) {
    connect(&m_ticker, &QTimer::timeout, this, &ResumeWatcher::tick);
    m_ticker.start(TickMs);
    // Loading the network backend (GLib or NetworkManager over the system bus) took ~50 ms on the
    // way to the first rows; nothing it could tell matters before the first page has loaded anyway.
    QTimer::singleShot(SourcesDelayMs, this, [this] {
        watchNetwork();
        watchLogind();
    });
}

ResumeWatcher::ResumeWatcher(Clocks clocks, QObject *parent)
    : QObject(parent)
    , m_clocks(std::move(clocks)) {
    resetClocks();
}

void ResumeWatcher::watchNetwork() {
    // Not every system has a backend (no NetworkManager, a container): then nothing is watched and
    // the network counts as reachable; the clocks and logind still work.
    if (!QNetworkInformation::loadDefaultBackend() &&
        !QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
        return;
    QNetworkInformation *info = QNetworkInformation::instance();
    if (!info || !info->supports(QNetworkInformation::Feature::Reachability))
        return;
    m_watchesNetwork = true;
    const auto reachable = [](QNetworkInformation::Reachability r) {
        return r == QNetworkInformation::Reachability::Online ||
               r == QNetworkInformation::Reachability::Site ||
               r == QNetworkInformation::Reachability::Unknown;
    };
    m_reachable = reachable(info->reachability());
    connect(info, &QNetworkInformation::reachabilityChanged, this,
            [this, reachable](QNetworkInformation::Reachability r) { setReachable(reachable(r)); });
}

void ResumeWatcher::watchLogind() {
    QDBusConnection bus = QDBusConnection::systemBus();
    if (!bus.isConnected())
        return; // no system bus (a container, a test): the clock jump alone tells a wake
    bus.connect(QStringLiteral("org.freedesktop.login1"), QStringLiteral("/org/freedesktop/login1"),
                QStringLiteral("org.freedesktop.login1.Manager"), QStringLiteral("PrepareForSleep"), this,
                SLOT(onPrepareForSleep(bool)));
}

void ResumeWatcher::onPrepareForSleep(bool sleeping) {
    setSleeping(sleeping);
}

void ResumeWatcher::setReachable(bool reachable) {
    if (m_reachable == reachable)
        return;
    m_reachable = reachable;
    emit reachabilityChanged(reachable);
    if (reachable)
        resume(Reason::NetworkBack);
}

void ResumeWatcher::setSleeping(bool sleeping) {
    if (sleeping)
        return;
    resetClocks(); // the jump is accounted for: the next tick must not count it again
    resume(Reason::Woke);
}

void ResumeWatcher::tick() {
    const qint64 wall = m_clocks.wallMs();
    const qint64 monotonic = m_clocks.monotonicMs();
    const qint64 gap = (wall - m_lastWall) - (monotonic - m_lastMonotonic);
    m_lastWall = wall;
    m_lastMonotonic = monotonic;
    // Forward: the machine slept (or the clock was set ahead); backward: the clock was set back.
    // Either way what is shown was computed against another time: refresh.
    if (qAbs(gap) >= JumpThresholdMs) {
        qCInfo(lcNet) << "The wall clock moved" << gap / 1000 << "s against the monotonic clock: refreshing";
        resume(Reason::Woke);
    }
}

void ResumeWatcher::resume(Reason reason) {
    const qint64 now = m_clocks.monotonicMs();
    if (m_lastResume >= 0 && now - m_lastResume < DebounceMs)
        return;
    m_lastResume = now;
    emit resumed(reason);
}

void ResumeWatcher::resetClocks() {
    m_lastWall = m_clocks.wallMs();
    m_lastMonotonic = m_clocks.monotonicMs();
}

} // namespace bridge
