#include "connectdataset.h"

#include "dataset.h"

#include <QCryptographicHash>
#include <QSet>
#include <QUuid>

namespace bridge::sandbox {

namespace {

QString uuidV4(QByteArray bytes) {
    bytes[6] = char((bytes.at(6) & 0x0f) | 0x40); // version 4
    bytes[8] = char((bytes.at(8) & 0x3f) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

QByteArray digest(quint32 seed, const QString &name) {
    return QCryptographicHash::hash(QByteArray(QByteArray::number(seed) + ':' + name.toUtf8()),
                                    QCryptographicHash::Sha256);
}

//! +44-20-7946-0123 -> +442079460123
QString e164(const QString &dashed) {
    QString digits = dashed;
    digits.remove(QLatin1Char('-'));
    return digits;
}

QString status(const QString &classic, QRandomGenerator &rng) {
    if (classic == QLatin1String("active"))
        return QStringLiteral("ACTIVE");
    if (classic == QLatin1String("ghost"))
        return QStringLiteral("GHOST");
    return ConnectDataset::statuses().at(2 + int(rng.bounded(3))); // archived: the other three
}

//! Phones are WhatsApp numbers; a third of the email addresses (the same ones for a seed) belong to
//! customers known by their Bridge contact id. The reference's examples show role INTERNAL among
//! externals, so one in eight does here too: a client must read the side from the list.
void external(ParticipantRecord &participant, quint32 seed, QRandomGenerator &rng) {
    if (participant.type == QLatin1String("phone")) {
        participant.identifier = e164(participant.identifier);
        participant.type = QStringLiteral("PHONE");
    } else if (quint8(digest(seed, participant.identifier).at(0)) % 3 == 0) {
        participant.identifier =
            ConnectDataset::nameUuid(seed, QLatin1String("contact:") + participant.identifier);
        participant.type = QStringLiteral("ID");
    } else {
        participant.type = QStringLiteral("EMAIL");
    }
    participant.role = rng.bounded(8) == 0 ? QStringLiteral("INTERNAL") : QStringLiteral("EXTERNAL");
}

//! Agents keep their email; the one the Classic data knows by phone is known by id (internals have
//! no PHONE type).
void internal(ParticipantRecord &participant, quint32 seed) {
    if (participant.type == QLatin1String("phone")) {
        participant.identifier =
            ConnectDataset::nameUuid(seed, QLatin1String("agent:") + participant.identifier);
        participant.type = QStringLiteral("ID");
    } else {
        participant.type = QStringLiteral("EMAIL");
    }
    participant.role = participant.role.toUpper(); // INTERNAL, AGENT
}

} // namespace

const QStringList &ConnectDataset::statuses() {
    static const QStringList all{QStringLiteral("ACTIVE"), QStringLiteral("GHOST"),
                                 QStringLiteral("RELEASED"), QStringLiteral("NOT_ASSIGNED_TO_HUMAN"),
                                 QStringLiteral("BLOCKED")};
    return all;
}

QString ConnectDataset::conversationId(QRandomGenerator &rng) {
    QByteArray bytes(16, Qt::Uninitialized);
    for (int i = 0; i < 16; i += 4) {
        const quint32 word = rng.generate();
        for (int j = 0; j < 4; ++j)
            bytes[i + j] = char(word >> (8 * j));
    }
    return uuidV4(bytes);
}

QString ConnectDataset::nameUuid(quint32 seed, const QString &name) {
    return uuidV4(digest(seed, name).left(16));
}

QList<ProviderChannel> ConnectDataset::channels(quint32 seed) {
    return {{QStringLiteral("WHATSAPP"), QStringLiteral("+15550100001")},
            {QStringLiteral("WHATSAPP"), QStringLiteral("+15550100002")},
            {QStringLiteral("HEYGIA"), nameUuid(seed, QStringLiteral("channel:heygia"))}};
}

Churn::Words ConnectDataset::churnWords() {
    return {QStringLiteral("ACTIVE"), QStringLiteral("RELEASED"), QStringLiteral("GHOST"),
            QStringLiteral("EMAIL"),  QStringLiteral("PHONE"),    QStringLiteral("EXTERNAL"),
            QStringLiteral("+1555%1")};
}

QList<ConversationRecord> ConnectDataset::generate(quint32 seed, int count, const QString &workspaceId) {
    QList<ConversationRecord> records = Dataset::generate(seed, count, workspaceId);
    QRandomGenerator rng(seed ^ 0xc0ec7U);
    QSet<QString> usedIds;
    for (ConversationRecord &record : records) {
        do {
            record.id = conversationId(rng);
        } while (usedIds.contains(record.id));
        usedIds.insert(record.id);
        record.status = status(record.status, rng);
        for (ParticipantRecord &participant : record.externalParticipants)
            external(participant, seed, rng);
        for (ParticipantRecord &participant : record.internalParticipants)
            internal(participant, seed);
        if (record.teamId)
            record.teamId = nameUuid(seed, QLatin1String("team:") + *record.teamId);
    }
    return records;
}

} // namespace bridge::sandbox
