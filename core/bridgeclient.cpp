#include "bridgeclient.h"

#include "apicall.h"
#include "apidialect.h"
#include "clockoffset.h"
#include "credentials.h"
#include "logging.h"
#include "messagesend.h"
#include "requestfactory.h"

#include <QNetworkAccessManager>

namespace bridge {

struct BridgeClient::Private {
    QNetworkAccessManager *nam = nullptr;
    ClientOptions options;
    SharedClockOffset clock = std::make_shared<ClockOffset>();
    quint64 nextCallId = 1;
};

BridgeClient::BridgeClient(QObject *parent)
    : QObject(parent)
    , d(new Private) {
    d->nam = new QNetworkAccessManager(this);
    d->nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    d->nam->setStrictTransportSecurityEnabled(false);
}

BridgeClient::~BridgeClient() {
    cancelAll();
    delete d;
}

void BridgeClient::setOptions(const ClientOptions &options) {
    d->options = options;
}

const ClientOptions &BridgeClient::options() const {
    return d->options;
}

qint64 BridgeClient::clockOffsetSeconds() const {
    return d->clock->seconds();
}

void BridgeClient::setClockOffsetSeconds(qint64 seconds) {
    d->clock->setSeconds(seconds);
}

void BridgeClient::cancelAll() {
    const QList<MessageSend *> sends = findChildren<MessageSend *>(Qt::FindDirectChildrenOnly);
    for (MessageSend *send : sends)
        send->abandon();
    const QList<ApiCall *> calls = findChildren<ApiCall *>(Qt::FindDirectChildrenOnly);
    for (ApiCall *call : calls)
        call->cancel();
}

QNetworkAccessManager *BridgeClient::networkAccessManager() const {
    return d->nam;
}

const ApiDialect &BridgeClient::dialect() const {
    return ApiDialect::of(d->options.generation);
}

template <typename Result>
CallHandle BridgeClient::start(RequestSpec spec, const FieldErrors &inputErrors, QObject *context,
                               Decoder<Result> decode, Callback<Result> done) {
    // Problems the client can know of are reported without sending anything.
    ApiError inputError;
    QStringList problems;
    if (const QString problem = RequestFactory::baseUrlProblem(d->options.baseUrl); !problem.isEmpty())
        problems.append(problem);
    if (const QString problem = RequestFactory::caCertificatesProblem(d->options.extraCaCertificatesPem);
        !problem.isEmpty())
        problems.append(problem);
    if (d->options.workspaceId.isEmpty())
        problems.append(tr("No workspace ID is set."));
    if (d->options.generation == ApiGeneration::Connect && d->options.secret.isEmpty())
        problems.append(tr("No API key is set."));
    if (d->options.generation == ApiGeneration::Classic &&
        (d->options.apiKey.isEmpty() || d->options.secret.isEmpty()))
        problems.append(tr("The API key and the secret key are both needed to sign requests."));
    // Checked here too, for values that never passed the settings dialog (BRIDGE_* variables,
    // settings edited by hand): a line break in the key would otherwise start a header of its own.
    for (const QString &problem :
         {Credentials::workspaceIdProblem(d->options.workspaceId),
          Credentials::apiKeyProblem(d->options.apiKey), Credentials::secretProblem(d->options.secret)}) {
        if (!problem.isEmpty())
            problems.append(problem);
    }
    for (const FieldError &error : inputErrors)
        problems.append(error.field + QStringLiteral(": ") + error.message);
    if (!problems.isEmpty()) {
        inputError.kind = ApiError::Kind::InvalidInput;
        inputError.detail = problems.join(QLatin1Char(' '));
    }

    auto onDone = [decode = std::move(decode), done = std::move(done)](const RawOutcome &outcome) {
        if (outcome.error.isError()) {
            done(outcome.error);
            return;
        }
        auto decoded = decode(outcome.body);
        if (auto *value = std::get_if<Result>(&decoded)) {
            done(std::move(*value));
            return;
        }
        ApiError error = outcome.error;
        error.kind = ApiError::Kind::Decode;
        error.detail = std::get<QString>(decoded);
        qCWarning(lcDecode).noquote() << error.line();
        done(error);
    };
    auto *call = new ApiCall(this, d->nam, d->clock, d->options, std::move(spec), d->nextCallId++, context,
                             std::move(onDone));
    connect(call, &ApiCall::attemptFinished, this, &BridgeClient::attemptFinished);
    connect(call, &ApiCall::clockSkewDetected, this, &BridgeClient::clockSkewDetected);
    call->start(inputError);
    return CallHandle(call);
}

CallHandle BridgeClient::list(const ListQuery &query, QObject *context, Callback<ConversationPage> done) {
    const ApiDialect &api = dialect();
    // A cursored answer has no position of its own: it is the page that was asked for.
    auto decode = [&api, page = query.page, limit = query.limit](const QByteArray &body) {
        auto decoded = api.decodePage(body);
        if (auto *value = std::get_if<ConversationPage>(&decoded); value && value->pagination.cursored) {
            value->pagination.page = page;
            value->pagination.limit = limit;
        }
        return decoded;
    };
    return start<ConversationPage>(api.list(d->options.workspaceId, query), api.validate(query), context,
                                   std::move(decode), std::move(done));
}

CallHandle BridgeClient::create(const NewConversation &conversation, QObject *context,
                                Callback<Conversation> done) {
    const ApiDialect &api = dialect();
    return start<Conversation>(api.create(d->options.workspaceId, conversation), api.validate(conversation),
                               context, conversationDecoder(), std::move(done));
}

CallHandle BridgeClient::get(const QString &conversationId, QObject *context, Callback<Conversation> done) {
    FieldErrors errors;
    if (conversationId.trimmed().isEmpty())
        errors.append({QStringLiteral("conversationId"), QStringLiteral("is required")});
    return start<Conversation>(dialect().get(d->options.workspaceId, conversationId), errors, context,
                               conversationDecoder(), std::move(done));
}

CallHandle BridgeClient::update(const QString &conversationId, const ConversationUpdate &update,
                                QObject *context, Callback<Conversation> done) {
    const ApiDialect &api = dialect();
    FieldErrors errors = api.validate(update);
    if (conversationId.trimmed().isEmpty())
        errors.append({QStringLiteral("conversationId"), QStringLiteral("is required")});
    if (update.isEmpty())
        errors.append({QStringLiteral("update"), QStringLiteral("nothing to change")});
    return start<Conversation>(api.update(d->options.workspaceId, conversationId, update), errors, context,
                               conversationDecoder(), std::move(done));
}

CallHandle BridgeClient::health(QObject *context, Callback<bool> done) {
    FieldErrors errors;
    const RequestSpec spec = dialect().health();
    if (spec.method.isEmpty())
        errors.append({QStringLiteral("health"), tr("This API has no health check.")});
    return start<bool>(
        spec, errors, context, [](const QByteArray &) { return JsonDecoder::Result<bool>(true); },
        std::move(done));
}

CallHandle BridgeClient::providerChannels(const QString &provider, QObject *context,
                                          Callback<QList<ProviderChannel>> done) {
    const ApiDialect &api = dialect();
    FieldErrors errors;
    const RequestSpec spec = api.providerChannels(d->options.workspaceId, provider);
    if (spec.method.isEmpty())
        errors.append({QStringLiteral("provider"), tr("This API has no provider channels.")});
    auto decode = [&api](const QByteArray &body) { return api.decodeChannels(body); };
    return start<QList<ProviderChannel>>(spec, errors, context, std::move(decode), std::move(done));
}

MessageSend *BridgeClient::sendMessage(const OutgoingMessage &message, QObject *context,
                                       Callback<SentMessage> done) {
    auto *send = new MessageSend(this, message, context, std::move(done));
    send->start();
    return send;
}

CallHandle BridgeClient::requestUploads(const QList<PreparedAttachment> &files, QObject *context,
                                        Callback<QList<UploadSlot>> done) {
    const MessageDialect &messages = dialect().messages();
    FieldErrors errors;
    if (!messages.sendsMessages())
        errors.append({QStringLiteral("message"), messages.unsupportedSentence()});
    if (files.isEmpty())
        errors.append({QStringLiteral("attachments"), tr("no files to upload")});
    auto decode = [&messages, count = files.size()](const QByteArray &body) {
        return messages.decodeSlots(body, count);
    };
    return start<QList<UploadSlot>>(messages.files(d->options.workspaceId, files), errors, context,
                                    std::move(decode), std::move(done));
}

CallHandle BridgeClient::postMessage(const OutgoingMessage &message, const QStringList &mediaIds,
                                     QObject *context, Callback<SentMessage> done) {
    const MessageDialect &messages = dialect().messages();
    FieldErrors errors;
    if (!messages.sendsMessages())
        errors.append({QStringLiteral("message"), messages.unsupportedSentence()});
    OutgoingMessage text = message;
    text.attachments.clear(); // uploaded already: what goes now is their ids
    errors += text.validate();
    auto decode = [&messages](const QByteArray &body) { return messages.decodeSent(body); };
    return start<SentMessage>(messages.send(d->options.workspaceId, message, mediaIds), errors, context,
                              std::move(decode), std::move(done));
}

BridgeClient::Decoder<Conversation> BridgeClient::conversationDecoder() const {
    const ApiDialect &api = dialect();
    return [&api](const QByteArray &body) { return api.decodeConversation(body); };
}

// The contact calls (bridgeclientcontacts.cpp) start through the same path.
template CallHandle BridgeClient::start<ContactPage>(RequestSpec, const FieldErrors &, QObject *,
                                                     Decoder<ContactPage>, Callback<ContactPage>);
template CallHandle BridgeClient::start<Contact>(RequestSpec, const FieldErrors &, QObject *,
                                                 Decoder<Contact>, Callback<Contact>);
template CallHandle BridgeClient::start<QList<AttributeDefinition>>(RequestSpec, const FieldErrors &,
                                                                    QObject *,
                                                                    Decoder<QList<AttributeDefinition>>,
                                                                    Callback<QList<AttributeDefinition>>);
template CallHandle BridgeClient::start<bool>(RequestSpec, const FieldErrors &, QObject *, Decoder<bool>,
                                              Callback<bool>);

} // namespace bridge
