#include "attachmentreader.h"

#include "attachmentrules.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QPromise>
#include <QThreadPool>

#include <memory>

namespace bridge {

namespace {

struct ReaderText {
    Q_DECLARE_TR_FUNCTIONS(bridge::AttachmentReader)
};

constexpr qint64 ChunkBytes = 1024 * 1024;

} // namespace

AttachmentReader::Result AttachmentReader::readAll(const QList<Attachment> &attachments,
                                                   const std::function<bool()> &cancelled) {
    QList<PreparedAttachment> prepared;
    for (const Attachment &attachment : attachments) {
        QFile file(attachment.filePath);
        if (!file.open(QIODevice::ReadOnly))
            return ReaderText::tr("“%1” cannot be read: %2.").arg(attachment.name, file.errorString());
        PreparedAttachment item;
        item.attachment = attachment;
        QCryptographicHash hash(QCryptographicHash::Sha256);
        // Read until read() finds the end: atEnd() says nothing useful of a pipe or a device.
        for (;;) {
            if (cancelled())
                return QString();
            const QByteArray chunk = file.read(ChunkBytes);
            if (chunk.isEmpty()) {
                if (file.error() != QFileDevice::NoError)
                    return ReaderText::tr("“%1” cannot be read: %2.")
                        .arg(attachment.name, file.errorString());
                break;
            }
            hash.addData(chunk);
            item.bytes += chunk;
            // A file that grew past its limit since it was chosen is not read to the end.
            if (item.bytes.size() > AttachmentRules::maxBytes(attachment.fileType))
                break;
        }
        // Checked again with what was read: the file may have changed since it was chosen.
        item.attachment.size = item.bytes.size();
        if (const QString problem = AttachmentRules::problem(item.attachment); !problem.isEmpty())
            return problem;
        item.checksumBase64 = hash.result().toBase64();
        prepared.append(std::move(item));
    }
    return prepared;
}

QFuture<AttachmentReader::Result> AttachmentReader::start(const QList<Attachment> &attachments) {
    // Shared: QThreadPool takes a copyable task, and QPromise moves only.
    auto promise = std::make_shared<QPromise<Result>>();
    QFuture<Result> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, attachments] {
        Result result = readAll(attachments, [&promise] { return promise->isCanceled(); });
        promise->addResult(std::move(result));
        promise->finish();
    });
    return future;
}

} // namespace bridge
