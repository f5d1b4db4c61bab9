#pragma once

#include "contactdialect.h"

#include <QString>
#include <QStringList>
#include <optional>

//! One bridgectl contacts command: `contacts` (the list) or `contact get|create|upsert|update|delete`.
//! parse() reads the line into generation-neutral values; fitTo() then checks it against the
//! profile's ContactDialect (an operation it lacks, paging, limits), before anything is sent.
struct ContactCommand {
    bridge::ContactOperation operation = bridge::ContactOperation::List;
    bool json = false;
    bool all = false; //!< contacts --all: every page, one table (or one JSON list)
    bool showHelp = false;
    QString profile = QStringLiteral("default");
    std::optional<int> page;
    bridge::ContactQuery query;
    bridge::ContactDraft draft;
    QString contactId;

    //! Whether arguments (argv) ask for a contacts command: the first word that is not an option
    //! (or an option's value) is "contacts" or "contact".
    static bool isContactCommand(const QStringList &arguments);
    //! Parses argv; on failure an error sentence in `error` (exit code 2). helpText: the contacts
    //! options and commands, generated like the rest of bridgectl's help.
    static ContactCommand parse(const QStringList &arguments, QString *error, QString *helpText);
    //! An error sentence (exit code 2, nothing sent) when the generation lacks the operation or the
    //! paging options do not fit it; "" when the command may run.
    QString fitTo(const bridge::ContactDialect &dialect);

    //! The contacts lines of bridgectl --help, with what each generation has.
    static QString usage();
};
