// Startup: process start to first rows painted, bridge-desk --sandbox --exit-after-load against a
// bare Qt Widgets window showing a table of text (and an empty one), run alternately.
#include "benchmarks.h"
#include "report.h"
#include "samples.h"
#include "sandboxprocess.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace {

//! Runs program and returns its first-rows-ms, -1 when it printed none. Each run gets a data
//! folder of its own unless environment names one, so no run starts from rows an earlier one kept.
double firstRowsMs(const QString &program, const QStringList &arguments,
                   QProcessEnvironment environment = QProcessEnvironment::systemEnvironment()) {
    QProcess process;
    QTemporaryDir data;
    if (!environment.contains(QStringLiteral("BRIDGE_BENCH_KEEP_DATA")))
        environment.insert(QStringLiteral("XDG_DATA_HOME"), data.path());
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

//! A stored profile's environment (no keychain: the BRIDGE_* variables) with its own home.
QProcessEnvironment profileEnvironment(const QTemporaryDir &home, const bridge::ClientOptions &options,
                                       const QUrl &baseUrl) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("BRIDGE_BENCH_KEEP_DATA"), QStringLiteral("1"));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent"));
    env.insert(QStringLiteral("BRIDGE_API"), QStringLiteral("classic"));
    env.insert(QStringLiteral("BRIDGE_BASE_URL"), baseUrl.toString());
    env.insert(QStringLiteral("BRIDGE_WORKSPACE_ID"), options.workspaceId);
    env.insert(QStringLiteral("BRIDGE_API_KEY"), options.apiKey);
    env.insert(QStringLiteral("BRIDGE_SECRET_KEY"), QString::fromUtf8(options.secret));
    return env;
}

//! Start-up from the local store with no server at all: a first run against the sandbox keeps page 1,
//! then every run is pointed at a closed port, so its first rows can only come from the store.
void benchCachedStartup(const SandboxProcess &server, const BenchPlan &plan, double tableMedianMs) {
    const QString desk = QStringLiteral(BRIDGE_DESK_EXE);
    const QStringList arguments{QStringLiteral("--exit-after-load")};
    const QString name = QStringLiteral("cached start / window with a table of text");
    QTemporaryDir home;
    if (firstRowsMs(desk, arguments, profileEnvironment(home, server.options(), server.options().baseUrl)) <
        0) {
        Report::figure(name, QStringLiteral("failed (the first run against the sandbox printed nothing)"),
                       QStringLiteral("<= 1.2"));
        return;
    }
    const QProcessEnvironment offline =
        profileEnvironment(home, server.options(), QUrl(QStringLiteral("http://127.0.0.1:9")));
    Samples cachedMs;
    for (int i = 0; i < plan.startupRuns; ++i) {
        const double ms = firstRowsMs(desk, arguments, offline);
        if (ms < 0) {
            Report::figure(name, QStringLiteral("failed (no rows from the store)"), QStringLiteral("<= 1.2"));
            return;
        }
        cachedMs.add(ms);
    }
    const double ratio = cachedMs.median() / tableMedianMs;
    Report::figure(QStringLiteral("bridge-desk from the store, no server, median"),
                   Report::ms(cachedMs.median()));
    Report::figure(name, Report::ratio(ratio), QStringLiteral("<= 1.2"), ratio <= 1.2);
}

} // namespace

void benchStartup(const SandboxProcess &server, const BenchPlan &plan) {
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
    benchCachedStartup(server, plan, tableMs.median());
    Report::note(
        QStringLiteral("%1 runs each; worst %2 / %3 / %4")
            .arg(deskMs.count())
            .arg(Report::ms(deskMs.worst()), Report::ms(tableMs.worst()), Report::ms(bareMs.worst())));
}
