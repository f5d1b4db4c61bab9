#include "ctlcommand.h"

#include "apidialect.h"
#include "apifeatures.h"
#include "connectdialect.h"
#include "ctlusage.h"

#include <QCommandLineParser>

using namespace bridge;

namespace {

int positiveInt(const QString &text, bool *ok) {
    const int value = text.toInt(ok);
    if (value < 1)
        *ok = false;
    return value;
}

//! For each --channel on the command line, in order, the index of the --external written before it
//! (-1 when none was). QCommandLineParser keeps each option's values but not how two options
//! interleave, so the arguments are walked here; valued: the options that take a value, whose value
//! is skipped (a name could be spelled "--channel").
QList<int> channelOwners(const QStringList &arguments, const QStringList &valued) {
    QList<int> owners;
    int externals = 0;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &token = arguments.at(i);
        if (token == QLatin1String("--"))
            break;
        if (!token.startsWith(QLatin1String("--")))
            continue;
        const qsizetype eq = token.indexOf(QLatin1Char('='));
        const QString name = token.mid(2, eq < 0 ? -1 : eq - 2);
        if (name == QLatin1String("external"))
            ++externals;
        else if (name == QLatin1String("channel"))
            owners.append(externals - 1);
        if (eq < 0 && valued.contains(name))
            ++i;
    }
    return owners;
}

//! The dialect's spelling of word for use; an error sentence in *error when it has none.
ConversationStatus statusFor(const QString &word, const ApiDialect &dialect, StatusVocabulary::Use use,
                             QString *error) {
    const StatusVocabulary &statuses = dialect.statuses();
    const std::optional<ConversationStatus> status = statuses.matching(word);
    if (status && statuses.allows(use, *status))
        return *status;
    const QString allowed = statuses.spelled(use);
    if (!status) {
        *error = QStringLiteral("The %1 API has no status \"%2\": use %3 (either case).")
                     .arg(apiGenerationName(dialect.generation()), word, allowed);
        return {};
    }
    const QString where = use == StatusVocabulary::Filter   ? QStringLiteral("to list by")
                          : use == StatusVocabulary::Create ? QStringLiteral("for a new conversation")
                                                            : QStringLiteral("in an update");
    *error = QStringLiteral("--status %1 cannot be used %2: use %3 (either case).")
                 .arg(status->raw(), where, allowed);
    return {};
}

} // namespace

ParticipantRef CtlCommand::parseParticipant(const QString &text, bool detectWhenMissing) {
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon > 0) {
        const ParticipantType type = participantTypeFromWire(text.mid(colon + 1));
        if (type != ParticipantType::Unspecified)
            return {text.left(colon), type};
    }
    return {text, detectWhenMissing ? detectParticipantType(text) : ParticipantType::Unspecified};
}

ProviderChannel CtlCommand::parseChannel(const QString &text) {
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon <= 0 || colon + 1 == text.size())
        return {};
    return {text.left(colon).trimmed().toUpper(), text.mid(colon + 1).trimmed()};
}

CtlCommand CtlCommand::parse(const QStringList &arguments, QString *error, QString *helpText) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Bridge conversations from the command line.\n\n") +
                                     ctlusage::text());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("list, create, get, update, channels, health or sign"));
    const auto option = [](const char *name, const char *description, const char *value = nullptr) {
        return value
                   ? QCommandLineOption(QLatin1String(name), QLatin1String(description), QLatin1String(value))
                   : QCommandLineOption(QLatin1String(name), QLatin1String(description));
    };
    const QCommandLineOption status = option("status", "Conversation status, in either case.", "S");
    const QCommandLineOption external = option("external", "Customer (external participant).", "ID[:type]");
    const QCommandLineOption channel =
        option("channel", "The channel of the --external before it (create, Connect).", "PROVIDER:CHANNEL");
    const QCommandLineOption internal = option("internal", "Agent (internal participant).", "ID[:type]");
    const QCommandLineOption team = option("team", "Team ID for round-robin assignment.", "ID");
    const QCommandLineOption name = option("name", "Conversation name.", "TEXT");
    const QCommandLineOption addCustomer = option("add-customer", "Customer to add (update).", "ID[:type]");
    const QCommandLineOption removeCustomer =
        option("remove-customer", "Customer to remove (update).", "ID[:type]");
    const QCommandLineOption addAgent = option("add-agent", "Agent to add (update).", "ID[:type]");
    const QCommandLineOption removeAgent = option("remove-agent", "Agent to remove (update).", "ID[:type]");
    const QCommandLineOption page = option("page", "Page number, from 1 (classic).", "N");
    const QCommandLineOption cursor =
        option("cursor", "The page after the one that printed C (Connect).", "C");
    const QCommandLineOption limit = option("limit", "Page size (classic 20 to 100, Connect 1 to 100).", "N");
    const QCommandLineOption json = option("json", "Print the API's own JSON, for scripts.");
    const QCommandLineOption body = option("body", "File holding the exact request body (sign).", "FILE");
    const QCommandLineOption timestamp = option("timestamp", "Unix time to sign with (sign).", "T");
    QCommandLineOption profile = option("profile", "Stored profile to use.", "NAME");
    profile.setDefaultValue(QStringLiteral("default"));
    const QCommandLineOption all = option("all", "Every page of the filter (list).");
    const QCommandLineOption format = option("format", "csv or json (list --all).", "F");
    const QCommandLineOption output =
        option("output", "Write to FILE instead of stdout (list --all).", "FILE");
    const QCommandLineOption fromCsv =
        option("from-csv", "Create one conversation per row of FILE (create).", "FILE");
    const QList<QCommandLineOption> options{
        status,         external,  channel,     internal, team,   name,   addCustomer,
        removeCustomer, addAgent,  removeAgent, page,     cursor, limit,  json,
        body,           timestamp, profile,     all,      format, output, fromCsv};
    parser.addOptions(options);
    *helpText = parser.helpText();

    CtlCommand command;
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return command;
    }
    command.showHelp = parser.isSet(QStringLiteral("help"));
    command.showVersion = parser.isSet(QStringLiteral("version"));
    if (command.showHelp || command.showVersion)
        return command;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        *error = QStringLiteral("No command given.");
        return command;
    }
    command.json = parser.isSet(json);
    command.profile = parser.value(profile);
    command.statusWord = parser.value(status).trimmed();
    const QString verb = positional.first();
    const auto expectArguments = [&](qsizetype fewest, qsizetype most) {
        const qsizetype given = positional.size() - 1;
        if (given < fewest || given > most)
            *error = QStringLiteral("'%1' takes %2 argument(s), %3 given.")
                         .arg(verb, fewest == most ? QString::number(fewest)
                                                   : QStringLiteral("%1 to %2").arg(fewest).arg(most))
                         .arg(given);
        return error->isEmpty();
    };
    const auto onlyWith = [&](const QCommandLineOption &o, const char *verbs) {
        if (error->isEmpty() && parser.isSet(o))
            *error = QStringLiteral("--%1 goes with %2.").arg(o.names().constFirst(), QLatin1String(verbs));
    };
    if (verb != QLatin1String("create"))
        onlyWith(channel, "create");
    if (verb != QLatin1String("update")) {
        for (const QCommandLineOption &o : {addCustomer, removeCustomer, addAgent, removeAgent})
            onlyWith(o, "update");
    }
    if (verb != QLatin1String("list")) {
        for (const QCommandLineOption &o : {page, cursor, limit})
            onlyWith(o, "list");
    }
    if (!error->isEmpty())
        return command;

    if (verb == QLatin1String("list")) {
        command.verb = Verb::List;
        if (!expectArguments(0, 0))
            return command;
        ListQuery &query = command.listQuery;
        if (parser.isSet(external))
            query.filter.customer = parseParticipant(parser.value(external), false);
        if (parser.isSet(internal))
            query.filter.agent = parseParticipant(parser.value(internal), false);
        command.listAll = parser.isSet(all);
        if (command.listAll) {
            const QString f = parser.value(format);
            if (f != QLatin1String("csv") && f != QLatin1String("json")) {
                *error = QStringLiteral("--all needs --format csv or --format json.");
                return command;
            }
            if (parser.isSet(page) || parser.isSet(cursor) || parser.isSet(limit) || parser.isSet(json)) {
                *error = QStringLiteral(
                    "--all exports every page: --page, --cursor, --limit and --json do not apply.");
                return command;
            }
            command.csv = f == QLatin1String("csv");
            command.outputFile = parser.value(output);
        } else if (parser.isSet(format) || parser.isSet(output)) {
            *error = QStringLiteral("--format and --output go with --all.");
            return command;
        }
        if (parser.isSet(page) && parser.isSet(cursor)) {
            *error = QStringLiteral("--page and --cursor cannot be used together.");
            return command;
        }
        bool ok = true;
        if (parser.isSet(page) && (command.page = positiveInt(parser.value(page), &ok), !ok))
            *error = QStringLiteral("--page must be a whole number of 1 or more.");
        if (parser.isSet(limit) && (query.limit = positiveInt(parser.value(limit), &ok), !ok))
            *error = QStringLiteral("--limit must be a whole number of 1 or more.");
        query.cursor = parser.value(cursor);
        if (parser.isSet(cursor) && query.cursor.isEmpty())
            *error = QStringLiteral("--cursor needs the value a page printed after \"next: --cursor\".");
    } else if (verb == QLatin1String("create")) {
        command.verb = Verb::Create;
        if (!expectArguments(0, 0))
            return command;
        if (parser.isSet(fromCsv)) {
            if (parser.isSet(external) || parser.isSet(channel) || parser.isSet(internal) ||
                parser.isSet(team) || parser.isSet(name) || parser.isSet(status) || parser.isSet(json)) {
                *error =
                    QStringLiteral("--from-csv takes everything from the file: no other create options.");
                return command;
            }
            command.fromCsv = parser.value(fromCsv);
            return command;
        }
        NewConversation &c = command.newConversation;
        const QStringList externals = parser.values(external);
        for (const QString &text : externals)
            c.externalParticipants.append(parseParticipant(text, true));
        const QStringList channels = parser.values(channel);
        QStringList valued;
        for (const QCommandLineOption &o : options) {
            if (!o.valueName().isEmpty())
                valued += o.names();
        }
        const QList<int> owners = channelOwners(arguments, valued);
        for (qsizetype i = 0; i < channels.size() && i < owners.size(); ++i) {
            const ProviderChannel via = parseChannel(channels.at(i));
            const int owner = owners.at(i);
            if (owner < 0 || !c.externalParticipants.at(owner).channel.isEmpty()) {
                *error = QStringLiteral("Each --channel goes right after the --external it is for.");
                return command;
            }
            if (via.isEmpty() || !ConnectDialect::providers().contains(via.provider)) {
                *error = QStringLiteral("--channel takes whatsapp:CHANNEL or heygia:CHANNEL, not \"%1\" "
                                        "(see 'bridgectl channels').")
                             .arg(channels.at(i));
                return command;
            }
            c.externalParticipants[owner].channel = via;
        }
        if (parser.isSet(internal) && parser.isSet(team)) {
            *error =
                QStringLiteral("--internal and --team cannot be used together: assign agents or a team.");
            return command;
        }
        const QStringList internals = parser.values(internal);
        for (const QString &text : internals)
            c.internalParticipants.append(parseParticipant(text, true));
        if (!internals.isEmpty())
            c.assignment = NewConversation::Assignment::Agents;
        if (parser.isSet(team)) {
            c.assignment = NewConversation::Assignment::Team;
            c.teamId = parser.value(team);
        }
        c.name = parser.value(name);
    } else if (verb == QLatin1String("get") || verb == QLatin1String("update")) {
        command.verb = verb == QLatin1String("get") ? Verb::Get : Verb::Update;
        if (!expectArguments(1, 1))
            return command;
        command.conversationId = positional.at(1);
        if (command.verb == Verb::Get)
            return command;
        ConversationUpdate &u = command.update;
        if (parser.isSet(name))
            u.name = parser.value(name);
        const auto people = [&](const QCommandLineOption &o) {
            QList<ParticipantRef> refs;
            const QStringList texts = parser.values(o);
            for (const QString &text : texts)
                refs.append(parseParticipant(text, true));
            return refs;
        };
        u.addCustomers = people(addCustomer);
        u.removeCustomers = people(removeCustomer);
        u.addAgents = people(addAgent);
        u.removeAgents = people(removeAgent);
        if (u.isEmpty() && command.statusWord.isEmpty())
            *error = QStringLiteral("'update' needs --name, --status, --add-customer, --remove-customer, "
                                    "--add-agent or --remove-agent.");
    } else if (verb == QLatin1String("channels")) {
        command.verb = Verb::Channels;
        if (!expectArguments(0, 1))
            return command;
        command.providers = ConnectDialect::providers();
        if (positional.size() == 2) {
            const QString provider = positional.at(1).trimmed().toUpper();
            if (!command.providers.contains(provider)) {
                *error =
                    QStringLiteral("'channels' takes whatsapp or heygia, not \"%1\".").arg(positional.at(1));
                return command;
            }
            command.providers = {provider};
        }
    } else if (verb == QLatin1String("health")) {
        command.verb = Verb::Health;
        expectArguments(0, 0);
    } else if (verb == QLatin1String("sign")) {
        command.verb = Verb::Sign;
        if (!expectArguments(2, 2))
            return command;
        command.signMethod = positional.at(1).toUpper().toLatin1();
        command.signPath = positional.at(2).toUtf8();
        command.signBodyFile = parser.value(body);
        command.signTimestamp = parser.value(timestamp);
    } else {
        *error = QStringLiteral("Unknown command '%1'.").arg(verb);
    }
    return command;
}

QString CtlCommand::fitTo(const ApiDialect &dialect) {
    const QString api = QStringLiteral("The %1 API").arg(apiGenerationName(dialect.generation()));
    QString error;
    switch (verb) {
    case Verb::List:
        if (!statusWord.isEmpty())
            listQuery.filter.status = statusFor(statusWord, dialect, StatusVocabulary::Filter, &error);
        if (!error.isEmpty() || listAll)
            return error;
        if (page && dialect.pagesByCursor())
            return api + QStringLiteral(" pages by cursor: use --cursor C, with the C a page printed "
                                        "after \"next: --cursor\".");
        if (!listQuery.cursor.isEmpty() && !dialect.pagesByCursor())
            return api + QStringLiteral(" pages by number: use --page N.");
        listQuery.page = page.value_or(1);
        if (listQuery.limit < dialect.minLimit() || listQuery.limit > dialect.maxLimit())
            return QStringLiteral("--limit must be a whole number from %1 to %2.")
                .arg(dialect.minLimit())
                .arg(dialect.maxLimit());
        return {};
    case Verb::Create:
        if (!fromCsv.isEmpty())
            return {};
        newConversation.status = statusWord.isEmpty()
                                     ? dialect.defaultStatus()
                                     : statusFor(statusWord, dialect, StatusVocabulary::Create, &error);
        return error;
    case Verb::Update:
        if (!statusWord.isEmpty())
            update.status = statusFor(statusWord, dialect, StatusVocabulary::Update, &error);
        return error;
    case Verb::Channels:
        if (!apifeatures::hasChannels(dialect))
            return api + QStringLiteral(" has no provider channels.");
        return {};
    case Verb::Health:
        if (!apifeatures::hasHealth(dialect))
            return api + QStringLiteral(" has no health check.");
        return {};
    case Verb::Sign:
        if (!apifeatures::signsRequests(dialect))
            return api + QStringLiteral(" signs nothing: the API key travels as it is, in the x-api-key "
                                        "header.");
        return {};
    case Verb::Get:
        return {};
    }
    return {};
}
