#pragma once

#include "apigeneration.h"
#include "conversation.h"
#include "conversationpage.h"
#include "conversationupdate.h"
#include "fielderror.h"
#include "jsondecoder.h"
#include "listquery.h"
#include "messagedialect.h"
#include "newconversation.h"
#include "requestspec.h"
#include "statusvocabulary.h"

#include <QJsonObject>
#include <QList>

namespace bridge {

//! What one API generation says on the wire: paths, query spelling, bodies, the checks only it makes,
//! the shapes of its answers and its statuses. Everything above it (the client, the controllers, the
//! window, bridgectl) speaks the generation-neutral values and asks the profile's dialect; nothing
//! else asks which generation it is talking to. Pure: no network, testable byte for byte.
class ApiDialect {
public:
    virtual ~ApiDialect() = default;

    static const ApiDialect &of(ApiGeneration generation);

    virtual ApiGeneration generation() const = 0;
    virtual const StatusVocabulary &statuses() const = 0;
    //! Types a customer and an agent may be named by, in the order a chooser offers them.
    virtual QList<ParticipantType> customerTypes() const = 0;
    virtual QList<ParticipantType> agentTypes() const = 0;
    virtual bool pagesByCursor() const = 0;
    virtual int minLimit() const = 0;
    virtual int maxLimit() const = 0;
    //! A new conversation's status when nobody chose one.
    virtual ConversationStatus defaultStatus() const = 0;

    virtual RequestSpec list(const QString &workspaceId, const ListQuery &query) const = 0;
    virtual RequestSpec create(const QString &workspaceId, const NewConversation &conversation) const = 0;
    virtual RequestSpec get(const QString &workspaceId, const QString &conversationId) const = 0;
    virtual RequestSpec update(const QString &workspaceId, const QString &conversationId,
                               const ConversationUpdate &update) const = 0;
    //! The health check; an empty method when the generation has none.
    virtual RequestSpec health() const = 0;
    //! A provider's channels (provider "WHATSAPP" or "HEYGIA"); an empty method when there are none.
    virtual RequestSpec providerChannels(const QString &workspaceId, const QString &provider) const = 0;

    //! How this generation sends messages (MessageDialect::none() when it cannot).
    virtual const MessageDialect &messages() const = 0;

    //! Every problem this generation's server would reject, before anything is sent.
    virtual FieldErrors validate(const ListQuery &query) const = 0;
    //! The shared checks with this generation's statuses and types, plus its channel rules.
    FieldErrors validate(const NewConversation &conversation) const;
    FieldErrors validate(const ConversationUpdate &update) const;

    virtual JsonDecoder::Result<ConversationPage> decodePage(const QByteArray &body) const = 0;
    virtual JsonDecoder::Result<Conversation> decodeConversation(const QByteArray &body) const = 0;
    virtual JsonDecoder::Result<QList<ProviderChannel>> decodeChannels(const QByteArray &body) const = 0;
    //! The generation's own JSON shapes, for --json output and exports.
    virtual QJsonObject toJson(const Conversation &conversation) const = 0;
    virtual QJsonObject toJson(const ConversationPage &page) const = 0;

protected:
    //! Problems of the channels given to a new conversation's customers (field[i].channel).
    virtual FieldErrors channelProblems(const QList<ParticipantRef> &customers,
                                        const QString &field) const = 0;
    //! Problems of participants named by a type this generation does not have (field[i].type).
    static FieldErrors typeProblems(const QList<ParticipantRef> &people,
                                    const QList<ParticipantType> &allowed, const QString &field);
    static FieldErrors limitProblems(int limit, int min, int max);
};

} // namespace bridge
