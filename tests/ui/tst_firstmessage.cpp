// The agent's first hour on a Connect profile, end to end in the real window against an in-process
// Connect sandbox (real HTTP on loopback, its upload host on another port): search "zoe" in
// Contacts, pick her, start a ghost conversation on a WhatsApp channel, send the first message with
// a PDF attached, and see the conversation become active. Once by keyboard alone (real key events,
// mnemonics and shortcuts, the file dialog typed into), once by mouse (clicks, the channel's list,
// the file dropped on the composer).
#include "attachmentlist.h"
#include "composer.h"
#include "connectmessages.h"
#include "contactbrowser.h"
#include "contactpane.h"
#include "contactsview.h"
#include "contacttablemodel.h"
#include "createconversationdialog.h"
#include "detailspane.h"
#include "mainwindow.h"
#include "participantlistedit.h"
#include "windowfixture.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using bridge::sandbox::SandboxConfig;

class TestFirstMessage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void byKeyboard();
    void byMouse();

private:
    MainWindow *window() const { return m_desk.window.get(); }
    QWidget *focused() const { return QApplication::focusWidget(); }
    //! Key by key as keyClicks, but a letter beyond ASCII ("ë") is sent as the key event of a
    //! keyboard layout that has it (its text, no key code), as a real keyboard does.
    static void type(QWidget *widget, const QString &text);
    //! Tab from the focused control until predicate holds for the focus (at most limit presses).
    bool tabUntil(const std::function<bool(QWidget *)> &predicate, int limit = 40);
    //! Contacts shown and searched for "zoe": Zoë's single row.
    bool zoeFound();
    CreateConversationDialog *createDialog() const {
        return window()->findChild<CreateConversationDialog *>();
    }
    //! The conversation the dialog created, once the window shows it in the details pane.
    QString createdConversation(const QString &name);
    //! One message, with the PDF, on the server; the conversation ACTIVE there, in its row and in the pane.
    void checkSentAndActive(const QString &id, const QString &text);
    QString pdf();

    testing::WindowFixture m_desk;
    QTemporaryDir m_files;
};

void TestFirstMessage::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BridgeDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_firstmessage"));
    QVERIFY(m_files.isValid());
}

void TestFirstMessage::init() {
    QVERIFY(m_desk.start(SandboxConfig::forApi(SandboxConfig::Api::Connect)));
    testing::WindowFixture::Options options;
    options.size = {1400, 900};
    QVERIFY(m_desk.open(options));
}

void TestFirstMessage::cleanup() {
    m_desk.reset();
}

void TestFirstMessage::type(QWidget *widget, const QString &text) {
    for (QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(widget, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

bool TestFirstMessage::tabUntil(const std::function<bool(QWidget *)> &predicate, int limit) {
    for (int i = 0; i < limit; ++i) {
        if (focused() && predicate(focused()))
            return true;
        QTest::keyClick(focused(), Qt::Key_Tab);
    }
    return focused() && predicate(focused());
}

bool TestFirstMessage::zoeFound() {
    ContactsView *view = window()->contactsView();
    return QTest::qWaitFor(
        [view] {
            return !view->browser()->isLoading() && view->browser()->query().search == QLatin1String("zoe") &&
                   view->browser()->model()->rowCount() == 1;
        },
        5000);
}

QString TestFirstMessage::createdConversation(const QString &name) {
    const bool shown = QTest::qWaitFor(
        [this, &name] {
            return window()->detailsPane()->isVisible() && window()->detailsPane()->conversation() &&
                   window()->detailsPane()->conversation()->name == name;
        },
        5000);
    return shown ? window()->detailsPane()->conversation()->id : QString();
}

QString TestFirstMessage::pdf() {
    const QString path = m_files.filePath(QStringLiteral("welcome.pdf"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write("%PDF-1.4\n% welcome pack\n%%EOF\n") < 0)
        qFatal("cannot write the PDF");
    return path;
}

void TestFirstMessage::checkSentAndActive(const QString &id, const QString &text) {
    Composer *composer = window()->composer();
    QTRY_VERIFY_WITH_TIMEOUT(!composer->isSending(), 10000);
    QCOMPARE(composer->errorLabel()->text(), QString());
    const auto stored = m_desk.server->messages()->messages(id);
    QCOMPARE(stored.size(), 1); // sent once
    QCOMPARE(stored.first().text, text);
    QVERIFY(stored.first().externalBroadcast);
    QCOMPARE(stored.first().mediaIds.size(), 1);
    QVERIFY(
        m_desk.server->messages()->uploadHost().content(stored.first().mediaIds.first()).startsWith("%PDF"));
    QTRY_COMPARE(window()->detailsPane()->conversation()->status.raw(), QStringLiteral("ACTIVE"));
    const QJsonObject onServer = [this, &id] {
        for (const QJsonObject &c : m_desk.server->conversations())
            if (c.value(QLatin1String("id")).toString() == id)
                return c;
        return QJsonObject();
    }();
    QCOMPARE(onServer.value(QLatin1String("status")).toString(), QStringLiteral("ACTIVE"));
}

void TestFirstMessage::byKeyboard() {
    // Contacts (Ctrl+Shift+C) puts the cursor in the search box; "zoe" finds Zoë Ørsted.
    QTest::keyClick(window(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    ContactsView *contacts = window()->contactsView();
    QTRY_COMPARE(focused(), contacts->searchEdit());
    QTest::keyClicks(contacts->searchEdit(), QStringLiteral("zoe"));
    QVERIFY(zoeFound());
    // Tab to the list, Home picks her; the pane shows her.
    QVERIFY(tabUntil([contacts](QWidget *w) { return w == contacts->table(); }));
    QTest::keyClick(contacts->table(), Qt::Key_Home);
    QTRY_VERIFY(contacts->pane()->newGhostButton()->isVisible() &&
                contacts->pane()->newGhostButton()->isEnabled());

    // New Ghost Conversation… (Alt+G): Zoë prefilled as the customer, Ghost chosen.
    QTest::keyClick(focused(), Qt::Key_G, Qt::AltModifier);
    CreateConversationDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = createDialog()) && dialog->isVisible());
    auto *customers = dialog->findChild<ParticipantListEdit *>(QStringLiteral("customers"));
    QVERIFY(customers->identifierEdit(0)->text().startsWith(QStringLiteral("zoe.orsted")));
    // Her WhatsApp channel: Tab to the channel list once the workspace's channels are there, Down.
    QComboBox *channel = customers->channelCombo(0);
    QTRY_VERIFY(channel->isVisible());
    QTRY_VERIFY(focused() && dialog->isAncestorOf(focused()));
    QVERIFY(tabUntil([channel](QWidget *w) { return w == channel; }));
    QTest::keyClick(channel, Qt::Key_Down);
    QVERIFY(channel->currentText().startsWith(QStringLiteral("WhatsApp ")));
    // Alt+N to the name, typed, Enter creates.
    QTest::keyClick(focused(), Qt::Key_N, Qt::AltModifier);
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("name"));
    QTRY_COMPARE(focused(), name);
    type(name, QStringLiteral("Welcome, Zoë"));
    QPointer<CreateConversationDialog> guard(dialog);
    QTest::keyClick(name, Qt::Key_Return);
    QTRY_VERIFY(!guard);
    window()->activateWindow(); // what the window manager does when a dialog closes
    QTRY_COMPARE(QApplication::activeWindow(), window());

    // The window shows the new ghost conversation, selected; Alt+X to the message, Alt+I to attach.
    const QString id = createdConversation(QStringLiteral("Welcome, Zoë"));
    QVERIFY(!id.isEmpty());
    QCOMPARE(window()->detailsPane()->conversation()->status.raw(), QStringLiteral("GHOST"));
    Composer *composer = window()->composer();
    QTest::keyClick(focused(), Qt::Key_X, Qt::AltModifier);
    QTRY_COMPARE(focused(), composer->textEdit());
    const QString text = QStringLiteral("Hello Zoë, your welcome pack is attached.");
    type(composer->textEdit(), text);
    QTest::keyClick(focused(), Qt::Key_I, Qt::AltModifier);
    QFileDialog *files = nullptr;
    QTRY_VERIFY((files = composer->findChild<QFileDialog *>(QStringLiteral("attachDialog"))) &&
                files->isVisible());
    auto *fileName = files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
    QVERIFY(fileName);
    QTRY_COMPARE(focused(), fileName);
    QTest::keyClicks(fileName, pdf());
    QTest::keyClick(fileName, Qt::Key_Return);
    QTRY_COMPARE(composer->attachmentList()->attachments().size(), 1);
    window()->activateWindow(); // the file dialog closed
    QTRY_COMPARE(QApplication::activeWindow(), window());
    QCOMPARE(composer->attachmentList()->attachments().first().name, QStringLiteral("welcome.pdf"));
    // Ctrl+Enter from the text sends; the conversation becomes active.
    QTest::keyClick(window(), Qt::Key_X, Qt::AltModifier);
    QTRY_COMPARE(focused(), composer->textEdit());
    QTest::keyClick(composer->textEdit(), Qt::Key_Return, Qt::ControlModifier);
    checkSentAndActive(id, text);
}

void TestFirstMessage::byMouse() {
    // View ▸ Contacts, clicked in the menu bar and its menu.
    QMenuBar *bar = window()->menuBar();
    QAction *viewMenu = nullptr;
    for (QAction *a : bar->actions())
        if (a->text() == QLatin1String("&View"))
            viewMenu = a;
    QVERIFY(viewMenu && viewMenu->menu());
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->actionGeometry(viewMenu).center());
    QTRY_VERIFY(viewMenu->menu()->isVisible());
    auto *showContacts = window()->findChild<QAction *>(QStringLiteral("showContacts"));
    QVERIFY(showContacts);
    QTest::mouseClick(viewMenu->menu(), Qt::LeftButton, {},
                      viewMenu->menu()->actionGeometry(showContacts).center());
    ContactsView *contacts = window()->contactsView();
    QTRY_VERIFY(contacts->isVisible());
    QTest::mouseClick(contacts->searchEdit(), Qt::LeftButton);
    QTest::keyClicks(contacts->searchEdit(), QStringLiteral("zoe")); // typing is typing
    QVERIFY(zoeFound());
    QTableView *table = contacts->table();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(table->model()->index(0, 0)).center());
    QTRY_VERIFY(contacts->pane()->newGhostButton()->isVisible());
    QTest::mouseClick(contacts->pane()->newGhostButton(), Qt::LeftButton);
    CreateConversationDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = createDialog()) && dialog->isVisible());
    auto *customers = dialog->findChild<ParticipantListEdit *>(QStringLiteral("customers"));
    QComboBox *channel = customers->channelCombo(0);
    QTRY_VERIFY(channel->isVisible());
    // The channel from the list's popup, clicked.
    QTest::mouseClick(channel, Qt::LeftButton);
    QAbstractItemView *popup = channel->view();
    QTRY_VERIFY(popup->isVisible());
    // The list ignores a click that comes quicker than a double-click after it opened (a press
    // dragged from the box): the agent's second click comes later.
    QTest::qWait(QApplication::doubleClickInterval() + 50);
    QTest::mouseClick(popup->viewport(), Qt::LeftButton, {},
                      popup->visualRect(popup->model()->index(1, 0)).center());
    QTRY_VERIFY(channel->currentText().startsWith(QStringLiteral("WhatsApp ")));
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("name"));
    QTest::mouseClick(name, Qt::LeftButton);
    type(name, QStringLiteral("Welcome by mouse"));
    QPointer<CreateConversationDialog> guard(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("createButton")), Qt::LeftButton);
    QTRY_VERIFY(!guard);

    const QString id = createdConversation(QStringLiteral("Welcome by mouse"));
    QVERIFY(!id.isEmpty());
    Composer *composer = window()->composer();
    QTest::mouseClick(composer->textEdit()->viewport(), Qt::LeftButton);
    const QString text = QStringLiteral("Hello again, the pack is attached.");
    type(composer->textEdit(), text);
    // The PDF dropped on the composer, as from a file manager.
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(pdf())});
    const QPoint at = composer->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(composer, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(composer, &drop);
    QTRY_COMPARE(composer->attachmentList()->attachments().size(), 1);
    QTest::mouseClick(composer->sendButton(), Qt::LeftButton);
    checkSentAndActive(id, text);
}

QTEST_MAIN(TestFirstMessage)
#include "tst_firstmessage.moc"
