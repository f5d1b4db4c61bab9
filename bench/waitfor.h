#pragma once

#include <functional>

//! Runs the event loop until condition() holds or timeoutMs passes; false on timeout.
//! The benchmark driver's way to wait between measurements: the timestamps themselves are taken in
//! the callbacks and paint events, never after this returns.
bool waitFor(const std::function<bool()> &condition, int timeoutMs = 30000);
