#pragma once

#include "fault.h"

#include <QDateTime>
#include <optional>

namespace bridge::sandbox {

//! The faults waiting for the next API requests, the latency and the clock offset.
class FaultPlan {
public:
    struct Failure {
        int status = 503;
        int retryAfterSeconds = -1; //!< < 0: no Retry-After header
    };
    //! What happens to one API request; take() consumes it.
    struct Decision {
        std::optional<Failure> failure;
        Fault fault = Fault::None;
    };

    void setLatencyMs(int ms) { m_latencyMs = qMax(0, ms); }
    int latencyMs() const { return m_latencyMs; }

    void failNext(int count, int status, int retryAfterSeconds);
    int pendingFailures() const { return m_failCount; }

    void injectNext(Fault fault, int count);
    int pendingFaults() const { return m_fault == Fault::None ? 0 : m_faultCount; }
    Fault pendingFault() const { return m_fault; }

    void setClockOffsetSeconds(qint64 seconds) { m_clockOffsetSeconds = seconds; }
    qint64 clockOffsetSeconds() const { return m_clockOffsetSeconds; }
    QDateTime now() const; //!< the server's clock: real UTC clock + offset

    //! A pending failure comes first; a pending fault waits for the request after it.
    Decision take();
    void reset() { *this = FaultPlan(); }

private:
    int m_latencyMs = 0;
    int m_failCount = 0;
    Failure m_failure;
    Fault m_fault = Fault::None;
    int m_faultCount = 0;
    qint64 m_clockOffsetSeconds = 0;
};

} // namespace bridge::sandbox
