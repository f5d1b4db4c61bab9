#include "csv.h"

namespace bridge::Csv {

QByteArray field(const QString &text) { return text.toUtf8(); }
QByteArray line(const QStringList &fields) { return fields.join(QLatin1Char(',')).toUtf8() + "\r\n"; }
Table parse(const QByteArray &) { return {}; }

} // namespace bridge::Csv
