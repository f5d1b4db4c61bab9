#pragma once

#include <QByteArray>
#include <QDateTime>
#include <optional>

namespace bridge {

//! Learns how far the local clock is from the server's, from the Date header of a 401.
class ClockSkew {
public:
    static constexpr qint64 ToleranceSeconds = 30;                 //!< below this, the clock is fine
    static constexpr qint64 MaxPlausibleSeconds = 366 * 24 * 3600; //!< beyond this, the Date is absurd

    //! The offset (server minus local, in seconds) to apply to later timestamps, or nothing when the
    //! answer cannot be trusted (no or unparsable Date, an Age header, absurd value) or the clock is
    //! within tolerance. sentMs and receivedMs are local epoch milliseconds around the exchange; the
    //! server's time is compared with their midpoint.
    static std::optional<qint64> offsetFrom(const QByteArray &dateHeader, const QByteArray &ageHeader,
                                            qint64 sentMs, qint64 receivedMs);

    //! An IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"), as UTC; invalid when it isn't one.
    static QDateTime parseHttpDate(const QByteArray &text);
};

} // namespace bridge
