#pragma once

#include "conversationstatus.h"
#include "fielderror.h"
#include "participantref.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace bridge {

//! The body of a PATCH: only what is set is sent.
struct ConversationUpdate {
    std::optional<QString> name;
    std::optional<ConversationStatus> status; //!< one the vocabulary allows to Update
    QList<ParticipantRef> addParticipants;
    QList<ParticipantRef> removeParticipants;

    bool isEmpty() const;
    FieldErrors validate() const;
    QByteArray toJson() const; //!< compact; keys: name, status, addParticipants, removeParticipants

    friend bool operator==(const ConversationUpdate &, const ConversationUpdate &) = default;
};

} // namespace bridge
