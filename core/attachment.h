#pragma once

#include <QMetaType>
#include <QString>

namespace bridge {

//! What Bridge is told an attachment is (the files call's "fileType").
enum class FileType { Image, Video, Audio, Document, Sticker };

//! "IMAGE", "VIDEO", "AUDIO", "DOCUMENT", "STICKER".
QString fileTypeWire(FileType type);

//! A file chosen to go with a message: where it is, what the customer sees it called, and what it
//! is. fromFile() fills everything from the file's name and size without reading its bytes;
//! AttachmentRules says whether it may be sent.
struct Attachment {
    QString filePath;
    QString name;        //!< the file's name as the customer sees it
    QString contentType; //!< "application/pdf"; empty when the extension is not one Bridge takes
    FileType fileType = FileType::Document;
    qint64 size = -1; //!< bytes; -1 when the file cannot be found

    //! The attachment for the file at path: its name, size, and the type and content type its
    //! extension stands for (a .webp is an image; make it a sticker by setting fileType).
    static Attachment fromFile(const QString &path);

    friend bool operator==(const Attachment &, const Attachment &) = default;
};

} // namespace bridge
