#pragma once

#include "jsondecoder.h"
#include "outgoingmessage.h"
#include "requestspec.h"
#include "uploadslot.h"

namespace bridge {

//! How a generation sends messages: the files and messages calls, their answers, and whether it
//! can at all. ApiDialect::messages() hands out the profile's; callers ask sendsMessages(), never
//! the generation. Pure: no network, testable byte for byte.
class MessageDialect {
public:
    virtual ~MessageDialect() = default;

    //! The dialect of a generation without messages: sends nothing, says why.
    static const MessageDialect &none();

    virtual bool sendsMessages() const = 0;
    //! Why this profile cannot send messages, for people; empty when it can.
    virtual QString unsupportedSentence() const = 0;

    //! Asks for one upload slot per file; an empty method when there are no messages.
    virtual RequestSpec files(const QString &workspaceId, const QList<PreparedAttachment> &files) const = 0;
    //! Sends the message with the uploaded attachments' ids; an empty method when there are none.
    virtual RequestSpec send(const QString &workspaceId, const OutgoingMessage &message,
                             const QStringList &mediaIds) const = 0;

    //! The files answer: exactly expected slots, in the order asked.
    virtual JsonDecoder::Result<QList<UploadSlot>> decodeSlots(const QByteArray &body,
                                                               qsizetype expected) const = 0;
    virtual JsonDecoder::Result<SentMessage> decodeSent(const QByteArray &body) const = 0;
};

} // namespace bridge
