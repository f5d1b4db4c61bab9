#include "faultplan.h"

namespace bridge::sandbox {

void FaultPlan::failNext(int count, int status, int retryAfterSeconds) {
    m_failCount = qMax(0, count);
    m_failure = {status, retryAfterSeconds};
}

void FaultPlan::injectNext(Fault fault, int count) {
    m_fault = count > 0 ? fault : Fault::None;
    m_faultCount = qMax(0, count);
}

QDateTime FaultPlan::now() const {
    return QDateTime::currentDateTimeUtc().addSecs(m_clockOffsetSeconds);
}

FaultPlan::Decision FaultPlan::take() {
    Decision decision;
    if (m_failCount > 0) {
        --m_failCount;
        decision.failure = m_failure;
    } else if (m_fault != Fault::None && m_faultCount > 0) {
        decision.fault = m_fault;
        if (--m_faultCount == 0)
            m_fault = Fault::None;
    }
    return decision;
}

} // namespace bridge::sandbox
