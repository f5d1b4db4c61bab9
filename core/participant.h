#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace bridge {

//! A participant as the server describes it inside a Conversation.
struct Participant {
    QString identifier;
    QString type; //!< "email" or "phone"; kept as it came
    QString role;
    QDateTime joinedAt;   //!< invalid when the server left it out
    QDateTime lastSeenAt; //!< invalid when null or absent

    friend bool operator==(const Participant &, const Participant &) = default;
};

//! The participants' identifiers in order, joined by separator ("a@x.com, +1 555…").
inline QString joinedIdentifiers(const QList<Participant> &participants, QStringView separator) {
    QStringList ids;
    ids.reserve(participants.size());
    for (const Participant &p : participants)
        ids.append(p.identifier);
    return ids.join(separator);
}

} // namespace bridge
