#include "classicdialect.h"

#include "jsonencoder.h"

#include <QCoreApplication>

namespace bridge {

namespace {

struct ClassicText {
    Q_DECLARE_TR_FUNCTIONS(bridge::ClassicDialect)
};

QStringList collectionPath(const QString &workspaceId) {
    return {QStringLiteral("v1"), QStringLiteral("workspaces"), workspaceId, QStringLiteral("conversations")};
}

QStringList itemPath(const QString &workspaceId, const QString &conversationId) {
    return collectionPath(workspaceId) << conversationId;
}

void appendUser(QByteArray &out, const QByteArray &name, const std::optional<ParticipantRef> &user) {
    if (!user)
        return;
    appendQueryParameter(out, name + QByteArrayLiteral("%5Bidentifier%5D"), user->identifier);
    if (user->type != ParticipantType::Unspecified)
        appendQueryParameter(out, name + QByteArrayLiteral("%5Btype%5D"), toWireString(user->type));
}

//! A filter by someone named by an id: classic knows people by email and phone only.
void filterTypeProblem(FieldErrors &errors, const std::optional<ParticipantRef> &user, const QString &field) {
    if (user && user->type == ParticipantType::Id)
        errors.append({field, ClassicText::tr("This API finds people by an exact email address or +phone "
                                              "number only; it has no IDs and no partial search.")});
}

} // namespace

QList<ParticipantType> ClassicDialect::customerTypes() const {
    return {ParticipantType::Email, ParticipantType::Phone};
}

QList<ParticipantType> ClassicDialect::agentTypes() const {
    return {ParticipantType::Email, ParticipantType::Phone};
}

QByteArray ClassicDialect::encodedQuery(const ListQuery &query) {
    QByteArray out;
    if (!query.filter.status.isEmpty())
        appendQueryParameter(out, QByteArrayLiteral("status"), query.filter.status.raw());
    appendUser(out, QByteArrayLiteral("externalUser"), query.filter.customer);
    appendUser(out, QByteArrayLiteral("internalUser"), query.filter.agent);
    appendQueryParameter(out, QByteArrayLiteral("page"), QString::number(query.page));
    appendQueryParameter(out, QByteArrayLiteral("limit"), QString::number(query.limit));
    return out;
}

RequestSpec ClassicDialect::list(const QString &workspaceId, const ListQuery &query) const {
    return {QByteArrayLiteral("GET"), collectionPath(workspaceId), encodedQuery(query), {}, true};
}

RequestSpec ClassicDialect::create(const QString &workspaceId, const NewConversation &conversation) const {
    // Never retried: a lost answer to a create is reported, never sent twice.
    return {QByteArrayLiteral("POST"), collectionPath(workspaceId), {}, conversation.toJson(), false};
}

RequestSpec ClassicDialect::get(const QString &workspaceId, const QString &conversationId) const {
    return {QByteArrayLiteral("GET"), itemPath(workspaceId, conversationId), {}, {}, true};
}

RequestSpec ClassicDialect::update(const QString &workspaceId, const QString &conversationId,
                                   const ConversationUpdate &update) const {
    return {QByteArrayLiteral("PATCH"), itemPath(workspaceId, conversationId), {}, update.toJson(), false};
}

FieldErrors ClassicDialect::validate(const ListQuery &query) const {
    FieldErrors errors = query.filter.validate(statuses());
    filterTypeProblem(errors, query.filter.customer, QStringLiteral("externalUser"));
    filterTypeProblem(errors, query.filter.agent, QStringLiteral("internalUser"));
    if (query.page < 1)
        errors.append({QStringLiteral("page"), ClassicText::tr("The page must be 1 or more.")});
    return errors + limitProblems(query.limit, minLimit(), maxLimit());
}

FieldErrors ClassicDialect::channelProblems(const QList<ParticipantRef> &people, const QString &field) const {
    FieldErrors errors;
    for (qsizetype i = 0; i < people.size(); ++i) {
        if (!people.at(i).channel.isEmpty())
            errors.append({field + QStringLiteral("[%1].channel").arg(i),
                           ClassicText::tr("This API has no messaging channels to choose.")});
    }
    return errors;
}

JsonDecoder::Result<ConversationPage> ClassicDialect::decodePage(const QByteArray &body) const {
    return JsonDecoder::decodePage(body);
}

JsonDecoder::Result<Conversation> ClassicDialect::decodeConversation(const QByteArray &body) const {
    return JsonDecoder::decodeConversation(body);
}

JsonDecoder::Result<QList<ProviderChannel>> ClassicDialect::decodeChannels(const QByteArray &) const {
    return QList<ProviderChannel>();
}

QJsonObject ClassicDialect::toJson(const Conversation &conversation) const {
    return JsonEncoder::toJson(conversation);
}

QJsonObject ClassicDialect::toJson(const ConversationPage &page) const {
    return JsonEncoder::toJson(page);
}

} // namespace bridge
