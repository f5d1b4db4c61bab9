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

void checkUser(FieldErrors &errors, const QString &field, const QString &label,
               const std::optional<ParticipantRef> &user) {
    if (user && user->identifier.trimmed().isEmpty())
        errors.append({field, QStringLiteral("The %1 filter needs an identifier.").arg(label)});
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
    FieldErrors errors;
    if (!status.isEmpty() && status != QLatin1String("active") && status != QLatin1String("archived") &&
        status != QLatin1String("ghost")) {
        errors.append(
            {QStringLiteral("status"),
             ListQueryText::tr("The status must be active, archived or ghost, not \"%1\".").arg(status)});
    }
    checkUser(errors, QStringLiteral("externalUser"), QStringLiteral("external user"), externalUser);
    checkUser(errors, QStringLiteral("internalUser"), QStringLiteral("internal user"), internalUser);
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
    if (!status.isEmpty())
        appendParameter(out, QByteArrayLiteral("status"), status);
    appendUser(out, QByteArrayLiteral("externalUser"), externalUser);
    appendUser(out, QByteArrayLiteral("internalUser"), internalUser);
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
