#pragma once

#include <QDateTime>
#include <QString>

namespace bridge {

//! A participant as the server describes it inside a Conversation.
struct Participant {
    QString identifier;
    QString type;       //!< "email" or "phone"; kept as it came
    QString role;
    QDateTime joinedAt; //!< invalid when the server left it out
    QDateTime lastSeenAt; //!< invalid when null or absent

    friend bool operator==(const Participant &, const Participant &) = default;
};

} // namespace bridge
