#pragma once

#include <QList>
#include <QString>

namespace bridge {

//! A validation problem tied to the field it concerns, e.g. {"externalParticipants[1].identifier", "..."}.
struct FieldError {
    QString field;
    QString message;

    friend bool operator==(const FieldError &, const FieldError &) = default;
};

using FieldErrors = QList<FieldError>;

} // namespace bridge
