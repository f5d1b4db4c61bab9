#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace bridge::sandbox {

//! The opaque cursor of a Connect list: base64url of the offset of the next page, a hash of the
//! filter it was made for and an HMAC of both under the server's key. The same filter and offset
//! always give the same cursor (a refresh asks again with the same one); a cursor made for another
//! filter, or not made here at all, is refused.
class PageCursor {
public:
    explicit PageCursor(QByteArray key);

    //! filterKey: the filter written the same way each time (limit not included).
    QString make(qsizetype offset, const QString &filterKey) const;
    //! The offset cursor stands for; nullopt, with problem saying why, when it is refused.
    std::optional<qsizetype> read(const QString &cursor, const QString &filterKey, QString &problem) const;

private:
    QByteArray filterHash(const QString &filterKey) const;
    QByteArray mac(const QByteArray &payload) const;

    QByteArray m_key;
};

} // namespace bridge::sandbox
