#pragma once

#include <QtGlobal>

//! Milliseconds since this process started, for startup measurements. Reads the start time the
//! kernel keeps in /proc/self/stat (so the dynamic loader and static constructors count too) and
//! falls back to a timer started by markMainEntered() where that is not available.
namespace ProcessClock {

void markMainEntered(); //!< first thing in main()
qint64 elapsedMs();

} // namespace ProcessClock
