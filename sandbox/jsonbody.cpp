#include "jsonbody.h"

#include <QJsonDocument>

namespace bridge::sandbox {

std::optional<QJsonObject> JsonBody::object(const QByteArray &body, QString &problem) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        problem = QStringLiteral("the body is not valid JSON: %1 at offset %2")
                      .arg(parseError.errorString())
                      .arg(parseError.offset);
        return std::nullopt;
    }
    if (!document.isObject()) {
        problem = QStringLiteral("the body must be a JSON object");
        return std::nullopt;
    }
    return document.object();
}

} // namespace bridge::sandbox
