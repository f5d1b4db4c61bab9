#pragma once

#include "churn.h"
#include "conversationrecord.h"

#include <QList>
#include <QRandomGenerator>
#include <QStringList>

namespace bridge::sandbox {

//! A channel a Connect workspace sends messages through.
struct ProviderChannel {
    QString provider;   //!< WHATSAPP or HEYGIA
    QString identifier; //!< what providerChannelId names: a phone number for WhatsApp
};

//! The seeded data in Connect's words: the Classic data set of the same seed (the same customers,
//! names, dates, order and number of conversations), with UUID ids, the five upper-case statuses
//! (archived ones spread over RELEASED, NOT_ASSIGNED_TO_HUMAN and BLOCKED), E.164 phones, and
//! some customers known by their Bridge contact id instead of their email.
class ConnectDataset {
public:
    static QList<ConversationRecord> generate(quint32 seed, int count, const QString &workspaceId);

    //! The five statuses, ACTIVE first.
    static const QStringList &statuses();
    //! A random UUID v4 drawn from rng.
    static QString conversationId(QRandomGenerator &rng);
    //! A UUID v4 in form, the same for the same seed and name (a contact, a team, a channel).
    static QString nameUuid(quint32 seed, const QString &name);
    //! Two WhatsApp numbers and one HEYGIA channel.
    static QList<ProviderChannel> channels(quint32 seed);
    static Churn::Words churnWords();
};

} // namespace bridge::sandbox
