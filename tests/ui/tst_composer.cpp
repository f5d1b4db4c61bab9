// The message composer under the details pane, in the real window on a Connect profile, against an
// in-process Connect sandbox and its upload host on loopback: sending to a ghost conversation with a
// PDF (one upload, one message, the row then Active), an internal note, failures that keep the
// message, a send pressed twice, limits refused before any request, Cancel during an upload,
// drafts per conversation, the classic profile's sentence, Tab, and files dropped on it.
#include "attachmentlist.h"
#include "attachmentrules.h"
#include "composer.h"
#include "connectmessages.h"
#include "conversationtablemodel.h"
#include "detailspane.h"
#include "mainwindow.h"
#include "messagedialect.h"
#include "windowfixture.h"

#include <QApplication>
#include <QFileDialog>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMap>
#include <QMenuBar>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using bridge::ConversationTableModel;
using bridge::sandbox::ReceivedRequest;
using bridge::sandbox::SandboxConfig;

class TestComposer : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void sendsToGhostWithAttachment();
    void internalNoteKeepsGhost();
    void failedUploadKeepsTheMessage();
    void failedPostKeepsTheMessage();
    void failureWhileAwayShownOnReturn();
    void sendsOnceWhateverIsPressed();
    void oversizedFileRefusedBeforeAnyRequest();
    void cancelDuringUploadPostsNothing();
    void draftsKeptPerConversation();
    void classicProfileHasNoComposer();
    void tabReachesEveryControl();
    void mnemonicsUniqueInTheWindow();
    void dropAddsFiles();

private:
    MainWindow *window() const { return m_desk.window.get(); }
    Composer *composer() const { return window()->composer(); }
    bridge::sandbox::ConnectMessages *messages() const { return m_desk.server->messages(); }
    //! Selects the first row of the page with status raw, and waits for the composer to show it.
    bridge::Conversation pickStatus(const QString &raw);
    bridge::Conversation pickRow(int row);
    QString statusOnServer(const QString &id) const;
    QString statusInRow(const QString &id) const;
    //! A file of size bytes named name (sparse: nothing is written).
    QString makeFile(const QString &name, qint64 size, const QByteArray &content = {});
    QList<ReceivedRequest> posts(const char *pathEnd) const;
    void type(const QString &text);
    void pressCtrlEnter();

    testing::WindowFixture m_desk;
    std::unique_ptr<QTemporaryDir> m_files;
};

void TestComposer::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BridgeDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_composer"));
}

void TestComposer::init() {
    m_files = std::make_unique<QTemporaryDir>();
    QVERIFY(m_files->isValid());
    if (QByteArray(QTest::currentTestFunction()) == "classicProfileHasNoComposer")
        return; // starts its own classic sandbox
    QVERIFY(m_desk.start(SandboxConfig::forApi(SandboxConfig::Api::Connect)));
    testing::WindowFixture::Options options;
    options.size = {1400, 900};
    QVERIFY(m_desk.open(options));
    QVERIFY(m_desk.client->dialect().messages().sendsMessages());
}

void TestComposer::cleanup() {
    m_desk.reset();
    m_files.reset();
}

bridge::Conversation TestComposer::pickRow(int row) {
    QTableView *view = window()->conversationView();
    view->setFocus();
    view->selectRow(row);
    const auto conversation = window()
                                  ->proxyModel()
                                  ->index(row, 0)
                                  .data(ConversationTableModel::ConversationRole)
                                  .value<bridge::Conversation>();
    [&] { QTRY_VERIFY(composer()->isVisible()); }();
    return conversation;
}

bridge::Conversation TestComposer::pickStatus(const QString &raw) {
    const int column = int(ConversationTableModel::Column::Status);
    for (int row = 0; row < m_desk.rows(); ++row) {
        if (window()
                ->proxyModel()
                ->index(row, column)
                .data(ConversationTableModel::RawValueRole)
                .toString() == raw)
            return pickRow(row);
    }
    qWarning("no %s conversation on page 1", qPrintable(raw));
    return {};
}

QString TestComposer::statusOnServer(const QString &id) const {
    const auto all = m_desk.server->conversations();
    for (const QJsonObject &c : all) {
        if (c.value(QLatin1String("id")).toString() == id)
            return c.value(QLatin1String("status")).toString();
    }
    return {};
}

QString TestComposer::statusInRow(const QString &id) const {
    bridge::ConversationTableModel *model = window()->controller()->model();
    const int row = model->rowOf(id);
    return row < 0 ? QString()
                   : model->index(row, int(ConversationTableModel::Column::Status))
                         .data(ConversationTableModel::RawValueRole)
                         .toString();
}

QString TestComposer::makeFile(const QString &name, qint64 size, const QByteArray &content) {
    const QString path = m_files->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    if (!content.isEmpty())
        file.write(content);
    else
        file.resize(size); // sparse: the limit is checked from the size alone
    return path;
}

QList<ReceivedRequest> TestComposer::posts(const char *pathEnd) const {
    QList<ReceivedRequest> out;
    const auto all = m_desk.server->receivedRequests();
    for (const ReceivedRequest &r : all) {
        if (r.method == "POST" && r.path.endsWith(pathEnd))
            out.append(r);
    }
    return out;
}

void TestComposer::type(const QString &text) {
    composer()->textEdit()->setFocus(Qt::OtherFocusReason);
    QTest::keyClicks(composer()->textEdit(), text);
}

void TestComposer::pressCtrlEnter() {
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
}

//! A GHOST conversation, a message with a PDF, Ctrl+Enter: one files call, the bytes on the upload
//! host, one message with the media id; the row then shows Active and the sent list the message.
void TestComposer::sendsToGhostWithAttachment() {
    const bridge::Conversation ghost = pickStatus(QStringLiteral("GHOST"));
    QVERIFY(!ghost.id.isEmpty());
    QVERIFY(composer()->customerChoice()->isChecked());
    QCOMPARE(composer()->sendButton()->text(), QStringLiteral("Send to customer"));
    QVERIFY(!composer()->sendButton()->isEnabled()); // nothing written yet

    const QByteArray pdf = "%PDF-1.4\n% a receipt for the customer\n%%EOF\n";
    composer()->addFiles({makeFile(QStringLiteral("receipt.pdf"), 0, pdf)});
    QCOMPARE(composer()->attachmentList()->attachments().size(), 1);
    QToolButton *remove = composer()->attachmentList()->removeButton(0);
    QVERIFY(remove && remove->isVisible());
    QCOMPARE(remove->accessibleName(), QStringLiteral("Remove receipt.pdf"));
    const auto *line = composer()->attachmentList()->findChild<QLabel *>(QStringLiteral("attachmentLabel"));
    QVERIFY(line->text().startsWith(QStringLiteral("receipt.pdf · ")));
    QVERIFY(line->text().endsWith(bridge::AttachmentRules::sizeText(pdf.size()))); // its size
    type(QStringLiteral("Your receipt is attached."));
    QVERIFY(composer()->sendButton()->isEnabled());

    pressCtrlEnter();
    QVERIFY(composer()->isSending());
    QVERIFY(composer()->progressBar()->isVisible());
    QVERIFY(!composer()->stageLabel()->text().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!composer()->isSending(), 10000);
    QCOMPARE(composer()->errorLabel()->text(), QString());

    QCOMPARE(posts("/files").size(), 1);
    const auto sent = posts("/messages");
    QCOMPARE(sent.size(), 1);
    const QList<bridge::sandbox::StoredMessage> stored = messages()->messages(ghost.id);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().text, QStringLiteral("Your receipt is attached."));
    QVERIFY(stored.first().externalBroadcast);
    QCOMPARE(stored.first().mediaIds.size(), 1);
    const QString mediaId = stored.first().mediaIds.first();
    QVERIFY(sent.first().body.contains(mediaId.toUtf8()));
    QCOMPARE(messages()->uploadHost().content(mediaId), pdf);
    const auto puts = messages()->uploadHost().receivedRequests();
    QCOMPARE(puts.size(), 1);
    QCOMPARE(puts.first().method, QByteArray("PUT"));

    // Cleared for the next message; the ghost is active, in its row and in the details.
    QCOMPARE(composer()->textEdit()->toPlainText(), QString());
    QVERIFY(composer()->attachmentList()->attachments().isEmpty());
    QCOMPARE(statusOnServer(ghost.id), QStringLiteral("ACTIVE"));
    QTRY_COMPARE(statusInRow(ghost.id), QStringLiteral("ACTIVE"));
    QTRY_COMPARE(window()->detailsPane()->conversation()->status.raw(), QStringLiteral("ACTIVE"));
    // Listed under the composer, with the sentence that only this session's are shown.
    QListWidget *list = composer()->sentList();
    QVERIFY(list->isVisible());
    QCOMPARE(list->count(), 1);
    const QString item = list->item(0)->text();
    QVERIFY2(item.contains(QStringLiteral("To the customer")), qPrintable(item));
    QVERIFY2(item.contains(QStringLiteral("Your receipt is attached.")), qPrintable(item));
    QVERIFY2(item.contains(QStringLiteral("receipt.pdf")), qPrintable(item));
    QVERIFY2(item.contains(stored.first().messageId), qPrintable(item));
    const auto labels = composer()->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *l) {
        return l->isVisible() &&
               l->text().contains(QStringLiteral("no way to read a conversation's history"));
    }));
}

//! Internal note: the choice tints the box and renames Send; the note goes out without broadcast
//! and the conversation stays a ghost.
void TestComposer::internalNoteKeepsGhost() {
    const bridge::Conversation ghost = pickStatus(QStringLiteral("GHOST"));
    QVERIFY(!ghost.id.isEmpty());
    const QColor plain = composer()->textEdit()->palette().color(QPalette::Base);
    const QColor plainButton = composer()->sendButton()->palette().color(QPalette::Button);
    composer()->noteChoice()->setFocus();
    QTest::keyClick(composer()->noteChoice(), Qt::Key_Space);
    QVERIFY(composer()->noteChoice()->isChecked());
    QCOMPARE(composer()->sendButton()->text(), QStringLiteral("Add internal note"));
    QVERIFY(composer()->textEdit()->palette().color(QPalette::Base) != plain);
    QVERIFY(composer()->sendButton()->palette().color(QPalette::Button) != plainButton);

    type(QStringLiteral("Customer asked for a callback tomorrow."));
    QTest::mouseClick(composer()->sendButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!composer()->isSending(), 10000);
    const auto stored = messages()->messages(ghost.id);
    QCOMPARE(stored.size(), 1);
    QVERIFY(!stored.first().externalBroadcast);
    QVERIFY(posts("/files").isEmpty());
    QCOMPARE(statusOnServer(ghost.id), QStringLiteral("GHOST"));
    QTRY_VERIFY(composer()->sentList()->count() == 1);
    QVERIFY(composer()->sentList()->item(0)->text().contains(QStringLiteral("Internal note")));
    QCOMPARE(statusInRow(ghost.id), QStringLiteral("GHOST"));
    QVERIFY(composer()->noteChoice()->isChecked()); // the next one is a note again unless changed
}

//! The upload host refuses the file (403): nothing posted, text and file kept, the error shown.
void TestComposer::failedUploadKeepsTheMessage() {
    const bridge::Conversation ghost = pickStatus(QStringLiteral("GHOST"));
    QVERIFY(!ghost.id.isEmpty());
    messages()->uploadHost().faults().failNext(1, 403, -1);
    composer()->addFiles({makeFile(QStringLiteral("photo.png"), 0, QByteArray("\x89PNG\r\n\x1a\nxx", 10))});
    type(QStringLiteral("Here is the photo."));
    pressCtrlEnter();
    QTRY_VERIFY_WITH_TIMEOUT(!composer()->isSending(), 10000);

    QVERIFY(posts("/messages").isEmpty());
    QCOMPARE(messages()->uploadHost().receivedRequests().size(), 1);
    QCOMPARE(composer()->textEdit()->toPlainText(), QStringLiteral("Here is the photo."));
    QCOMPARE(composer()->attachmentList()->attachments().size(), 1);
    QLabel *error = composer()->errorLabel();
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("photo.png")), qPrintable(error->text()));
    QVERIFY(!error->toolTip().isEmpty());
    QCOMPARE(statusOnServer(ghost.id), QStringLiteral("GHOST"));
    QCOMPARE(composer()->sentList()->count(), 0);
    QVERIFY(composer()->sendButton()->isEnabled()); // it may be tried again
    QVERIFY(!composer()->textEdit()->isReadOnly());
}

//! Bridge refuses the message itself (503 on the post): the message is kept with the headline.
void TestComposer::failedPostKeepsTheMessage() {
    const bridge::Conversation ghost = pickStatus(QStringLiteral("GHOST"));
    QVERIFY(!ghost.id.isEmpty());
    type(QStringLiteral("Are you still there?"));
    m_desk.server->failNext(1, 503);
    pressCtrlEnter();
    QTRY_VERIFY_WITH_TIMEOUT(!composer()->isSending(), 10000);
    QCOMPARE(posts("/messages").size(), 1); // never sent again on its own
    QVERIFY(messages()->messages(ghost.id).isEmpty());
    QCOMPARE(composer()->textEdit()->toPlainText(), QStringLiteral("Are you still there?"));
    QVERIFY2(composer()->errorLabel()->text().contains(QStringLiteral("503")),
             qPrintable(composer()->errorLabel()->text()));
    QVERIFY2(composer()->errorLabel()->toolTip().contains(QStringLiteral("/messages")),
             qPrintable(composer()->errorLabel()->toolTip()));
    // Sent again by the agent, it goes, and the error goes with it.
    pressCtrlEnter();
    QTRY_VERIFY_WITH_TIMEOUT(messages()->messages(ghost.id).size() == 1, 10000);
    QTRY_VERIFY(!composer()->isSending());
    QVERIFY(composer()->errorLabel()->isHidden());
}

//! The agent moves to another conversation while a send is on its way, and it fails: the other
//! conversation's composer is untouched; back on the first, the message and the error are there.
void TestComposer::failureWhileAwayShownOnReturn() {
    const int ghostRow = [this] {
        const int column = int(ConversationTableModel::Column::Status);
        for (int row = 0; row < m_desk.rows(); ++row) {
            if (window()->proxyModel()->index(row, column).data(ConversationTableModel::RawValueRole) ==
                QStringLiteral("GHOST"))
                return row;
        }
        return -1;
    }();
    QVERIFY(ghostRow >= 0);
    const bridge::Conversation ghost = pickRow(ghostRow);
    type(QStringLiteral("Sent, then I look elsewhere."));
    m_desk.server->setLatencyMs(300);
    m_desk.server->failNext(1, 503);
    pressCtrlEnter();
    QVERIFY(composer()->isSending());
    pickRow(ghostRow == 0 ? 1 : 0);
    QCOMPARE(composer()->textEdit()->toPlainText(), QString());
    QVERIFY(!composer()->textEdit()->isReadOnly());
    type(QStringLiteral("Meanwhile here"));
    QVERIFY(!composer()->sendButton()->isEnabled()); // one send at a time
    QVERIFY(composer()->sendButton()->accessibleDescription().contains(QStringLiteral("Another message")));
    QTRY_VERIFY_WITH_TIMEOUT(!composer()->isSending(), 10000);
    m_desk.server->setLatencyMs(0);
    QVERIFY(composer()->errorLabel()->isHidden());
    pickRow(ghostRow);
    QCOMPARE(composer()->textEdit()->toPlainText(), QStringLiteral("Sent, then I look elsewhere."));
    QVERIFY(composer()->errorLabel()->isVisible());
    QVERIFY2(composer()->errorLabel()->text().contains(QStringLiteral("503")),
             qPrintable(composer()->errorLabel()->text()));
    QVERIFY(messages()->messages(ghost.id).isEmpty());
}

//! Send clicked twice and Ctrl+Enter while the message is on its way: one message.
void TestComposer::sendsOnceWhateverIsPressed() {
    const bridge::Conversation ghost = pickStatus(QStringLiteral("GHOST"));
    QVERIFY(!ghost.id.isEmpty());
    type(QStringLiteral("Only once, please."));
    m_desk.server->setLatencyMs(400);
    QTest::mouseClick(composer()->sendButton(), Qt::LeftButton);
    QVERIFY(composer()->isSending());
    QVERIFY(!composer()->sendButton()->isEnabled());
    QTest::mouseClick(composer()->sendButton(), Qt::LeftButton);
    composer()->textEdit()->setFocus();
    pressCtrlEnter();
    pressCtrlEnter();
    QTRY_VERIFY_WITH_TIMEOUT(!composer()->isSending(), 10000);
    m_desk.server->setLatencyMs(0);
    QCOMPARE(messages()->messages(ghost.id).size(), 1);
    QCOMPARE(posts("/messages").size(), 1);
    // Cleared: pressing again sends nothing.
    pressCtrlEnter();
    QTest::mouseClick(composer()->sendButton(), Qt::LeftButton);
    QVERIFY(!composer()->isSending());
    QCOMPARE(posts("/messages").size(), 1);
}

//! A document over 100 MB: its line says so at once, Send is off with the reason, and neither Send
//! nor Ctrl+Enter sends a request.
void TestComposer::oversizedFileRefusedBeforeAnyRequest() {
    const bridge::Conversation conversation = pickStatus(QStringLiteral("GHOST"));
    QVERIFY(!conversation.id.isEmpty());
    const QString big = makeFile(QStringLiteral("scan.pdf"), 120'000'000);
    QCOMPARE(QFileInfo(big).size(), 120'000'000);
    type(QStringLiteral("The scan you asked for."));
    const qsizetype before = m_desk.server->receivedRequests().size();
    composer()->addFiles({big});
    QLabel *problem = composer()->attachmentList()->problemLabel(0);
    QVERIFY(problem && problem->isVisible());
    const QString expected = bridge::AttachmentRules::problem(bridge::Attachment::fromFile(big));
    QCOMPARE(problem->text(), expected);
    QVERIFY2(expected.contains(QStringLiteral("100 MB")), qPrintable(expected));
    QVERIFY(!composer()->sendButton()->isEnabled());
    QVERIFY(composer()->hintLabel()->isVisible());
    QVERIFY2(composer()->hintLabel()->text().contains(expected), qPrintable(composer()->hintLabel()->text()));
    pressCtrlEnter();
    QTest::mouseClick(composer()->sendButton(), Qt::LeftButton);
    QVERIFY(!composer()->isSending());
    QCOMPARE(m_desk.server->receivedRequests().size(), before);
    QVERIFY(messages()->uploadHost().receivedRequests().isEmpty());

    // Removed by its named button: Send is back.
    QToolButton *remove = composer()->attachmentList()->removeButton(0);
    QCOMPARE(remove->accessibleName(), QStringLiteral("Remove scan.pdf"));
    remove->setFocus();
    QTest::keyClick(remove, Qt::Key_Space);
    QVERIFY(composer()->attachmentList()->attachments().isEmpty());
    QVERIFY(composer()->sendButton()->isEnabled());
    QVERIFY(composer()->hintLabel()->isHidden());
}

//! Cancel while the file is uploading slowly: the upload stops, the message is never posted, and
//! the text and file stay.
void TestComposer::cancelDuringUploadPostsNothing() {
    const bridge::Conversation ghost = pickStatus(QStringLiteral("GHOST"));
    QVERIFY(!ghost.id.isEmpty());
    constexpr int latencyMs = 1500;
    messages()->uploadHost().faults().setLatencyMs(latencyMs);
    composer()->addFiles({makeFile(QStringLiteral("notes.txt"), 0, QByteArray(200'000, 'n'))});
    type(QStringLiteral("Notes attached."));
    pressCtrlEnter();
    QTRY_COMPARE_WITH_TIMEOUT(composer()->stageLabel()->text().startsWith(QStringLiteral("Uploading")), true,
                              10000);
    QVERIFY(composer()->cancelButton()->isVisible());
    QVERIFY(composer()->cancelButton()->isEnabled());
    QTest::mouseClick(composer()->cancelButton(), Qt::LeftButton);
    QVERIFY(!composer()->isSending());
    QVERIFY(composer()->cancelButton()->isHidden());
    QVERIFY(composer()->stageLabel()->text().contains(QStringLiteral("not sent")));
    QCOMPARE(composer()->textEdit()->toPlainText(), QStringLiteral("Notes attached."));
    QCOMPARE(composer()->attachmentList()->attachments().size(), 1);
    // Nothing can announce the absence of a post: wait out the upload host's delay, then look.
    QTest::qWait(latencyMs + 500);
    QVERIFY(posts("/messages").isEmpty());
    QVERIFY(messages()->messages(ghost.id).isEmpty());
    QCOMPARE(statusOnServer(ghost.id), QStringLiteral("GHOST"));
}

//! Each conversation keeps its own unsent text, audience and files while the agent moves about.
void TestComposer::draftsKeptPerConversation() {
    const bridge::Conversation first = pickRow(0);
    type(QStringLiteral("Draft for the first"));
    const QString file = makeFile(QStringLiteral("first.txt"), 0, "first");
    composer()->addFiles({file});
    const bridge::Conversation second = pickRow(1);
    QVERIFY(first.id != second.id);
    QCOMPARE(composer()->textEdit()->toPlainText(), QString());
    QVERIFY(composer()->attachmentList()->attachments().isEmpty());
    QTest::keyClick(composer()->noteChoice(), Qt::Key_Space);
    type(QStringLiteral("A note on the second"));

    pickRow(0);
    QCOMPARE(composer()->textEdit()->toPlainText(), QStringLiteral("Draft for the first"));
    QCOMPARE(composer()->attachmentList()->attachments().size(), 1);
    QCOMPARE(composer()->attachmentList()->attachments().first().filePath, file);
    QVERIFY(composer()->customerChoice()->isChecked());
    pickRow(1);
    QCOMPARE(composer()->textEdit()->toPlainText(), QStringLiteral("A note on the second"));
    QVERIFY(composer()->noteChoice()->isChecked());
    QCOMPARE(composer()->sendButton()->text(), QStringLiteral("Add internal note"));
    QVERIFY(composer()->attachmentList()->attachments().isEmpty());
}

//! A classic profile cannot send messages: no composer, one sentence saying why.
void TestComposer::classicProfileHasNoComposer() {
    QVERIFY(m_desk.start(SandboxConfig::forApi(SandboxConfig::Api::Classic)));
    QVERIFY(m_desk.open());
    QVERIFY(!m_desk.client->dialect().messages().sendsMessages());
    pickRow(0);
    QVERIFY(!composer()->textEdit()->isVisible());
    QVERIFY(!composer()->sendButton()->isVisible());
    QLabel *sentence = composer()->unsupportedLabel();
    QVERIFY(sentence->isVisible());
    QCOMPARE(sentence->text(), m_desk.client->dialect().messages().unsupportedSentence());
    QVERIFY(sentence->text().contains(QStringLiteral("Connect")));
}

//! Tab from the audience choice visits the text, a file's Remove, Attach files… and Send in that
//! order, and leaves the text box (a tab is never typed into the message).
void TestComposer::tabReachesEveryControl() {
    pickRow(0);
    type(QStringLiteral("Tab test"));
    composer()->addFiles({makeFile(QStringLiteral("a.txt"), 0, "a")});
    composer()->customerChoice()->setFocus(Qt::TabFocusReason);
    QList<QWidget *> visited;
    for (int i = 0; i < 8; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        if (!composer()->isAncestorOf(now))
            break;
        visited.append(now);
    }
    QStringList names;
    for (QWidget *w : std::as_const(visited)) {
        if (w != composer()->noteChoice()) // one stop or two for the pair: the arrows move between them
            names.append(w->objectName());
    }
    QCOMPARE(names, (QStringList{QStringLiteral("messageText"), QStringLiteral("removeAttachmentButton"),
                                 QStringLiteral("attachButton"), QStringLiteral("sendButton")}));
    QCOMPARE(composer()->textEdit()->toPlainText(), QStringLiteral("Tab test"));
    // Every control has a name for screen readers, and the mnemonics are the window's only.
    for (QWidget *w : std::as_const(visited))
        QVERIFY2(!w->accessibleName().isEmpty() || !qobject_cast<QAbstractButton *>(w)->text().isEmpty(),
                 qPrintable(w->objectName()));
    QVERIFY(!composer()->cancelButton()->accessibleName().isEmpty());
    QVERIFY(!composer()->sentList()->accessibleName().isEmpty());
    // Alt+X puts the focus in the text, Alt+W on the choice made, Alt+I on Attach files….
    QTest::keyClick(window(), Qt::Key_W, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), composer()->customerChoice());
    QTest::keyClick(window(), Qt::Key_X, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), composer()->textEdit());
}

//! Every mnemonic shown in the Connect window with a conversation picked (menu titles, buttons,
//! labels) is used once, the composer's three (Alt+X, Alt+W, Alt+I) among them.
void TestComposer::mnemonicsUniqueInTheWindow() {
    pickRow(0);
    composer()->addFiles({makeFile(QStringLiteral("a.txt"), 0, "a")});
    QMap<QChar, QStringList> owners;
    const auto add = [&](const QString &text) {
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) != QLatin1Char('&'))
                continue;
            if (text.at(i + 1) != QLatin1Char('&'))
                owners[text.at(i + 1).toLower()].append(text);
            ++i;
        }
    };
    const auto menus = window()->menuBar()->actions();
    for (const QAction *menu : menus)
        add(menu->text());
    const auto widgets = window()->findChildren<QWidget *>();
    for (const QWidget *w : widgets) {
        if (!w->isVisible())
            continue;
        if (const auto *button = qobject_cast<const QAbstractButton *>(w))
            add(button->text());
        else if (const auto *label = qobject_cast<const QLabel *>(w); label && label->buddy())
            add(label->text());
    }
    for (auto it = owners.cbegin(); it != owners.cend(); ++it)
        QVERIFY2(it->size() == 1, qPrintable(it->join(QStringLiteral(", "))));
    QCOMPARE(owners.value(QLatin1Char('x')), QStringList{QStringLiteral("Message te&xt:")});
    QCOMPARE(owners.value(QLatin1Char('w')), QStringList{QStringLiteral("&Who reads it:")});
    QCOMPARE(owners.value(QLatin1Char('i')), QStringList{QStringLiteral("Attach f&iles…")});
    // Alt+I opens the file dialog, where files are chosen; Escape closes it, nothing added.
    QTest::keyClick(window(), Qt::Key_I, Qt::AltModifier);
    QFileDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = composer()->findChild<QFileDialog *>(QStringLiteral("attachDialog"))) &&
                dialog->isVisible());
    QCOMPARE(dialog->fileMode(), QFileDialog::ExistingFiles);
    dialog->reject();
    QCOMPARE(composer()->attachmentList()->attachments().size(), 1);
}

//! Files dropped on the composer, or on its text, are attached (a drop of a web link is not).
void TestComposer::dropAddsFiles() {
    pickRow(0);
    const QString first = makeFile(QStringLiteral("dropped.pdf"), 0, "%PDF-1.4\n");
    const QString second = makeFile(QStringLiteral("on-text.jpg"), 0, "\xff\xd8\xff");
    auto dropOn = [](QWidget *target, const QList<QUrl> &urls) {
        QMimeData mime;
        mime.setUrls(urls);
        const QPoint at = target->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        if (!enter.isAccepted())
            return false;
        QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &drop);
        return drop.isAccepted();
    };
    QVERIFY(dropOn(composer(), {QUrl::fromLocalFile(first)}));
    QCOMPARE(composer()->attachmentList()->attachments().size(), 1);
    QCOMPARE(composer()->attachmentList()->attachments().first().name, QStringLiteral("dropped.pdf"));
    QVERIFY(dropOn(composer()->textEdit()->viewport(), {QUrl::fromLocalFile(second)}));
    QCOMPARE(composer()->attachmentList()->attachments().size(), 2);
    QCOMPARE(composer()->textEdit()->toPlainText(), QString()); // not pasted as a path
    QVERIFY(!dropOn(composer(), {QUrl(QStringLiteral("https://example.com/a.pdf"))}));
    QCOMPARE(composer()->attachmentList()->attachments().size(), 2);
    QCOMPARE(composer()->attachmentList()->removeButton(1)->accessibleName(),
             QStringLiteral("Remove on-text.jpg"));
}

QTEST_MAIN(TestComposer)
#include "tst_composer.moc"
