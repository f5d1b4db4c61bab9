#include "messagedialect.h"

#include <QCoreApplication>

namespace bridge {

namespace {

//! A generation without messages (classic): every call is refused before anything is sent.
class NoMessages final : public MessageDialect {
    Q_DECLARE_TR_FUNCTIONS(bridge::MessageDialect)

public:
    bool sendsMessages() const override { return false; }
    QString unsupportedSentence() const override {
        return tr("Sending messages needs the Connect API; this profile uses the classic API, which has "
                  "no messages.");
    }
    RequestSpec files(const QString &, const QList<PreparedAttachment> &) const override { return {}; }
    RequestSpec send(const QString &, const OutgoingMessage &, const QStringList &) const override {
        return {};
    }
    JsonDecoder::Result<QList<UploadSlot>> decodeSlots(const QByteArray &, qsizetype) const override {
        return unsupportedSentence();
    }
    JsonDecoder::Result<SentMessage> decodeSent(const QByteArray &) const override {
        return unsupportedSentence();
    }
};

} // namespace

const MessageDialect &MessageDialect::none() {
    static const NoMessages dialect;
    return dialect;
}

} // namespace bridge
