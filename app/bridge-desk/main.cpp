// bridge-desk: browse and create Bridge conversations. Parses the command line, wires the core
// to the window (DeskSession), nothing else.
#include "desksession.h"
#include "desktopidentity.h"
#include "desktoptranslations.h"
#include "firstpaintprobe.h"
#include "mainwindow.h"
#include "processclock.h"
#include "singleinstance.h"
#include "theme.h"
#ifdef BRIDGE_TEST_PROBE
#include "testprobe.h"
#endif

#include "apigeneration.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLoggingCategory>
#include <QTextStream>
#include <memory>

namespace {

//! "--sandbox=API" becomes "--sandbox --sandbox-api API": QCommandLineParser has no option whose
//! value may be left out, and a plain --sandbox stays what it always was.
QStringList splitSandboxApi(QStringList arguments) {
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument.startsWith(QLatin1String("--sandbox="))) {
            const QString api = argument.mid(int(qstrlen("--sandbox=")));
            arguments[i] = QStringLiteral("--sandbox");
            arguments.insert(i + 1, QStringLiteral("--sandbox-api"));
            arguments.insert(i + 2, api);
            break;
        }
    }
    return arguments;
}

} // namespace

int main(int argc, char *argv[]) {
    ProcessClock::markMainEntered();
    QApplication app(argc, argv);
    DesktopIdentity::apply();      // names, desktop file id, window icon
    DeskTranslations::install();   // the user's language (LANG, LC_ALL, LC_MESSAGES), English otherwise
    Theme::apply(Theme::stored()); // before the first widget: System, Light or Dark as last chosen

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Browse and create Bridge conversations."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandbox(
        QStringLiteral("sandbox"),
        QApplication::translate("main",
                                "Run on a built-in sandbox server with demo data and demo "
                                "credentials; stored credentials are neither used nor changed. "
                                "It speaks the classic API; --sandbox=connect (or BRIDGE_API=connect) "
                                "starts one that speaks the Connect API."));
    QCommandLineOption sandboxApi(QStringLiteral("sandbox-api"), QStringLiteral("--sandbox=API"),
                                  QStringLiteral("API"));
    sandboxApi.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption exitAfterLoad(
        QStringLiteral("exit-after-load"),
        QApplication::translate("main", "Quit once the first page of conversations has been painted, "
                                        "printing first-rows-ms: N (since process start) on stderr."));
    const QCommandLineOption profile(
        QStringLiteral("profile"), QApplication::translate("main", "Credentials profile (default: default)."),
        QStringLiteral("NAME"), QStringLiteral("default"));
    parser.addOptions({sandbox, sandboxApi, exitAfterLoad, profile});
#ifdef BRIDGE_TEST_PROBE
    // bridge-desk-testable only (built with the tests, never shipped).
    QCommandLineOption testProbe(
        QStringLiteral("test-probe"),
        QStringLiteral("Test only: answer queries about the window on this local socket."),
        QStringLiteral("SOCKET"));
    testProbe.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(testProbe);
#endif
    parser.process(splitSandboxApi(QApplication::arguments()));

    bool testRun = false;
#ifdef BRIDGE_TEST_PROBE
    std::unique_ptr<TestProbe> probe; // declared first: outlives the session and its window
    if (parser.isSet(testProbe)) {
        testRun = true;
        probe = std::make_unique<TestProbe>(parser.value(testProbe));
        QString error;
        if (!probe->listen(&error)) {
            QTextStream(stderr) << "bridge-desk: --test-probe: " << error << Qt::endl;
            return 1;
        }
    }
#endif
    // One window per user and profile, the sandbox apart: a second launch brings that window
    // forward and exits 0. Measuring and test runs (--exit-after-load, the probe) stay out.
    std::unique_ptr<SingleInstance> instance;
    const QString instanceKey = parser.isSet(exitAfterLoad) || testRun
                                    ? QString()
                                    : SingleInstance::keyFor(parser.isSet(sandbox), parser.value(profile));
    if (!instanceKey.isEmpty()) {
        instance = std::make_unique<SingleInstance>(instanceKey);
        if (instance->claim() == SingleInstance::Role::Secondary)
            return 0;
    }

    DeskSession session(parser.value(profile));
    if (instance)
        QObject::connect(instance.get(), &SingleInstance::activationRequested, &session,
                         &DeskSession::bringForward);
#ifdef BRIDGE_TEST_PROBE
    if (probe)
        QObject::connect(&session, &DeskSession::windowOpened, probe.get(), &TestProbe::setWindow);
#endif
    if (parser.isSet(exitAfterLoad)) {
        QObject::connect(&session, &DeskSession::windowOpened, &app,
                         [](MainWindow *window) { new FirstPaintProbe(window); });
    }

    if (parser.isSet(sandbox)) {
        // The sandbox's API: --sandbox=API, else BRIDGE_API, else classic.
        const QString apiName =
            parser.isSet(sandboxApi) ? parser.value(sandboxApi) : qEnvironmentVariable("BRIDGE_API");
        const std::optional<bridge::ApiGeneration> generation = bridge::apiGenerationFromName(apiName);
        if (!generation && parser.isSet(sandboxApi)) {
            QTextStream(stderr) << "bridge-desk: --sandbox= expects classic or connect, not \"" << apiName
                                << '"' << Qt::endl;
            return 2;
        }
        // The sandbox logs every request at info level: quiet here (QT_LOGGING_RULES still wins).
        QLoggingCategory::setFilterRules(QStringLiteral("bridge.sandbox.info=false"));
        if (!session.startSandbox(generation.value_or(bridge::ApiGeneration::Classic))) {
            QTextStream(stderr) << "bridge-desk: the sandbox server could not listen on 127.0.0.1"
                                << Qt::endl;
            return 1;
        }
    } else {
        session.startWithStoredCredentials();
    }
    return QApplication::exec();
}
