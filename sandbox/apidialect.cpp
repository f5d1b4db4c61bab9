#include "apidialect.h"

#include "connectapi.h"
#include "conversationsapi.h"

namespace bridge::sandbox {

std::unique_ptr<ApiDialect> ApiDialect::create(const SandboxConfig &config) {
    switch (config.api) {
    case SandboxConfig::Api::Connect:
        return std::make_unique<ConnectApi>(config);
    case SandboxConfig::Api::Classic:
        break;
    }
    return std::make_unique<ConversationsApi>(config);
}

} // namespace bridge::sandbox
