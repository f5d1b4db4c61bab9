#include "connectionsettings.h"

#include "participanttype.h"

#include <QCoreApplication>

namespace bridge {

namespace {

// Messages for people: in the user's language when the application installed a translator.
struct SettingsText {
    Q_DECLARE_TR_FUNCTIONS(bridge::ConnectionSettings)
};

} // namespace

ClientOptions ConnectionSettings::toClientOptions(ClientOptions base) const {
    base.generation = credentials.generation;
    base.baseUrl = credentials.baseUrl;
    base.workspaceId = credentials.workspaceId;
    base.apiKey = credentials.apiKey;
    base.secret = credentials.secret;
    base.signQueryString = signQueryString;
    base.timeoutMs = (timeoutSeconds > 0 ? timeoutSeconds : DefaultTimeoutSeconds) * 1000;
    return base;
}

QString ConnectionSettings::agentIdentifierProblem(const QString &identifier) {
    if (containsControlCharacter(identifier))
        return SettingsText::tr(
            "Your identifier contains control characters, such as a line break pasted with it.");
    if (identifier.size() > MaxAgentIdentifierLength)
        return SettingsText::tr("Your identifier is too long: at most %n characters.", nullptr,
                                MaxAgentIdentifierLength);
    return {};
}

} // namespace bridge
