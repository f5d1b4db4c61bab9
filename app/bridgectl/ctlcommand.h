#pragma once

#include "conversationupdate.h"
#include "listquery.h"
#include "newconversation.h"

#include <QString>
#include <QStringList>

//! One bridgectl invocation, parsed and checked, ready to run.
struct CtlCommand {
    enum class Verb { List, Create, Get, Update, Sign };

    Verb verb = Verb::List;
    bool json = false;
    // list --all: every page of the filter, streamed
    bool listAll = false;
    bool csv = false;   //!< --format csv (else json)
    QString outputFile; //!< --output FILE; empty: stdout
    // create --from-csv
    QString fromCsv;
    bool showHelp = false;
    bool showVersion = false;
    QString profile = QStringLiteral("default");
    bridge::ListQuery listQuery;
    bridge::NewConversation newConversation;
    QString conversationId;
    bridge::ConversationUpdate update;
    // sign
    QByteArray signMethod;
    QByteArray signPath;
    QString signBodyFile;
    QString signTimestamp;

    //! Parses argv; on failure returns an error sentence in `error` (exit code 2).
    static CtlCommand parse(const QStringList &arguments, QString *error, QString *helpText);

    //! "alice@example.com:email" → {alice@example.com, Email}; no suffix → `fallback`
    //! (Unspecified for filters, detected for participants).
    static bridge::ParticipantRef parseParticipant(const QString &text, bool detectWhenMissing);
};
