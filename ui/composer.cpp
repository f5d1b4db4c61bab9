#include "composer.h"

#include "apidialect.h"
#include "attachmentlist.h"
#include "attachmentrules.h"
#include "bridgeclient.h"
#include "messagedialect.h"
#include "themecolors.h"

#include <QButtonGroup>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

using bridge::MessageSend;
using bridge::OutgoingMessage;

namespace {

//! Amber: the colour of a note, so writing to the agents never looks like writing to the customer.
const QColor kNoteTint(0xf2, 0xb7, 0x05);

QLabel *wrappedLabel(QWidget *parent) {
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

//! The first line of text, cut to about 60 characters, for the list of sent messages.
QString textStart(const QString &text) {
    const QString line = text.simplified();
    return line.size() <= 60 ? line : line.left(59) + QChar(0x2026);
}

} // namespace

Composer::Composer(bridge::BridgeClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_unsupported(wrappedLabel(this)) {
    setAccessibleName(tr("Message"));
    setAcceptDrops(true);
    m_unsupported->setObjectName(QStringLiteral("noMessagesLabel"));
    m_unsupported->setEnabled(false);
    m_editor = buildEditor();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 4, 12, 8);
    layout->addWidget(m_unsupported);
    layout->addWidget(m_editor, 1);

    // Ctrl+Enter sends from anywhere in the composer (the text box leaves Ctrl+Return to shortcuts).
    auto *shortcut = new QShortcut(this);
    shortcut->setKeys({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, &Composer::send);

    applyDialect();
    setConversation(std::nullopt);
}

QWidget *Composer::buildEditor() {
    auto *editor = new QWidget(this);

    auto *audienceLabel = new QLabel(tr("&Who reads it:"), editor);
    m_customer = new QRadioButton(tr("Send to customer"), editor);
    m_customer->setObjectName(QStringLiteral("customerChoice"));
    m_customer->setAccessibleDescription(tr("The customer receives the message on their channel."));
    m_note = new QRadioButton(tr("Internal note"), editor);
    m_note->setObjectName(QStringLiteral("noteChoice"));
    m_note->setAccessibleDescription(tr("Only agents see a note; the customer does not."));
    m_audience = new QButtonGroup(this);
    m_audience->addButton(m_customer);
    m_audience->addButton(m_note);
    m_customer->setChecked(true);
    audienceLabel->setBuddy(m_customer);
    connect(m_audience, &QButtonGroup::buttonToggled, this,
            [this, audienceLabel](QAbstractButton *button, bool on) {
                if (!on)
                    return;
                audienceLabel->setBuddy(button); // Alt+W lands on the choice made, without changing it
                showAudience();
                keepDraft();
            });
    auto *audienceRow = new QHBoxLayout;
    audienceRow->addWidget(audienceLabel);
    audienceRow->addWidget(m_customer);
    audienceRow->addWidget(m_note);
    audienceRow->addStretch(1);
    m_audienceNote = wrappedLabel(editor);

    auto *textLabel = new QLabel(tr("Message te&xt:"), editor);
    m_text = new QPlainTextEdit(editor);
    m_text->setObjectName(QStringLiteral("messageText"));
    m_text->setAccessibleName(tr("Message text"));
    m_text->setTabChangesFocus(true); // Tab moves on; the message never takes a tab character
    // Three to six lines, as a chat message is short; the details above keep the rest of the height.
    const int line = m_text->fontMetrics().lineSpacing();
    m_text->setMinimumHeight(line * 3 + 12);
    m_text->setMaximumHeight(line * 6 + 12);
    m_text->viewport()->installEventFilter(this); // files dropped on the text are attached
    textLabel->setBuddy(m_text);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        keepDraft();
        updateSendState();
    });

    m_attachments = new AttachmentList(editor);
    connect(m_attachments, &AttachmentList::changed, this, [this] {
        keepDraft();
        updateSendState();
        updateTabOrder();
    });

    m_attach = new QPushButton(tr("Attach f&iles…"), editor);
    m_attach->setObjectName(QStringLiteral("attachButton"));
    m_attach->setToolTip(tr("Choose files to send with the message, or drop them here"));
    connect(m_attach, &QPushButton::clicked, this, &Composer::chooseFiles);
    m_hint = wrappedLabel(editor);
    m_hint->setObjectName(QStringLiteral("sendHint"));
    m_hint->setPalette(ThemeColors::withErrorText(m_hint->palette()));
    m_cancel = new QPushButton(tr("Cancel"), editor);
    m_cancel->setObjectName(QStringLiteral("cancelSendButton"));
    m_cancel->setAccessibleName(tr("Cancel sending"));
    m_cancel->setToolTip(tr("Stop what has not been sent yet"));
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (!m_send)
            return;
        m_send->cancel();
        if (m_send && m_send->isRunning())
            return; // the message is on its way: its answer still comes
        m_send = nullptr;
        m_sendingTo.clear();
        setBusy(false);
        m_stage->setText(tr("Cancelled: the message was not sent."));
        m_stage->show();
    });
    m_sendButton = new QPushButton(editor);
    m_sendButton->setObjectName(QStringLiteral("sendButton"));
    connect(m_sendButton, &QPushButton::clicked, this, &Composer::send);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_attach);
    buttonRow->addStretch(1);
    buttonRow->addWidget(m_cancel);
    buttonRow->addWidget(m_sendButton);

    m_progress = new QProgressBar(editor);
    m_progress->setObjectName(QStringLiteral("sendProgress"));
    m_progress->setAccessibleName(tr("Sending progress"));
    m_progress->setTextVisible(false);
    m_stage = wrappedLabel(editor);
    m_stage->setObjectName(QStringLiteral("sendStage"));
    m_error = wrappedLabel(editor);
    m_error->setObjectName(QStringLiteral("sendError"));
    m_error->setPalette(ThemeColors::withErrorText(m_error->palette()));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(editor);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(audienceRow);
    layout->addWidget(m_audienceNote);
    layout->addWidget(textLabel);
    layout->addWidget(m_text, 2);
    layout->addWidget(m_attachments);
    layout->addLayout(buttonRow);
    layout->addWidget(m_hint);
    layout->addWidget(m_progress);
    layout->addWidget(m_stage);
    layout->addWidget(m_error);
    layout->addWidget(buildSentSection(editor));
    showAudience();
    setBusy(false);
    return editor;
}

QWidget *Composer::buildSentSection(QWidget *parent) {
    auto *section = new QWidget(parent);
    auto *heading = new QLabel(tr("Sent from here"), section);
    QFont font = heading->font();
    font.setBold(true);
    heading->setFont(font);
    heading->setContentsMargins(0, 8, 0, 0);
    auto *sentence = wrappedLabel(section);
    sentence->setText(tr("The Bridge API has no way to read a conversation's history, so only messages sent "
                         "from here in this session are shown."));
    sentence->setEnabled(false);
    m_sentList = new QListWidget(section);
    m_sentList->setObjectName(QStringLiteral("sentList"));
    m_sentList->setAccessibleName(tr("Messages sent from here"));
    m_sentList->setWordWrap(true);
    m_sentList->setTextElideMode(Qt::ElideRight);
    m_sentList->setMaximumHeight(m_sentList->fontMetrics().lineSpacing() * 7 + 8);
    auto *layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(heading);
    layout->addWidget(sentence);
    layout->addWidget(m_sentList, 1);
    return section;
}

void Composer::applyDialect() {
    const bridge::MessageDialect &messages = m_client->dialect().messages();
    m_editor->setVisible(messages.sendsMessages());
    m_unsupported->setText(messages.unsupportedSentence());
    m_unsupported->setVisible(!messages.sendsMessages());
}

void Composer::setConversation(const std::optional<bridge::Conversation> &conversation) {
    const QString id = conversation ? conversation->id : QString();
    if (id == m_conversationId && !id.isEmpty())
        return; // the same conversation, refreshed: the agent's text stays as it is
    m_conversationId = id;
    clearError();
    m_stage->clear();
    if (const auto failure = m_failures.constFind(id); failure != m_failures.cend()) {
        showError(*failure);
        m_failures.erase(failure);
    }
    showDraft(m_drafts.draft(id));
    setBusy(isSending() && m_sendingTo == id);
    showSentMessages();
}

void Composer::showDraft(const OutgoingMessage &draft) {
    m_showing = true;
    m_text->setPlainText(draft.text);
    (draft.audience == OutgoingMessage::Audience::InternalNote ? m_note : m_customer)->setChecked(true);
    m_attachments->setAttachments(draft.attachments);
    m_showing = false;
    showAudience();
    updateTabOrder();
    updateSendState();
}

OutgoingMessage Composer::shownMessage() const {
    OutgoingMessage message;
    message.conversationId = m_conversationId;
    message.text = m_text->toPlainText();
    message.audience =
        m_note->isChecked() ? OutgoingMessage::Audience::InternalNote : OutgoingMessage::Audience::Customer;
    message.attachments = m_attachments->attachments();
    return message;
}

void Composer::keepDraft() {
    if (m_showing || m_conversationId.isEmpty() || (isSending() && m_sendingTo == m_conversationId))
        return;
    m_drafts.keep(shownMessage());
}

void Composer::showAudience() {
    const bool note = m_note->isChecked();
    // A note is tinted (text box and Send) so it is never mistaken for a message to the customer.
    QPalette textPalette = palette();
    QPalette buttonPalette = palette();
    if (note) {
        textPalette.setColor(QPalette::Base, ThemeColors::tinted(palette(), kNoteTint, 0.25));
        buttonPalette.setColor(QPalette::Button, ThemeColors::tinted(palette(), kNoteTint, 0.6));
    }
    m_text->setPalette(textPalette);
    m_sendButton->setPalette(buttonPalette);
    m_sendButton->setText(note ? tr("Add internal note") : tr("Send to customer"));
    m_sendButton->setToolTip(note ? tr("Add the note for the agents only (Ctrl+Enter)")
                                  : tr("Send the message to the customer (Ctrl+Enter)"));
    m_audienceNote->setText(note ? tr("Only agents see a note; the customer does not.")
                                 : tr("The customer receives the message on their channel."));
    m_text->setPlaceholderText(note ? tr("A note for the agents…") : tr("A message to the customer…"));
    m_text->setAccessibleDescription(note ? tr("Internal note: only agents see it")
                                          : tr("Message to the customer"));
}

void Composer::updateSendState() {
    QString reason; // why Send is off, shown beside it
    QString quiet;  // why Send is off when there is nothing wrong, in its tooltip only
    if (m_conversationId.isEmpty())
        quiet = tr("Pick a conversation to write to.");
    else if (isSending())
        quiet = m_sendingTo == m_conversationId ? tr("Sending…")
                                                : tr("Another message is being sent; wait for it to finish.");
    else if (const QString problem = m_attachments->firstProblem(); !problem.isEmpty())
        reason = tr("Send is off: %1 Remove it to send the message.").arg(problem);
    else if (m_text->toPlainText().trimmed().isEmpty())
        quiet = tr("Write the message to send it.");
    m_sendButton->setEnabled(reason.isEmpty() && quiet.isEmpty());
    m_sendButton->setAccessibleDescription(reason.isEmpty() ? quiet : reason);
    if (!quiet.isEmpty())
        m_sendButton->setToolTip(quiet);
    else
        showAudience(); // its tooltip again
    m_hint->setText(reason);
    m_hint->setVisible(!reason.isEmpty());
}

void Composer::updateTabOrder() {
    // The Remove buttons are made after the rest: put them between the text and Attach files….
    QWidget *previous = m_text;
    for (QToolButton *remove : m_attachments->removeButtons()) {
        setTabOrder(previous, remove);
        previous = remove;
    }
    setTabOrder(previous, m_attach);
}

void Composer::setBusy(bool busy) {
    m_text->setReadOnly(busy);
    m_customer->setEnabled(!busy);
    m_note->setEnabled(!busy);
    m_attach->setEnabled(!busy);
    m_attachments->setRemovable(!busy);
    m_cancel->setVisible(busy);
    m_cancel->setEnabled(busy && m_send && m_send->isCancellable());
    m_progress->setVisible(busy);
    m_stage->setVisible(busy || !m_stage->text().isEmpty());
    if (busy)
        showStage(m_send->stage());
    updateSendState();
}

void Composer::showStage(MessageSend::Stage stage) {
    const bool note = m_note->isChecked();
    switch (stage) {
    case MessageSend::Stage::Reading:
        m_stage->setText(tr("Reading the files…"));
        m_progress->setRange(0, 0);
        break;
    case MessageSend::Stage::Announcing:
        m_stage->setText(tr("Asking Bridge where to upload the files…"));
        m_progress->setRange(0, 0);
        break;
    case MessageSend::Stage::Uploading:
        m_stage->setText(tr("Uploading the files…"));
        m_progress->setRange(0, 1000);
        m_progress->setValue(0);
        break;
    case MessageSend::Stage::Posting:
        m_stage->setText(note ? tr("Adding the note…") : tr("Sending the message…"));
        m_progress->setRange(0, 0);
        break;
    case MessageSend::Stage::Finished:
        break;
    }
    m_cancel->setEnabled(m_send && m_send->isCancellable());
    m_progress->setAccessibleDescription(m_stage->text());
}

void Composer::showProgress(qint64 sent, qint64 total) {
    if (total <= 0)
        return;
    m_progress->setRange(0, 1000);
    m_progress->setValue(int(sent * 1000 / total));
    m_stage->setText(
        tr("Uploading the files: %1 of %2")
            .arg(bridge::AttachmentRules::sizeText(sent), bridge::AttachmentRules::sizeText(total)));
    m_progress->setAccessibleDescription(m_stage->text());
}

void Composer::send() {
    // Ctrl+Enter and Send both land here: while a send runs, or while Send is off, nothing happens.
    if (isSending() || !m_sendButton->isEnabled() || !m_editor->isVisible())
        return;
    const OutgoingMessage message = shownMessage();
    if (!message.validate().isEmpty())
        return;
    clearError();
    m_stage->clear();
    m_sendingTo = message.conversationId;
    m_send =
        m_client->sendMessage(message, this, [this, message](const bridge::Expected<bridge::SentMessage> &r) {
            onSent(message, r);
        });
    connect(m_send, &MessageSend::stageChanged, this, [this](MessageSend::Stage stage) {
        if (m_sendingTo == m_conversationId)
            showStage(stage);
    });
    connect(m_send, &MessageSend::progress, this, [this](qint64 sent, qint64 total) {
        if (m_sendingTo == m_conversationId)
            showProgress(sent, total);
    });
    setBusy(true);
}

void Composer::onSent(const OutgoingMessage &message, const bridge::Expected<bridge::SentMessage> &result) {
    m_send = nullptr; // it deletes itself once it ended
    m_sendingTo.clear();
    const bool shown = message.conversationId == m_conversationId;
    m_stage->clear();
    if (result.ok()) {
        m_sent.add(message, result.value(), QDateTime::currentDateTime());
        m_drafts.clear(message.conversationId);
        if (shown) {
            // The text and files go; who reads the next one stays as chosen.
            m_showing = true;
            m_text->clear();
            m_attachments->setAttachments({});
            m_showing = false;
            keepDraft();
            m_stage->setText(message.audience == OutgoingMessage::Audience::InternalNote
                                 ? tr("Note added.")
                                 : tr("Message sent."));
        }
    } else if (shown) {
        showError(result.error());
    } else {
        m_failures.insert(message.conversationId, result.error());
    }
    if (shown) {
        setBusy(false);
        showSentMessages();
        updateTabOrder();
    } else {
        updateSendState();
    }
    if (result.ok())
        emit messageSent(message.conversationId);
}

void Composer::showError(const bridge::ApiError &error) {
    m_error->setText(error.headline());
    m_error->setToolTip(error.line());
    m_error->setAccessibleDescription(error.line());
    m_error->show();
}

void Composer::clearError() {
    m_error->clear();
    m_error->setToolTip({});
    m_error->hide();
}

void Composer::showSentMessages() {
    m_sentList->clear();
    const QList<bridge::SentRecord> records = m_sent.records(m_conversationId);
    for (const bridge::SentRecord &record : records) {
        QStringList parts = {QLocale().toString(record.sentAt.time(), QLocale::ShortFormat),
                             record.audience == OutgoingMessage::Audience::InternalNote
                                 ? tr("Internal note")
                                 : tr("To the customer"),
                             tr("“%1”").arg(textStart(record.text))};
        if (!record.attachmentNames.isEmpty())
            parts.append(tr("Files: %1").arg(record.attachmentNames.join(QStringLiteral(", "))));
        parts.append(tr("ID %1").arg(record.messageId));
        auto *item = new QListWidgetItem(parts.join(QStringLiteral(" · ")), m_sentList);
        item->setToolTip(record.text);
    }
    m_sentList->setVisible(!records.isEmpty());
}

void Composer::chooseFiles() {
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QStringList patterns;
    for (const bridge::FileType type : {bridge::FileType::Image, bridge::FileType::Video,
                                        bridge::FileType::Audio, bridge::FileType::Document}) {
        for (const QString &extension : bridge::AttachmentRules::extensions(type))
            patterns.append(QStringLiteral("*.") + extension);
    }
    const QString filter = tr("Files Bridge takes (%1)").arg(patterns.join(QLatin1Char(' '))) +
                           QStringLiteral(";;") + tr("All files (*)");
    auto *dialog = new QFileDialog(this, tr("Attach Files"), documents, filter);
    dialog->setObjectName(QStringLiteral("attachDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    connect(dialog, &QFileDialog::filesSelected, this, &Composer::addFiles);
    dialog->open();
}

void Composer::addFiles(const QStringList &paths) {
    if (m_conversationId.isEmpty() || (isSending() && m_sendingTo == m_conversationId))
        return;
    m_attachments->addFiles(paths);
}

QStringList Composer::localFiles(const QMimeData *mime) {
    if (!mime || !mime->hasUrls())
        return {};
    QStringList paths;
    for (const QUrl &url : mime->urls()) {
        if (!url.isLocalFile())
            return {};
        paths.append(url.toLocalFile());
    }
    return paths;
}

void Composer::dragEnterEvent(QDragEnterEvent *event) {
    if (m_editor->isVisible() && !localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void Composer::dropEvent(QDropEvent *event) {
    const QStringList paths = localFiles(event->mimeData());
    if (!m_editor->isVisible() || paths.isEmpty())
        return;
    addFiles(paths);
    event->acceptProposedAction();
}

bool Composer::eventFilter(QObject *watched, QEvent *event) {
    // Files dragged onto the text are attached, not pasted as their paths; text drops stay text.
    if (watched == m_text->viewport()) {
        switch (event->type()) {
        case QEvent::DragEnter:
        case QEvent::DragMove: {
            auto *drag = static_cast<QDragMoveEvent *>(event);
            if (localFiles(drag->mimeData()).isEmpty())
                break;
            drag->acceptProposedAction();
            return true;
        }
        case QEvent::Drop: {
            auto *drop = static_cast<QDropEvent *>(event);
            const QStringList paths = localFiles(drop->mimeData());
            if (paths.isEmpty())
                break;
            addFiles(paths);
            drop->acceptProposedAction();
            return true;
        }
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}
