#include "dataage.h"

#include <QCoreApplication>

namespace bridge {

QString DataAge::text(qint64 ageSeconds) {
    const auto tr = [](const char *text, qint64 n) {
        return QCoreApplication::translate("bridge::DataAge", text, nullptr, int(n));
    };
    if (ageSeconds < 60)
        return tr("Updated just now", -1);
    if (ageSeconds < 3600)
        return tr("Updated %n min ago", ageSeconds / 60);
    if (ageSeconds < 48 * 3600)
        return tr("Updated %n h ago", ageSeconds / 3600);
    return tr("Updated %n days ago", ageSeconds / 86400);
}

qint64 DataAge::staleAfterSeconds(int intervalSeconds) {
    // One late refresh is normal (a slow answer, a retry); two missed ones mean something is wrong.
    return intervalSeconds > 0 ? 2 * qint64(intervalSeconds) + 30 : StaleWhenOffSeconds;
}

} // namespace bridge
