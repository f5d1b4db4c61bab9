#pragma once

#include <QString>

namespace bridge {

//! How a participant is identified. Unspecified is only meaningful in list filters, where the
//! classic contract lets the type be omitted. Id (a Bridge user or contact id) exists in Connect only.
enum class ParticipantType { Unspecified, Email, Phone, Id };

//! "email", "phone", "id", "" for Unspecified: classic's spelling, and the names people and files
//! use. Connect spells the same words in upper case (ApiDialect).
QString toWireString(ParticipantType type);
//! Unspecified when unknown. Case-insensitive: "EMAIL" (Connect) and "email" (classic) are one type.
ParticipantType participantTypeFromWire(const QString &text);

//! The type an identifier most likely has: an '@' means email; a '+' or a digit first, with only
//! digits and phone punctuation after it, means phone; anything else an id.
ParticipantType detectParticipantType(const QString &identifier);

//! Syntax checks used by every input path (dialogs, CSV import, CLI).
//! They return an empty string when fine, else a sentence for people.
QString emailProblem(const QString &identifier);
QString phoneProblem(const QString &identifier); //!< international form: +, then 8 to 15 digits
QString idProblem(const QString &identifier);    //!< no spaces or control characters
QString identifierProblem(const QString &identifier, ParticipantType type);

//! Whether text has the shape Bridge gives its ids: a UUID, 8-4-4-4-12 hexadecimal digits.
bool looksLikeUuid(QStringView text);

//! Whether a text typed without choosing a type is one of those kinds: its detected type is offered,
//! and a detected id has the shape of one (a name typed in the hope of a search is none of them).
bool fitsOneOf(const QString &identifier, const QList<ParticipantType> &types);

//! "Needs an exact email address, +phone number or ID — the API has no partial search.": the
//! sentence for a text that fits none of the kinds offered.
QString noneOfProblem(const QList<ParticipantType> &types);

//! True when text holds a C0 or C1 control character, or a line/paragraph separator.
bool containsControlCharacter(QStringView text);

} // namespace bridge
