#include "participanttype.h"

#include <QCoreApplication>

#include <algorithm>

namespace bridge {

namespace {

// Messages for people: in the user's language when the application installed a translator.
struct ParticipantText {
    Q_DECLARE_TR_FUNCTIONS(bridge::ParticipantType)
};

constexpr qsizetype MaxEmailLength = 254; // RFC 5321 forward-path limit

bool hasOuterWhitespace(QStringView text) {
    return !text.isEmpty() && (text.front().isSpace() || text.back().isSpace());
}

} // namespace

QString toWireString(ParticipantType type) {
    switch (type) {
    case ParticipantType::Email:
        return QStringLiteral("email");
    case ParticipantType::Phone:
        return QStringLiteral("phone");
    case ParticipantType::Id:
        return QStringLiteral("id");
    case ParticipantType::Unspecified:
        break;
    }
    return QString();
}

ParticipantType participantTypeFromWire(const QString &text) {
    for (ParticipantType type : {ParticipantType::Email, ParticipantType::Phone, ParticipantType::Id}) {
        if (text.compare(toWireString(type), Qt::CaseInsensitive) == 0)
            return type;
    }
    return ParticipantType::Unspecified;
}

bool containsControlCharacter(QStringView text) {
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x7f && u < 0xa0) || u == 0x2028 || u == 0x2029)
            return true;
    }
    return false;
}

ParticipantType detectParticipantType(const QString &identifier) {
    const QString text = identifier.trimmed();
    if (text.contains(QLatin1Char('@')))
        return ParticipantType::Email;
    if (text.isEmpty())
        return ParticipantType::Phone;
    const bool phoneStart = text.front() == u'+' || text.front().isDigit();
    const bool phoneRest = std::all_of(text.cbegin() + 1, text.cend(), [](QChar c) {
        return c.isDigit() || c == u' ' || c == u'-' || c == u'.' || c == u'(' || c == u')';
    });
    return phoneStart && phoneRest ? ParticipantType::Phone : ParticipantType::Id;
}

QString idProblem(const QString &identifier) {
    if (identifier.isEmpty())
        return ParticipantText::tr("The ID is required.");
    if (containsControlCharacter(identifier))
        return ParticipantText::tr("The ID contains control characters such as line breaks or tabs.");
    for (QChar c : identifier) {
        if (c.isSpace())
            return ParticipantText::tr("An ID has no spaces: paste it as Bridge shows it.");
    }
    return QString();
}

QString emailProblem(const QString &identifier) {
    if (identifier.isEmpty())
        return ParticipantText::tr("The email address is required.");
    if (hasOuterWhitespace(identifier))
        return ParticipantText::tr("The email address has spaces at the start or end.");
    if (containsControlCharacter(identifier))
        return ParticipantText::tr(
            "The email address contains control characters such as line breaks or tabs.");
    if (identifier.size() > MaxEmailLength)
        return ParticipantText::tr("The email address is longer than 254 characters.");
    for (QChar c : identifier) {
        if (c.isSpace())
            return ParticipantText::tr("The email address must not contain spaces.");
    }
    if (identifier.count(QLatin1Char('@')) != 1)
        return ParticipantText::tr("The email address must contain exactly one @, like name@example.com.");
    const qsizetype at = identifier.indexOf(QLatin1Char('@'));
    const QStringView local = QStringView(identifier).left(at);
    const QStringView domain = QStringView(identifier).mid(at + 1);
    if (local.isEmpty())
        return ParticipantText::tr("The email address needs a name before the @, like name@example.com.");
    if (!domain.contains(QLatin1Char('.')) || domain.startsWith(QLatin1Char('.')) ||
        domain.endsWith(QLatin1Char('.')) || domain.contains(QLatin1String(".."))) {
        return ParticipantText::tr(
            "The email address needs a domain with a dot after the @, like example.com.");
    }
    return QString();
}

QString phoneProblem(const QString &identifier) {
    if (identifier.isEmpty())
        return ParticipantText::tr("The phone number is required.");
    if (hasOuterWhitespace(identifier))
        return ParticipantText::tr("The phone number has spaces at the start or end.");
    if (containsControlCharacter(identifier))
        return ParticipantText::tr(
            "The phone number contains control characters such as line breaks or tabs.");
    if (!identifier.startsWith(QLatin1Char('+')))
        return ParticipantText::tr(
            "Enter the phone number in international form, starting with + and the country code.");
    int digits = 0;
    for (QChar c : QStringView(identifier).mid(1)) {
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9')
            ++digits;
        else if (u != u' ' && u != u'-' && u != u'.' && u != u'(' && u != u')')
            return ParticipantText::tr(
                "The phone number may contain only digits, spaces and - . ( ) after the +.");
    }
    if (digits < 8 || digits > 15)
        return ParticipantText::tr("The phone number must have 8 to 15 digits after the +.");
    return QString();
}

QString identifierProblem(const QString &identifier, ParticipantType type) {
    switch (type) {
    case ParticipantType::Email:
        return emailProblem(identifier);
    case ParticipantType::Phone:
        return phoneProblem(identifier);
    case ParticipantType::Id:
        return idProblem(identifier);
    case ParticipantType::Unspecified:
        break;
    }
    return ParticipantText::tr("Choose whether this is an email address or a phone number.");
}

bool looksLikeUuid(QStringView text) {
    static constexpr int dashes[] = {8, 13, 18, 23};
    if (text.size() != 36)
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const bool dash = std::find(std::begin(dashes), std::end(dashes), i) != std::end(dashes);
        const char16_t u = text.at(i).unicode();
        const bool hex = (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
        if (dash ? u != u'-' : !hex)
            return false;
    }
    return true;
}

bool fitsOneOf(const QString &identifier, const QList<ParticipantType> &types) {
    const ParticipantType detected = detectParticipantType(identifier);
    return types.contains(detected) &&
           (detected != ParticipantType::Id || looksLikeUuid(identifier.trimmed()));
}

QString noneOfProblem(const QList<ParticipantType> &types) {
    // Whole sentences per set of kinds, so a translation never glues pieces together.
    const bool email = types.contains(ParticipantType::Email);
    const bool phone = types.contains(ParticipantType::Phone);
    const bool id = types.contains(ParticipantType::Id);
    if (email && phone && id)
        return ParticipantText::tr(
            "Needs an exact email address, +phone number or ID — the API has no partial search.");
    if (email && id)
        return ParticipantText::tr("Needs an exact email address or ID — the API has no partial search.");
    return ParticipantText::tr(
        "Needs an exact email address or +phone number — the API has no partial search.");
}

} // namespace bridge
