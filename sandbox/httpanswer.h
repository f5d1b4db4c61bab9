#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace bridge::sandbox {

//! An HTTP answer before it goes on the wire; head() writes the raw HTTP/1.1 header block.
struct HttpAnswer {
    int status = 200;
    QByteArray contentType = "application/json; charset=utf-8";
    QList<QPair<QByteArray, QByteArray>> extraHeaders;
    QByteArray body;

    static HttpAnswer json(int status, const QByteArray &body);
    //! {"message": ..., "error": ...}
    static HttpAnswer error(int status, const QString &code, const QString &message);

    //! Status line and headers, ending with the blank line. contentLength < 0 means body.size().
    QByteArray head(const QDateTime &date, const QByteArray &requestId, qint64 contentLength = -1) const;

    static QByteArray reasonPhrase(int status);
    static QByteArray httpDate(const QDateTime &date); //!< RFC 7231 IMF-fixdate
};

} // namespace bridge::sandbox
