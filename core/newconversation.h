#pragma once

#include "fielderror.h"
#include "participantref.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace bridge {

//! The body of a create call. Assignment is a choice of three, so the two exclusive shapes of the
//! contract (internal participants XOR team) cannot both be set by construction of the request.
struct NewConversation {
    enum class Assignment { None, Agents, Team };

    QList<ParticipantRef> externalParticipants;
    Assignment assignment = Assignment::None;
    QList<ParticipantRef> internalParticipants; //!< used when assignment == Agents
    QString teamId;                             //!< used when assignment == Team
    QString name;                               //!< optional; empty means left out
    QString status = QStringLiteral("active");  //!< "active" or "ghost"

    //! Every problem, each tied to its field ("externalParticipants[0].identifier", "teamId", "name", ...).
    FieldErrors validate() const;

    //! The exact JSON bytes to sign and send: absent optionals left out, never null. Compact,
    //! keys in a fixed order (externalParticipants, internalParticipants|teamId, name, status).
    QByteArray toJson() const;

    friend bool operator==(const NewConversation &, const NewConversation &) = default;
};

} // namespace bridge
