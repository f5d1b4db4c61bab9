#pragma once

#include <QJsonValue>
#include <QString>

namespace bridge {

//! What a JSON value is, for a decoder's error ("expected a string, got a number"): "null",
//! "a boolean", "a number", "a string", "an array", "a JSON object", or "nothing" when absent.
QString jsonKind(const QJsonValue &value);

} // namespace bridge
