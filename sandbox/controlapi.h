#pragma once

#include "faultplan.h"
#include "httpanswer.h"

#include <QByteArray>
#include <QString>

namespace bridge::sandbox {

//! The unsigned {prefix}/_sandbox/... routes for tests and demos:
//! POST faults (any subset of latencyMs, failNext{count,status,retryAfter}, fault, faultCount,
//! clockOffsetSeconds), POST reset, GET state.
class ControlApi {
public:
    explicit ControlApi(FaultPlan &plan);

    //! route: what follows "/_sandbox/" ("faults", "reset", "state").
    HttpAnswer handle(const QByteArray &method, const QString &route, const QByteArray &body,
                      int conversationCount, int requestCount);

private:
    HttpAnswer setFaults(const QByteArray &body);
    QByteArray state(int conversationCount, int requestCount) const;

    FaultPlan &m_plan;
};

} // namespace bridge::sandbox
