#pragma once

#include "participanttype.h"

#include <QString>

namespace bridge {

//! The messaging channel a customer is reached through (Connect): a provider ("WHATSAPP", "HEYGIA")
//! and one of the workspace's channels of that provider (its identifier, e.g. "+15550100").
struct ProviderChannel {
    QString provider;
    QString identifier;

    bool isEmpty() const { return provider.isEmpty() && identifier.isEmpty(); }

    friend bool operator==(const ProviderChannel &, const ProviderChannel &) = default;
};

//! A participant as the client names one: in a create body, a list filter or a PATCH.
struct ParticipantRef {
    ParticipantRef() = default;
    ParticipantRef(QString id, ParticipantType idType, ProviderChannel via = {})
        : identifier(std::move(id))
        , type(idType)
        , channel(std::move(via)) {}

    QString identifier;
    ParticipantType type = ParticipantType::Unspecified;
    ProviderChannel channel; //!< customers in a Connect create only; empty otherwise

    friend bool operator==(const ParticipantRef &, const ParticipantRef &) = default;
};

} // namespace bridge
