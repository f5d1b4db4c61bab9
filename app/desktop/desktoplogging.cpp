#include "desktoplogging.h"

Q_LOGGING_CATEGORY(lcDesktop, "bridge.desktop", QtInfoMsg)
