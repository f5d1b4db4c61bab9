#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <optional>

namespace bridge::sandbox {

//! Decodes a raw query string the way most servers do: split on '&' then the first '=',
//! a bare '+' becomes a space, then percent-decoding, then UTF-8.
class QueryDecoder {
public:
    using Items = QList<QPair<QString, QString>>;

    static Items decode(const QByteArray &rawQuery);
    static QString decodeComponent(QByteArray component); //!< '+' -> ' ', then %XX
    //! The last value of key, or nullopt when absent.
    static std::optional<QString> value(const Items &items, const QString &key);
};

} // namespace bridge::sandbox
