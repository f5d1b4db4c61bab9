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

//! True when text holds a C0 or C1 control character, or a line/paragraph separator.
bool containsControlCharacter(QStringView text);

} // namespace bridge
