#include "httpanswer.h"

#include "jsonwriter.h"

#include <QLocale>

namespace bridge::sandbox {

HttpAnswer HttpAnswer::json(int status, const QByteArray &body) {
    HttpAnswer answer;
    answer.status = status;
    answer.body = body;
    return answer;
}

HttpAnswer HttpAnswer::error(int status, const QString &code, const QString &message) {
    return json(status, JsonWriter().add("message", message).add("error", code).object());
}

QByteArray HttpAnswer::reasonPhrase(int status) {
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return status < 400 ? "OK" : (status < 500 ? "Client Error" : "Server Error");
    }
}

QByteArray HttpAnswer::httpDate(const QDateTime &date) {
    return QLocale::c().toString(date.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
}

QByteArray HttpAnswer::head(const QDateTime &date, const QByteArray &requestId, qint64 contentLength) const {
    QByteArray out;
    out += "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    out += "Content-Type: " + contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(contentLength < 0 ? body.size() : contentLength) + "\r\n";
    out += "Date: " + httpDate(date) + "\r\n";
    out += "X-Request-Id: " + requestId + "\r\n";
    out += "Server: bridge-sandbox\r\n";
    out += "Connection: keep-alive\r\n";
    for (const auto &[name, value] : extraHeaders)
        out += name + ": " + value + "\r\n";
    out += "\r\n";
    return out;
}

} // namespace bridge::sandbox
