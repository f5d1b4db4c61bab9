#include "processuptime.h"

#include <QFile>
#include <QList>

#include <ctime>
#include <unistd.h>

qint64 processUptimeMs() {
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')'); // the command name may hold spaces
    if (close < 0)
        return -1;
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    constexpr int startTimeField = 22 - 3; // fields[0] is field 3
    bool ok = false;
    const qint64 ticks = fields.size() > startTimeField ? fields.at(startTimeField).toLongLong(&ok) : 0;
    const long hz = sysconf(_SC_CLK_TCK);
    timespec now{};
    if (!ok || hz <= 0 || clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return -1;
    return qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000 - ticks * 1000 / hz;
}
