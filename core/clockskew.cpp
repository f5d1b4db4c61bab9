#include "clockskew.h"

#include <QLocale>
#include <QTimeZone>

namespace bridge {

QDateTime ClockSkew::parseHttpDate(const QByteArray &text) {
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(text.trimmed()),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return {};
    when.setTimeZone(QTimeZone::utc());
    return when;
}

std::optional<qint64> ClockSkew::offsetFrom(const QByteArray &dateHeader, const QByteArray &ageHeader,
                                            qint64 sentMs, qint64 receivedMs) {
    // An answer from a cache (Age) carries the cache's idea of the time, not the server's.
    if (!ageHeader.isEmpty() || receivedMs < sentMs)
        return std::nullopt;
    const QDateTime serverTime = parseHttpDate(dateHeader);
    if (!serverTime.isValid())
        return std::nullopt;
    const qint64 midpointMs = sentMs + (receivedMs - sentMs) / 2;
    const qint64 offset = (serverTime.toMSecsSinceEpoch() - midpointMs) / 1000;
    if (qAbs(offset) <= ToleranceSeconds || qAbs(offset) > MaxPlausibleSeconds)
        return std::nullopt;
    return offset;
}

} // namespace bridge
