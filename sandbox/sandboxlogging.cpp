#include "sandboxlogging.h"

namespace bridge::sandbox {
Q_LOGGING_CATEGORY(lcSandbox, "bridge.sandbox")
} // namespace bridge::sandbox
