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
    //! The value of key as a decimal integer in [minimum, maximum], defaultValue when absent;
    //! nullopt when it is not one.
    static std::optional<int> integer(const Items &items, const QString &key, int defaultValue, int minimum,
                                      int maximum);
};

} // namespace bridge::sandbox
