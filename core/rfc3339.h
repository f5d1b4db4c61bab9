#pragma once

// Internal to the JSON decoders: RFC 3339 date-time read by hand, over UTF-16 (a QString from the
// DOM) or straight over the bytes of a JSON string (the fast path), with one set of rules.

#include <QDate>
#include <QDateTime>
#include <QLatin1String>
#include <QStringView>

namespace bridge::rfc3339 {

inline char16_t unitAt(QStringView text, qsizetype i) {
    return text[i].unicode();
}
inline char16_t unitAt(QLatin1String text, qsizetype i) {
    return char16_t(uchar(text.data()[i]));
}

//! RFC 3339 section 5.6 date-time:
//!   YYYY-MM-DD ("T"|"t") hh:mm:ss [.fraction] ("Z"|"z"|("+"|"-") hh:mm)
//! The space separator that the RFC's note allows is not accepted, nor is a date without a time.
//! Invalid QDateTime when text isn't one. View: QStringView or QLatin1String.
template <typename View> QDateTime parse(View t) {
    qsizetype at = 0;
    bool ok = true;
    const auto isDigit = [&t](qsizetype i) {
        return i < t.size() && unitAt(t, i) >= u'0' && unitAt(t, i) <= u'9';
    };
    const auto digits = [&](int count) {
        int value = 0;
        for (int i = 0; i < count; ++i, ++at) {
            if (!isDigit(at)) {
                ok = false;
                return 0;
            }
            value = value * 10 + (unitAt(t, at) - u'0');
        }
        return value;
    };
    const auto expect = [&](char16_t a, char16_t b) {
        if (at < t.size() && (unitAt(t, at) == a || unitAt(t, at) == b))
            ++at;
        else
            ok = false;
    };

    const int year = digits(4);
    expect(u'-', u'-');
    const int month = digits(2);
    expect(u'-', u'-');
    const int day = digits(2);
    expect(u'T', u't');
    const int hour = digits(2);
    expect(u':', u':');
    const int minute = digits(2);
    expect(u':', u':');
    const int second = digits(2);
    int ms = 0; // digits beyond milliseconds are dropped
    if (ok && at < t.size() && unitAt(t, at) == u'.') {
        ++at;
        const qsizetype first = at;
        for (int scale = 100; isDigit(at); ++at, scale /= 10)
            ms += int(unitAt(t, at) - u'0') * scale;
        ok = at > first;
    }
    int offsetSeconds = 0;
    const char16_t zone = ok && at < t.size() ? unitAt(t, at) : u'\0';
    if (zone == u'Z' || zone == u'z') {
        ++at;
    } else if (zone == u'+' || zone == u'-') {
        ++at;
        const int offsetHours = digits(2);
        expect(u':', u':');
        const int offsetMinutes = digits(2);
        if (offsetHours > 23 || offsetMinutes > 59)
            return QDateTime();
        offsetSeconds = (offsetHours * 60 + offsetMinutes) * 60 * (zone == u'-' ? -1 : 1);
    } else {
        ok = false;
    }
    if (!ok || at != t.size())
        return QDateTime();

    const QDate date(year, month, day);
    if (!date.isValid() || hour > 23 || minute > 59 || second > 60)
        return QDateTime();
    // A leap second (:60) is the first instant of the next minute, as the arithmetic gives.
    constexpr qint64 UnixEpochJulianDay = 2440588;
    const qint64 seconds = (date.toJulianDay() - UnixEpochJulianDay) * 86400 + hour * 3600 + minute * 60 +
                           second - offsetSeconds;
    return QDateTime::fromMSecsSinceEpoch(seconds * 1000 + ms, Qt::UTC);
}

} // namespace bridge::rfc3339
