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
    };

    Kind kind = Kind::New;
    QString conversationId;
    QString name;     //!< as the server sent it; may be empty
    QString customer; //!< the customers' identifiers, comma-separated; may be empty

    friend bool operator==(const ConversationEvent &, const ConversationEvent &) = default;
};

//! What changed between two loads of the same view, in the order of after. A row is new only when it
//! was created after the newest row before was last updated (a row that moved onto the page from a
//! later one is not). Ghost and active are the vocabulary's own values (either generation's spelling).
//! me: the agent's own identifier (compared case-insensitively); empty: no AssignedToMe events.
//! A row yields at most one event: New, else BecameActive, else AssignedToMe.
QList<ConversationEvent> conversationEvents(const QList<Conversation> &before,
                                            const QList<Conversation> &after,
                                            const StatusVocabulary &statuses, const QString &me = {});

} // namespace bridge

Q_DECLARE_METATYPE(bridge::ConversationEvent)
