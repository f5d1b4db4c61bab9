#pragma once

#include "apierror.h"
#include "conversation.h"
#include "messagedrafts.h"
#include "messagesend.h"
#include "sentmessagelog.h"

#include <QHash>
#include <QPointer>
#include <QWidget>
#include <optional>

class AttachmentList;
class QButtonGroup;
class QLabel;
class QListWidget;
class QMimeData;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace bridge {
class BridgeClient;
} // namespace bridge

//! Writes a message into the conversation shown, under the details pane: the text, who reads it
//! (the customer, or the agents only as an internal note), files added with Attach files… or
//! dropped on it, and Send (Ctrl+Enter). A send shows its stage and progress and can be cancelled
//! until the message itself is on its way; on a failure the text and files stay, with the error.
//! Each conversation keeps its unsent draft while the window is open, and the messages sent from
//! here in this session are listed (the API cannot read a conversation's messages).
//!
//! Where the profile's API generation has no messages, only a sentence saying so shows.
//!
//! Object names: messageText, customerChoice, noteChoice, attachButton, sendButton,
//! cancelSendButton, sendProgress, sendStage, sendError, sendHint, sentList, noMessagesLabel.
class Composer : public QWidget {
    Q_OBJECT
public:
    //! client: not owned, must outlive the composer.
    explicit Composer(bridge::BridgeClient *client, QWidget *parent = nullptr);

    //! After the client's options changed: the composer where the generation sends messages, the
    //! sentence why not elsewhere.
    void applyDialect();
    //! Shows conversation's draft (keeping the one shown so far); none: nothing to write to.
    void setConversation(const std::optional<bridge::Conversation> &conversation);
    //! Adds files to the message, as Attach files… and a drop do.
    void addFiles(const QStringList &paths);
    //! Sends the message shown; does nothing while a send runs or while Send is disabled.
    void send();
    bool isSending() const { return !m_send.isNull(); }

    QPlainTextEdit *textEdit() const { return m_text; }
    QRadioButton *customerChoice() const { return m_customer; }
    QRadioButton *noteChoice() const { return m_note; }
    AttachmentList *attachmentList() const { return m_attachments; }
    QPushButton *attachButton() const { return m_attach; }
    QPushButton *sendButton() const { return m_sendButton; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *stageLabel() const { return m_stage; }
    QLabel *errorLabel() const { return m_error; }
    QLabel *hintLabel() const { return m_hint; }
    QListWidget *sentList() const { return m_sentList; }
    QLabel *unsupportedLabel() const { return m_unsupported; }

signals:
    //! Bridge took a message into conversationId, whose status may have changed with it (a ghost
    //! conversation becomes active once the customer is written to).
    void messageSent(const QString &conversationId);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildEditor();
    QWidget *buildSentSection(QWidget *parent);
    void chooseFiles();
    void showDraft(const bridge::OutgoingMessage &draft);
    bridge::OutgoingMessage shownMessage() const;
    void keepDraft();
    void showAudience();
    void updateSendState();
    void updateTabOrder();
    void setBusy(bool busy);
    void showStage(bridge::MessageSend::Stage stage);
    void showProgress(qint64 sent, qint64 total);
    void onSent(const bridge::OutgoingMessage &message, const bridge::Expected<bridge::SentMessage> &result);
    void showError(const bridge::ApiError &error);
    void clearError();
    void showSentMessages();
    //! The local files of a drag or drop; empty when it carries anything else.
    static QStringList localFiles(const QMimeData *mime);

    bridge::BridgeClient *m_client;
    bridge::MessageDrafts m_drafts;
    bridge::SentMessageLog m_sent;
    QString m_conversationId; //!< empty: no conversation shown
    QPointer<bridge::MessageSend> m_send;
    QString m_sendingTo; //!< the conversation of m_send
    //! Why a send failed while the agent looked at another conversation: shown on coming back.
    QHash<QString, bridge::ApiError> m_failures;
    bool m_showing = false; //!< filling the widgets from a draft: no draft is kept meanwhile

    QWidget *m_editor = nullptr;
    QLabel *m_unsupported = nullptr;
    QRadioButton *m_customer = nullptr;
    QRadioButton *m_note = nullptr;
    QButtonGroup *m_audience = nullptr;
    QLabel *m_audienceNote = nullptr;
    QPlainTextEdit *m_text = nullptr;
    AttachmentList *m_attachments = nullptr;
    QPushButton *m_attach = nullptr;
    QLabel *m_hint = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_sendButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_stage = nullptr;
    QLabel *m_error = nullptr;
    QListWidget *m_sentList = nullptr;
};
