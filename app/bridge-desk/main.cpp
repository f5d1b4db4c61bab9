// bridge-desk: browse and create Bridge conversations. Parses the command line, wires the core
// to the window (DeskSession), nothing else.
#include "desksession.h"
#include "firstpaintprobe.h"
#include "mainwindow.h"
#include "processclock.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLoggingCategory>
#include <QTextStream>

int main(int argc, char *argv[]) {
    ProcessClock::markMainEntered();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("BridgeDesk"));
    QApplication::setApplicationName(QStringLiteral("BridgeDesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("Bridge Desk"));
    QApplication::setApplicationVersion(QStringLiteral(BRIDGE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("bridge-desk"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Browse and create Bridge conversations."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandbox(
        QStringLiteral("sandbox"),
        QApplication::translate("main", "Run on a built-in sandbox server with demo data and demo "
                                        "credentials; stored credentials are neither used nor changed."));
    const QCommandLineOption exitAfterLoad(
        QStringLiteral("exit-after-load"),
        QApplication::translate("main", "Quit once the first page of conversations has been painted, "
                                        "printing first-rows-ms: N (since process start) on stderr."));
    const QCommandLineOption profile(
        QStringLiteral("profile"), QApplication::translate("main", "Credentials profile (default: default)."),
        QStringLiteral("NAME"), QStringLiteral("default"));
    parser.addOptions({sandbox, exitAfterLoad, profile});
    parser.process(app);

    DeskSession session(parser.value(profile));
    QObject::connect(
        &session, &DeskSession::gaveUp, &app, [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
    if (parser.isSet(exitAfterLoad)) {
        QObject::connect(&session, &DeskSession::windowOpened, &app,
                         [](MainWindow *window) { new FirstPaintProbe(window); });
    }

    if (parser.isSet(sandbox)) {
        // The sandbox logs every request at info level: quiet here (QT_LOGGING_RULES still wins).
        QLoggingCategory::setFilterRules(QStringLiteral("bridge.sandbox.info=false"));
        if (!session.startSandbox()) {
            QTextStream(stderr) << "bridge-desk: the sandbox server could not listen on 127.0.0.1"
                                << Qt::endl;
            return 1;
        }
    } else {
        session.startWithStoredCredentials();
    }
    return QApplication::exec();
}
