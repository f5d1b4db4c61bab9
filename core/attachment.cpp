#include "attachment.h"

#include "attachmentrules.h"

#include <QFileInfo>

namespace bridge {

QString fileTypeWire(FileType type) {
    switch (type) {
    case FileType::Image:
        return QStringLiteral("IMAGE");
    case FileType::Video:
        return QStringLiteral("VIDEO");
    case FileType::Audio:
        return QStringLiteral("AUDIO");
    case FileType::Document:
        return QStringLiteral("DOCUMENT");
    case FileType::Sticker:
        return QStringLiteral("STICKER");
    }
    return {};
}

Attachment Attachment::fromFile(const QString &path) {
    const QFileInfo info(path);
    Attachment attachment;
    attachment.filePath = path;
    attachment.name = info.fileName();
    attachment.size = info.isFile() ? info.size() : -1;
    const QString extension = info.suffix().toLower();
    attachment.fileType = AttachmentRules::typeOf(extension).value_or(FileType::Document);
    attachment.contentType = AttachmentRules::contentTypeOf(extension);
    return attachment;
}

} // namespace bridge
