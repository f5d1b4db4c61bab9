#include "clockskew.h"

#include <QTest>

using bridge::ClockSkew;

namespace {
// Sun, 06 Nov 1994 08:49:37 GMT
constexpr qint64 DateMs = 784111777000;
const QByteArray Date = "Sun, 06 Nov 1994 08:49:37 GMT";
} // namespace

class TestClockSkew : public QObject {
    Q_OBJECT
private slots:
    void parsesImfFixdate() {
        QCOMPARE(ClockSkew::parseHttpDate(Date).toMSecsSinceEpoch(), DateMs);
        QVERIFY(!ClockSkew::parseHttpDate("yesterday").isValid());
        QVERIFY(!ClockSkew::parseHttpDate("").isValid());
    }

    void offsetAgainstTheMidpoint() {
        // Sent 1000 s before the server's Date and received 2 s later: midpoint is Date - 999 s.
        const auto offset = ClockSkew::offsetFrom(Date, {}, DateMs - 1000'000, DateMs - 998'000);
        QVERIFY(offset.has_value());
        QCOMPARE(*offset, 999);
        const auto behind = ClockSkew::offsetFrom(Date, {}, DateMs + 3600'000, DateMs + 3600'000);
        QVERIFY(behind.has_value());
        QCOMPARE(*behind, -3600);
    }

    void withinToleranceIsNoSkew() {
        QVERIFY(!ClockSkew::offsetFrom(Date, {}, DateMs - 30'000, DateMs - 30'000).has_value());
        QVERIFY(ClockSkew::offsetFrom(Date, {}, DateMs - 31'000, DateMs - 31'000).has_value());
    }

    void untrustworthyAnswersAreIgnored() {
        QVERIFY(!ClockSkew::offsetFrom(Date, "12", DateMs - 900'000, DateMs - 900'000).has_value()); // cached
        QVERIFY(!ClockSkew::offsetFrom("garbage", {}, DateMs - 900'000, DateMs - 900'000).has_value());
        QVERIFY(!ClockSkew::offsetFrom({}, {}, DateMs - 900'000, DateMs - 900'000).has_value());
        // Absurd: two years off.
        QVERIFY(
            !ClockSkew::offsetFrom(Date, {}, DateMs - 2 * 366 * 86400'000LL, DateMs - 2 * 366 * 86400'000LL)
                 .has_value());
        // Received before sent: the local clock jumped.
        QVERIFY(!ClockSkew::offsetFrom(Date, {}, DateMs - 900'000, DateMs - 901'000).has_value());
    }
};

QTEST_GUILESS_MAIN(TestClockSkew)
#include "tst_clockskew.moc"
