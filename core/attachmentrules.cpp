#include "attachmentrules.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

namespace bridge {

namespace {

struct RulesText {
    Q_DECLARE_TR_FUNCTIONS(bridge::AttachmentRules)
};

struct Extension {
    const char *name;
    FileType type;
    const char *contentType;
};

// api-connect.md, "Attachments", in its order.
constexpr Extension kExtensions[] = {
    {"gif", FileType::Image, "image/gif"},
    {"jpeg", FileType::Image, "image/jpeg"},
    {"jpg", FileType::Image, "image/jpeg"},
    {"png", FileType::Image, "image/png"},
    {"webp", FileType::Image, "image/webp"},
    {"avi", FileType::Video, "video/x-msvideo"},
    {"mov", FileType::Video, "video/quicktime"},
    {"mp4", FileType::Video, "video/mp4"},
    {"m4a", FileType::Audio, "audio/mp4"},
    {"mp3", FileType::Audio, "audio/mpeg"},
    {"ogg", FileType::Audio, "audio/ogg"},
    {"wav", FileType::Audio, "audio/wav"},
    {"doc", FileType::Document, "application/msword"},
    {"docx", FileType::Document, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
    {"pdf", FileType::Document, "application/pdf"},
    {"ppt", FileType::Document, "application/vnd.ms-powerpoint"},
    {"pptx", FileType::Document, "application/vnd.openxmlformats-officedocument.presentationml.presentation"},
    {"txt", FileType::Document, "text/plain"},
    {"xls", FileType::Document, "application/vnd.ms-excel"},
    {"xlsx", FileType::Document, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
};

constexpr qint64 MB = 1000 * 1000;

const Extension *find(const QString &extension) {
    const QString lower = extension.toLower();
    for (const Extension &e : kExtensions) {
        if (lower == QLatin1String(e.name))
            return &e;
    }
    return nullptr;
}

//! "an image", "a video", ... for "… may be at most 16 MB".
QString kindNoun(FileType type) {
    switch (type) {
    case FileType::Image:
        return RulesText::tr("an image");
    case FileType::Video:
        return RulesText::tr("a video");
    case FileType::Audio:
        return RulesText::tr("an audio file");
    case FileType::Document:
        return RulesText::tr("a document");
    case FileType::Sticker:
        return RulesText::tr("a sticker");
    }
    return {};
}

} // namespace

std::optional<FileType> AttachmentRules::typeOf(const QString &extension) {
    const Extension *e = find(extension);
    return e ? std::optional(e->type) : std::nullopt;
}

QString AttachmentRules::contentTypeOf(const QString &extension) {
    const Extension *e = find(extension);
    return e ? QString::fromLatin1(e->contentType) : QString();
}

QStringList AttachmentRules::extensions(FileType type) {
    if (type == FileType::Sticker)
        return {QStringLiteral("webp")};
    QStringList names;
    for (const Extension &e : kExtensions) {
        if (e.type == type)
            names.append(QString::fromLatin1(e.name));
    }
    return names;
}

qint64 AttachmentRules::maxBytes(FileType type) {
    switch (type) {
    case FileType::Video:
        return 64 * MB;
    case FileType::Document:
        return 100 * MB;
    case FileType::Image:
    case FileType::Audio:
    case FileType::Sticker:
        break;
    }
    return 16 * MB;
}

QString AttachmentRules::sizeText(qint64 bytes) {
    // Whole megabytes (the limits) without a decimal: "16 MB", not "16.0 MB".
    const int decimals = bytes % MB == 0 ? 0 : 1;
    return QLocale().formattedDataSize(bytes, decimals, QLocale::DataSizeSIFormat);
}

QString AttachmentRules::problem(const Attachment &attachment) {
    const QString name = attachment.name.isEmpty() ? attachment.filePath : attachment.name;
    if (attachment.size < 0)
        return RulesText::tr("“%1” cannot be found.").arg(name);
    const QString extension = QFileInfo(attachment.name).suffix().toLower();
    const std::optional<FileType> type = typeOf(extension);
    if (!type || attachment.contentType.isEmpty()) {
        QStringList all;
        for (const Extension &e : kExtensions)
            all.append(QString::fromLatin1(e.name));
        return RulesText::tr("“%1” cannot be sent: Bridge takes only these kinds of files: %2.")
            .arg(name, all.join(QStringLiteral(", ")));
    }
    if (!extensions(attachment.fileType).contains(extension))
        return RulesText::tr("“%1” cannot be sent as a %2: that must be a %3 file.")
            .arg(name, fileTypeWire(attachment.fileType).toLower(),
                 extensions(attachment.fileType).join(QStringLiteral(", ")));
    if (attachment.size == 0)
        return RulesText::tr("“%1” is empty.").arg(name);
    const qint64 limit = maxBytes(attachment.fileType);
    if (attachment.size > limit)
        return RulesText::tr("“%1” is %2; %3 may be at most %4.")
            .arg(name, sizeText(attachment.size), kindNoun(attachment.fileType), sizeText(limit));
    return {};
}

} // namespace bridge
