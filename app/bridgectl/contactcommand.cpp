#include "contactcommand.h"

#include "ctlconnection.h"
#include <QCommandLineParser>

using namespace bridge;

namespace {

//! One option: its name, help and value name (nullptr: a switch).
struct OptionSpec {
    const char *name;
    const char *description;
    const char *value;
};

constexpr OptionSpec Options[] = {
    {"search", "Contacts whose names, email or phone contain T (case and accents ignored).", "T"},
    {"owner",
     "Contacts owned by this agent: an email (Connect) or an ID (classic); with create, upsert "
     "and update the contact's owner.",
     "EMAIL|ID"},
    {"limit", "Page size (1 to 100).", "N"},
    {"page", "Page number, from 1 (classic).", "N"},
    {"cursor", "The page after the one that printed C (Connect).", "C"},
    {"all", "Every page, in one table.", nullptr},
    {"json", "Print the API's own JSON, for scripts.", nullptr},
    {"first-name", "The contact's first name.", "F"},
    {"last-name", "The contact's last name.", "L"},
    {"cellphone", "The contact's cell phone, E.164 (+ and 8 to 15 digits).", "P"},
    {"email", "The contact's email address.", "E"},
    {"profile", "Stored profile to use.", "NAME"},
};

//! Options of the list only and of a create, upsert or update only (--owner goes with both).
const QStringList ListOptions{QStringLiteral("search"), QStringLiteral("limit"), QStringLiteral("page"),
                              QStringLiteral("cursor"), QStringLiteral("all")};
const QStringList DraftOptions{QStringLiteral("first-name"), QStringLiteral("last-name"),
                               QStringLiteral("cellphone"), QStringLiteral("email")};

//! A contact command word and the operation it names.
struct OperationSpec {
    const char *name;
    ContactOperation operation;
    bool takesId;
};

constexpr OperationSpec Operations[] = {
    {"get", ContactOperation::Get, true},        {"create", ContactOperation::Create, false},
    {"upsert", ContactOperation::Upsert, false}, {"update", ContactOperation::Update, true},
    {"delete", ContactOperation::Delete, true},
};

QString option(const char *name) {
    return QLatin1String(name);
}

bool takesValue(const QString &name) {
    for (const OptionSpec &spec : Options) {
        if (name == QLatin1String(spec.name))
            return spec.value != nullptr;
    }
    return name == QLatin1String("profile");
}

QString readPaging(const QCommandLineParser &parser, ContactCommand &command) {
    bool ok = true;
    if (parser.isSet(option("page"))) {
        command.page = parser.value(option("page")).toInt(&ok);
        if (!ok || *command.page < 1)
            return QStringLiteral("--page must be a whole number of 1 or more.");
    }
    if (parser.isSet(option("limit"))) {
        command.query.limit = parser.value(option("limit")).toInt(&ok);
        if (!ok || command.query.limit < 1)
            return QStringLiteral("--limit must be a whole number of 1 or more.");
    }
    if (parser.isSet(option("page")) && parser.isSet(option("cursor")))
        return QStringLiteral("--page and --cursor cannot be used together.");
    command.query.cursor = parser.value(option("cursor"));
    if (parser.isSet(option("cursor")) && command.query.cursor.isEmpty())
        return QStringLiteral("--cursor needs the value a page printed after \"next: --cursor\".");
    if (command.all && (parser.isSet(option("page")) || parser.isSet(option("cursor"))))
        return QStringLiteral("--all starts at the first page: --page and --cursor do not apply.");
    return {};
}

ContactDraft readDraft(const QCommandLineParser &parser) {
    ContactDraft draft;
    draft.firstName = parser.value(option("first-name"));
    draft.lastName = parser.value(option("last-name"));
    draft.cellphone = parser.value(option("cellphone"));
    draft.email = parser.value(option("email"));
    draft.ownerIdentifier = parser.value(option("owner"));
    return draft;
}

//! The first option given that does not go with the command, as a sentence; "" when none.
QString misplaced(const QCommandLineParser &parser, bool list) {
    for (const QString &name : list ? DraftOptions : ListOptions) {
        if (parser.isSet(name))
            return list ? QStringLiteral("--%1 goes with 'contact create', 'upsert' or 'update'.").arg(name)
                        : QStringLiteral("--%1 goes with 'contacts'.").arg(name);
    }
    return {};
}

QString readOperation(const QStringList &positional, ContactCommand &command) {
    if (positional.size() < 2)
        return QStringLiteral("'contact' needs get, create, upsert, update or delete.");
    const QString word = positional.at(1);
    for (const OperationSpec &spec : Operations) {
        if (word != QLatin1String(spec.name))
            continue;
        command.operation = spec.operation;
        const qsizetype wanted = spec.takesId ? 3 : 2;
        if (positional.size() != wanted)
            return spec.takesId ? QStringLiteral("'contact %1' takes one contact ID.").arg(word)
                                : QStringLiteral("'contact %1' takes no arguments, only options.").arg(word);
        if (spec.takesId)
            command.contactId = positional.at(2);
        return {};
    }
    return QStringLiteral("Unknown contact command '%1': use get, create, upsert, update or delete.")
        .arg(word);
}

} // namespace

bool ContactCommand::isContactCommand(const QStringList &arguments) {
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &token = arguments.at(i);
        if (token == QLatin1String("--"))
            return false;
        if (token.startsWith(QLatin1Char('-'))) {
            if (!token.contains(QLatin1Char('=')) && takesValue(token.mid(2)))
                ++i;
            continue;
        }
        return token == QLatin1String("contacts") || token == QLatin1String("contact");
    }
    return false;
}

ContactCommand ContactCommand::parse(const QStringList &arguments, QString *error, QString *helpText) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Bridge contacts from the command line.\n\n") + usage());
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("contacts, or contact get|create|"
                                                                           "upsert|update|delete"));
    for (const OptionSpec &spec : Options)
        ctl::addOption(parser, spec.name, spec.description, spec.value);
    *helpText = parser.helpText();

    ContactCommand command;
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return command;
    }
    command.showHelp = parser.isSet(QStringLiteral("help"));
    if (command.showHelp)
        return command;
    command.json = parser.isSet(option("json"));
    command.all = parser.isSet(option("all"));
    command.profile = parser.isSet(option("profile")) ? parser.value(option("profile")) : command.profile;
    const QStringList positional = parser.positionalArguments();
    const bool list = positional.value(0) == QLatin1String("contacts");
    *error = misplaced(parser, list);
    if (!error->isEmpty())
        return command;
    if (list) {
        if (positional.size() > 1) {
            *error = QStringLiteral("'contacts' takes no arguments, only options.");
            return command;
        }
        command.query.search = parser.value(option("search"));
        command.query.owner = parser.value(option("owner"));
        *error = readPaging(parser, command);
        return command;
    }
    *error = readOperation(positional, command);
    command.draft = readDraft(parser);
    const bool writes = command.operation == ContactOperation::Create ||
                        command.operation == ContactOperation::Upsert ||
                        command.operation == ContactOperation::Update;
    if (error->isEmpty() && !writes && !command.draft.isEmpty())
        *error =
            QStringLiteral("'contact %1' takes only the contact ID: --first-name, --last-name, --cellphone, "
                           "--email and --owner go with create, upsert and update.")
                .arg(positional.at(1));
    return command;
}

QString ContactCommand::fitTo(const ContactDialect &dialect) {
    if (!dialect.supports(operation))
        return dialect.unsupportedSentence(operation);
    if (operation != ContactOperation::List)
        return {};
    const QString api = QStringLiteral("The %1 API").arg(apiGenerationName(dialect.generation()));
    if (page && dialect.pagesByCursor())
        return api + QStringLiteral(" pages by cursor: use --cursor C, with the C a page printed after "
                                    "\"next: --cursor\".");
    if (!query.cursor.isEmpty() && !dialect.pagesByCursor())
        return api + QStringLiteral(" pages by number: use --page N.");
    query.page = page.value_or(1);
    if (query.limit < dialect.minLimit() || query.limit > dialect.maxLimit())
        return QStringLiteral("--limit must be a whole number from %1 to %2.")
            .arg(dialect.minLimit())
            .arg(dialect.maxLimit());
    return {};
}

QString ContactCommand::usage() {
    QString out = QStringLiteral(
        "Contacts:\n"
        "  contacts [--search T] [--owner EMAIL|ID] [--limit N] [--page N | --cursor C] [--all] [--json]\n"
        "  contact get ID [--json]\n"
        "  contact create --first-name F --last-name L --cellphone P [--email E] [--owner ID] [--json]\n"
        "  contact upsert --cellphone P [--first-name F] [--last-name L] [--email E] [--owner ID] [--json]\n"
        "           creates the contact with that cell phone, or updates the one that has it\n"
        "  contact update ID [--first-name F] [--last-name L] [--cellphone P] [--email E] [--owner ID]\n"
        "  contact delete ID\n");
    for (const ApiGeneration generation : {ApiGeneration::Classic, ApiGeneration::Connect}) {
        const ContactDialect &dialect = ContactDialect::of(generation);
        QStringList has;
        QStringList lacks;
        for (const OperationSpec &spec : Operations)
            (dialect.supports(spec.operation) ? has : lacks).append(QLatin1String(spec.name));
        out += QStringLiteral("  %1: --owner is the owner's %2; pages %3; contact %4%5\n")
                   .arg(apiGenerationName(generation),
                        dialect.ownerFilterName() == QLatin1String("ownerEmail") ? QStringLiteral("email")
                                                                                 : QStringLiteral("ID"),
                        dialect.pagesByCursor() ? QStringLiteral("by cursor") : QStringLiteral("by number"),
                        has.join(QLatin1Char('/')),
                        lacks.isEmpty() ? QString()
                                        : QStringLiteral(" (no %1)").arg(lacks.join(QLatin1Char('/'))));
    }
    return out;
}
