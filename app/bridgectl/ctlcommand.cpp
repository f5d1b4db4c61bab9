#include "ctlcommand.h"

#include "apidialect.h"
#include "apifeatures.h"
#include "connectdialect.h"
#include "ctlconnection.h"
#include "ctlusage.h"

#include <QCommandLineParser>

#include <algorithm>

using namespace bridge;

namespace {

//! One option: its name, help, value name (nullptr: a switch) and the commands it goes with
//! (nullptr: any).
struct OptionSpec {
    const char *name;
    const char *description;
    const char *value;
    const char *verbs;
};

constexpr OptionSpec Options[] = {
    {"status", "Conversation status, in either case.", "S", "list create update"},
    {"external", "Customer (external participant).", "ID[:type]", "list create"},
    {"channel", "The channel of the --external before it (create, Connect).", "PROVIDER:CHANNEL", "create"},
    {"internal", "Agent (internal participant).", "ID[:type]", "list create"},
    {"team", "Team ID for round-robin assignment.", "ID", "create"},
    {"name", "Conversation name.", "TEXT", "create update"},
    {"add-customer", "Customer to add (update).", "ID[:type]", "update"},
    {"remove-customer", "Customer to remove (update).", "ID[:type]", "update"},
    {"add-agent", "Agent to add (update).", "ID[:type]", "update"},
    {"remove-agent", "Agent to remove (update).", "ID[:type]", "update"},
    {"page", "Page number, from 1 (classic).", "N", "list"},
    {"cursor", "The page after the one that printed C (Connect).", "C", "list"},
    {"limit", "Page size (classic 20 to 100, Connect 1 to 100).", "N", "list"},
    {"json", "Print the API's own JSON, for scripts.", nullptr, "list create get update channels send"},
    {"text", "The message to send.", "TEXT", "send"},
    {"internal-note", "Send as a note only agents see (send).", nullptr, "send"},
    {"reply-to", "The message this one answers (send).", "MESSAGE_ID", "send"},
    {"attach", "A file to send with the message; repeat for more (send).", "FILE", "send"},
    {"body", "File holding the exact request body (sign).", "FILE", "sign"},
    {"timestamp", "Unix time to sign with (sign).", "T", "sign"},
    {"profile", "Stored profile to use.", "NAME", nullptr},
    {"all", "Every page of the filter (list).", nullptr, "list"},
    {"format", "csv or json (list --all).", "F", "list"},
    {"output", "Write to FILE instead of stdout (list --all).", "FILE", "list"},
    {"from-csv", "Create one conversation per row of FILE (create).", "FILE", "create"},
};

QString option(const char *name) {
    return QLatin1String(name);
}

int positiveInt(const QString &text, bool *ok) {
    const int value = text.toInt(ok);
    if (value < 1)
        *ok = false;
    return value;
}

//! The first option given that does not go with verb, as a sentence; "" when there is none.
QString misplacedOption(const QCommandLineParser &parser, const QString &verb) {
    for (const OptionSpec &spec : Options) {
        if (!spec.verbs || !parser.isSet(option(spec.name)))
            continue;
        QStringList verbs = QString::fromLatin1(spec.verbs).split(QLatin1Char(' '));
        if (verbs.contains(verb))
            continue;
        const QString last = verbs.takeLast();
        return QStringLiteral("--%1 goes with %2.")
            .arg(QLatin1String(spec.name),
                 verbs.isEmpty() ? last : verbs.join(QStringLiteral(", ")) + QStringLiteral(" or ") + last);
    }
    return {};
}

//! For each --channel on the command line, in order, the index of the --external written before it
//! (-1 when none was). QCommandLineParser keeps each option's values but not how two options
//! interleave, so the arguments are walked here; the value of an option that takes one is skipped
//! (a name could be spelled "--channel").
QList<int> channelOwners(const QStringList &arguments) {
    QStringList valued;
    for (const OptionSpec &spec : Options) {
        if (spec.value)
            valued.append(option(spec.name));
    }
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

QList<ParticipantRef> people(const QCommandLineParser &parser, const char *name) {
    QList<ParticipantRef> refs;
    const QStringList texts = parser.values(option(name));
    for (const QString &text : texts)
        refs.append(CtlCommand::parseParticipant(text, true));
    return refs;
}

// What each command reads from the parsed line beyond the common options; an error sentence, or "".

QString readListAll(const QCommandLineParser &parser, CtlCommand &command) {
    const QString f = parser.value(option("format"));
    if (f != QLatin1String("csv") && f != QLatin1String("json"))
        return QStringLiteral("--all needs --format csv or --format json.");
    for (const char *name : {"page", "cursor", "limit", "json"}) {
        if (parser.isSet(option(name)))
            return QStringLiteral("--all exports every page: --page, --cursor, --limit and --json do not "
                                  "apply.");
    }
    command.csv = f == QLatin1String("csv");
    command.outputFile = parser.value(option("output"));
    return {};
}

QString readList(const QCommandLineParser &parser, const QStringList &, CtlCommand &command) {
    ListQuery &query = command.listQuery;
    if (parser.isSet(option("external")))
        query.filter.customer = CtlCommand::parseParticipant(parser.value(option("external")), false);
    if (parser.isSet(option("internal")))
        query.filter.agent = CtlCommand::parseParticipant(parser.value(option("internal")), false);
    command.listAll = parser.isSet(option("all"));
    if (command.listAll)
        return readListAll(parser, command);
    if (parser.isSet(option("format")) || parser.isSet(option("output")))
        return QStringLiteral("--format and --output go with --all.");
    if (parser.isSet(option("page")) && parser.isSet(option("cursor")))
        return QStringLiteral("--page and --cursor cannot be used together.");
    bool ok = true;
    if (parser.isSet(option("page")) && (command.page = positiveInt(parser.value(option("page")), &ok), !ok))
        return QStringLiteral("--page must be a whole number of 1 or more.");
    if (parser.isSet(option("limit")) && (query.limit = positiveInt(parser.value(option("limit")), &ok), !ok))
        return QStringLiteral("--limit must be a whole number of 1 or more.");
    query.cursor = parser.value(option("cursor"));
    if (parser.isSet(option("cursor")) && query.cursor.isEmpty())
        return QStringLiteral("--cursor needs the value a page printed after \"next: --cursor\".");
    return {};
}

//! Each --channel onto the --external before it.
QString readChannels(const QCommandLineParser &parser, const QStringList &arguments,
                     QList<ParticipantRef> &externals) {
    const QStringList channels = parser.values(option("channel"));
    const QList<int> owners = channelOwners(arguments);
    for (qsizetype i = 0; i < channels.size() && i < owners.size(); ++i) {
        const ProviderChannel via = CtlCommand::parseChannel(channels.at(i));
        const int owner = owners.at(i);
        if (owner < 0 || !externals.at(owner).channel.isEmpty())
            return QStringLiteral("Each --channel goes right after the --external it is for.");
        if (via.isEmpty() || !ConnectDialect::providers().contains(via.provider))
            return QStringLiteral("--channel takes whatsapp:CHANNEL or heygia:CHANNEL, not \"%1\" (see "
                                  "'bridgectl channels').")
                .arg(channels.at(i));
        externals[owner].channel = via;
    }
    return {};
}

QString readCreate(const QCommandLineParser &parser, const QStringList &arguments, CtlCommand &command) {
    if (parser.isSet(option("from-csv"))) {
        for (const char *name : {"external", "channel", "internal", "team", "name", "status", "json"}) {
            if (parser.isSet(option(name)))
                return QStringLiteral("--from-csv takes everything from the file: no other create options.");
        }
        command.fromCsv = parser.value(option("from-csv"));
        return {};
    }
    NewConversation &c = command.newConversation;
    c.externalParticipants = people(parser, "external");
    if (const QString error = readChannels(parser, arguments, c.externalParticipants); !error.isEmpty())
        return error;
    if (parser.isSet(option("internal")) && parser.isSet(option("team")))
        return QStringLiteral("--internal and --team cannot be used together: assign agents or a team.");
    c.internalParticipants = people(parser, "internal");
    if (!c.internalParticipants.isEmpty())
        c.assignment = NewConversation::Assignment::Agents;
    if (parser.isSet(option("team"))) {
        c.assignment = NewConversation::Assignment::Team;
        c.teamId = parser.value(option("team"));
    }
    c.name = parser.value(option("name"));
    return {};
}

QString readGet(const QCommandLineParser &parser, const QStringList &, CtlCommand &command) {
    command.conversationId = parser.positionalArguments().at(1);
    return {};
}

QString readUpdate(const QCommandLineParser &parser, const QStringList &arguments, CtlCommand &command) {
    readGet(parser, arguments, command);
    ConversationUpdate &u = command.update;
    if (parser.isSet(option("name")))
        u.name = parser.value(option("name"));
    u.addCustomers = people(parser, "add-customer");
    u.removeCustomers = people(parser, "remove-customer");
    u.addAgents = people(parser, "add-agent");
    u.removeAgents = people(parser, "remove-agent");
    if (u.isEmpty() && command.statusWord.isEmpty())
        return QStringLiteral("'update' needs --name, --status, --add-customer, --remove-customer, "
                              "--add-agent or --remove-agent.");
    return {};
}

QString readProviders(const QCommandLineParser &parser, const QStringList &, CtlCommand &command) {
    command.providers = ConnectDialect::providers();
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2)
        return {};
    const QString provider = positional.at(1).trimmed().toUpper();
    if (!command.providers.contains(provider))
        return QStringLiteral("'channels' takes whatsapp or heygia, not \"%1\".").arg(positional.at(1));
    command.providers = {provider};
    return {};
}

QString readNothing(const QCommandLineParser &, const QStringList &, CtlCommand &) {
    return {};
}

QString readSign(const QCommandLineParser &parser, const QStringList &, CtlCommand &command) {
    const QStringList positional = parser.positionalArguments();
    command.signMethod = positional.at(1).toUpper().toLatin1();
    command.signPath = positional.at(2).toUtf8();
    command.signBodyFile = parser.value(option("body"));
    command.signTimestamp = parser.value(option("timestamp"));
    return {};
}

QString readSend(const QCommandLineParser &parser, const QStringList &, CtlCommand &command) {
    OutgoingMessage &m = command.message;
    m.conversationId = parser.positionalArguments().at(1);
    m.text = parser.value(option("text"));
    m.audience = parser.isSet(option("internal-note")) ? OutgoingMessage::Audience::InternalNote
                                                       : OutgoingMessage::Audience::Customer;
    m.replyToMessageId = parser.value(option("reply-to"));
    const QStringList files = parser.values(option("attach"));
    for (const QString &file : files)
        m.attachments.append(Attachment::fromFile(file));
    return {};
}

//! A command: its name, how many arguments it takes and what it reads.
struct VerbSpec {
    const char *name;
    CtlCommand::Verb verb;
    qsizetype fewest;
    qsizetype most;
    QString (*read)(const QCommandLineParser &, const QStringList &arguments, CtlCommand &);
};

constexpr VerbSpec Verbs[] = {
    {"list", CtlCommand::Verb::List, 0, 0, readList},
    {"create", CtlCommand::Verb::Create, 0, 0, readCreate},
    {"get", CtlCommand::Verb::Get, 1, 1, readGet},
    {"update", CtlCommand::Verb::Update, 1, 1, readUpdate},
    {"channels", CtlCommand::Verb::Channels, 0, 1, readProviders},
    {"health", CtlCommand::Verb::Health, 0, 0, readNothing},
    {"sign", CtlCommand::Verb::Sign, 2, 2, readSign},
    {"send", CtlCommand::Verb::Send, 1, 1, readSend},
};

QString argumentCountProblem(const VerbSpec &spec, qsizetype given) {
    if (given >= spec.fewest && given <= spec.most)
        return {};
    const QString expected = spec.fewest == spec.most ? QString::number(spec.fewest)
                             : spec.fewest == 0       ? QStringLiteral("at most %1").arg(spec.most)
                                                : QStringLiteral("%1 to %2").arg(spec.fewest).arg(spec.most);
    return QStringLiteral("'%1' takes %2 argument(s), %3 given.")
        .arg(QLatin1String(spec.name), expected)
        .arg(given);
}

//! The status word in the dialect's spelling for use; an error sentence in *error when it has none.
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
                                 QStringLiteral("list, create, get, update, channels, health, sign or send"));
    for (const OptionSpec &spec : Options)
        ctl::addOption(parser, spec.name, spec.description, spec.value);
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
    const QString verb = positional.first();
    const auto spec = std::find_if(std::begin(Verbs), std::end(Verbs),
                                   [&verb](const VerbSpec &v) { return verb == QLatin1String(v.name); });
    if (spec == std::end(Verbs)) {
        *error = QStringLiteral("Unknown command '%1'.").arg(verb);
        return command;
    }
    command.verb = spec->verb;
    command.json = parser.isSet(option("json"));
    command.profile = parser.isSet(option("profile")) ? parser.value(option("profile")) : command.profile;
    command.statusWord = parser.value(option("status")).trimmed();
    *error = misplacedOption(parser, verb);
    if (error->isEmpty())
        *error = argumentCountProblem(*spec, positional.size() - 1);
    if (error->isEmpty())
        *error = spec->read(parser, arguments, command);
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
    case Verb::Send: {
        // Refused here, before any request: a profile without messages, or a file Bridge would not take.
        if (!dialect.messages().sendsMessages())
            return dialect.messages().unsupportedSentence();
        QStringList problems;
        for (const FieldError &problem : message.validate())
            problems.append(problem.message);
        return problems.join(QLatin1Char(' '));
    }
    case Verb::Get:
        return {};
    }
    return {};
}
