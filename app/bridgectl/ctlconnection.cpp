#include "ctlconnection.h"

#include "credentialstore.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace ctl {

void printOut(const QString &text) {
    QTextStream out(stdout);
    out << text;
}

void printErr(const QString &text) {
    QTextStream err(stderr);
    err << text << '\n';
}

QString jsonText(const QJsonObject &object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

void loadConnection(bridge::CredentialStore &store, QObject *context,
                    const std::function<void(const bridge::ConnectionSettings &)> &run,
                    const std::function<void(int)> &failed) {
    store.load(context, [&store, run, failed](const bridge::ConnectionSettings &settings,
                                              const QString &notice) {
        const bridge::Credentials &credentials = settings.credentials;
        if (credentials.secret.isEmpty()) {
            // The store's notice speaks to the window ("enter it again"): a terminal gets one line
            // it can act on, naming the variable of the profile's generation. A notice with no
            // secret means the keychain was asked and failed.
            QString line = QStringLiteral("No %1: set %2, or store one with bridge-desk (File > Settings).")
                               .arg(credentials.secretName(),
                                    bridge::CredentialStore::secretVariable(credentials.generation));
            if (!notice.isEmpty())
                line += store.keychainAvailable() ? QStringLiteral(" The keychain could not be read.")
                                                  : QStringLiteral(" No keychain is available here.");
            printErr(line);
            failed(2);
            return;
        }
        if (!notice.isEmpty())
            printErr(notice);
        run(settings);
    });
}

void addOption(QCommandLineParser &parser, const char *name, const char *description, const char *value) {
    QCommandLineOption option(QString::fromLatin1(name), QString::fromLatin1(description));
    if (value)
        option.setValueName(QString::fromLatin1(value));
    parser.addOption(option);
}

int exitCodeFor(const bridge::ApiError &error) {
    return error.kind == bridge::ApiError::Kind::InvalidInput && error.httpStatus == 0 ? 2 : 1;
}

} // namespace ctl
