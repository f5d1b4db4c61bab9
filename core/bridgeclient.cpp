#include "bridgeclient.h"

#include "apicall.h"
#include "clockoffset.h"
#include "credentials.h"
#include "endpoints.h"
#include "logging.h"
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
    const QList<ApiCall *> calls = findChildren<ApiCall *>(Qt::FindDirectChildrenOnly);
    for (ApiCall *call : calls)
        call->cancel();
}

QNetworkAccessManager *BridgeClient::networkAccessManager() const {
    return d->nam;
}

template <typename Endpoint>
CallHandle BridgeClient::start(RequestSpec spec, const FieldErrors &inputErrors, QObject *context,
                               Callback<typename Endpoint::Result> done) {
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
    if (d->options.apiKey.isEmpty() || d->options.secret.isEmpty())
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

    auto onDone = [done = std::move(done)](const RawOutcome &outcome) {
        if (outcome.error.isError()) {
            done(outcome.error);
            return;
        }
        auto decoded = Endpoint::decode(outcome.body);
        if (auto *value = std::get_if<typename Endpoint::Result>(&decoded)) {
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
    return start<ListConversations>(ListConversations::build(d->options.workspaceId, query), query.validate(),
                                    context, std::move(done));
}

CallHandle BridgeClient::create(const NewConversation &conversation, QObject *context,
                                Callback<Conversation> done) {
    return start<CreateConversation>(CreateConversation::build(d->options.workspaceId, conversation),
                                     conversation.validate(), context, std::move(done));
}

CallHandle BridgeClient::get(const QString &conversationId, QObject *context, Callback<Conversation> done) {
    FieldErrors errors;
    if (conversationId.trimmed().isEmpty())
        errors.append({QStringLiteral("conversationId"), QStringLiteral("is required")});
    return start<GetConversation>(GetConversation::build(d->options.workspaceId, conversationId), errors,
                                  context, std::move(done));
}

CallHandle BridgeClient::update(const QString &conversationId, const ConversationUpdate &update,
                                QObject *context, Callback<Conversation> done) {
    FieldErrors errors = update.validate();
    if (conversationId.trimmed().isEmpty())
        errors.append({QStringLiteral("conversationId"), QStringLiteral("is required")});
    if (update.isEmpty())
        errors.append({QStringLiteral("update"), QStringLiteral("nothing to change")});
    return start<UpdateConversation>(
        UpdateConversation::build(d->options.workspaceId, conversationId, update), errors, context,
        std::move(done));
}

} // namespace bridge
