#include "dataage.h"

#include <QCoreApplication>

namespace bridge {

QString DataAge::text(qint64 ageSeconds) {
    if (ageSeconds < 60)
        return tr("Updated just now");
    if (ageSeconds < 3600)
        return tr("Updated %n min ago", nullptr, int(ageSeconds / 60));
    if (ageSeconds < 48 * 3600)
        return tr("Updated %n h ago", nullptr, int(ageSeconds / 3600));
    return tr("Updated %n days ago", nullptr, int(ageSeconds / 86400));
}

qint64 DataAge::staleAfterSeconds(int intervalSeconds) {
    // One late refresh is normal (a slow answer, a retry); two missed ones mean something is wrong.
    return intervalSeconds > 0 ? 2 * qint64(intervalSeconds) + 30 : StaleWhenOffSeconds;
}

} // namespace bridge
