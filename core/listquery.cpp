#include "listquery.h"

#include <QCoreApplication>

namespace bridge {

namespace {

// Messages for people: in the user's language when the application installed a translator.
struct ListQueryText {
    Q_DECLARE_TR_FUNCTIONS(bridge::ListQuery)
};

bool isUnreserved(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '.' || c == '_' || c == '~';
}

void appendParameter(QByteArray &out, const QByteArray &encodedKey, const QString &value) {
    if (!out.isEmpty())
        out += '&';
    out += encodedKey;
    out += '=';
    out += percentEncodeQueryComponent(value);
}

void appendUser(QByteArray &out, const QByteArray &name, const std::optional<ParticipantRef> &user) {
    if (!user)
        return;
    appendParameter(out, name + QByteArrayLiteral("%5Bidentifier%5D"), user->identifier);
    if (user->type != ParticipantType::Unspecified)
        appendParameter(out, name + QByteArrayLiteral("%5Btype%5D"), toWireString(user->type));
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

FieldErrors ListQuery::validate() const {
    FieldErrors errors = filter.validate();
    if (page < 1)
        errors.append({QStringLiteral("page"), ListQueryText::tr("The page must be 1 or more.")});
    if (limit < MinLimit || limit > MaxLimit) {
        errors.append(
            {QStringLiteral("limit"),
             ListQueryText::tr("The page size must be between %1 and %2.").arg(MinLimit).arg(MaxLimit)});
    }
    return errors;
}

QByteArray ListQuery::encoded() const {
    QByteArray out;
    if (!filter.status.isEmpty())
        appendParameter(out, QByteArrayLiteral("status"), filter.status.raw());
    appendUser(out, QByteArrayLiteral("externalUser"), filter.customer);
    appendUser(out, QByteArrayLiteral("internalUser"), filter.agent);
    appendParameter(out, QByteArrayLiteral("page"), QString::number(page));
    appendParameter(out, QByteArrayLiteral("limit"), QString::number(limit));
    return out;
}

ListQuery ListQuery::withPage(int newPage) const {
    ListQuery copy = *this;
    copy.page = newPage;
    return copy;
}

} // namespace bridge
