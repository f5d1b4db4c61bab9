#include "apifeatures.h"

#include "apidialect.h"
#include "connectdialect.h"
#include "requestfactory.h"

using namespace bridge;

namespace apifeatures {

bool hasChannels(const ApiDialect &dialect) {
    return !dialect.providerChannels(QStringLiteral("ws"), ConnectDialect::providers().constFirst())
                .method.isEmpty();
}

bool hasHealth(const ApiDialect &dialect) {
    return !dialect.health().method.isEmpty();
}

bool signsRequests(const ApiDialect &dialect) {
    ClientOptions options;
    options.generation = dialect.generation();
    options.workspaceId = QStringLiteral("ws");
    const RequestSpec spec = dialect.get(options.workspaceId, QStringLiteral("c"));
    return !RequestFactory::build(options, spec, 0, "id").stringToSign.isEmpty();
}

} // namespace apifeatures
