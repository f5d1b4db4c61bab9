// bridgectl: the Bridge conversations API from the command line, on the same core as Bridge Desk.
#include "contactcommand.h"
#include "contactrunner.h"
#include "ctlcommand.h"
#include "ctlrunner.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

//! contacts and contact ... (ContactCommand, ContactRunner): their own options and help.
int runContacts(QCoreApplication &app) {
    QString error;
    QString help;
    const ContactCommand command = ContactCommand::parse(QCoreApplication::arguments(), &error, &help);
    if (command.showHelp) {
        QTextStream(stdout) << help;
        return 0;
    }
    if (!error.isEmpty()) {
        QTextStream(stderr) << "bridgectl: " << error << "\nRun 'bridgectl contacts --help' for usage.\n";
        return 2;
    }
    ContactRunner runner(command);
    QObject::connect(
        &runner, &ContactRunner::done, &app, [](int code) { QCoreApplication::exit(code); },
        Qt::QueuedConnection);
    runner.start();
    return QCoreApplication::exec();
}

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    // A keychain failure is said once, in the error line; the log's copy stays out of a terminal
    // (QT_LOGGING_RULES still turns it on).
    QLoggingCategory::setFilterRules(QStringLiteral("bridge.creds.warning=false"));
    QCoreApplication::setOrganizationName(QStringLiteral("BridgeDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("BridgeDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BRIDGE_VERSION));

    QString error;
    QString help;
    if (ContactCommand::isContactCommand(QCoreApplication::arguments()))
        return runContacts(app);
    const CtlCommand command = CtlCommand::parse(QCoreApplication::arguments(), &error, &help);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (command.showHelp) {
        out << help;
        return 0;
    }
    if (command.showVersion) {
        out << "bridgectl " << BRIDGE_VERSION << '\n';
        return 0;
    }
    if (!error.isEmpty()) {
        err << "bridgectl: " << error << "\nRun 'bridgectl --help' for usage.\n";
        return 2;
    }

    CtlRunner runner(command);
    QObject::connect(
        &runner, &CtlRunner::done, &app, [](int code) { QCoreApplication::exit(code); },
        Qt::QueuedConnection);
    runner.start();
    return QCoreApplication::exec();
}
