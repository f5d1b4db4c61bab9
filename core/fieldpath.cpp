#include "fieldpath.h"

namespace bridge {

FieldPath FieldPath::parse(const QString &path) {
    FieldPath whole{path, -1, QString()};
    const qsizetype open = path.indexOf(QLatin1Char('['));
    if (open < 0)
        return whole;
    const qsizetype close = path.indexOf(QLatin1Char(']'), open);
    if (open == 0 || close < 0)
        return whole;
    bool ok = false;
    const int index = QStringView(path).mid(open + 1, close - open - 1).toInt(&ok);
    if (!ok || index < 0)
        return whole;
    const QStringView rest = QStringView(path).mid(close + 1);
    if (!rest.isEmpty() && !rest.startsWith(QLatin1Char('.')))
        return whole;
    return FieldPath{path.left(open), index, rest.isEmpty() ? QString() : rest.mid(1).toString()};
}

} // namespace bridge
