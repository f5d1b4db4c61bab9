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
    return !name && !status && addCustomers.isEmpty() && removeCustomers.isEmpty() && addAgents.isEmpty() &&
           removeAgents.isEmpty();
}

FieldErrors contradictions(const QList<ParticipantRef> &added, const QList<ParticipantRef> &removed,
                           const QString &removeField) {
    FieldErrors errors;
    for (qsizetype i = 0; i < removed.size(); ++i) {
        const ParticipantRef &gone = removed.at(i);
        const bool alsoAdded = std::any_of(added.cbegin(), added.cend(), [&](const ParticipantRef &a) {
            return a.type == gone.type && a.identifier == gone.identifier;
        });
        if (alsoAdded && !gone.identifier.isEmpty()) {
            errors.append({removeField + QStringLiteral("[%1].identifier").arg(i),
                           UpdateText::tr("%1 is both added and removed.").arg(gone.identifier)});
        }
    }
    return errors;
}

FieldErrors ConversationUpdate::validate(const StatusVocabulary &statuses) const {
    // An empty update is not a problem the server would reject; callers check isEmpty() to skip it.
    FieldErrors errors;
    if (name) {
        // An empty name is allowed here: it clears the conversation's name.
        if (const QString problem = conversationNameProblem(*name); !problem.isEmpty())
            errors.append({QStringLiteral("name"), problem});
    }
    if (status && !statuses.allows(StatusVocabulary::Update, *status)) {
        errors.append(
            {QStringLiteral("status"), UpdateText::tr("The status must be %1, not \"%2\".")
                                           .arg(statuses.spelled(StatusVocabulary::Update), status->raw())});
    }
    errors += participantListProblems(addCustomers, QStringLiteral("addParticipants"));
    errors += participantListProblems(removeCustomers, QStringLiteral("removeParticipants"));
    errors += participantListProblems(addAgents, QStringLiteral("addInternalParticipants"));
    errors += participantListProblems(removeAgents, QStringLiteral("removeInternalParticipants"));
    errors += contradictions(addCustomers, removeCustomers, QStringLiteral("removeParticipants"));
    errors += contradictions(addAgents, removeAgents, QStringLiteral("removeInternalParticipants"));
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
    const auto list = [&](const char *keyName, const QList<ParticipantRef> &people) {
        if (!people.isEmpty()) {
            key(keyName);
            appendJsonParticipants(out, people);
        }
    };
    list("addParticipants", addCustomers);
    list("removeParticipants", removeCustomers);
    list("addInternalParticipants", addAgents);
    list("removeInternalParticipants", removeAgents);
    out += '}';
    return out;
}

} // namespace bridge
