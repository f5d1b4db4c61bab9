#pragma once

#include "conversationrecord.h"

#include <QList>
#include <QPair>
#include <QRandomGenerator>
#include <QStringList>

namespace bridge::sandbox {

//! The seeded data set: the same seed gives byte-identical conversations.
class Dataset {
public:
    //! Every date lies before this fixed instant, so the data does not depend on today's date.
    static QDateTime anchor();

    //! count conversations, newest updatedAt first.
    static QList<ConversationRecord> generate(quint32 seed, int count, const QString &workspaceId);

    //! The seeded customers: display name (UTF-8 decoded) and the local part of their email addresses
    //! (the contacts are these people).
    static QList<QPair<QString, QString>> customers();
    //! The seeded agents known by email.
    static QStringList agentEmails();

    //! "conv_" + 12 lowercase hex digits drawn from rng.
    static QString conversationId(QRandomGenerator &rng);
};

} // namespace bridge::sandbox
