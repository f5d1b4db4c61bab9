#include "connectdialect.h"

#include "connectjsonencoder.h"
#include "connectmessagedialect.h"

#include <QCoreApplication>

namespace bridge {

namespace {

struct ConnectText {
    Q_DECLARE_TR_FUNCTIONS(bridge::ConnectDialect)
};

QStringList apiPath() {
    return {QStringLiteral("bridge"), QStringLiteral("api")};
}

QStringList workspacePath(const QString &workspaceId) {
    return apiPath() << QStringLiteral("v1") << QStringLiteral("workspaces") << workspaceId;
}

QStringList collectionPath(const QString &workspaceId) {
    return workspacePath(workspaceId) << QStringLiteral("conversations");
}

//! The type a person goes out as: Connect always names one, so a type left open is sent as detected.
ParticipantType sentType(const ParticipantRef &person) {
    return person.type == ParticipantType::Unspecified ? detectParticipantType(person.identifier)
                                                       : person.type;
}

QString typeName(const ParticipantRef &person) {
    return toWireString(sentType(person)).toUpper();
}

void appendUser(QByteArray &out, const QByteArray &name, const std::optional<ParticipantRef> &user) {
    if (!user)
        return;
    appendQueryParameter(out, name + "Identifier", user->identifier);
    appendQueryParameter(out, name + "IdentifierType", typeName(*user));
}

//! A JSON object's members in order; key() puts the comma.
struct Members {
    QByteArray &out;
    bool first = true;
    void key(const char *name) {
        out += first ? "" : ",";
        first = false;
        out += '"';
        out += name;
        out += "\":";
    }
};

//! Channels: whether the people are customers of a new conversation, the only ones reached through a
//! channel (an agent's or an update's channel is never sent).
enum class Channels { Sent, Left };

void appendPeople(QByteArray &out, const QList<ParticipantRef> &people, Channels channels = Channels::Left) {
    out += '[';
    for (qsizetype i = 0; i < people.size(); ++i) {
        const ParticipantRef &person = people.at(i);
        out += i > 0 ? "," : "";
        out += '{';
        Members m{out};
        m.key("identifier");
        appendJsonString(out, person.identifier);
        m.key("identifierType");
        appendJsonString(out, typeName(person));
        if (channels == Channels::Sent && !person.channel.provider.isEmpty() &&
            !person.channel.identifier.isEmpty()) {
            m.key("messageProviderType");
            appendJsonString(out, person.channel.provider);
            m.key("providerChannelId");
            appendJsonString(out, person.channel.identifier);
        }
        out += '}';
    }
    out += ']';
}

//! {"add": [...], "remove": [...]}, each only when not empty.
void appendChanges(QByteArray &out, const QList<ParticipantRef> &added,
                   const QList<ParticipantRef> &removed) {
    out += '{';
    Members m{out};
    if (!added.isEmpty()) {
        m.key("add");
        appendPeople(out, added);
    }
    if (!removed.isEmpty()) {
        m.key("remove");
        appendPeople(out, removed);
    }
    out += '}';
}

} // namespace

QList<ParticipantType> ConnectDialect::customerTypes() const {
    return {ParticipantType::Email, ParticipantType::Phone, ParticipantType::Id};
}

QList<ParticipantType> ConnectDialect::agentTypes() const {
    return {ParticipantType::Email, ParticipantType::Id};
}

QByteArray ConnectDialect::encodedQuery(const ListQuery &query) {
    QByteArray out;
    if (!query.filter.status.isEmpty())
        appendQueryParameter(out, QByteArrayLiteral("status"), query.filter.status.raw());
    appendUser(out, QByteArrayLiteral("externalUser"), query.filter.customer);
    appendUser(out, QByteArrayLiteral("internalUser"), query.filter.agent);
    appendQueryParameter(out, QByteArrayLiteral("limit"), QString::number(query.limit));
    if (!query.cursor.isEmpty())
        appendQueryParameter(out, QByteArrayLiteral("cursor"), query.cursor);
    return out;
}

QByteArray ConnectDialect::createBody(const NewConversation &conversation) {
    QByteArray out;
    out += "{\"participants\":{\"externals\":";
    appendPeople(out, conversation.externalParticipants, Channels::Sent);
    if (conversation.assignment == NewConversation::Assignment::Agents) {
        out += ",\"internals\":";
        appendPeople(out, conversation.internalParticipants);
    }
    out += '}';
    if (conversation.assignment == NewConversation::Assignment::Team) {
        out += ",\"teamId\":";
        appendJsonString(out, conversation.teamId);
    }
    if (!conversation.name.isEmpty()) {
        out += ",\"name\":";
        appendJsonString(out, conversation.name);
    }
    out += ",\"status\":";
    appendJsonString(out, conversation.status.raw());
    out += '}';
    return out;
}

QByteArray ConnectDialect::updateBody(const ConversationUpdate &update) {
    QByteArray out;
    out += '{';
    Members m{out};
    if (update.name) {
        m.key("name");
        appendJsonString(out, *update.name);
    }
    if (update.status) {
        m.key("status");
        appendJsonString(out, update.status->raw());
    }
    const bool customers = !update.addCustomers.isEmpty() || !update.removeCustomers.isEmpty();
    const bool agents = !update.addAgents.isEmpty() || !update.removeAgents.isEmpty();
    if (customers || agents) {
        m.key("participants");
        out += '{';
        Members sides{out};
        if (customers) {
            sides.key("externals");
            appendChanges(out, update.addCustomers, update.removeCustomers);
        }
        if (agents) {
            sides.key("internals");
            appendChanges(out, update.addAgents, update.removeAgents);
        }
        out += '}';
    }
    out += '}';
    return out;
}

RequestSpec ConnectDialect::list(const QString &workspaceId, const ListQuery &query) const {
    return {QByteArrayLiteral("GET"), collectionPath(workspaceId), encodedQuery(query), {}, true};
}

RequestSpec ConnectDialect::create(const QString &workspaceId, const NewConversation &conversation) const {
    // Never retried: a lost answer to a create is reported, never sent twice.
    return {QByteArrayLiteral("POST"), collectionPath(workspaceId), {}, createBody(conversation), false};
}

RequestSpec ConnectDialect::get(const QString &workspaceId, const QString &conversationId) const {
    return {QByteArrayLiteral("GET"), collectionPath(workspaceId) << conversationId, {}, {}, true};
}

RequestSpec ConnectDialect::update(const QString &workspaceId, const QString &conversationId,
                                   const ConversationUpdate &update) const {
    return {QByteArrayLiteral("PATCH"),
            collectionPath(workspaceId) << conversationId,
            {},
            updateBody(update),
            false};
}

RequestSpec ConnectDialect::health() const {
    return {QByteArrayLiteral("GET"), apiPath() << QStringLiteral("health"), {}, {}, true};
}

RequestSpec ConnectDialect::providerChannels(const QString &workspaceId, const QString &provider) const {
    return {QByteArrayLiteral("GET"),
            workspacePath(workspaceId) << QStringLiteral("provider-channels") << provider,
            {},
            {},
            true};
}

const MessageDialect &ConnectDialect::messages() const {
    static const ConnectMessageDialect dialect;
    return dialect;
}

FieldErrors ConnectDialect::validate(const ListQuery &query) const {
    FieldErrors errors = query.filter.validate(statuses());
    if (query.filter.agent && sentType(*query.filter.agent) == ParticipantType::Phone)
        errors.append({QStringLiteral("internalUser"),
                       ConnectText::tr("Agents are found by email address or ID, not by phone number.")});
    if (query.page > 1 && query.cursor.isEmpty())
        errors.append({QStringLiteral("cursor"),
                       ConnectText::tr("This API pages by cursor: a later page needs the cursor of the one "
                                       "before it.")});
    return errors + limitProblems(query.limit, minLimit(), maxLimit());
}

FieldErrors ConnectDialect::channelProblems(const QList<ParticipantRef> &people, const QString &field) const {
    FieldErrors errors;
    for (qsizetype i = 0; i < people.size(); ++i) {
        const ProviderChannel &channel = people.at(i).channel;
        const QString where = field + QStringLiteral("[%1].channel").arg(i);
        if (channel.isEmpty())
            continue;
        if (channel.provider.isEmpty() || channel.identifier.isEmpty())
            errors.append({where, ConnectText::tr("Choose both the provider and its channel, or neither.")});
        else if (!ConnectDialect::providers().contains(channel.provider))
            errors.append({where, ConnectText::tr("The provider must be WHATSAPP or HEYGIA, not \"%1\".")
                                      .arg(channel.provider)});
    }
    return errors;
}

JsonDecoder::Result<ConversationPage> ConnectDialect::decodePage(const QByteArray &body) const {
    return JsonDecoder::decodeConnectPage(body);
}

JsonDecoder::Result<Conversation> ConnectDialect::decodeConversation(const QByteArray &body) const {
    return JsonDecoder::decodeConnectConversation(body);
}

JsonDecoder::Result<QList<ProviderChannel>> ConnectDialect::decodeChannels(const QByteArray &body) const {
    return JsonDecoder::decodeProviderChannels(body);
}

QJsonObject ConnectDialect::toJson(const Conversation &conversation) const {
    return ConnectJsonEncoder::toJson(conversation);
}

QJsonObject ConnectDialect::toJson(const ConversationPage &page) const {
    return ConnectJsonEncoder::toJson(page);
}

} // namespace bridge
