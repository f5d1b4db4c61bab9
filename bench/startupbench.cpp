// Startup: process start to first rows painted, bridge-desk --sandbox --exit-after-load against a
// bare Qt Widgets window showing a table of text (and an empty one), run alternately.
#include "benchmarks.h"
#include "report.h"
#include "samples.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

namespace {

//! Runs program and returns its first-rows-ms, -1 when it printed none.
double firstRowsMs(const QString &program, const QStringList &arguments) {
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

void benchStartup(const BenchPlan &plan) {
    Report::section(QStringLiteral("Startup (process start to first rows painted, offscreen)"));
    const QString desk = QStringLiteral(BRIDGE_DESK_EXE);
    const QString bare = QStringLiteral(BRIDGE_BARE_WINDOW_EXE);
    if (desk.isEmpty() || !QFileInfo(desk).isExecutable()) {
        Report::figure(QStringLiteral("bridge-desk / window with a table of text"),
                       QStringLiteral("n/a (bridge-desk not built)"), QStringLiteral("<= 1.5"));
        return;
    }
    const QStringList deskArguments{QStringLiteral("--sandbox"), QStringLiteral("--exit-after-load")};
    firstRowsMs(desk, deskArguments); // warm the page cache for both
    firstRowsMs(bare, {QStringLiteral("--table")});
    // The target is against a window that shows a table of text like ours (--table): what any Qt
    // app that shows text pays (font database, shaping, a view's first paint) is not our overhead.
    // The empty window stays beside it, for what a window of text costs at all.
    const QStringList withTable{QStringLiteral("--table")};
    Samples deskMs, bareMs, tableMs;
    for (int i = 0; i < plan.startupRuns; ++i) {
        const double a = firstRowsMs(desk, deskArguments);
        const double b = firstRowsMs(bare, {});
        const double c = firstRowsMs(bare, withTable);
        if (a < 0 || b < 0 || c < 0) {
            Report::figure(QStringLiteral("bridge-desk / window with a table of text"),
                           QStringLiteral("failed (%1)")
                               .arg(a < 0 ? QStringLiteral("bridge-desk printed no first-rows-ms")
                                          : QStringLiteral("bare window")),
                           QStringLiteral("<= 1.5"));
            return;
        }
        deskMs.add(a);
        bareMs.add(b);
        tableMs.add(c);
    }
    const double ratio = deskMs.median() / tableMs.median();
    Report::figure(QStringLiteral("bridge-desk --sandbox, median"), Report::ms(deskMs.median()));
    Report::figure(QStringLiteral("window with a table of 20 rows of text, median"),
                   Report::ms(tableMs.median()));
    Report::figure(QStringLiteral("empty Qt Widgets window, median"), Report::ms(bareMs.median()));
    Report::figure(QStringLiteral("bridge-desk / window with a table of text"), Report::ratio(ratio),
                   QStringLiteral("<= 1.5"), ratio <= 1.5);
    Report::figure(QStringLiteral("bridge-desk / empty window"),
                   Report::ratio(deskMs.median() / bareMs.median()));
    Report::note(
        QStringLiteral("%1 runs each; worst %2 / %3 / %4")
            .arg(deskMs.count())
            .arg(Report::ms(deskMs.worst()), Report::ms(tableMs.worst()), Report::ms(bareMs.worst())));
}
