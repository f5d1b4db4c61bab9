#pragma once

#include "apierror.h"
#include "connectionsettings.h"

#include <QString>

#include <functional>

class QCommandLineParser;
class QJsonObject;
class QObject;

namespace bridge {
class CredentialStore;
}

//! What every bridgectl command shares before and after its calls: the terminal's two streams, the
//! profile's connection loaded once, and one exit code per kind of failure.
namespace ctl {

void printOut(const QString &text);
void printErr(const QString &text);          //!< the text and a line break, on stderr
QString jsonText(const QJsonObject &object); //!< indented, as --json prints it

//! Loads store's profile for a command. With a secret, run() gets the settings (a keychain notice
//! printed first); without one, the line a terminal can act on is printed and failed(2) called.
void loadConnection(bridge::CredentialStore &store, QObject *context,
                    const std::function<void(const bridge::ConnectionSettings &)> &run,
                    const std::function<void(int)> &failed);

//! One option of a command's table on parser: --name, its description, and VALUE when it takes one.
void addOption(QCommandLineParser &parser, const char *name, const char *description, const char *value);

//! 2 when nothing was sent (the input was refused before any request), else 1.
int exitCodeFor(const bridge::ApiError &error);

} // namespace ctl
