#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcDesktop) // bridge.desktop: single instance, translations, icon
