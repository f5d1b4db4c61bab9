#pragma once

#include "attributedefinition.h"
#include "callhandle.h"
#include "clientoptions.h"
#include "contact.h"
#include "contactdraft.h"
#include "contactquery.h"
#include "conversation.h"
#include "conversationpage.h"
#include "conversationupdate.h"
#include "expected.h"
#include "jsondecoder.h"
#include "listquery.h"
#include "newconversation.h"
#include "outgoingmessage.h"
#include "requestrecord.h"
#include "requestspec.h"

#include <QObject>

class QNetworkAccessManager;

namespace bridge {

class ApiDialect;
class ContactDialect;
class MessageSend;
struct PreparedAttachment;
struct UploadSlot;

//! The Bridge API, in the profile's generation (ClientOptions::generation picks the ApiDialect). One
//! QNetworkAccessManager; every call returns a CallHandle and ends exactly once, by calling `done` with a
//! typed value or an ApiError, unless it was cancelled or `context` was destroyed first, in which case
//! nothing is called. `done` runs in the event loop, never inside the call that started it.
class BridgeClient : public QObject {
    Q_OBJECT
public:
    explicit BridgeClient(QObject *parent = nullptr);
    ~BridgeClient() override;

    void setOptions(const ClientOptions &options); //!< applies to calls started afterwards
    const ClientOptions &options() const;

    CallHandle list(const ListQuery &query, QObject *context, Callback<ConversationPage> done);
    CallHandle create(const NewConversation &conversation, QObject *context, Callback<Conversation> done);
    CallHandle get(const QString &conversationId, QObject *context, Callback<Conversation> done);
    CallHandle update(const QString &conversationId, const ConversationUpdate &update, QObject *context,
                      Callback<Conversation> done);
    //! The health check (Connect): true when the server accepts the key. Classic has none: an
    //! InvalidInput error, nothing sent.
    CallHandle health(QObject *context, Callback<bool> done);
    //! The workspace's channels of provider ("WHATSAPP", "HEYGIA"); Connect only.
    CallHandle providerChannels(const QString &provider, QObject *context,
                                Callback<QList<ProviderChannel>> done);

    //! Sends a message with its attachments (Connect; see MessageSend for the steps). Returns the
    //! running send, owned by the client and deleted once it ended (hold it in a QPointer): connect
    //! its progress() and stageChanged(), call cancel(). A generation without messages, or a message
    //! that fails OutgoingMessage::validate(), ends with an InvalidInput error and nothing sent.
    MessageSend *sendMessage(const OutgoingMessage &message, QObject *context, Callback<SentMessage> done);
    //! The two Bridge calls a send is made of. Upload slots for files already read (one per file,
    //! in order); the message with the media ids of uploaded files (never re-sent on its own).
    CallHandle requestUploads(const QList<PreparedAttachment> &files, QObject *context,
                              Callback<QList<UploadSlot>> done);
    CallHandle postMessage(const OutgoingMessage &message, const QStringList &mediaIds, QObject *context,
                           Callback<SentMessage> done);

    //! The dialect of the generation in the options.
    const ApiDialect &dialect() const;

    // Contacts (bridgeclientcontacts.cpp), ending like the calls above. An operation the generation
    // lacks (contactDialect().supports()) and a draft that fails validation end with an InvalidInput
    // error, nothing sent. Creates and upserts are never retried on their own.
    CallHandle contacts(const ContactQuery &query, QObject *context, Callback<ContactPage> done);
    CallHandle contact(const QString &contactId, QObject *context, Callback<Contact> done);
    CallHandle createContact(const ContactDraft &draft, QObject *context, Callback<Contact> done);
    //! Connect: creates the contact with draft.cellphone, or updates the one that has it.
    CallHandle upsertContact(const ContactDraft &draft, QObject *context, Callback<Contact> done);
    CallHandle updateContact(const QString &contactId, const ContactDraft &draft, QObject *context,
                             Callback<Contact> done);
    //! true once the server confirmed the deletion.
    CallHandle deleteContact(const QString &contactId, QObject *context, Callback<bool> done);
    CallHandle attributeDefinitions(QObject *context, Callback<QList<AttributeDefinition>> done);
    //! The contacts side of the generation in the options.
    const ContactDialect &contactDialect() const;

    //! Server time minus local time, learnt from the Date header of a 401; 0 until then.
    qint64 clockOffsetSeconds() const;
    void setClockOffsetSeconds(qint64 seconds);

    //! Cancels every call in flight (their callers hear nothing).
    void cancelAll();

    QNetworkAccessManager *networkAccessManager() const;

signals:
    //! A 401 showed the local clock off by more than 30 s; later requests are signed with the offset.
    void clockSkewDetected(qint64 offsetSeconds);
    //! Fires after every attempt, retries included, with what was sent and received (no secret).
    void attemptFinished(const bridge::RequestRecord &record);

private:
    template <typename Result>
    using Decoder = std::function<JsonDecoder::Result<Result>(const QByteArray &body)>;
    template <typename Result>
    CallHandle start(RequestSpec spec, const FieldErrors &inputErrors, QObject *context,
                     Decoder<Result> decode, Callback<Result> done);
    Decoder<Conversation> conversationDecoder() const;
    Decoder<Contact> contactDecoder() const;

    struct Private;
    Private *d;
};

} // namespace bridge
