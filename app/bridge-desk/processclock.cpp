#include "processclock.h"

#include <QElapsedTimer>
#include <QFile>

#include <ctime>
#include <unistd.h>

namespace {

QElapsedTimer &sinceMain() {
    static QElapsedTimer timer;
    return timer;
}

//! Process start as milliseconds of CLOCK_BOOTTIME (field 22 of /proc/self/stat, in clock ticks);
//! -1 when unreadable.
qint64 startBootTimeMs() {
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // The command name (field 2) is in parentheses and may hold spaces: count fields after it.
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0)
        return -1;
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    constexpr int startTimeField = 22 - 3; // fields[0] is field 3 (state)
    if (fields.size() <= startTimeField)
        return -1;
    bool ok = false;
    const qint64 ticks = fields.at(startTimeField).toLongLong(&ok);
    const long hz = sysconf(_SC_CLK_TCK);
    if (!ok || hz <= 0)
        return -1;
    return ticks * 1000 / hz;
}

} // namespace

namespace ProcessClock {

void markMainEntered() {
    sinceMain().start();
}

qint64 elapsedMs() {
    const qint64 fallback = sinceMain().isValid() ? sinceMain().elapsed() : 0;
    timespec now{};
    const qint64 start = startBootTimeMs();
    if (start < 0 || clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return fallback;
    const qint64 elapsed = qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000 - start;
    // A kernel that counts start time on another clock gives nonsense: trust main() then.
    if (elapsed < fallback || elapsed > fallback + 60 * 1000)
        return fallback;
    return elapsed;
}

} // namespace ProcessClock
