#pragma once

#include "conversationstatus.h"
#include "fielderror.h"
#include "participantref.h"

#include <QMetaType>
#include <optional>

namespace bridge {

struct Conversation;
class StatusVocabulary;

//! Which conversations the agent wants to see, as one value: the filter bar emits it, the browsing
//! controller and the exporter take it whole, the view state remembers it. A page of a list is a
//! filter plus a position (ListQuery). Its wire form is written by the profile's ApiDialect, together
//! with the position, so one place per API generation knows its spelling.
struct ConversationFilter {
    ConversationStatus status;              //!< empty: any status
    std::optional<ParticipantRef> customer; //!< externalUser on the wire; type may be Unspecified
    std::optional<ParticipantRef> agent;    //!< internalUser on the wire; type may be Unspecified

    //! No filter at all: every conversation of the workspace.
    bool isEmpty() const { return status.isEmpty() && !customer && !agent; }

    //! Every problem either generation would reject, tied to "status", "externalUser" or
    //! "internalUser"; statuses decides which status may be a filter. Empty when sendable.
    FieldErrors validate(const StatusVocabulary &statuses) const;

    //! This filter with whatever would hide conversation given way: a status filter becomes the
    //! conversation's status, a customer or agent it does not have is dropped (identifiers compared
    //! case-insensitively). Used to show a conversation just created.
    ConversationFilter admitting(const Conversation &conversation) const;

    friend bool operator==(const ConversationFilter &, const ConversationFilter &) = default;
};

} // namespace bridge

Q_DECLARE_METATYPE(bridge::ConversationFilter)
