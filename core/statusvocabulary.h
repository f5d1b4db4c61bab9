#pragma once

#include "conversationstatus.h"

#include <QList>
#include <QString>
#include <optional>

namespace bridge {

//! What the agent can do to a conversation's status in one step.
enum class StatusAction { Archive, Reactivate };

//! The status values of one API generation as a small table: which values it knows, their names for
//! people (translated), where each may be sent (a list filter, a new conversation, an update) and
//! which actions a conversation with that status offers. Values are compared exactly as spelled; a
//! value the table does not know is shown as it came and offers every action the generation has.
//! Each generation has a table of its own (classic(), connect()); one is never mapped onto the other.
class StatusVocabulary {
public:
    enum Use : unsigned {
        Filter = 0x1, //!< may be sent as a list filter
        Create = 0x2, //!< may be given to a new conversation
        Update = 0x4, //!< may be set by an update
    };

    //! One known value. displayName is a source text in the context "bridge::StatusVocabulary".
    struct Entry {
        QString raw;
        const char *displayName;
        unsigned uses;
        QList<StatusAction> actions; //!< the actions a conversation with this status offers
    };

    //! One action: the status it sets and what a row it succeeded on says ("18 archived").
    struct Action {
        StatusAction action;
        QString target;
        const char *doneText; //!< a source text in the context "bridge::StatusVocabulary"
    };

    StatusVocabulary(QList<Entry> entries, QList<Action> actions);

    //! api-contract.md: active, archived, ghost; Archive and Re-activate.
    static const StatusVocabulary &classic();
    //! api-connect.md: ACTIVE, GHOST, RELEASED, NOT_ASSIGNED_TO_HUMAN, BLOCKED; no actions (the window
    //! offers "Set status" with the values instead of an Archive that pretends).
    static const StatusVocabulary &connect();

    //! The known values in the order people see them (the filter bar's order).
    QList<ConversationStatus> values(Use use) const;
    bool isKnown(const ConversationStatus &status) const;
    //! May be sent for use. An empty status never may (a filter leaves it out instead).
    bool allows(Use use, const ConversationStatus &status) const;

    //! "Active", in the user's language; an unknown value exactly as it came.
    QString displayName(const ConversationStatus &status) const;
    //! The values allowed for use, as the wire spells them, in alphabetical order for an error
    //! message: "active, archived or ghost".
    QString spelled(Use use) const;
    //! The known value spelled like text in another case ("ghost" for "GHOST"), else nullopt.
    std::optional<ConversationStatus> matching(const QString &text) const;

    //! Whether the generation has one-step actions (Archive, Re-activate) at all.
    bool hasActions() const { return !m_actions.isEmpty(); }

    //! Whether a conversation with status offers action (false when the generation has no such action).
    bool offers(const ConversationStatus &status, StatusAction action) const;
    //! The status action sets; empty when the generation has no such action.
    ConversationStatus target(StatusAction action) const;
    //! The action whose target is status, if any: what an update to that status means.
    std::optional<StatusAction> actionSetting(const ConversationStatus &status) const;
    //! What a row the action succeeded on says, in the user's language: "archived", "re-activated".
    QString doneText(StatusAction action) const;

private:
    const Entry *find(const ConversationStatus &status) const;
    const Action *find(StatusAction action) const;

    QList<Entry> m_entries;
    QList<Action> m_actions;
};

//! The classic generation's values, for code written in its terms.
namespace ClassicStatus {
ConversationStatus active();
ConversationStatus archived();
ConversationStatus ghost();
} // namespace ClassicStatus

//! The Connect generation's values, for code written in its terms.
namespace ConnectStatus {
ConversationStatus active();
ConversationStatus ghost();
} // namespace ConnectStatus

} // namespace bridge
