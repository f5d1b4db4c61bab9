#pragma once

#include "participanttype.h"

#include <QString>

namespace bridge {

//! A participant as the client names one: in a create body, a list filter or a PATCH.
struct ParticipantRef {
    QString identifier;
    ParticipantType type = ParticipantType::Unspecified;

    friend bool operator==(const ParticipantRef &, const ParticipantRef &) = default;
};

} // namespace bridge
