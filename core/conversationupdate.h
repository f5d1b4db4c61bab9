#pragma once

#include "conversationstatus.h"
#include "fielderror.h"
#include "participantref.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace bridge {

class StatusVocabulary;

//! The body of a PATCH: only what is set is sent. People join and leave on their side: customers
//! (external participants) and agents (internal participants).
struct ConversationUpdate {
    std::optional<QString> name;
    std::optional<ConversationStatus> status; //!< one the vocabulary allows to Update
    QList<ParticipantRef> addCustomers;
    QList<ParticipantRef> removeCustomers;
    QList<ParticipantRef> addAgents;
    QList<ParticipantRef> removeAgents;

    bool isEmpty() const;
    //! Every problem, tied to the classic field names ("addParticipants[0].identifier", ...).
    FieldErrors validate(const StatusVocabulary &statuses) const;
    //! The classic body, compact; keys: name, status, addParticipants, removeParticipants (customers),
    //! addInternalParticipants, removeInternalParticipants (agents).
    QByteArray toJson() const;

    friend bool operator==(const ConversationUpdate &, const ConversationUpdate &) = default;
};

//! The same person added and removed in one update: each such removal as an error on removeField.
FieldErrors contradictions(const QList<ParticipantRef> &added, const QList<ParticipantRef> &removed,
                           const QString &removeField);

} // namespace bridge
