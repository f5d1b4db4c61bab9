#pragma once

#include "uploadslot.h"

#include <QFuture>
#include <QList>
#include <functional>
#include <variant>

namespace bridge {

//! Reads the attachments' bytes and computes each one's SHA-256 (base64), away from the GUI thread:
//! a 100 MB document takes a while to read and hash, and the window must not freeze meanwhile.
class AttachmentReader {
public:
    //! The prepared files in the order given, or the sentence saying which one could not be read.
    using Result = std::variant<QList<PreparedAttachment>, QString>;

    //! Reads every file here, in the calling thread, stopping (with an empty sentence) as soon as
    //! cancelled() says so. Each file is checked again against AttachmentRules with its real size.
    static Result readAll(const QList<Attachment> &attachments, const std::function<bool()> &cancelled);

    //! readAll() on the global thread pool. Cancelling the future stops the reading between two
    //! chunks; a QFutureWatcher in the caller's thread hears the result there.
    static QFuture<Result> start(const QList<Attachment> &attachments);
};

} // namespace bridge
