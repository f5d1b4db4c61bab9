#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace bridge::sandbox {

struct ParticipantRecord {
    QString identifier;
    QString type; //!< "email" or "phone"
    QString role; //!< "external", "internal" or "agent"
    QDateTime joinedAt;
    QDateTime lastSeenAt; //!< invalid = null

    QByteArray toJsonBytes() const; //!< keys in contract order
    QJsonObject toJson() const;
};

//! One conversation as the sandbox stores it; serialized in the contract's key order.
struct ConversationRecord {
    QString id;
    QString workspaceId;
    QList<ParticipantRecord> externalParticipants;
    QList<ParticipantRecord> internalParticipants; //!< left out of the JSON when empty
    std::optional<QString> name;
    QString status;
    std::optional<QString> teamId;
    QDateTime createdAt;
    QDateTime updatedAt;

    QByteArray toJsonBytes() const;
    QJsonObject toJson() const;
};

//! RFC 3339 in UTC with a Z, whole seconds: 2026-05-01T12:34:56Z
QString rfc3339(const QDateTime &dateTime);

} // namespace bridge::sandbox
