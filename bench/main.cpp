// bridge-bench: Bridge Desk's performance figures against bridge-sandbox processes on loopback,
// each printed beside its target. Figures, not assertions: ./dev.sh bench runs it.
#include "benchmarks.h"
#include "report.h"
#include "sandboxprocess.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTextStream>

int main(int argc, char *argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_LOGGING_RULES", "bridge.*.debug=false;bridge.*.info=false");
    QApplication app(argc, argv);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Bridge Desk benchmarks against bridge-sandbox on loopback."));
    parser.addHelpOption();
    const QCommandLineOption quick(QStringLiteral("quick"),
                                   QStringLiteral("Few repetitions, for development."));
    const QCommandLineOption only(
        QStringLiteral("only"),
        QStringLiteral("Comma-separated: overhead,decode,flip,startup,memory,scale,offline,store."),
        QStringLiteral("LIST"));
    const QCommandLineOption tsv(QStringLiteral("tsv"), QStringLiteral("Also write the figures to FILE."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption memoryChildOption(QStringLiteral("memory-child"),
                                               QStringLiteral("(internal) browse N pages, print RSS."),
                                               QStringLiteral("N"));
    parser.addOptions({quick, only, tsv, memoryChildOption});
    parser.process(app);
    if (parser.isSet(memoryChildOption))
        return memoryChild(parser.value(memoryChildOption).toInt());

    BenchPlan plan;
    if (parser.isSet(quick))
        plan = {40, 40, 30, 3, 20, 1000, 5};
    if (parser.isSet(tsv))
        Report::setTsvPath(parser.value(tsv));
    const QStringList wanted = parser.value(only).split(u',', Qt::SkipEmptyParts);
    const auto runs = [&wanted](const char *name) {
        return wanted.isEmpty() || wanted.contains(QLatin1String(name));
    };

    QElapsedTimer total;
    total.start();
    SandboxProcess small;
    SandboxProcess large;
    SandboxProcess connect;      // the same 240 conversations, in Connect's words
    SandboxProcess largeConnect; // 100,000 in Connect's words, for the offline copy
    if (!small.start(240) ||
        ((runs("flip") || runs("memory") || runs("scale") || runs("offline")) && !large.start(100000)) ||
        (runs("offline") && !largeConnect.start(100000, bridge::ApiGeneration::Connect)) ||
        ((runs("decode") || runs("flip")) && !connect.start(240, bridge::ApiGeneration::Connect)))
        return 1;

    if (runs("overhead"))
        benchClientOverhead(small, plan);
    if (runs("decode"))
        benchDecode(small, connect, plan);
    if (runs("flip"))
        benchPageFlip(small, large, connect, plan);
    if (runs("scale"))
        benchScale(small, large, plan);
    if (runs("memory"))
        benchMemory(large, plan);
    if (runs("startup"))
        benchStartup(small, plan);
    if (runs("offline"))
        benchOfflineCopy(large, largeConnect);
    if (runs("store"))
        benchStore(plan);
    QTextStream(stdout) << "\n(" << total.elapsed() / 1000 << " s)" << Qt::endl;
    return 0;
}
