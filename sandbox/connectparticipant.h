#pragma once

#include "connectproblems.h"
#include "conversationrecord.h"

#include <QJsonValue>
#include <QList>
#include <QString>

namespace bridge::sandbox {

//! A participant as a Connect request names it: an external E (identifier, identifierType ID,
//! EMAIL or PHONE, and optionally the pair messageProviderType + providerChannelId) or an internal
//! I (identifier, identifierType ID or EMAIL). Unknown fields are ignored.
struct ConnectParticipant {
    enum class Side { External, Internal };

    QString identifier;
    QString identifierType;
    QString provider; //!< empty when not given
    QString channel;
    QString where; //!< how the request names it, for messages: "participants.externals[0]"

    bool names(const ParticipantRecord &record) const {
        return record.identifier == identifier && record.type == identifierType;
    }
    ParticipantRecord record(const QString &role, const QDateTime &now) const {
        return {identifier, identifierType, role, now, {}};
    }

    //! The items of an array of participants of side; the problems found are named after field.
    static QList<ConnectParticipant> readAll(const QJsonValue &value, const QString &field, Side side,
                                             ConnectProblems &problems);
    //! 8-4-4-4-12 hex digits.
    static bool isUuid(const QString &text);
};

} // namespace bridge::sandbox
