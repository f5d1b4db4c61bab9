#include "listquery.h"

namespace bridge {

namespace {

bool isUnreserved(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '.' || c == '_' || c == '~';
}

void appendUser(QByteArray &out, const QByteArray &name, const std::optional<ParticipantRef> &user) {
    if (user)
        appendQueryParameter(out, name, toWireString(user->type) + QLatin1Char(':') + user->identifier);
}

} // namespace

QByteArray percentEncodeQueryComponent(const QString &text) {
    static const char hex[] = "0123456789ABCDEF";
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() * 3);
    for (char c : utf8) {
        if (isUnreserved(c)) {
            out += c;
        } else {
            const auto byte = static_cast<unsigned char>(c);
            out += '%';
            out += hex[byte >> 4];
            out += hex[byte & 0x0f];
        }
    }
    return out;
}

void appendQueryParameter(QByteArray &out, const QByteArray &encodedKey, const QString &value) {
    if (!out.isEmpty())
        out += '&';
    out += encodedKey;
    out += '=';
    out += percentEncodeQueryComponent(value);
}

QByteArray ListQuery::key() const {
    QByteArray out;
    appendQueryParameter(out, QByteArrayLiteral("status"), filter.status.raw());
    appendUser(out, QByteArrayLiteral("customer"), filter.customer);
    appendUser(out, QByteArrayLiteral("agent"), filter.agent);
    appendQueryParameter(out, QByteArrayLiteral("page"), QString::number(page));
    appendQueryParameter(out, QByteArrayLiteral("limit"), QString::number(limit));
    appendQueryParameter(out, QByteArrayLiteral("cursor"), cursor);
    return out;
}

ListQuery ListQuery::withPage(int newPage, const QString &pageCursor) const {
    ListQuery copy = *this;
    copy.page = newPage;
    copy.cursor = pageCursor;
    return copy;
}

} // namespace bridge
