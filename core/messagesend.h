#pragma once

#include "attachmentreader.h"
#include "callhandle.h"
#include "expected.h"
#include "outgoingmessage.h"
#include "uploadslot.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

namespace bridge {

class BridgeClient;
class UploadTransfer;

//! Sends one message with its attachments (Connect), in four steps: read and digest the files off
//! the GUI thread (AttachmentReader), ask Bridge for upload slots (POST .../files), PUT each file to
//! its presigned URL (UploadTransfer: another host, nothing of Bridge's goes there), then post the
//! message with the media ids (POST .../messages). Made by BridgeClient::sendMessage(), which owns
//! it; it deletes itself once it ended.
//!
//! Ends exactly once, by calling done, unless cancelled or its context was destroyed. A message is
//! never posted after an upload failed, and never posted twice: a lost answer to the post ends with
//! an error whose mayHaveSucceeded is set ("may or may not have been sent").
class MessageSend : public QObject {
    Q_OBJECT
public:
    enum class Stage { Reading, Announcing, Uploading, Posting, Finished };
    Q_ENUM(Stage)

    MessageSend(BridgeClient *client, OutgoingMessage message, QObject *context, Callback<SentMessage> done);
    ~MessageSend() override;

    //! Starts from the event loop: done is never called from inside start().
    void start();
    //! Stops what has not gone out yet (reading, the files call, the upload in flight, which is
    //! aborted): the message is not posted and done is not called. Once the message itself is on
    //! its way it cannot be called back: cancel() then does nothing, and done still says whether
    //! it was sent.
    void cancel();
    //! Drops everything at once, the post included; done is not called (the client stopping).
    void abandon();

    bool isRunning() const { return m_running; }
    //! false once the message is being posted: from then on cancel() does nothing.
    bool isCancellable() const { return m_running && m_stage != Stage::Posting; }
    Stage stage() const { return m_stage; }
    //! The bytes of every attachment together, known once they were read (0 before, and without any).
    qint64 bytesTotal() const { return m_bytesTotal; }

signals:
    //! Entering a step after the first (a send is in stage() Reading when sendMessage() returns).
    void stageChanged(bridge::MessageSend::Stage stage);
    //! While uploading: bytes of all attachments sent so far, of bytesTotal.
    void progress(qint64 bytesSent, qint64 bytesTotal);

private:
    void setStage(Stage stage);
    void onRead();
    void announce();
    void upload(qsizetype index);
    void post();
    void finish(const Expected<SentMessage> &result);
    void stop();
    //! An error of this send that no request carried: kind InvalidInput, for the messages call.
    ApiError inputError(const QString &detail) const;

    QPointer<BridgeClient> m_client;
    const OutgoingMessage m_message;
    QPointer<QObject> m_context;
    const bool m_hadContext;
    Callback<SentMessage> m_done;

    Stage m_stage = Stage::Reading;
    bool m_running = false;
    QFutureWatcher<AttachmentReader::Result> m_reading;
    CallHandle m_call;
    QPointer<UploadTransfer> m_transfer;
    QList<PreparedAttachment> m_files;
    QList<UploadSlot> m_slots;
    qint64 m_bytesTotal = 0;
    qint64 m_bytesDone = 0;
};

} // namespace bridge
