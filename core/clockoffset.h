#pragma once

#include <QtGlobal>

#include <memory>

namespace bridge {

//! How far the server's clock is from ours (server minus local, in seconds), learnt from the Date
//! header of a 401: shared by a BridgeClient and its calls (std::shared_ptr), so a call signs with
//! what any earlier call learnt, without reaching back into the client. 0 until something is learnt.
class ClockOffset {
public:
    qint64 seconds() const { return m_seconds; }
    void setSeconds(qint64 seconds) { m_seconds = seconds; }

private:
    qint64 m_seconds = 0;
};

using SharedClockOffset = std::shared_ptr<ClockOffset>;

} // namespace bridge
