#include "jsonwriter.h"

#include <QString>

namespace bridge::sandbox {

QByteArray JsonWriter::string(QStringView value) {
    QString escaped;
    escaped.reserve(value.size() + 2);
    escaped += QLatin1Char('"');
    for (const QChar c : value) {
        switch (c.unicode()) {
        case '"':
            escaped += QLatin1String("\\\"");
            break;
        case '\\':
            escaped += QLatin1String("\\\\");
            break;
        case '\n':
            escaped += QLatin1String("\\n");
            break;
        case '\r':
            escaped += QLatin1String("\\r");
            break;
        case '\t':
            escaped += QLatin1String("\\t");
            break;
        case '\b':
            escaped += QLatin1String("\\b");
            break;
        case '\f':
            escaped += QLatin1String("\\f");
            break;
        default:
            if (c.unicode() < 0x20)
                escaped += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                escaped += c;
        }
    }
    escaped += QLatin1Char('"');
    return escaped.toUtf8();
}

QByteArray JsonWriter::array(const QList<QByteArray> &items) {
    QByteArray out("[");
    out += items.isEmpty() ? QByteArray() : items.join(',');
    out += ']';
    return out;
}

void JsonWriter::key(const char *name) {
    if (!m_members.isEmpty())
        m_members += ',';
    m_members += string(QString::fromLatin1(name));
    m_members += ':';
}

JsonWriter &JsonWriter::add(const char *name, QStringView value) {
    key(name);
    m_members += string(value);
    return *this;
}

JsonWriter &JsonWriter::add(const char *name, qint64 value) {
    key(name);
    m_members += QByteArray::number(value);
    return *this;
}

JsonWriter &JsonWriter::addNull(const char *name) {
    key(name);
    m_members += "null";
    return *this;
}

JsonWriter &JsonWriter::addRaw(const char *name, const QByteArray &json) {
    key(name);
    m_members += json;
    return *this;
}

QByteArray JsonWriter::object() const {
    QByteArray out("{");
    out += m_members;
    out += '}';
    return out;
}

} // namespace bridge::sandbox
