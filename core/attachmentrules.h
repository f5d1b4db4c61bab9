#pragma once

#include "attachment.h"

#include <QStringList>
#include <optional>

namespace bridge {

//! The attachments Bridge takes (api-connect.md, "Attachments"): which extensions, of which type,
//! up to which size. Checked before anything is read or sent, so a file Bridge would refuse is
//! refused at once, with a sentence naming it.
//!
//! Choice: the reference's "16 MB" is read as 16,000,000 bytes (decimal megabytes, as the sizes are
//! shown): the stricter reading, so a file accepted here is never refused there for its size. A
//! sticker has no limit of its own in the reference: it is a .webp, held to the images' limit.
class AttachmentRules {
public:
    //! The type a file with this extension (no dot, any case) is sent as; nullopt when Bridge takes
    //! no such file.
    static std::optional<FileType> typeOf(const QString &extension);
    //! The content type sent for the extension ("application/pdf"); empty for an unknown one.
    static QString contentTypeOf(const QString &extension);
    //! The extensions of a type, lower case, in the reference's order (a sticker: webp).
    static QStringList extensions(FileType type);
    //! The largest file of the type, in bytes.
    static qint64 maxBytes(FileType type);

    //! Why the attachment may not be sent, in a sentence naming the file (and its size and the
    //! limit when it is too large); empty when it may.
    static QString problem(const Attachment &attachment);
    //! A size as people read it: "120.5 MB", "950 kB" (decimal units, as the limits).
    static QString sizeText(qint64 bytes);
};

} // namespace bridge
