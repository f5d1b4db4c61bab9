#pragma once

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
    std::optional<QString> status; //!< "active", "archived" or "ghost"
    QList<ParticipantRef> addParticipants;
    QList<ParticipantRef> removeParticipants;

    bool isEmpty() const;
    FieldErrors validate() const;
    QByteArray toJson() const; //!< compact; keys: name, status, addParticipants, removeParticipants

    friend bool operator==(const ConversationUpdate &, const ConversationUpdate &) = default;
};

} // namespace bridge
