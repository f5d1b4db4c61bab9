#pragma once

#include "conversationupdate.h"
#include "listquery.h"
#include "newconversation.h"
#include "outgoingmessage.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace bridge {
class ApiDialect;
}

//! One bridgectl invocation. parse() reads the command line into generation-neutral values; the
//! profile's API generation is known only once its settings are loaded, so fitTo() then checks and
//! completes the command against that generation's dialect (status words, paging, limits).
struct CtlCommand {
    enum class Verb { List, Create, Get, Update, Channels, Health, Sign, Send };

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
    //! --status as typed (any case); fitTo() puts the dialect's spelling into the query, conversation
    //! or update. Empty: not given.
    QString statusWord;
    std::optional<int> page; //!< --page, numbered lists only
    bridge::ListQuery listQuery;
    bridge::NewConversation newConversation;
    QString conversationId;
    bridge::ConversationUpdate update;
    //! channels: the providers asked for, upper case ("WHATSAPP", "HEYGIA"); every provider when
    //! none was named.
    QStringList providers;
    // send: the message, its attachments read from --attach (name, size, type; no bytes yet)
    bridge::OutgoingMessage message;
    // sign
    QByteArray signMethod;
    QByteArray signPath;
    QString signBodyFile;
    QString signTimestamp;

    //! Parses argv; on failure returns an error sentence in `error` (exit code 2).
    static CtlCommand parse(const QStringList &arguments, QString *error, QString *helpText);

    //! Checks the command against the generation the profile speaks and completes it: the status
    //! word in the dialect's spelling (or its default status for a new conversation), --page only
    //! where lists are numbered and --cursor only where they are cursored, the page size within the
    //! dialect's limits. Returns an error sentence (exit code 2, nothing sent), or "" when it may run.
    QString fitTo(const bridge::ApiDialect &dialect);

    //! "alice@example.com:email" → {alice@example.com, Email}; "u-42:id" → {u-42, Id}; no suffix →
    //! Unspecified, or the detected type when detectWhenMissing.
    static bridge::ParticipantRef parseParticipant(const QString &text, bool detectWhenMissing);
    //! "whatsapp:+15550100" → {WHATSAPP, +15550100} (provider in any case, sent upper case); an
    //! empty channel when text has no provider or no channel.
    static bridge::ProviderChannel parseChannel(const QString &text);
};
