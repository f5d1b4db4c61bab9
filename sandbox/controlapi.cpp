#include "controlapi.h"

#include "jsonwriter.h"
#include "uploadhost.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace bridge::sandbox {

ControlApi::ControlApi(FaultPlan &plan)
    : m_plan(plan) {}

HttpAnswer ControlApi::handle(const QByteArray &method, const QString &route, const QByteArray &body,
                              int conversationCount, int requestCount) {
    const bool uploads = m_uploads && route == QLatin1String("uploads");
    const QByteArray allowed = route == QLatin1String("state") || uploads ? "GET" : "POST";
    if (route != QLatin1String("faults") && route != QLatin1String("reset") &&
        route != QLatin1String("state") && !uploads) {
        return HttpAnswer::error(404, QStringLiteral("not_found"), QStringLiteral("no such control route"));
    }
    if (method != allowed) {
        HttpAnswer answer = HttpAnswer::error(405, QStringLiteral("method_not_allowed"),
                                              QStringLiteral("use %1").arg(QLatin1String(allowed)));
        answer.extraHeaders.append({"Allow", allowed});
        return answer;
    }
    if (uploads)
        return HttpAnswer::json(200, uploadLog());
    if (route == QLatin1String("faults")) {
        HttpAnswer answer = setFaults(body);
        if (answer.status != 200)
            return answer;
    } else if (route == QLatin1String("reset")) {
        m_plan.reset();
        if (m_uploads)
            m_uploads->faults().reset();
    }
    return HttpAnswer::json(200, state(conversationCount, requestCount));
}

HttpAnswer ControlApi::setFaults(const QByteArray &body) {
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject()) {
        return HttpAnswer::error(400, QStringLiteral("invalid_json"),
                                 QStringLiteral("the body must be a JSON object"));
    }
    const QJsonObject object = document.object();
    std::optional<Fault> fault;
    if (object.contains(QLatin1String("fault"))) {
        fault = faultFromName(object.value(QLatin1String("fault")).toString());
        if (!fault) {
            return HttpAnswer::error(400, QStringLiteral("validation_error"),
                                     QStringLiteral("unknown fault; use malformed-json, "
                                                    "wrong-types, oversized, cut-short, "
                                                    "drop-connection or drop-after-handling"));
        }
    }
    if (object.contains(QLatin1String("latencyMs")))
        m_plan.setLatencyMs(object.value(QLatin1String("latencyMs")).toInt());
    if (object.contains(QLatin1String("failNext"))) {
        const QJsonObject failNext = object.value(QLatin1String("failNext")).toObject();
        m_plan.failNext(failNext.value(QLatin1String("count")).toInt(1),
                        failNext.value(QLatin1String("status")).toInt(503),
                        failNext.value(QLatin1String("retryAfter")).toInt(-1));
    }
    if (fault)
        m_plan.injectNext(*fault, object.value(QLatin1String("faultCount")).toInt(1));
    if (object.contains(QLatin1String("clockOffsetSeconds"))) {
        m_plan.setClockOffsetSeconds(qint64(object.value(QLatin1String("clockOffsetSeconds")).toDouble()));
    }
    return setUploadFaults(object);
}

HttpAnswer ControlApi::setUploadFaults(const QJsonObject &object) {
    const bool asked =
        object.contains(QLatin1String("uploadFault")) || object.contains(QLatin1String("uploadLatencyMs"));
    if (!asked)
        return HttpAnswer::json(200, {});
    if (!m_uploads) {
        return HttpAnswer::error(400, QStringLiteral("validation_error"),
                                 QStringLiteral("this API has no upload host"));
    }
    if (object.contains(QLatin1String("uploadFault"))) {
        const std::optional<Fault> fault =
            faultFromName(object.value(QLatin1String("uploadFault")).toString());
        if (fault != Fault::DropConnection && fault != Fault::None) {
            return HttpAnswer::error(400, QStringLiteral("validation_error"),
                                     QStringLiteral("the upload host knows drop-connection and none"));
        }
        m_uploads->faults().injectNext(*fault, object.value(QLatin1String("uploadFaultCount")).toInt(1));
    }
    if (object.contains(QLatin1String("uploadLatencyMs")))
        m_uploads->faults().setLatencyMs(object.value(QLatin1String("uploadLatencyMs")).toInt());
    return HttpAnswer::json(200, {});
}

QByteArray ControlApi::uploadLog() const {
    QList<QByteArray> items;
    const QList<ReceivedRequest> received = m_uploads->receivedRequests();
    for (const ReceivedRequest &r : received) {
        QList<QByteArray> headers;
        for (const auto &[name, value] : r.headers)
            headers.append(JsonWriter()
                               .add("name", QString::fromLatin1(name))
                               .add("value", QString::fromUtf8(value))
                               .object());
        items.append(JsonWriter()
                         .add("method", QString::fromLatin1(r.method))
                         .add("path", QString::fromUtf8(r.path))
                         .add("status", r.status)
                         .addRaw("answered", r.answered ? "true" : "false")
                         .addRaw("headers", JsonWriter::array(headers))
                         .object());
    }
    return JsonWriter().addRaw("uploads", JsonWriter::array(items)).object();
}

QByteArray ControlApi::state(int conversationCount, int requestCount) const {
    return JsonWriter()
        .add("conversations", conversationCount)
        .add("requests", requestCount)
        .add("latencyMs", m_plan.latencyMs())
        .add("pendingFailures", m_plan.pendingFailures())
        .add("pendingFaults", m_plan.pendingFaults())
        .add("fault", faultName(m_plan.pendingFault()))
        .add("clockOffsetSeconds", m_plan.clockOffsetSeconds())
        .object();
}

} // namespace bridge::sandbox
