#pragma once

#include <QtGlobal>

//! Milliseconds since this process was started by the kernel (its start time in /proc/self/stat
//! against CLOCK_BOOTTIME), the same measure bridge-desk prints as first-rows-ms; -1 when unknown.
qint64 processUptimeMs();
