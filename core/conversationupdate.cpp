#include "conversationupdate.h"

#include "newconversation.h"
#include "statusvocabulary.h"

#include <QCoreApplication>

#include <algorithm>

namespace bridge {

namespace {

// Messages for people: in the user's language when the application installed a translator.
struct UpdateText {
    Q_DECLARE_TR_FUNCTIONS(bridge::ConversationUpdate)
};

} // namespace

bool ConversationUpdate::isEmpty() const {
    return !name && !status && addParticipants.isEmpty() && removeParticipants.isEmpty();
}

FieldErrors ConversationUpdate::validate() const {
    // An empty update is not a problem the server would reject; callers check isEmpty() to skip it.
    FieldErrors errors;
    if (name) {
        // An empty name is allowed here: it clears the conversation's name.
        if (const QString problem = conversationNameProblem(*name); !problem.isEmpty())
            errors.append({QStringLiteral("name"), problem});
    }
    if (status && !StatusVocabulary::classic().allows(StatusVocabulary::Update, *status)) {
        errors.append(
            {QStringLiteral("status"),
             UpdateText::tr("The status must be active, archived or ghost, not \"%1\".").arg(status->raw())});
    }
    errors += participantListProblems(addParticipants, QStringLiteral("addParticipants"));
    errors += participantListProblems(removeParticipants, QStringLiteral("removeParticipants"));

    // The same participant both added and removed is contradictory: reported on the removal.
    for (qsizetype i = 0; i < removeParticipants.size(); ++i) {
        const ParticipantRef &removed = removeParticipants.at(i);
        const bool alsoAdded =
            std::any_of(addParticipants.cbegin(), addParticipants.cend(), [&](const ParticipantRef &added) {
                return added.type == removed.type && added.identifier == removed.identifier;
            });
        if (alsoAdded && !removed.identifier.isEmpty()) {
            errors.append({QStringLiteral("removeParticipants[%1].identifier").arg(i),
                           QStringLiteral("%1 is both added and removed.").arg(removed.identifier)});
        }
    }
    return errors;
}

QByteArray ConversationUpdate::toJson() const {
    QByteArray out;
    out += '{';
    const auto key = [&out](const char *keyName) {
        if (out.size() > 1)
            out += ',';
        out += '"';
        out += keyName;
        out += "\":";
    };
    if (name) {
        key("name");
        appendJsonString(out, *name);
    }
    if (status) {
        key("status");
        appendJsonString(out, status->raw());
    }
    if (!addParticipants.isEmpty()) {
        key("addParticipants");
        appendJsonParticipants(out, addParticipants);
    }
    if (!removeParticipants.isEmpty()) {
        key("removeParticipants");
        appendJsonParticipants(out, removeParticipants);
    }
    out += '}';
    return out;
}

} // namespace bridge
