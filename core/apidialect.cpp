#include "apidialect.h"

#include "classicdialect.h"
#include "connectdialect.h"

#include <QCoreApplication>

namespace bridge {

namespace {

struct DialectText {
    Q_DECLARE_TR_FUNCTIONS(bridge::ApiDialect)
};

QString typeChoice(const QList<ParticipantType> &allowed) {
    QStringList names;
    for (ParticipantType type : allowed) {
        switch (type) {
        case ParticipantType::Email:
            names.append(DialectText::tr("an email address"));
            break;
        case ParticipantType::Phone:
            names.append(DialectText::tr("a phone number"));
            break;
        case ParticipantType::Id:
            names.append(DialectText::tr("an ID"));
            break;
        case ParticipantType::Unspecified:
            break;
        }
    }
    const QString last = names.takeLast();
    return names.isEmpty() ? last : DialectText::tr("%1 or %2").arg(names.join(QStringLiteral(", ")), last);
}

} // namespace

const ApiDialect &ApiDialect::of(ApiGeneration generation) {
    static const ClassicDialect classic;
    static const ConnectDialect connect;
    if (generation == ApiGeneration::Connect)
        return connect;
    return classic;
}

FieldErrors ApiDialect::validate(const NewConversation &conversation) const {
    FieldErrors errors = conversation.validate(statuses());
    errors += typeProblems(conversation.externalParticipants, customerTypes(),
                           QStringLiteral("externalParticipants"));
    errors += channelProblems(conversation.externalParticipants, QStringLiteral("externalParticipants"));
    if (conversation.assignment == NewConversation::Assignment::Agents)
        errors += typeProblems(conversation.internalParticipants, agentTypes(),
                               QStringLiteral("internalParticipants"));
    return errors;
}

FieldErrors ApiDialect::validate(const ConversationUpdate &update) const {
    FieldErrors errors = update.validate(statuses());
    errors += typeProblems(update.addCustomers, customerTypes(), QStringLiteral("addParticipants"));
    errors += typeProblems(update.removeCustomers, customerTypes(), QStringLiteral("removeParticipants"));
    errors += typeProblems(update.addAgents, agentTypes(), QStringLiteral("addInternalParticipants"));
    errors += typeProblems(update.removeAgents, agentTypes(), QStringLiteral("removeInternalParticipants"));
    return errors;
}

FieldErrors ApiDialect::typeProblems(const QList<ParticipantRef> &people,
                                     const QList<ParticipantType> &allowed, const QString &field) {
    FieldErrors errors;
    for (qsizetype i = 0; i < people.size(); ++i) {
        const ParticipantType type = people.at(i).type;
        if (type != ParticipantType::Unspecified && !allowed.contains(type))
            errors.append({field + QStringLiteral("[%1].type").arg(i),
                           DialectText::tr("Here a person is named by %1.").arg(typeChoice(allowed))});
    }
    return errors;
}

FieldErrors ApiDialect::limitProblems(int limit, int min, int max) {
    if (limit >= min && limit <= max)
        return {};
    return {{QStringLiteral("limit"),
             DialectText::tr("The page size must be between %1 and %2.").arg(min).arg(max)}};
}

} // namespace bridge
