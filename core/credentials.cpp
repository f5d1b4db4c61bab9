#include "credentials.h"

#include "participanttype.h"

#include <QCoreApplication>

namespace bridge {

namespace {

// Messages for people: in the user's language when the application installed a translator.
struct CredentialsText {
    Q_DECLARE_TR_FUNCTIONS(bridge::Credentials)
};

} // namespace

QString Credentials::sourceName(Source source) {
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

QString Credentials::secretName() const {
    return generation == ApiGeneration::Connect ? CredentialsText::tr("API key")
                                                : CredentialsText::tr("secret key");
}

QString Credentials::workspaceIdProblem(const QString &workspaceId) {
    if (containsControlCharacter(workspaceId))
        return CredentialsText::tr(
            "The workspace ID contains control characters, such as a line break pasted with it.");
    return {};
}

QString Credentials::apiKeyProblem(const QString &apiKey) {
    for (const QChar c : apiKey) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return CredentialsText::tr(
                "The API key can contain only letters, digits and punctuation: no spaces, "
                "line breaks or other characters.");
    }
    return {};
}

QString Credentials::secretProblem(const QByteArray &secret) {
    if (containsControlCharacter(QString::fromUtf8(secret)))
        return CredentialsText::tr(
            "The secret key contains control characters, such as a line break pasted with it.");
    return {};
}

} // namespace bridge
