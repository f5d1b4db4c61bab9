#pragma once

#include "conversation.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace bridge {

class StatusVocabulary;

//! One change worth telling the agent about, found by comparing the rows of a view before and after
//! a refresh.
struct ConversationEvent {
    enum class Kind {
        New,          //!< created since the rows before were loaded
        BecameActive, //!< was a ghost, is active now
        AssignedToMe, //!< the agent's identifier joined its agents
        Arrived,      //!< changed elsewhere and now matches the view's filter (assigned, a new status)
    };

    Kind kind = Kind::New;
    QString conversationId;
    QString name;     //!< as the server sent it; may be empty
    QString customer; //!< the customers' identifiers, comma-separated; may be empty

    friend bool operator==(const ConversationEvent &, const ConversationEvent &) = default;
};

//! What is worth telling in a view besides what the rows themselves show.
struct EventRules {
    QString me; //!< the agent's own identifier (case-insensitive); empty: no AssignedToMe events
    //! The view has a filter: a row that joins it because it changed (updated at or after every row before)
    //! is an Arrived event. Without a filter every update would be one, so there are none.
    bool arrivals = false;
};

//! What changed between two loads of the same view, in the order of after. A row is new only when it
//! was created at or after the newest row before was last updated (a row that moved onto the page from a
//! later one is not). Ghost and active are the vocabulary's own values (either generation's spelling).
//! A row yields at most one event: New, else Arrived, else BecameActive, else AssignedToMe.
QList<ConversationEvent> conversationEvents(const QList<Conversation> &before,
                                            const QList<Conversation> &after,
                                            const StatusVocabulary &statuses, const EventRules &rules = {});

} // namespace bridge

Q_DECLARE_METATYPE(bridge::ConversationEvent)
