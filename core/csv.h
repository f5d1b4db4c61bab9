#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace bridge {

//! RFC 4180 CSV, UTF-8: the writer quotes a field only when it holds a comma, a quote, CR or LF
//! (quotes doubled), lines end with CRLF. The reader accepts CRLF or LF, quoted fields spanning
//! lines, a UTF-8 BOM, and reports the line of the first syntax problem.
namespace Csv {

QByteArray field(const QString &text);
QByteArray line(const QStringList &fields); //!< fields joined by ',', then "\r\n"

struct Table {
    QList<QStringList> records; //!< every record, the header first
    QList<int> lineNumbers;     //!< the 1-based line where each record starts
    QString error;              //!< empty when the text parsed; else a sentence naming the line
};
Table parse(const QByteArray &utf8);

} // namespace Csv
} // namespace bridge
