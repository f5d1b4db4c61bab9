#include "messagesend.h"

#include "apidialect.h"
#include "bridgeclient.h"
#include "logging.h"
#include "requestfactory.h"
#include "uploadtransfer.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

namespace bridge {

namespace {

struct SendText {
    Q_DECLARE_TR_FUNCTIONS(bridge::MessageSend)
};

} // namespace

MessageSend::MessageSend(BridgeClient *client, OutgoingMessage message, QObject *context,
                         Callback<SentMessage> done)
    : QObject(client)
    , m_client(client)
    , m_message(std::move(message))
    , m_context(context)
    , m_hadContext(context != nullptr)
    , m_done(std::move(done)) {
    connect(&m_reading, &QFutureWatcherBase::finished, this, &MessageSend::onRead);
    if (context)
        connect(context, &QObject::destroyed, this, &MessageSend::abandon);
}

MessageSend::~MessageSend() {
    stop();
}

ApiError MessageSend::inputError(const QString &detail) const {
    ApiError error;
    error.kind = ApiError::Kind::InvalidInput;
    error.detail = detail;
    const ClientOptions &options = m_client->options();
    const RequestSpec spec = m_client->dialect().messages().send(options.workspaceId, m_message, {});
    if (!spec.method.isEmpty()) {
        error.method = QString::fromLatin1(spec.method);
        error.path = QString::fromUtf8(RequestFactory::encodedPath(options.baseUrl, spec.pathSegments));
    }
    return error;
}

void MessageSend::start() {
    m_running = true;
    const MessageDialect &messages = m_client->dialect().messages();
    QString problem = messages.unsupportedSentence();
    if (problem.isEmpty()) {
        QStringList sentences;
        for (const FieldError &error : m_message.validate())
            sentences.append(error.message);
        problem = sentences.join(QLatin1Char(' '));
    }
    if (!problem.isEmpty()) {
        // Refused before anything is read or sent.
        const ApiError error = inputError(problem);
        QMetaObject::invokeMethod(
            this, [this, error] { finish(error); }, Qt::QueuedConnection);
        return;
    }
    if (m_message.attachments.isEmpty()) {
        QMetaObject::invokeMethod(this, &MessageSend::post, Qt::QueuedConnection);
        return;
    }
    m_stage = Stage::Reading; // where a send starts: no signal, nobody could be connected yet
    m_reading.setFuture(AttachmentReader::start(m_message.attachments));
}

void MessageSend::setStage(Stage stage) {
    m_stage = stage;
    emit stageChanged(stage);
}

void MessageSend::onRead() {
    if (!m_running || m_reading.isCanceled() || m_reading.future().resultCount() == 0)
        return;
    const AttachmentReader::Result result = m_reading.result();
    if (const auto *problem = std::get_if<QString>(&result)) {
        finish(inputError(*problem));
        return;
    }
    m_files = std::get<QList<PreparedAttachment>>(result);
    for (const PreparedAttachment &file : std::as_const(m_files))
        m_bytesTotal += file.bytes.size();
    announce();
}

void MessageSend::announce() {
    setStage(Stage::Announcing);
    m_call = m_client->requestUploads(m_files, this, [this](const Expected<QList<UploadSlot>> &answer) {
        if (!answer) {
            finish(answer.error());
            return;
        }
        m_slots = answer.value();
        for (qsizetype i = 0; i < m_slots.size(); ++i) {
            if (const QString problem = UploadTransfer::urlProblem(m_slots.at(i).url); !problem.isEmpty()) {
                ApiError error;
                error.kind = ApiError::Kind::Upload;
                error.detail = SendText::tr("“%1” was not uploaded: %2 The message was not sent.")
                                   .arg(m_files.at(i).attachment.name, problem);
                finish(error);
                return;
            }
        }
        setStage(Stage::Uploading);
        emit progress(0, m_bytesTotal);
        upload(0);
    });
}

void MessageSend::upload(qsizetype index) {
    if (index == m_slots.size()) {
        m_files.clear();
        post();
        return;
    }
    const ClientOptions &options = m_client->options();
    const qint64 size = m_files.at(index).bytes.size();
    // The file's bytes move into the transfer, which lets them go once they are sent.
    auto *transfer =
        new UploadTransfer(m_client->networkAccessManager(), m_slots.at(index), std::move(m_files[index]),
                           options.timeoutMs, options.extraCaCertificatesPem, this);
    m_transfer = transfer;
    connect(transfer, &UploadTransfer::progress, this,
            [this](qint64 sent, qint64) { emit progress(m_bytesDone + sent, m_bytesTotal); });
    connect(transfer, &UploadTransfer::finished, this, [this, transfer, index, size](const ApiError &error) {
        m_transfer = nullptr;
        transfer->deleteLater();
        if (error.isError()) {
            finish(error);
            return;
        }
        m_bytesDone += size;
        emit progress(m_bytesDone, m_bytesTotal);
        upload(index + 1);
    });
    transfer->start();
}

void MessageSend::post() {
    if (!m_running)
        return;
    setStage(Stage::Posting);
    QStringList mediaIds;
    for (const UploadSlot &slot : std::as_const(m_slots))
        mediaIds.append(slot.mediaId);
    m_call =
        m_client->postMessage(m_message, mediaIds, this, [this, mediaIds](const Expected<SentMessage> &sent) {
            if (!sent) {
                finish(sent.error());
                return;
            }
            SentMessage value = sent.value();
            value.mediaIds = mediaIds;
            finish(value);
        });
}

void MessageSend::finish(const Expected<SentMessage> &result) {
    if (!m_running)
        return;
    m_running = false;
    setStage(Stage::Finished);
    deleteLater();
    if (!result.ok())
        qCInfo(lcNet).noquote() << "message not sent:" << result.error().line();
    if (m_hadContext && !m_context)
        return;
    m_done(result);
}

void MessageSend::cancel() {
    if (!isCancellable())
        return;
    qCDebug(lcNet) << "message send cancelled at stage" << m_stage;
    abandon();
}

void MessageSend::abandon() {
    if (!m_running)
        return;
    m_running = false;
    stop();
    deleteLater();
}

void MessageSend::stop() {
    m_reading.cancel();
    m_call.cancel();
    if (m_transfer)
        m_transfer->abort();
}

} // namespace bridge
