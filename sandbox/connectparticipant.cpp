#include "connectparticipant.h"

#include "connectcodes.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace bridge::sandbox {

namespace {

bool isEmail(const QString &text) {
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$"));
    return email.match(text).hasMatch();
}

bool isE164(const QString &text) {
    static const QRegularExpression phone(QStringLiteral("^\\+[1-9][0-9]{6,14}$"));
    return phone.match(text).hasMatch();
}

//! Why identifier is not one of type; empty when it is.
QString identifierProblem(const QString &identifier, const QString &type) {
    if (type == QLatin1String("EMAIL") && !isEmail(identifier))
        return QStringLiteral("is not an email address");
    if (type == QLatin1String("PHONE") && !isE164(identifier))
        return QStringLiteral("is not an E.164 phone number (+ and 7 to 15 digits)");
    if (type == QLatin1String("ID") && !ConnectParticipant::isUuid(identifier))
        return QStringLiteral("is not a UUID");
    return {};
}

std::optional<ConnectParticipant> readOne(const QJsonValue &value, const QString &where,
                                          ConnectParticipant::Side side, ConnectProblems &problems) {
    using namespace connectcode;
    const bool external = side == ConnectParticipant::Side::External;
    const QStringList types =
        external ? QStringList{QStringLiteral("ID"), QStringLiteral("EMAIL"), QStringLiteral("PHONE")}
                 : QStringList{QStringLiteral("ID"), QStringLiteral("EMAIL")};
    if (!value.isObject()) {
        problems.add(kInvalid,
                     QStringLiteral("%1 must be an object with identifier and identifierType").arg(where));
        return std::nullopt;
    }
    const QJsonObject item = value.toObject();
    const QJsonValue identifier = item.value(QLatin1String("identifier"));
    const QJsonValue type = item.value(QLatin1String("identifierType"));
    const qsizetype before = problems.count();
    if (!identifier.isString() || identifier.toString().trimmed().isEmpty())
        problems.add(kInvalid, QStringLiteral("%1.identifier must be a non-empty string").arg(where));
    if (!type.isString() || !types.contains(type.toString()))
        problems.add(kInvalid,
                     QStringLiteral("%1.identifierType must be one of %2").arg(where, types.join(u", ")));
    else if (identifier.isString()) {
        const QString problem = identifierProblem(identifier.toString(), type.toString());
        if (!problem.isEmpty())
            problems.add(
                kInvalid,
                QStringLiteral("%1.identifier \"%2\" %3").arg(where, identifier.toString(), problem));
    }
    ConnectParticipant participant{identifier.toString(), type.toString(), {}, {}, where};
    if (external) {
        const QJsonValue provider = item.value(QLatin1String("messageProviderType"));
        const QJsonValue channel = item.value(QLatin1String("providerChannelId"));
        if (provider.isUndefined() != channel.isUndefined()) {
            problems.add(
                kInvalid,
                QStringLiteral("%1: messageProviderType and providerChannelId go together").arg(where));
        } else if (!provider.isUndefined()) {
            if (provider != QLatin1String("WHATSAPP") && provider != QLatin1String("HEYGIA"))
                problems.add(kInvalid,
                             QStringLiteral("%1.messageProviderType must be WHATSAPP or HEYGIA").arg(where));
            if (!channel.isString() || channel.toString().isEmpty())
                problems.add(kInvalid,
                             QStringLiteral("%1.providerChannelId must be a non-empty string").arg(where));
            participant.provider = provider.toString();
            participant.channel = channel.toString();
        }
    }
    if (problems.count() != before)
        return std::nullopt;
    return participant;
}

} // namespace

bool ConnectParticipant::isUuid(const QString &text) {
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return uuid.match(text).hasMatch();
}

QList<ConnectParticipant> ConnectParticipant::readAll(const QJsonValue &value, const QString &field,
                                                      Side side, ConnectProblems &problems) {
    QList<ConnectParticipant> result;
    if (!value.isArray()) {
        problems.add(connectcode::kInvalid, QStringLiteral("%1 must be an array").arg(field));
        return result;
    }
    const QJsonArray items = value.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (const auto participant =
                readOne(items.at(i), QStringLiteral("%1[%2]").arg(field).arg(i), side, problems))
            result.append(*participant);
    }
    return result;
}

} // namespace bridge::sandbox
