#include "uilogging.h"

Q_LOGGING_CATEGORY(lcUi, "bridge.ui", QtInfoMsg)
