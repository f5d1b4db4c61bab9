#include "apidialect.h"

#include "conversationsapi.h"

namespace bridge::sandbox {

std::unique_ptr<ApiDialect> ApiDialect::create(const SandboxConfig &config) {
    return std::make_unique<ConversationsApi>(config);
}

} // namespace bridge::sandbox
