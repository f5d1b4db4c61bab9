// Messages offline: the values (OutgoingMessage, Attachment and its rules), the Connect files and
// messages requests byte for byte, the strict decoding of their answers, the upload request (only the
// slot's headers), the storage host's errors, and the classic dialect saying it has no messages.
#include "apidialect.h"
#include "apierror.h"
#include "attachmentreader.h"
#include "attachmentrules.h"
#include "connectmessagedialect.h"
#include "outgoingmessage.h"
#include "requestfactory.h"
#include "uploadtransfer.h"

#include <QCryptographicHash>
#include <QFutureWatcher>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace bridge;

namespace {

const QString Workspace = QStringLiteral("5a9d1c3e-7b2f-4e8a-9c61-0d4f8b2a7e13");

//! A file of size bytes in dir (sparse: resize, nothing written).
QString sizedFile(const QTemporaryDir &dir, const char *name, qint64 size) {
    const QString path = dir.filePath(QString::fromUtf8(name));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.resize(size))
        qFatal("cannot make the test file");
    return path;
}

PreparedAttachment prepared(const QString &name, FileType type, const QString &contentType,
                            const QByteArray &checksum) {
    PreparedAttachment file;
    file.attachment.name = name;
    file.attachment.fileType = type;
    file.attachment.contentType = contentType;
    file.checksumBase64 = checksum;
    return file;
}

} // namespace

class TestMessages : public QObject {
    Q_OBJECT

private slots:
    void attachmentFromTheExtension_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("contentType");
        QTest::newRow("pdf") << QStringLiteral("report.pdf") << int(FileType::Document)
                             << QStringLiteral("application/pdf");
        QTest::newRow("upper case") << QStringLiteral("PHOTO.JPG") << int(FileType::Image)
                                    << QStringLiteral("image/jpeg");
        QTest::newRow("webp") << QStringLiteral("s.webp") << int(FileType::Image)
                              << QStringLiteral("image/webp");
        QTest::newRow("mov") << QStringLiteral("clip.mov") << int(FileType::Video)
                             << QStringLiteral("video/quicktime");
        QTest::newRow("mp3") << QStringLiteral("voice.mp3") << int(FileType::Audio)
                             << QStringLiteral("audio/mpeg");
        QTest::newRow("xlsx") << QStringLiteral("sheet.xlsx") << int(FileType::Document)
                              << QStringLiteral(
                                     "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        QTest::newRow("unknown") << QStringLiteral("setup.exe") << int(FileType::Document)
                                 << QStringLiteral("");
    }
    void attachmentFromTheExtension() {
        QFETCH(QString, name);
        QFETCH(int, type);
        QFETCH(QString, contentType);
        QTemporaryDir dir;
        const Attachment a = Attachment::fromFile(sizedFile(dir, name.toUtf8().constData(), 10));
        QCOMPARE(a.name, name);
        QCOMPARE(a.size, 10);
        QCOMPARE(int(a.fileType), type);
        QCOMPARE(a.contentType, contentType);
    }

    void limitsNameTheFileItsSizeAndTheLimit_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<qint64>("size");
        QTest::addColumn<QString>("problem");
        QTest::newRow("image at the limit")
            << QStringLiteral("a.png") << qint64(16000000) << QStringLiteral("");
        QTest::newRow("image over") << QStringLiteral("a.png") << qint64(16000001)
                                    << QStringLiteral("“a.png” is 16.0 MB; an image may be at most 16 MB.");
        QTest::newRow("video at 64 MB") << QStringLiteral("a.mp4") << qint64(64000000) << QStringLiteral("");
        QTest::newRow("video over") << QStringLiteral("a.mp4") << qint64(70500000)
                                    << QStringLiteral("“a.mp4” is 70.5 MB; a video may be at most 64 MB.");
        QTest::newRow("audio over") << QStringLiteral("a.ogg") << qint64(17000000)
                                    << QStringLiteral(
                                           "“a.ogg” is 17 MB; an audio file may be at most 16 MB.");
        QTest::newRow("document at 100 MB")
            << QStringLiteral("a.pdf") << qint64(100000000) << QStringLiteral("");
        QTest::newRow("document over")
            << QStringLiteral("big.pdf") << qint64(120400000)
            << QStringLiteral("“big.pdf” is 120.4 MB; a document may be at most 100 MB.");
        QTest::newRow("empty") << QStringLiteral("a.txt") << qint64(0) << QStringLiteral("“a.txt” is empty.");
    }
    void limitsNameTheFileItsSizeAndTheLimit() {
        QFETCH(QString, name);
        QFETCH(qint64, size);
        QFETCH(QString, problem);
        QTemporaryDir dir;
        QCOMPARE(
            AttachmentRules::problem(Attachment::fromFile(sizedFile(dir, name.toUtf8().constData(), size))),
            problem);
    }

    void extensionNotAllowed() {
        QTemporaryDir dir;
        const QString problem = AttachmentRules::problem(Attachment::fromFile(sizedFile(dir, "tool.exe", 5)));
        QVERIFY2(problem.startsWith(QStringLiteral("“tool.exe” cannot be sent: Bridge takes only these kinds "
                                                   "of files: gif, jpeg, jpg, png, webp, avi")),
                 qPrintable(problem));
        const QString missing =
            AttachmentRules::problem(Attachment::fromFile(dir.filePath(QStringLiteral("gone.pdf"))));
        QCOMPARE(missing, QStringLiteral("“gone.pdf” cannot be found."));
    }

    void stickerIsAWebp() {
        QTemporaryDir dir;
        Attachment sticker = Attachment::fromFile(sizedFile(dir, "smile.webp", 100));
        sticker.fileType = FileType::Sticker;
        QCOMPARE(AttachmentRules::problem(sticker), QString());
        Attachment notSticker = Attachment::fromFile(sizedFile(dir, "smile.png", 100));
        notSticker.fileType = FileType::Sticker;
        QCOMPARE(AttachmentRules::problem(notSticker),
                 QStringLiteral("“smile.png” cannot be sent as a sticker: that must be a webp file."));
    }

    void validateNeedsConversationAndText() {
        OutgoingMessage m;
        m.text = QStringLiteral("   ");
        QTemporaryDir dir;
        m.attachments = {Attachment::fromFile(sizedFile(dir, "ok.pdf", 3)),
                         Attachment::fromFile(sizedFile(dir, "huge.png", 20000000))};
        const FieldErrors errors = m.validate();
        QCOMPARE(errors.size(), 3);
        QCOMPARE(errors.at(0).field, QStringLiteral("conversationId"));
        QCOMPARE(errors.at(1).field, QStringLiteral("text"));
        QCOMPARE(errors.at(2).field, QStringLiteral("attachments[1]"));
        QCOMPARE(errors.at(2).message, QStringLiteral("“huge.png” is 20 MB; an image may be at most 16 MB."));
        m.conversationId = QStringLiteral("c1");
        m.text = QStringLiteral("Hello");
        m.attachments.removeLast();
        QVERIFY(m.validate().isEmpty());
    }

    void filesRequestBytes() {
        const MessageDialect &messages = ApiDialect::of(ApiGeneration::Connect).messages();
        QVERIFY(messages.sendsMessages());
        const QList<PreparedAttachment> files{
            prepared(QStringLiteral("report \"Q3\".pdf"), FileType::Document,
                     QStringLiteral("application/pdf"), "n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg="),
            prepared(QStringLiteral("é.png"), FileType::Image, QStringLiteral("image/png"), "AAAA")};
        const RequestSpec spec = messages.files(Workspace, files);
        QCOMPARE(spec.method, QByteArray("POST"));
        QCOMPARE(RequestFactory::encodedPath(QUrl(QStringLiteral("https://h")), spec.pathSegments),
                 QByteArray("/bridge/api/v1/workspaces/5a9d1c3e-7b2f-4e8a-9c61-0d4f8b2a7e13/files"));
        const QByteArray expected =
            "[{\"name\":\"report \\\"Q3\\\".pdf\",\"fileType\":\"DOCUMENT\",\"checksumBase64\":"
            "\"n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg=\",\"contentType\":\"application/pdf\"},"
            "{\"name\":\"\xc3\xa9.png\",\"fileType\":\"IMAGE\",\"checksumBase64\":\"AAAA\","
            "\"contentType\":\"image/png\"}]";
        QCOMPARE(spec.body, expected);
        QVERIFY(spec.retryable); // a slot asked for twice is never used: safe to ask again
    }

    void messageRequestBytes() {
        const MessageDialect &messages = ApiDialect::of(ApiGeneration::Connect).messages();
        OutgoingMessage m;
        m.conversationId = QStringLiteral("c-1");
        m.text = QStringLiteral("Hi \"Ana\"\nline two");
        RequestSpec spec = messages.send(Workspace, m, {});
        QCOMPARE(spec.method, QByteArray("POST"));
        QCOMPARE(spec.pathSegments.constLast(), QStringLiteral("messages"));
        const QByteArray plain =
            "{\"conversationId\":\"c-1\",\"messageBody\":\"Hi \\\"Ana\\\"\\u000aline two\","
            "\"enableExternalBroadcast\":true}";
        QCOMPARE(spec.body, plain);
        QVERIFY(!spec.retryable); // never sent twice

        m.audience = OutgoingMessage::Audience::InternalNote;
        m.replyToMessageId = QStringLiteral("m-9");
        spec = messages.send(Workspace, m, {QStringLiteral("md-1"), QStringLiteral("md-2")});
        const QByteArray full =
            "{\"conversationId\":\"c-1\",\"messageBody\":\"Hi \\\"Ana\\\"\\u000aline two\","
            "\"enableExternalBroadcast\":false,\"replyToMessageId\":\"m-9\","
            "\"mediaIds\":[\"md-1\",\"md-2\"]}";
        QCOMPARE(spec.body, full);
    }

    void classicHasNoMessages() {
        const MessageDialect &messages = ApiDialect::of(ApiGeneration::Classic).messages();
        QVERIFY(!messages.sendsMessages());
        QVERIFY(messages.unsupportedSentence().contains(QStringLiteral("needs the Connect API")));
        QVERIFY(messages.files(Workspace, {}).method.isEmpty());
        QVERIFY(messages.send(Workspace, {}, {}).method.isEmpty());
    }

    void decodeSent() {
        const MessageDialect &messages = ApiDialect::of(ApiGeneration::Connect).messages();
        const auto ok =
            messages.decodeSent("{\"messageId\":\"m-1\",\"messagingProduct\":\"bridge\",\"extra\":1}");
        QVERIFY(std::holds_alternative<SentMessage>(ok));
        QCOMPARE(std::get<SentMessage>(ok).messageId, QStringLiteral("m-1"));
        QCOMPARE(std::get<SentMessage>(ok).messagingProduct, QStringLiteral("bridge"));

        const QList<QPair<QByteArray, const char *>> bad{
            {"{\"messagingProduct\":\"bridge\"}", "messageId: expected a string, got nothing"},
            {"{\"messageId\":42,\"messagingProduct\":\"bridge\"}",
             "messageId: expected a string, got a number"},
            {"{\"messageId\":\"\",\"messagingProduct\":\"bridge\"}",
             "messageId: expected a non-empty string"},
            {"{\"messageId\":\"m\"}", "messagingProduct: expected a string, got nothing"},
            {"[1]", "the answer: expected a JSON object, got an array"},
            {"{\"messageId\":", "not JSON"},
        };
        for (const auto &[body, error] : bad) {
            const auto decoded = messages.decodeSent(body);
            QVERIFY2(std::holds_alternative<QString>(decoded), body.constData());
            QVERIFY2(std::get<QString>(decoded).startsWith(QString::fromUtf8(error)),
                     qPrintable(std::get<QString>(decoded)));
        }
    }

    void decodeSlots() {
        const MessageDialect &messages = ApiDialect::of(ApiGeneration::Connect).messages();
        const QByteArray body = "[{\"mediaId\":\"md-1\",\"presignUrl\":{\"url\":\"https://store.example/u/"
                                "1?X-Amz-Signature=abc\","
                                "\"method\":\"PUT\",\"headers\":{\"x-amz-checksum-sha256\":\"AAAA\","
                                "\"Content-Type\":\"application/pdf\"}}}]";
        const auto ok = messages.decodeSlots(body, 1);
        QVERIFY(std::holds_alternative<QList<UploadSlot>>(ok));
        const UploadSlot slot = std::get<QList<UploadSlot>>(ok).constFirst();
        QCOMPARE(slot.mediaId, QStringLiteral("md-1"));
        QCOMPARE(slot.url, QUrl(QStringLiteral("https://store.example/u/1?X-Amz-Signature=abc")));
        QCOMPARE(slot.method, QByteArray("PUT"));
        QCOMPARE(slot.headers.size(), 2);
        QVERIFY(slot.headers.contains(qMakePair(QByteArray("x-amz-checksum-sha256"), QByteArray("AAAA"))));
        QVERIFY(slot.headers.contains(qMakePair(QByteArray("Content-Type"), QByteArray("application/pdf"))));

        const QList<QPair<QByteArray, const char *>> bad{
            {body, "the answer: expected 2 upload slots (one per file), got 1"},
            {"{\"slots\":[]}", "the answer: expected an array of upload slots, got a JSON object"},
            {"[{\"presignUrl\":{}},{}]", "[0].mediaId: expected a string, got nothing"},
            {"[{\"mediaId\":\"a\",\"presignUrl\":\"x\"},{}]",
             "[0].presignUrl: expected a JSON object, got a string"},
            {"[{\"mediaId\":\"a\",\"presignUrl\":{\"url\":\"ftp://x/"
             "y\",\"method\":\"PUT\",\"headers\":{}}},{}]",
             "[0].presignUrl.url: expected an http(s) address"},
            {"[{\"mediaId\":\"a\",\"presignUrl\":{\"url\":\"https://x/"
             "y\",\"method\":\"POST\",\"headers\":{}}},{}]",
             "[0].presignUrl.method: expected \"PUT\", got \"POST\""},
            {"[{\"mediaId\":\"a\",\"presignUrl\":{\"url\":\"https://x/"
             "y\",\"method\":\"PUT\",\"headers\":{\"a\":1}}},{}]",
             "[0].presignUrl.headers.a: expected a string, got a number"},
            {"[{\"mediaId\":\"a\",\"presignUrl\":{\"url\":\"https://x/"
             "y\",\"method\":\"PUT\",\"headers\":{\"a\":\"b\\r\\nx-api-key: k\"}}},{}]",
             "[0].presignUrl.headers.a: not a usable header"},
        };
        for (const auto &[answer, error] : bad) {
            const auto decoded = messages.decodeSlots(answer, 2);
            QVERIFY2(std::holds_alternative<QString>(decoded), answer.constData());
            QCOMPARE(std::get<QString>(decoded), QString::fromUtf8(error));
        }
    }

    //! The PUT carries the slot's headers and nothing of Bridge's.
    void uploadRequestHasOnlyTheSlotsHeaders() {
        UploadSlot slot;
        slot.url = QUrl(QStringLiteral("https://store.example/u/1?X-Amz-Signature=abc"));
        slot.method = "PUT";
        slot.headers = {{"Content-Type", "application/pdf"}, {"x-amz-checksum-sha256", "AAAA"}};
        const QNetworkRequest request = UploadTransfer::request(slot, 30000);
        QCOMPARE(request.url(), slot.url);
        QCOMPARE(request.rawHeaderList(), (QList<QByteArray>{"Content-Type", "x-amz-checksum-sha256"}));
        QCOMPARE(request.rawHeader("x-amz-checksum-sha256"), QByteArray("AAAA"));
        QCOMPARE(request.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
                 int(QNetworkRequest::ManualRedirectPolicy));
        QCOMPARE(request.attribute(QNetworkRequest::CookieLoadControlAttribute).toInt(),
                 int(QNetworkRequest::Manual));
    }

    void uploadUrlMustBeHttpsOrThisComputer() {
        QCOMPARE(UploadTransfer::urlProblem(QUrl(QStringLiteral("https://s3.example/x"))), QString());
        QCOMPARE(UploadTransfer::urlProblem(QUrl(QStringLiteral("http://127.0.0.1:9/x"))), QString());
        QVERIFY(!UploadTransfer::urlProblem(QUrl(QStringLiteral("http://s3.example/x"))).isEmpty());
    }

    void storageErrorsNameTheFile() {
        const QUrl url(QStringLiteral("https://store.example:8443/u/1?X-Amz-Signature=secret-sig"));
        const ApiError ok =
            UploadTransfer::judge(QStringLiteral("a.pdf"), url, 200, QNetworkReply::NoError, {}, {});
        QVERIFY(!ok.isError());

        const QByteArray xml = "<?xml version=\"1.0\"?><Error><Code>BadDigest</Code><Message>The SHA256 you "
                               "specified did not match.</Message></Error>";
        const ApiError refused = UploadTransfer::judge(
            QStringLiteral("a.pdf"), url, 403, QNetworkReply::ContentAccessDenied, QStringLiteral("x"), xml);
        QCOMPARE(refused.kind, ApiError::Kind::Upload);
        QCOMPARE(refused.code, QStringLiteral("BadDigest"));
        QCOMPARE(refused.line(),
                 QStringLiteral("“a.pdf” could not be uploaded: the storage host "
                                "store.example:8443 answered 403: The SHA256 you specified did "
                                "not match. [BadDigest]. The message was not sent."));

        const ApiError dropped =
            UploadTransfer::judge(QStringLiteral("a.pdf"), url, 0, QNetworkReply::RemoteHostClosedError,
                                  QStringLiteral("Error transferring ") + url.toString() +
                                      QStringLiteral(" - server replied: closed"),
                                  {});
        QCOMPARE(dropped.kind, ApiError::Kind::Upload);
        QVERIFY2(dropped.line().startsWith(QStringLiteral("“a.pdf” could not be uploaded: the connection to "
                                                          "the storage host store.example:8443 was lost")),
                 qPrintable(dropped.line()));
        QVERIFY2(!dropped.line().contains(QStringLiteral("secret-sig")), qPrintable(dropped.line()));
    }

    void lostAnswerToAMessageSaysMayOrMayNotHaveBeenSent() {
        ApiError error;
        error.kind = ApiError::Kind::Network;
        error.method = QStringLiteral("POST");
        error.path = QStringLiteral("/bridge/api/v1/workspaces/ws/messages");
        error.detail = QStringLiteral("Connection closed");
        error.mayHaveSucceeded = true;
        QVERIFY2(error.line().endsWith(QStringLiteral(" The message may or may not have been sent: check the "
                                                      "conversation before sending it again.")),
                 qPrintable(error.line()));
        error.path = QStringLiteral("/bridge/api/v1/workspaces/ws/conversations");
        QVERIFY(error.line().contains(QStringLiteral("The change may or may not have been made")));
    }

    //! The reader's checksum is the SHA-256 of the bytes, computed outside the code (openssl dgst
    //! -sha256 -binary | base64 of "hello\n").
    void readerDigestsTheBytes() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("hello.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("hello\n");
        file.close();
        const auto result = AttachmentReader::readAll({Attachment::fromFile(path)}, [] { return false; });
        QVERIFY(std::holds_alternative<QList<PreparedAttachment>>(result));
        const PreparedAttachment read = std::get<QList<PreparedAttachment>>(result).constFirst();
        QCOMPARE(read.bytes, QByteArray("hello\n"));
        QCOMPARE(read.checksumBase64, QByteArray("WJG1tSLV3whtD/CxEPvZ0hu0/HFjrzTQgoai6Eb2vgM="));

        const auto cancelled = AttachmentReader::readAll({Attachment::fromFile(path)}, [] { return true; });
        QCOMPARE(std::get<QString>(cancelled), QString());
        QFile::remove(path);
        Attachment gone;
        gone.filePath = path;
        gone.name = QStringLiteral("hello.txt");
        const auto missing = AttachmentReader::readAll({gone}, [] { return false; });
        QVERIFY(std::get<QString>(missing).startsWith(QStringLiteral("“hello.txt” cannot be read")));
    }

    //! The reading happens off this thread: a file that is a pipe blocks its reader until this
    //! thread writes into it, which it could never do were the reader this thread.
    void readerRunsOffTheCallersThread() {
#ifdef Q_OS_UNIX
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("slow.txt"));
        QVERIFY(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
        Attachment pipe;
        pipe.filePath = path;
        pipe.name = QStringLiteral("slow.txt");
        pipe.contentType = QStringLiteral("text/plain");
        pipe.size = 6;
        QFutureWatcher<AttachmentReader::Result> watcher;
        watcher.setFuture(AttachmentReader::start({pipe}));
        QVERIFY(!watcher.isFinished()); // start() returned while the reader waits for bytes
        QFile writer(path);
        QVERIFY(writer.open(QIODevice::WriteOnly));
        writer.write("hello\n");
        writer.close();
        QTRY_VERIFY(watcher.isFinished());
        const AttachmentReader::Result result = watcher.result();
        QVERIFY(std::holds_alternative<QList<PreparedAttachment>>(result));
        QCOMPARE(std::get<QList<PreparedAttachment>>(result).constFirst().checksumBase64,
                 QByteArray("WJG1tSLV3whtD/CxEPvZ0hu0/HFjrzTQgoai6Eb2vgM="));
#else
        QSKIP("needs a named pipe");
#endif
    }
};

QTEST_GUILESS_MAIN(TestMessages)
#include "tst_messages.moc"
