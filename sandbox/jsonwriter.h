#pragma once

#include <QByteArray>
#include <QList>
#include <QStringView>

namespace bridge::sandbox {

//! Compact JSON with keys in the order they are added (QJsonObject would sort them).
class JsonWriter {
public:
    JsonWriter &add(const char *key, QStringView value);
    JsonWriter &add(const char *key, qint64 value);
    JsonWriter &addNull(const char *key);
    JsonWriter &addRaw(const char *key, const QByteArray &json); //!< json must already be valid
    QByteArray object() const;                                   //!< "{...}"

    static QByteArray string(QStringView value); //!< a quoted, escaped JSON string in UTF-8
    static QByteArray array(const QList<QByteArray> &items);

private:
    void key(const char *name);

    QByteArray m_members;
};

} // namespace bridge::sandbox
