#include "credentials.h"

namespace bridge {

QString Credentials::sourceName(Source source)
{
    switch (source) {
    case Source::None:
        return QStringLiteral("none");
    case Source::Keychain:
        return QStringLiteral("keychain");
    case Source::Environment:
        return QStringLiteral("environment");
    case Source::SessionOnly:
        return QStringLiteral("this session only");
    case Source::Sandbox:
        return QStringLiteral("sandbox");
    }
    return QStringLiteral("none");
}

} // namespace bridge
