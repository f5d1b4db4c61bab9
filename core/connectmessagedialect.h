#pragma once

#include "messagedialect.h"

namespace bridge {

//! Messages in the Connect generation (api-connect.md, "Messages"): POST .../files with a JSON array
//! of {name, fileType, checksumBase64, contentType} → presigned upload slots, then POST .../messages
//! with the media ids.
class ConnectMessageDialect final : public MessageDialect {
public:
    bool sendsMessages() const override { return true; }
    QString unsupportedSentence() const override { return {}; }

    RequestSpec files(const QString &workspaceId, const QList<PreparedAttachment> &files) const override;
    RequestSpec send(const QString &workspaceId, const OutgoingMessage &message,
                     const QStringList &mediaIds) const override;

    JsonDecoder::Result<QList<UploadSlot>> decodeSlots(const QByteArray &body,
                                                       qsizetype expected) const override;
    JsonDecoder::Result<SentMessage> decodeSent(const QByteArray &body) const override;

    //! The bodies exactly as sent: compact, in the reference's key order, absent optionals left out.
    static QByteArray filesBody(const QList<PreparedAttachment> &files);
    static QByteArray messageBody(const OutgoingMessage &message, const QStringList &mediaIds);
};

} // namespace bridge
