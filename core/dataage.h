#pragma once

#include <QCoreApplication>
#include <QString>

namespace bridge {

//! How old the data shown is, in words, and whether it is older than it should be.
struct DataAge {
    Q_DECLARE_TR_FUNCTIONS(bridge::DataAge)

public:
    //! With auto-refresh off, data this old (seconds) is worth a warning all the same.
    static constexpr qint64 StaleWhenOffSeconds = 15 * 60;

    //! "Updated just now", "Updated 2 min ago", "Updated 3 h ago", "Updated 2 days ago" (translated).
    static QString text(qint64 ageSeconds);
    //! The age past which data is stale: two missed auto-refreshes and a little (interval in seconds,
    //! 0 for off: StaleWhenOffSeconds).
    static qint64 staleAfterSeconds(int intervalSeconds);
    static bool isStale(qint64 ageSeconds, int intervalSeconds) {
        return ageSeconds > staleAfterSeconds(intervalSeconds);
    }
};

} // namespace bridge
