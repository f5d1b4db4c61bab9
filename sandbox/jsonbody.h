#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace bridge::sandbox {

//! The JSON object a request body carries; each API writes the refusal in its own error shape.
class JsonBody {
public:
    //! nullopt, with problem saying why, when body is not JSON or not an object.
    static std::optional<QJsonObject> object(const QByteArray &body, QString &problem);
};

} // namespace bridge::sandbox
