#include "ctlcommand.h"

#include <QCommandLineParser>

using namespace bridge;

namespace {

const char Usage[] = R"(Commands:
  list   [--status S] [--external ID[:email|phone]] [--internal ID[:email|phone]] [--page N] [--limit N] [--json]
  list   --all --format csv|json [--output FILE] [--status S] [--external ...] [--internal ...]
  create --external ID[:type]... [--internal ID[:type]... | --team ID] [--name TEXT] [--status active|ghost] [--json]
  create --from-csv FILE   (results in FILE.results.csv; a re-run skips the rows already created)
  get    ID [--json]
  update ID [--name TEXT] [--status active|archived|ghost] [--json]
  sign   METHOD PATH [--body FILE] [--timestamp T]

Credentials come from the stored profile (see bridge-desk's Settings) and are overridden by
BRIDGE_BASE_URL, BRIDGE_WORKSPACE_ID, BRIDGE_API_KEY and BRIDGE_SECRET_KEY.)";

int positiveInt(const QString &text, bool *ok) {
    const int value = text.toInt(ok);
    if (value < 1)
        *ok = false;
    return value;
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

CtlCommand CtlCommand::parse(const QStringList &arguments, QString *error, QString *helpText) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Bridge conversations from the command line.\n\n") +
                                     QLatin1String(Usage));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("list, create, get, update or sign"));
    const QCommandLineOption status(QStringLiteral("status"), QStringLiteral("Conversation status."),
                                    QStringLiteral("S"));
    const QCommandLineOption external(QStringLiteral("external"),
                                      QStringLiteral("Customer (external participant)."),
                                      QStringLiteral("ID[:type]"));
    const QCommandLineOption internal(QStringLiteral("internal"),
                                      QStringLiteral("Agent (internal participant)."),
                                      QStringLiteral("ID[:type]"));
    const QCommandLineOption team(
        QStringLiteral("team"), QStringLiteral("Team ID for round-robin assignment."), QStringLiteral("ID"));
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("Conversation name."),
                                  QStringLiteral("TEXT"));
    const QCommandLineOption page(QStringLiteral("page"), QStringLiteral("Page number (from 1)."),
                                  QStringLiteral("N"));
    const QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("Page size, 20 to 100."),
                                   QStringLiteral("N"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON for scripts."));
    const QCommandLineOption body(QStringLiteral("body"),
                                  QStringLiteral("File holding the exact request body (sign)."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption timestamp(QStringLiteral("timestamp"),
                                       QStringLiteral("Unix time to sign with (sign)."), QStringLiteral("T"));
    const QCommandLineOption profile(QStringLiteral("profile"), QStringLiteral("Stored profile to use."),
                                     QStringLiteral("NAME"), QStringLiteral("default"));
    const QCommandLineOption all(QStringLiteral("all"), QStringLiteral("Every page of the filter (list)."));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("csv or json (list --all)."),
                                    QStringLiteral("F"));
    const QCommandLineOption output(QStringLiteral("output"),
                                    QStringLiteral("Write to FILE instead of stdout (list --all)."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption fromCsv(QStringLiteral("from-csv"),
                                     QStringLiteral("Create one conversation per row of FILE (create)."),
                                     QStringLiteral("FILE"));
    parser.addOptions({status, external, internal, team, name, page, limit, json, body, timestamp, profile,
                       all, format, output, fromCsv});
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
    const QString verb = positional.first();
    const auto expectArguments = [&](qsizetype count) {
        if (positional.size() != count + 1)
            *error = QStringLiteral("'%1' takes %2 argument(s), %3 given.")
                         .arg(verb)
                         .arg(count)
                         .arg(positional.size() - 1);
        return error->isEmpty();
    };

    if (verb == QLatin1String("list")) {
        command.verb = Verb::List;
        if (!expectArguments(0))
            return command;
        ListQuery &query = command.listQuery;
        query.filter.status = ConversationStatus(parser.value(status));
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
            if (parser.isSet(page) || parser.isSet(limit) || parser.isSet(json)) {
                *error = QStringLiteral("--all exports every page: --page, --limit and --json do not apply.");
                return command;
            }
            command.csv = f == QLatin1String("csv");
            command.outputFile = parser.value(output);
        } else if (parser.isSet(format) || parser.isSet(output)) {
            *error = QStringLiteral("--format and --output go with --all.");
            return command;
        }
        bool ok = true;
        if (parser.isSet(page) && (query.page = positiveInt(parser.value(page), &ok), !ok))
            *error = QStringLiteral("--page must be a whole number of 1 or more.");
        if (parser.isSet(limit) && (query.limit = positiveInt(parser.value(limit), &ok), !ok))
            *error = QStringLiteral("--limit must be a whole number from 20 to 100.");
    } else if (verb == QLatin1String("create")) {
        command.verb = Verb::Create;
        if (!expectArguments(0))
            return command;
        if (parser.isSet(fromCsv)) {
            if (parser.isSet(external) || parser.isSet(internal) || parser.isSet(team) ||
                parser.isSet(name) || parser.isSet(status) || parser.isSet(json)) {
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
        if (parser.isSet(status))
            c.status = ConversationStatus(parser.value(status));
    } else if (verb == QLatin1String("get") || verb == QLatin1String("update")) {
        command.verb = verb == QLatin1String("get") ? Verb::Get : Verb::Update;
        if (!expectArguments(1))
            return command;
        command.conversationId = positional.at(1);
        if (parser.isSet(name))
            command.update.name = parser.value(name);
        if (parser.isSet(status))
            command.update.status = ConversationStatus(parser.value(status));
        if (command.verb == Verb::Update && command.update.isEmpty())
            *error = QStringLiteral("'update' needs --name or --status.");
    } else if (verb == QLatin1String("sign")) {
        command.verb = Verb::Sign;
        if (!expectArguments(2))
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
