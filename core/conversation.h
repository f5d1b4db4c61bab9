#pragma once

#include "conversationstatus.h"
#include "participant.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace bridge {

//! One conversation, decoded and checked against the contract.
struct Conversation {
    QString id;
    QString workspaceId;
    QList<Participant> externalParticipants;
    QList<Participant> internalParticipants;
    QString name;
    ConversationStatus status; //!< any value exactly as the server sent it
    QString teamId;
    QDateTime createdAt;
    QDateTime updatedAt;

    friend bool operator==(const Conversation &, const Conversation &) = default;
};

} // namespace bridge

Q_DECLARE_METATYPE(bridge::Conversation)
