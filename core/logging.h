#pragma once

#include <QLoggingCategory>

// One category per module; enable with QT_LOGGING_RULES="bridge.*.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcNet)    // bridge.net: request attempts, retries, timeouts
Q_DECLARE_LOGGING_CATEGORY(lcSign)   // bridge.sign: signing (never the secret)
Q_DECLARE_LOGGING_CATEGORY(lcDecode) // bridge.decode: response validation
Q_DECLARE_LOGGING_CATEGORY(lcCreds)  // bridge.creds: credential store and keychain
