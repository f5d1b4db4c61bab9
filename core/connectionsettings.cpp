#include "connectionsettings.h"

namespace bridge {

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

} // namespace bridge
