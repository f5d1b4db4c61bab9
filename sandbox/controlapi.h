#pragma once

#include "faultplan.h"
#include "httpanswer.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace bridge::sandbox {

class UploadHost;

//! The unsigned {prefix}/_sandbox/... routes for tests and demos:
//! POST faults (any subset of latencyMs, failNext{count,status,retryAfter}, fault, faultCount,
//! clockOffsetSeconds), POST reset, GET state; with an upload host (Connect) also GET uploads (every
//! request it received, headers included) and, in POST faults, uploadLatencyMs, uploadFault and
//! uploadFaultCount for it.
class ControlApi {
public:
    explicit ControlApi(FaultPlan &plan);
    //! The upload host whose log and faults the control routes reach (none: classic).
    void setUploadHost(UploadHost *host) { m_uploads = host; }

    //! route: what follows "/_sandbox/" ("faults", "reset", "state").
    HttpAnswer handle(const QByteArray &method, const QString &route, const QByteArray &body,
                      int conversationCount, int requestCount);

private:
    HttpAnswer setFaults(const QByteArray &body);
    QByteArray state(int conversationCount, int requestCount) const;

    HttpAnswer setUploadFaults(const QJsonObject &object);
    QByteArray uploadLog() const;

    FaultPlan &m_plan;
    UploadHost *m_uploads = nullptr;
};

} // namespace bridge::sandbox
