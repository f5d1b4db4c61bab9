#include "ctlusage.h"

#include "apidialect.h"
#include "apifeatures.h"
#include "contactcommand.h"
#include "credentialstore.h"
#include "participanttype.h"

#include <QStringList>

using namespace bridge;

namespace ctlusage {

namespace {

const char Commands[] = R"(Commands:
  list     [--status S] [--external ID[:id|email|phone]] [--internal ID[:id|email]]
           [--limit N] [--page N | --cursor C] [--json]
           (Connect pages by cursor: while more follow, the table ends with "next: --cursor C")
  list     --all --format csv|json [--output FILE] [--status S] [--external ...] [--internal ...]
           (every page, streamed; --output writes a file that appears only when complete)
  create   --external ID[:type] [--channel whatsapp:CHANNEL|heygia:CHANNEL]...
           [--internal ID[:type]... | --team ID] [--name TEXT] [--status S] [--json]
  create   --from-csv FILE   (results in FILE.results.csv; a re-run skips the rows already created)
  get      ID [--json]
  update   ID [--name TEXT] [--status S] [--add-customer ID[:type]]... [--remove-customer ID[:type]]...
           [--add-agent ID[:type]]... [--remove-agent ID[:type]]... [--json]
  channels [whatsapp|heygia] [--json]   the workspace's messaging channels (both providers when
           none is named); take a channel from here for create --channel
  health   whether the server accepts the key: exit status 0 when it does, 1 and the reason if not
  sign     METHOD PATH [--body FILE] [--timestamp T]   the signature of one request
  send     CONVERSATION_ID --text TEXT [--internal-note] [--reply-to MESSAGE_ID] [--attach FILE]...
           [--json]   a message (Connect), with files: images gif jpeg jpg png webp and audio m4a mp3
           ogg wav up to 16 MB, video avi mov mp4 up to 64 MB, documents doc docx pdf ppt pptx txt
           xls xlsx up to 100 MB; prints the message id (--json: with the media ids)

--channel is for the --external written just before it:
  create --external +15550111 --channel whatsapp:+15550100 --external ana@example.com
Status words and provider names may be typed in either case. The type after ':' may be left out:
an '@' means email, a leading '+' or digit a phone number, anything else an ID.
--json prints the API's own JSON: a page is {"conversations": [...], "pagination": {...}} in the
classic API and {"conversations": [...], "cursor": C or null} in Connect.

The API generation is the stored profile's; BRIDGE_API=classic or BRIDGE_API=connect picks one for
a run. What each takes:)";

const char Closing[] = R"(
Credentials come from the stored profile (see bridge-desk's Settings); BRIDGE_BASE_URL,
BRIDGE_WORKSPACE_ID and the key variables above override it for a run and are never saved.

Exit status: 0 done, 1 the server or the network failed (the reason on stderr), 2 bad input or a
command the API does not have (nothing was sent).)";

QString types(const QList<ParticipantType> &list) {
    QStringList names;
    for (const ParticipantType type : list)
        names.append(toWireString(type));
    return names.join(QLatin1Char('|'));
}

//! What generation takes, in a few indented lines.
QString generationText(ApiGeneration generation) {
    const ApiDialect &dialect = ApiDialect::of(generation);
    const StatusVocabulary &statuses = dialect.statuses();
    QStringList keys{QStringLiteral("BRIDGE_API_KEY")};
    if (!keys.contains(CredentialStore::secretVariable(generation)))
        keys.append(CredentialStore::secretVariable(generation));
    QStringList commands{QStringLiteral("list, create, get, update")};
    if (apifeatures::hasChannels(dialect))
        commands.append(QStringLiteral("channels"));
    if (apifeatures::hasHealth(dialect))
        commands.append(QStringLiteral("health"));
    if (apifeatures::signsRequests(dialect))
        commands.append(QStringLiteral("sign"));
    if (dialect.messages().sendsMessages())
        commands.append(QStringLiteral("send"));
    const QString paging = dialect.pagesByCursor()
                               ? QStringLiteral("by cursor: --cursor C, C from a table's last line")
                               : QStringLiteral("by number: --page N");
    return QStringLiteral("  %1\n"
                          "    statuses    %2\n"
                          "    new status  %3 (default %4)\n"
                          "    people      customers ID:%5, agents ID:%6\n"
                          "    pages       %7; --limit %8 to %9\n"
                          "    key         %10\n"
                          "    commands    %11\n")
        .arg(apiGenerationName(generation), statuses.spelled(StatusVocabulary::Filter),
             statuses.spelled(StatusVocabulary::Create), dialect.defaultStatus().raw(),
             types(dialect.customerTypes()), types(dialect.agentTypes()), paging)
        .arg(dialect.minLimit())
        .arg(dialect.maxLimit())
        .arg(keys.join(QStringLiteral(" and ")), commands.join(QStringLiteral(", ")));
}

} // namespace

QString text() {
    QString out = QLatin1String(Commands) + QLatin1Char('\n');
    for (const ApiGeneration generation : {ApiGeneration::Classic, ApiGeneration::Connect})
        out += generationText(generation);
    return out + QLatin1Char('\n') + ContactCommand::usage() + QLatin1String(Closing);
}

} // namespace ctlusage
