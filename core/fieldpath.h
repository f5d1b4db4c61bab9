#pragma once

#include <QString>

namespace bridge {

//! Where a FieldError points, taken apart so that a form can find the input it belongs to:
//! "externalParticipants[1].identifier" -> {"externalParticipants", 1, "identifier"},
//! "teamId" -> {"teamId", -1, ""}, "internalParticipants" -> {"internalParticipants", -1, ""}.
struct FieldPath {
    QString field;
    int index = -1; //!< the list item, -1 when the path names the field (or the whole list)
    QString member; //!< the member of the item, empty when none

    //! An unparseable path comes back as {path, -1, ""}: shown at the field level, never lost.
    static FieldPath parse(const QString &path);

    friend bool operator==(const FieldPath &, const FieldPath &) = default;
};

} // namespace bridge
