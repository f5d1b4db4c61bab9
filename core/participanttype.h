#pragma once

#include <QString>

namespace bridge {

//! How a participant is identified. Unspecified is only meaningful in list filters,
//! where the contract lets the type be omitted.
enum class ParticipantType { Unspecified, Email, Phone };

QString toWireString(ParticipantType type);                   //!< "email", "phone", "" for Unspecified
ParticipantType participantTypeFromWire(const QString &text); //!< Unspecified when unknown

//! The type an identifier most likely has: an '@' means email, anything else phone.
ParticipantType detectParticipantType(const QString &identifier);

//! Syntax checks used by every input path (dialogs, CSV import, CLI).
//! They return an empty string when fine, else a sentence for people.
QString emailProblem(const QString &identifier);
QString phoneProblem(const QString &identifier); //!< international form: +, then 8 to 15 digits
QString identifierProblem(const QString &identifier, ParticipantType type);

//! True when text holds a C0 or C1 control character, or a line/paragraph separator.
bool containsControlCharacter(QStringView text);

} // namespace bridge
