#pragma once

#include "attachment.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace bridge {

//! An attachment read and digested, ready to be announced to Bridge and uploaded: the bytes that
//! were hashed are the bytes sent, so the checksum always describes what goes out.
struct PreparedAttachment {
    Attachment attachment;
    QByteArray checksumBase64; //!< base64 of the SHA-256 of bytes
    QByteArray bytes;
};

//! Where Bridge says one attachment goes (the files call's answer): a presigned URL on another
//! host, the method and exactly the headers to send there.
struct UploadSlot {
    QString mediaId;
    QUrl url;
    QByteArray method; //!< "PUT"
    QList<QPair<QByteArray, QByteArray>> headers;

    friend bool operator==(const UploadSlot &, const UploadSlot &) = default;
};

} // namespace bridge
