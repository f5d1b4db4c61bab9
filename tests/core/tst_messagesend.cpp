// Sending messages with attachments against the Connect sandbox and its upload host, over loopback:
// the whole pipeline (read off the GUI thread, upload slots, PUT, post), what the storage host
// received (never the Bridge key), its refusals and dropped connections, cancel, a lost answer, the
// limits checked before any request, and a classic profile refusing at once.
#include "connectmessages.h"
#include "messagesend.h"
#include "sandboxfixture.h"
#include "uploadtransfer.h"

#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bridge;
using bridge::sandbox::ConnectMessages;
using bridge::sandbox::Fault;
using bridge::sandbox::ReceivedRequest;
using bridge::sandbox::SandboxConfig;
using bridge::sandbox::UploadHost;

namespace {

//! The one result of a send, and how many times it came.
struct Outcome {
    std::optional<Expected<SentMessage>> result;
    int deliveries = 0;
    Callback<SentMessage> callback() {
        return [this](const Expected<SentMessage> &r) {
            result.emplace(r);
            ++deliveries;
        };
    }
};

QByteArray pdfBytes(int size) {
    QByteArray bytes = "%PDF-1.4\n";
    while (bytes.size() < size)
        bytes += "0123456789abcdefghijklmnopqrstuvwxyz\n";
    return bytes.left(size);
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes) {
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write the test file");
    return path;
}

int countPath(const QList<ReceivedRequest> &requests, const QByteArray &method, const char *end) {
    int n = 0;
    for (const ReceivedRequest &r : requests)
        n += r.method == method && r.path.endsWith(end);
    return n;
}

} // namespace

class TestMessageSend : public QObject {
    Q_OBJECT

    std::unique_ptr<testing::Sandbox> m_sandbox;
    QTemporaryDir m_dir;

    BridgeClient &client() { return *m_sandbox->client; }
    ConnectMessages &messages() { return *m_sandbox->server->messages(); }
    UploadHost &uploads() { return messages().uploadHost(); }
    int messagePosts() const { return countPath(m_sandbox->server->receivedRequests(), "POST", "/messages"); }

    const Expected<SentMessage> &await(Outcome &outcome, int timeoutMs = 10000) {
        [&] { QTRY_VERIFY_WITH_TIMEOUT(outcome.result.has_value(), timeoutMs); }();
        if (!outcome.result)
            outcome.result.emplace(ApiError{});
        return *outcome.result;
    }

    //! A new conversation of the sandbox with status (ACTIVE, GHOST).
    QString newConversation(const ConversationStatus &status) {
        NewConversation c;
        c.externalParticipants = {{QStringLiteral("+15550123"), ParticipantType::Phone}};
        c.status = status;
        std::optional<Expected<Conversation>> created;
        client().create(c, this, [&created](const Expected<Conversation> &r) { created.emplace(r); });
        [&] { QTRY_VERIFY(created.has_value()); }();
        if (!created || !created->ok())
            qFatal("cannot create a conversation in the sandbox");
        return created->value().id;
    }

    OutgoingMessage message(const QString &conversationId, const QStringList &files = {}) {
        OutgoingMessage m;
        m.conversationId = conversationId;
        m.text = QStringLiteral("Here is the report you asked for.");
        for (const QString &file : files)
            m.attachments.append(Attachment::fromFile(file));
        return m;
    }

private slots:
    void init() {
        m_sandbox = std::make_unique<testing::Sandbox>(SandboxConfig::forApi(SandboxConfig::Api::Connect));
        QVERIFY(m_sandbox->server->messages());
        QVERIFY(uploads().port() != 0);
        QVERIFY(uploads().port() != m_sandbox->server->baseUrl().port()); // another host
    }
    void cleanup() { m_sandbox.reset(); }

    //! A PDF to a GHOST conversation: uploaded byte for byte, the message posted with its media id,
    //! the conversation now ACTIVE; progress reaches the total.
    void sendWithAPdf() {
        const QString id = newConversation(ConnectStatus::ghost());
        const QByteArray bytes = pdfBytes(300 * 1000);
        const QString path = writeFile(m_dir, QStringLiteral("report.pdf"), bytes);
        Outcome outcome;
        MessageSend *send = client().sendMessage(message(id, {path}), this, outcome.callback());
        QCOMPARE(send->stage(), MessageSend::Stage::Reading);
        QSignalSpy progress(send, &MessageSend::progress);
        QSignalSpy stages(send, &MessageSend::stageChanged);
        const Expected<SentMessage> &sent = await(outcome);
        QVERIFY2(sent.ok(), qPrintable(sent.ok() ? QString() : sent.error().line()));
        QCOMPARE(outcome.deliveries, 1);
        QVERIFY(!sent.value().messageId.isEmpty());
        QCOMPARE(sent.value().messagingProduct, QStringLiteral("bridge"));
        QCOMPARE(sent.value().mediaIds.size(), 1);

        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.constLast().at(0).toLongLong(), qint64(bytes.size()));
        QCOMPARE(progress.constLast().at(1).toLongLong(), qint64(bytes.size()));
        QList<MessageSend::Stage> seen;
        for (const QList<QVariant> &s : std::as_const(stages))
            seen.append(s.at(0).value<MessageSend::Stage>());
        QCOMPARE(seen,
                 (QList<MessageSend::Stage>{MessageSend::Stage::Announcing, MessageSend::Stage::Uploading,
                                            MessageSend::Stage::Posting, MessageSend::Stage::Finished}));

        const QString mediaId = sent.value().mediaIds.constFirst();
        QCOMPARE(uploads().content(mediaId), bytes);
        const QList<sandbox::StoredMessage> stored = messages().messages(id);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.constFirst().messageId, sent.value().messageId);
        QCOMPARE(stored.constFirst().mediaIds, QStringList{mediaId});
        QVERIFY(stored.constFirst().externalBroadcast);
        QCOMPARE(m_sandbox->find(id)->status.raw(), QStringLiteral("ACTIVE"));

        // The files call announced the checksum computed outside the code under test.
        const auto requests = m_sandbox->server->receivedRequests();
        const auto files = std::find_if(requests.cbegin(), requests.cend(),
                                        [](const ReceivedRequest &r) { return r.path.endsWith("/files"); });
        QVERIFY(files != requests.cend());
        QVERIFY(files->body.contains(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toBase64()));
    }

    //! An internal note leaves a GHOST conversation as it is.
    void internalNoteLeavesGhost() {
        const QString id = newConversation(ConnectStatus::ghost());
        OutgoingMessage note = message(id);
        note.audience = OutgoingMessage::Audience::InternalNote;
        Outcome outcome;
        client().sendMessage(note, this, outcome.callback());
        QVERIFY(await(outcome).ok());
        QVERIFY(!messages().messages(id).constFirst().externalBroadcast);
        QCOMPARE(m_sandbox->find(id)->status.raw(), QStringLiteral("GHOST"));
    }

    //! Nothing of Bridge's reached the storage host: no key (in any header, under any name), no
    //! signature, no request id; only the slot's headers and the transport's own.
    void theBridgeKeyNeverReachesTheUploadHost() {
        const QString id = newConversation(ConnectStatus::active());
        const QString a = writeFile(m_dir, QStringLiteral("a.pdf"), pdfBytes(5000));
        const QString b = writeFile(m_dir, QStringLiteral("b.png"), QByteArray(2000, 'p'));
        Outcome outcome;
        client().sendMessage(message(id, {a, b}), this, outcome.callback());
        QVERIFY(await(outcome).ok());
        const QList<ReceivedRequest> received = uploads().receivedRequests();
        QCOMPARE(received.size(), 2);
        const QByteArray key = client().options().secret;
        QVERIFY(key.size() > 8);
        const QList<QByteArray> allowed{
            "host",       "content-type",    "x-amz-checksum-sha256", "content-length",
            "connection", "accept-encoding", "accept-language",       "user-agent"};
        for (const ReceivedRequest &r : received) {
            QCOMPARE(r.status, 200);
            QVERIFY(r.header("x-api-key").isEmpty());
            QVERIFY(r.header("X-Request-Id").isEmpty());
            QVERIFY(r.header("X-API-Signature").isEmpty());
            QVERIFY(!r.header("x-amz-checksum-sha256").isEmpty());
            for (const auto &[name, value] : r.headers) {
                QVERIFY2(allowed.contains(name.toLower()), name.constData());
                QVERIFY2(!value.contains(key), name.constData());
                QVERIFY2(!value.contains("BridgeDesk"), value.constData());
            }
            QVERIFY(!r.body.contains(key));
        }
        // ...while every Bridge request did carry it.
        for (const ReceivedRequest &r : m_sandbox->server->receivedRequests())
            QCOMPARE(r.header("x-api-key"), key);
    }

    //! A checksum that does not describe the bytes: the upload host refuses with its S3-style 403,
    //! and the error names the file.
    void wrongChecksumIsRefusedByTheUploadHost() {
        PreparedAttachment file;
        file.attachment = Attachment::fromFile(writeFile(m_dir, QStringLiteral("c.pdf"), pdfBytes(1000)));
        file.bytes = pdfBytes(1000);
        file.checksumBase64 = QCryptographicHash::hash("other bytes", QCryptographicHash::Sha256).toBase64();
        std::optional<Expected<QList<UploadSlot>>> answer;
        client().requestUploads({file}, this, [&answer](const auto &r) { answer.emplace(r); });
        QTRY_VERIFY(answer.has_value());
        QVERIFY(answer->ok());
        UploadTransfer transfer(client().networkAccessManager(), answer->value().constFirst(), file, 10000,
                                {});
        QSignalSpy finished(&transfer, &UploadTransfer::finished);
        transfer.start();
        QVERIFY(finished.wait());
        const ApiError error = finished.constFirst().at(0).value<ApiError>();
        QCOMPARE(error.kind, ApiError::Kind::Upload);
        QCOMPARE(error.httpStatus, 403);
        QCOMPARE(error.code, QStringLiteral("BadDigest"));
        QVERIFY2(error.line().startsWith(QStringLiteral("“c.pdf” could not be uploaded: the storage host")),
                 qPrintable(error.line()));
        QCOMPARE(uploads().receivedRequests().constLast().status, 403);
        QCOMPARE(messagePosts(), 0);
    }

    //! The upload host on its own: an unknown path token, and headers other than the presigned ones,
    //! answer S3-style 403s; the presigned PUT is taken.
    void uploadHostChecksTokenAndHeaders() {
        const QByteArray bytes = "hello\n";
        const QByteArray checksum = "WJG1tSLV3whtD/CxEPvZ0hu0/HFjrzTQgoai6Eb2vgM="; // openssl dgst -sha256
        const UploadHost::Presigned presigned =
            uploads().presign(QStringLiteral("m-1"), checksum, "text/plain");
        QNetworkAccessManager nam;
        auto put = [&nam](QUrl url, const QByteArray &type, const QByteArray &sum, const QByteArray &body) {
            QNetworkRequest request(url);
            request.setRawHeader("Content-Type", type);
            request.setRawHeader("x-amz-checksum-sha256", sum);
            QNetworkReply *reply = nam.put(request, body);
            QSignalSpy done(reply, &QNetworkReply::finished);
            done.wait();
            reply->deleteLater();
            return qMakePair(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                             reply->readAll());
        };
        QUrl wrongToken = presigned.url;
        wrongToken.setPath(QStringLiteral("/uploads/0000"));
        auto [status, body] = put(wrongToken, "text/plain", checksum, bytes);
        QCOMPARE(status, 403);
        QVERIFY2(body.contains("<Error><Code>AccessDenied</Code>"), body.constData());
        std::tie(status, body) = put(presigned.url, "text/plain", "AAAA", bytes);
        QCOMPARE(status, 403);
        QVERIFY2(body.contains("<Code>SignatureDoesNotMatch</Code>"), body.constData());
        std::tie(status, body) = put(presigned.url, "application/pdf", checksum, bytes);
        QCOMPARE(status, 403);
        QVERIFY(!uploads().isUploaded(QStringLiteral("m-1")));
        std::tie(status, body) = put(presigned.url, "text/plain", checksum, bytes);
        QCOMPARE(status, 200);
        QVERIFY(uploads().isUploaded(QStringLiteral("m-1")));
        QCOMPARE(uploads().content(QStringLiteral("m-1")), bytes);
    }

    //! The storage host refusing (403) during a send: the error names the file, nothing is posted.
    void uploadRefusedMeansNothingPosted() {
        const QString id = newConversation(ConnectStatus::active());
        uploads().faults().failNext(1, 403, -1);
        Outcome outcome;
        client().sendMessage(message(id, {writeFile(m_dir, QStringLiteral("d.pdf"), pdfBytes(2000))}), this,
                             outcome.callback());
        const Expected<SentMessage> &result = await(outcome);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ApiError::Kind::Upload);
        QCOMPARE(result.error().httpStatus, 403);
        QVERIFY2(result.error().line().contains(QStringLiteral("“d.pdf” could not be uploaded")),
                 qPrintable(result.error().line()));
        QVERIFY(result.error().line().contains(QStringLiteral("[AccessDenied]")));
        QCOMPARE(messagePosts(), 0);
        QVERIFY(messages().messages(id).isEmpty());
    }

    //! The upload host dropping the connection: a clear error naming the file, nothing posted.
    void uploadHostDroppingTheConnection() {
        const QString id = newConversation(ConnectStatus::active());
        uploads().faults().injectNext(Fault::DropConnection, 5);
        Outcome outcome;
        client().sendMessage(message(id, {writeFile(m_dir, QStringLiteral("e.pdf"), pdfBytes(2000))}), this,
                             outcome.callback());
        const Expected<SentMessage> &result = await(outcome);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ApiError::Kind::Upload);
        QVERIFY2(result.error().line().startsWith(QStringLiteral("“e.pdf” could not be uploaded: the "
                                                                 "connection to the storage host")),
                 qPrintable(result.error().line()));
        QVERIFY(!uploads().receivedRequests().isEmpty());
        QVERIFY(!uploads().receivedRequests().constLast().answered);
        QCOMPARE(messagePosts(), 0);
    }

    //! Cancel while the upload is in flight: the upload is aborted, nothing is posted, nobody called.
    void cancelDuringUpload() {
        const QString id = newConversation(ConnectStatus::active());
        uploads().faults().setLatencyMs(1500); // the answer is held: the PUT stays in flight
        Outcome outcome;
        QPointer<MessageSend> send =
            client().sendMessage(message(id, {writeFile(m_dir, QStringLiteral("f.pdf"), pdfBytes(50000))}),
                                 this, outcome.callback());
        connect(send, &MessageSend::progress, this, [send](qint64 sent, qint64 total) {
            if (send && sent == total && total > 0)
                send->cancel();
        });
        // The host sees its client gone when it comes to answer.
        QTRY_VERIFY_WITH_TIMEOUT(!uploads().receivedRequests().isEmpty(), 5000);
        QVERIFY(!uploads().receivedRequests().constFirst().answered);
        QVERIFY(!send || !send->isRunning());
        QTest::qWait(200); // a window for a post that must not come
        QCOMPARE(messagePosts(), 0);
        QCOMPARE(outcome.deliveries, 0);
    }

    //! The answer to the post is lost: "may or may not have been sent", and it was posted once.
    void lostAnswerIsNeverResent() {
        const QString id = newConversation(ConnectStatus::active());
        m_sandbox->server->injectNext(Fault::DropAfterHandling, 3);
        Outcome outcome;
        client().sendMessage(message(id), this, outcome.callback());
        const Expected<SentMessage> &result = await(outcome);
        QVERIFY(!result.ok());
        QVERIFY(result.error().mayHaveSucceeded);
        QVERIFY2(result.error().line().contains(QStringLiteral("The message may or may not have been sent")),
                 qPrintable(result.error().line()));
        QCOMPARE(messagePosts(), 1);
        QCOMPARE(messages().messages(id).size(), 1); // it was, in fact
    }

    //! A file over its limit is refused before any request, by a sentence naming it.
    void overLimitRefusedBeforeAnyRequest() {
        const QString path = m_dir.filePath(QStringLiteral("poster.png"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.resize(16000001));
        file.close();
        m_sandbox->server->clearReceivedRequests();
        Outcome outcome;
        client().sendMessage(message(QStringLiteral("any"), {path}), this, outcome.callback());
        const Expected<SentMessage> &result = await(outcome);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ApiError::Kind::InvalidInput);
        QVERIFY2(result.error().line().contains(
                     QStringLiteral("“poster.png” is 16.0 MB; an image may be at most 16 MB.")),
                 qPrintable(result.error().line()));
        QCOMPARE(m_sandbox->server->receivedRequests().size(), 0);
        QCOMPARE(uploads().receivedRequests().size(), 0);
    }

    //! The sandbox's answers: unknown conversation 404 BRIDGE_CONVERSATION_0001, a RELEASED one 409
    //! BRIDGE_CONVERSATION_0004, media never uploaded 400.
    void sandboxRefusals() {
        Outcome unknown;
        client().sendMessage(message(QStringLiteral("00000000-0000-4000-8000-000000000000")), this,
                             unknown.callback());
        QCOMPARE(await(unknown).error().httpStatus, 404);
        QCOMPARE(await(unknown).error().code, QStringLiteral("BRIDGE_CONVERSATION_0001"));

        const QString id = newConversation(ConnectStatus::active());
        ConversationUpdate release;
        release.status = ConversationStatus(QStringLiteral("RELEASED"));
        std::optional<Expected<Conversation>> updated;
        client().update(id, release, this, [&updated](const auto &r) { updated.emplace(r); });
        QTRY_VERIFY(updated.has_value() && updated->ok());
        Outcome released;
        client().sendMessage(message(id), this, released.callback());
        QCOMPARE(await(released).error().httpStatus, 409);
        QCOMPARE(await(released).error().code, QStringLiteral("BRIDGE_CONVERSATION_0004"));
        QVERIFY(
            await(released).error().line().startsWith(QStringLiteral("This conversation is not active.")));

        std::optional<Expected<SentMessage>> posted;
        const QString active = newConversation(ConnectStatus::active());
        client().postMessage(message(active), {QStringLiteral("never-handed-out")}, this,
                             [&posted](const auto &r) { posted.emplace(r); });
        QTRY_VERIFY(posted.has_value());
        QCOMPARE(posted->error().httpStatus, 400);
        QCOMPARE(posted->error().code, QStringLiteral("BRIDGE_MEDIA_0001"));
    }

    //! Connect's {code, message} validation shape, straight on the wire.
    void sandboxValidationShape() {
        QNetworkAccessManager nam;
        QUrl url = m_sandbox->server->baseUrl();
        url.setPath(QStringLiteral("/bridge/api/v1/workspaces/%1/messages")
                        .arg(m_sandbox->server->config().workspaceId));
        QNetworkRequest request(url);
        request.setRawHeader("x-api-key", client().options().secret);
        request.setRawHeader("Content-Type", "application/json");
        QNetworkReply *reply = nam.post(request, QByteArray("{\"messageBody\":\"\"}"));
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        QCOMPARE(body.value(QLatin1String("code")).toString(), QStringLiteral("BRIDGE_VALIDATION_0001"));
        const QString why = body.value(QLatin1String("message")).toString();
        QVERIFY2(why.contains(QStringLiteral("conversationId is required")) &&
                     why.contains(QStringLiteral("messageBody is required")) &&
                     why.contains(QStringLiteral("enableExternalBroadcast is required")),
                 qPrintable(why));
        reply->deleteLater();
    }

    //! A classic profile: refused at once with a sentence, nothing sent.
    void classicRefusesAtOnce() {
        testing::Sandbox classic;
        Outcome outcome;
        client().dialect(); // the Connect sandbox stays untouched
        classic.client->sendMessage(message(QStringLiteral("c1")), this, outcome.callback());
        QTRY_VERIFY(outcome.result.has_value());
        QCOMPARE(outcome.result->error().kind, ApiError::Kind::InvalidInput);
        QVERIFY2(outcome.result->error().line().contains(QStringLiteral("needs the Connect API")),
                 qPrintable(outcome.result->error().line()));
        QCOMPARE(classic.server->receivedRequests().size(), 0);
        QVERIFY(!classic.server->messages());
    }
};

QTEST_MAIN(TestMessageSend)
#include "tst_messagesend.moc"
