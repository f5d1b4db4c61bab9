#include "csv.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace bridge::Csv {

QByteArray field(const QString &text) {
    const QByteArray utf8 = text.toUtf8();
    if (!utf8.contains(',') && !utf8.contains('"') && !utf8.contains('\r') && !utf8.contains('\n'))
        return utf8;
    QByteArray quoted = utf8;
    quoted.replace('"', "\"\"");
    return '"' + quoted + '"';
}

QByteArray line(const QStringList &fields) {
    QByteArray out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += ',';
        out += field(fields.at(i));
    }
    out += "\r\n";
    return out;
}

Table parse(const QByteArray &utf8) {
    Table table;
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(utf8);
    if (decoder.hasError()) {
        table.error = QCoreApplication::translate("bridge::Csv", "The file is not valid UTF-8.");
        return table;
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    QStringList record;
    QString current;
    bool quoted = false;     // inside a quoted field
    bool wasQuoted = false;  // the current field was quoted (text after the closing quote is an error)
    bool recordOpen = false; // something of the current record was read
    int lineNo = 1;
    int recordLine = 1;

    const auto endField = [&] {
        record.append(current);
        current.clear();
        wasQuoted = false;
    };
    const auto endRecord = [&] {
        endField();
        // A line with nothing on it is not a record.
        if (!(record.size() == 1 && record.constFirst().isEmpty())) {
            table.records.append(record);
            table.lineNumbers.append(recordLine);
        }
        record.clear();
        recordOpen = false;
    };

    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!recordOpen) {
            recordOpen = true;
            recordLine = lineNo;
        }
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    current += u'"';
                    ++i;
                } else {
                    quoted = false;
                    wasQuoted = true;
                }
            } else {
                if (c == u'\n')
                    ++lineNo;
                current += c;
            }
            continue;
        }
        if (c == u',') {
            endField();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            endRecord();
            ++lineNo;
        } else if (c == u'"' && current.isEmpty() && !wasQuoted) {
            quoted = true;
        } else if (wasQuoted || c == u'"') {
            table.error = QCoreApplication::translate("bridge::Csv",
                                                      "Line %1: a quote inside a field that is not quoted, "
                                                      "or text after a closing quote.")
                              .arg(lineNo);
            return table;
        } else {
            current += c;
        }
    }
    if (quoted) {
        table.error = QCoreApplication::translate("bridge::Csv", "Line %1: a quoted field is never closed.")
                          .arg(recordLine);
        return table;
    }
    if (recordOpen)
        endRecord();
    return table;
}

} // namespace bridge::Csv
