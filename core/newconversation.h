#pragma once

#include "fielderror.h"
#include "participantref.h"
#include "statusvocabulary.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace bridge {

//! The body of a create call. Assignment is a choice of three, so the two exclusive shapes of the
//! contract (internal participants XOR team) cannot both be set by construction of the request.
struct NewConversation {
    enum class Assignment { None, Agents, Team };
    static constexpr int MaxNameLength = 255; //!< characters (code points); also used by ConversationUpdate

    QList<ParticipantRef> externalParticipants;
    Assignment assignment = Assignment::None;
    QList<ParticipantRef> internalParticipants;          //!< used when assignment == Agents
    QString teamId;                                      //!< used when assignment == Team
    QString name;                                        //!< optional; empty means left out
    ConversationStatus status = ClassicStatus::active(); //!< one the vocabulary allows to Create

    //! Every problem either generation would reject, each tied to its field
    //! ("externalParticipants[0].identifier", "teamId", "name", ...); statuses decides which status
    //! may be given. What only one generation refuses (an id type, a channel) is its ApiDialect's.
    FieldErrors validate(const StatusVocabulary &statuses) const;

    //! The classic body, the exact JSON bytes to sign and send: absent optionals left out, never null.
    //! Compact, keys in a fixed order (externalParticipants, internalParticipants|teamId, name, status).
    QByteArray toJson() const;

    friend bool operator==(const NewConversation &, const NewConversation &) = default;
};

// Shared by the request bodies (NewConversation, ConversationUpdate) and by input paths that
// want to check a single field as the user types.

//! "" when fine, else a sentence: longer than MaxNameLength, control characters, only spaces.
//! An empty name is fine (it means no name).
QString conversationNameProblem(const QString &name);

//! Every problem of a participant list, tied to "<field>[i].type" / "<field>[i].identifier":
//! type not chosen, identifier syntax (identifierProblem), and the later of two equal entries
//! ("appears twice"; emails compared case-insensitively, phones by their digits).
FieldErrors participantListProblems(const QList<ParticipantRef> &participants, const QString &field);

//! Appends text as a JSON string: '"' and '\\' escaped, control characters (< 0x20) as \u00xx,
//! everything else as UTF-8.
void appendJsonString(QByteArray &out, const QString &text);

//! Appends [{"identifier":"...","type":"email"},...]; "type" is left out when Unspecified.
void appendJsonParticipants(QByteArray &out, const QList<ParticipantRef> &participants);

} // namespace bridge
