#include "logging.h"

Q_LOGGING_CATEGORY(lcNet, "bridge.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSign, "bridge.sign", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDecode, "bridge.decode", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCreds, "bridge.creds", QtInfoMsg)
