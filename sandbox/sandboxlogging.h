#pragma once

#include <QLoggingCategory>

namespace bridge::sandbox {
//! bridge.sandbox: one line per request (method, path, status, ms); never the secret or signature.
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
} // namespace bridge::sandbox
