// Startup: process start to first rows painted, bridge-desk --sandbox --exit-after-load against a
// bare Qt Widgets window, run alternately.
#include "benchmarks.h"
#include "report.h"
#include "samples.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

namespace {

//! Runs program and returns its first-rows-ms, -1 when it printed none.
double firstRowsMs(const QString &program, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    static const QRegularExpression pattern(QStringLiteral("first-rows-ms: (\\d+)"));
    const auto match = pattern.match(QString::fromUtf8(process.readAllStandardError()));
    return match.hasMatch() ? match.captured(1).toDouble() : -1;
}

} // namespace

void benchStartup(const BenchPlan &plan)
{
    Report::section(QStringLiteral("Startup (process start to first rows painted, offscreen)"));
    const QString desk = QStringLiteral(BRIDGE_DESK_EXE);
    const QString bare = QStringLiteral(BRIDGE_BARE_WINDOW_EXE);
    if (desk.isEmpty() || !QFileInfo(desk).isExecutable()) {
        Report::figure(QStringLiteral("bridge-desk / bare window"), QStringLiteral("n/a (bridge-desk not built)"),
                       QStringLiteral("<= 1.5"));
        return;
    }
    const QStringList deskArguments{QStringLiteral("--sandbox"), QStringLiteral("--exit-after-load")};
    firstRowsMs(desk, deskArguments); // warm the page cache for both
    firstRowsMs(bare, {});
    const QStringList withText{QStringLiteral("--text")};
    Samples deskMs, bareMs, textMs;
    for (int i = 0; i < plan.startupRuns; ++i) {
        const double a = firstRowsMs(desk, deskArguments);
        const double b = firstRowsMs(bare, {});
        const double c = firstRowsMs(bare, withText);
        if (a < 0 || b < 0 || c < 0) {
            Report::figure(QStringLiteral("bridge-desk / bare window"),
                           QStringLiteral("failed (%1)").arg(a < 0 ? QStringLiteral("bridge-desk printed no first-rows-ms")
                                                                   : QStringLiteral("bare window")),
                           QStringLiteral("<= 1.5"));
            return;
        }
        deskMs.add(a);
        bareMs.add(b);
        textMs.add(c);
    }
    const double ratio = deskMs.median() / bareMs.median();
    Report::figure(QStringLiteral("bridge-desk --sandbox, median"), Report::ms(deskMs.median()));
    Report::figure(QStringLiteral("bare Qt Widgets window, median"), Report::ms(bareMs.median()));
    Report::figure(QStringLiteral("bare window with one line of text, median"), Report::ms(textMs.median()));
    Report::figure(QStringLiteral("bridge-desk / bare window"), Report::ratio(ratio), QStringLiteral("<= 1.5"),
                   ratio <= 1.5);
    Report::figure(QStringLiteral("bridge-desk / bare window with text"), Report::ratio(deskMs.median() / textMs.median()));
    Report::note(QStringLiteral("%1 runs each; worst %2 / %3")
                     .arg(deskMs.count())
                     .arg(Report::ms(deskMs.worst()), Report::ms(bareMs.worst())));
}
