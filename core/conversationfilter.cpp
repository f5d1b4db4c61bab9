#include "conversationfilter.h"

#include "conversation.h"
#include "statusvocabulary.h"

#include <QCoreApplication>
#include <algorithm>

namespace bridge {

namespace {

// Messages for people: in the user's language when the application installed a translator.
struct FilterText {
    Q_DECLARE_TR_FUNCTIONS(bridge::ConversationFilter)
};

bool hasParticipant(const QList<Participant> &people, const ParticipantRef &ref) {
    return std::any_of(people.cbegin(), people.cend(), [&ref](const Participant &p) {
        return p.identifier.compare(ref.identifier, Qt::CaseInsensitive) == 0;
    });
}

bool lacksIdentifier(const std::optional<ParticipantRef> &user) {
    return user && user->identifier.trimmed().isEmpty();
}

} // namespace

FieldErrors ConversationFilter::validate(const StatusVocabulary &statuses) const {
    FieldErrors errors;
    if (!status.isEmpty() && !statuses.allows(StatusVocabulary::Filter, status)) {
        errors.append(
            {QStringLiteral("status"), FilterText::tr("The status must be %1, not \"%2\".")
                                           .arg(statuses.spelled(StatusVocabulary::Filter), status.raw())});
    }
    if (lacksIdentifier(customer)) {
        errors.append({QStringLiteral("externalUser"),
                       FilterText::tr("The external user filter needs an identifier.")});
    }
    if (lacksIdentifier(agent)) {
        errors.append({QStringLiteral("internalUser"),
                       FilterText::tr("The internal user filter needs an identifier.")});
    }
    return errors;
}

ConversationFilter ConversationFilter::admitting(const Conversation &conversation) const {
    ConversationFilter out = *this;
    if (!out.status.isEmpty() && out.status != conversation.status)
        out.status = conversation.status;
    if (out.customer && !hasParticipant(conversation.externalParticipants, *out.customer))
        out.customer.reset();
    if (out.agent && !hasParticipant(conversation.internalParticipants, *out.agent))
        out.agent.reset();
    return out;
}

} // namespace bridge
