// The Contacts view and the create dialog's identifier completion, driven with real key events
// against an in-process sandbox of each API generation (real HTTP on loopback).
#include "contactbrowser.h"
#include "contactdialog.h"
#include "contactpane.h"
#include "contactsview.h"
#include "contacttablemodel.h"
#include "createconversationdialog.h"
#include "dataset.h"
#include "fieldhint.h"
#include "identifiercompleter.h"
#include "mainviews.h"
#include "participantlistedit.h"
#include "participanttypebox.h"
#include "stateoverlay.h"
#include "windowfixture.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSet>
#include <QTableView>
#include <QTest>
#include <QUrlQuery>

using namespace bridge;
using bridge::sandbox::SandboxConfig;

namespace {

QString searchOf(const sandbox::ReceivedRequest &r) {
    return QUrlQuery(QString::fromUtf8(r.rawQuery))
        .queryItemValue(QStringLiteral("search"), QUrl::FullyDecoded);
}

bool isContactsList(const sandbox::ReceivedRequest &r) {
    return r.method == "GET" && r.path.endsWith("/contacts");
}

QChar mnemonicOf(const QString &text) {
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (text.at(i + 1) == QLatin1Char('&')) {
                ++i;
                continue;
            }
            return text.at(i + 1).toLower();
        }
    }
    return {};
}

} // namespace

class TestContactsView : public QObject {
    Q_OBJECT

    testing::WindowFixture f;

    ContactsView *view() const { return f.window->contactsView(); }
    int contactRows() const { return view()->browser()->model()->rowCount(); }

    //! The window on a sandbox of generation api, switched to Contacts by its shortcut, page 1 shown.
    bool openContacts(SandboxConfig::Api api) {
        if (!f.start(SandboxConfig::forApi(api)) || !f.open())
            return false;
        QTest::keyClick(f.window.get(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        if (f.window->views()->currentWidget() != view() ||
            QApplication::focusWidget() != view()->searchEdit())
            return false;
        return QTest::qWaitFor(
            [this] { return view()->browser()->hasLoaded() && !view()->browser()->isLoading(); }, 5000);
    }

    QList<sandbox::ReceivedRequest> contactLists() const {
        QList<sandbox::ReceivedRequest> out;
        const auto all = f.server->receivedRequests();
        for (const auto &r : all)
            if (isContactsList(r))
                out.append(r);
        return out;
    }

    //! Types text into the search box like the agent (key by key) and waits for its answer.
    bool search(const QString &text) {
        QLineEdit *edit = view()->searchEdit();
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
        return QTest::qWaitFor(
            [this, text] {
                return !view()->browser()->isLoading() && view()->browser()->query().search == text &&
                       view()->browser()->hasLoaded();
            },
            5000);
    }

    //! Selects the contact named name on the page shown.
    std::optional<Contact> select(const QString &name) {
        const auto &rows = view()->browser()->model()->contacts();
        for (int i = 0; i < rows.size(); ++i) {
            if (rows.at(i).displayName() == name) {
                view()->table()->setFocus();
                view()->table()->selectRow(i);
                view()->table()->setCurrentIndex(view()->browser()->model()->index(i, 0));
                return rows.at(i);
            }
        }
        return std::nullopt;
    }

    //! Presses Tab from start until the focus comes back; every widget the focus visited.
    static QList<QWidget *> tabCycle(QWidget *start, int limit = 80) {
        start->setFocus(Qt::TabFocusReason);
        QList<QWidget *> visited{start};
        for (int i = 0; i < limit; ++i) {
            QTest::keyClick(start->window()->focusWidget(), Qt::Key_Tab);
            QWidget *now = start->window()->focusWidget();
            if (now == start)
                return visited;
            visited.append(now);
        }
        return {};
    }

    //! Every control under root the agent can Tab to right now.
    static QList<QWidget *> tabStops(QWidget *root) {
        QList<QWidget *> out;
        const auto all = root->findChildren<QWidget *>();
        for (QWidget *w : all) {
            if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) &&
                !qobject_cast<QAbstractItemView *>(w->parentWidget()) && w->window() == root->window() &&
                !w->inherits("QScrollBar"))
                out.append(w);
        }
        return out;
    }

private slots:
    void init() { QTest::qWait(0); }
    void cleanup() { f.reset(); }

    void searchFindsZoe_data() {
        QTest::addColumn<SandboxConfig::Api>("api");
        QTest::newRow("classic") << SandboxConfig::Api::Classic;
        QTest::newRow("connect") << SandboxConfig::Api::Connect;
    }
    void searchFindsZoe() {
        QFETCH(SandboxConfig::Api, api);
        QVERIFY(openContacts(api));
        QVERIFY(contactRows() > 1);
        QVERIFY(search(QStringLiteral("zoe")));
        QCOMPARE(contactRows(), 1);
        QCOMPARE(view()->table()->model()->index(0, 0).data().toString(), QStringLiteral("Zoë Ørsted"));
        QVERIFY(view()->emptyState()->isHidden());
        // Nobody matches: said in words, with a way back.
        QVERIFY(search(QStringLiteral("nobody-by-this-name")));
        QCOMPARE(contactRows(), 0);
        QTRY_VERIFY(view()->emptyState()->isVisible());
        QVERIFY(view()->emptyState()->label()->text().contains(QStringLiteral("nobody-by-this-name")));
    }

    void lastTextWins_data() { searchFindsZoe_data(); }
    void lastTextWins() {
        QFETCH(SandboxConfig::Api, api);
        QVERIFY(openContacts(api));
        f.server->clearReceivedRequests();
        // "e" (most contacts) is asked under a slow server; "zoe" (Zoë alone) is typed over it while
        // it waits and answered at once, so the answer to "e" comes after the one to "zoe".
        f.server->setLatencyMs(900);
        QLineEdit *edit = view()->searchEdit();
        QTest::keyClicks(edit, QStringLiteral("e"));
        QTRY_VERIFY(view()->browser()->isLoading() &&
                    view()->browser()->query().search == QLatin1String("e"));
        // The sandbox records a request only when it answers it: nothing signals its arrival, so
        // give the loopback request a moment to reach the server (answered 900 ms later).
        QTest::qWait(250);
        QVERIFY(contactLists().isEmpty());
        f.server->setLatencyMs(0);
        edit->selectAll();
        QTest::keyClicks(edit, QStringLiteral("zoe"));
        QTRY_VERIFY(view()->browser()->query().search == QLatin1String("zoe") &&
                    !view()->browser()->isLoading());
        QCOMPARE(contactRows(), 1);
        // Exactly two searches went out, one per pause in the typing (none for "z" or "zo", none
        // twice), and the server answered "e" after "zoe" (it records them as it answers).
        QTRY_COMPARE(contactLists().size(), 2);
        QStringList searches;
        for (const auto &r : contactLists())
            searches.append(searchOf(r));
        QCOMPARE(searches, QStringList({QStringLiteral("zoe"), QStringLiteral("e")}));
        // The late answer to "e" (many contacts) never shows.
        QTest::qWait(100);
        QCOMPARE(contactRows(), 1);
        QCOMPARE(view()->table()->model()->index(0, 0).data().toString(), QStringLiteral("Zoë Ørsted"));
        QCOMPARE(view()->searchEdit()->text(), QStringLiteral("zoe"));
    }

    void pagingThroughAll_data() { searchFindsZoe_data(); }
    void pagingThroughAll() {
        QFETCH(SandboxConfig::Api, api);
        QVERIFY(openContacts(api));
        const int expected = int(sandbox::Dataset::customers().size());
        int pageSize = 4; // several pages, the last one short
        while (expected % pageSize == 0)
            ++pageSize;
        QVERIFY(expected > 2 * pageSize);
        view()->browser()->setPageSize(pageSize);
        QTRY_VERIFY(view()->browser()->query().limit == pageSize && !view()->browser()->isLoading());
        QSet<QString> seen;
        int pages = 0;
        for (;;) {
            ++pages;
            for (const Contact &c : view()->browser()->model()->contacts()) {
                QVERIFY2(!seen.contains(c.id), qPrintable(c.id + QStringLiteral(" shown twice")));
                seen.insert(c.id);
            }
            QVERIFY(view()->pageLabel()->text().startsWith(QStringLiteral("Page %1").arg(pages)));
            if (!view()->nextButton()->isEnabled())
                break;
            QTest::keyClick(view()->nextButton(), Qt::Key_Space);
            QTRY_VERIFY(view()->browser()->query().page == pages + 1 && !view()->browser()->isLoading());
        }
        QCOMPARE(seen.size(), expected);
        QVERIFY(pages >= 2);
        // The cursored list says "last page", the numbered one its total.
        QVERIFY(view()->browser()->pagination().cursored
                    ? view()->pageLabel()->text().contains(QStringLiteral("last page"))
                    : view()->pageLabel()->text().contains(QString::number(expected)));
        // And back: Previous returns to page 1 with the same first contact.
        while (view()->previousButton()->isEnabled()) {
            const int page = view()->browser()->query().page;
            QTest::keyClick(view()->previousButton(), Qt::Key_Space);
            QTRY_VERIFY(view()->browser()->query().page == page - 1 && !view()->browser()->isLoading());
        }
        QCOMPARE(view()->browser()->query().page, 1);
    }

    void paneShowsAttributes_data() { searchFindsZoe_data(); }
    void paneShowsAttributes() {
        QFETCH(SandboxConfig::Api, api);
        QVERIFY(openContacts(api));
        QVERIFY(search(QStringLiteral("zoe")));
        QTRY_VERIFY(!view()->browser()->definitions().isEmpty());
        QVERIFY(select(QStringLiteral("Zoë Ørsted")));
        const auto people = sandbox::Dataset::customers();
        int index = -1;
        for (int i = 0; i < people.size(); ++i)
            if (people.at(i).first == QStringLiteral("Zoë Ørsted"))
                index = i;
        QVERIFY(index >= 0);
        QVERIFY2(index % 4 != 3, "Zoë has a plan in the seeded data");
        const QString plan =
            QStringList{QStringLiteral("Free"), QStringLiteral("Pro"), QStringLiteral("Enterprise")}.at(
                index % 3);
        auto *form = view()->pane()->findChild<QWidget *>(QStringLiteral("contactAttributes"));
        QVERIFY(form);
        QTRY_VERIFY(form->findChildren<QLabel *>().size() >= 2);
        QStringList texts;
        for (QLabel *label : form->findChildren<QLabel *>())
            texts.append(label->text());
        QVERIFY2(texts.contains(QStringLiteral("Plan:")), qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY2(texts.contains(plan), qPrintable(texts.join(QLatin1Char('|'))));
        // Never an id where a name or a value is known.
        for (const QString &text : std::as_const(texts))
            QVERIFY2(!text.startsWith(QStringLiteral("attr_")), qPrintable(text));
        // The pane takes the width its content needs (a UUID cannot wrap): no sideways scroll bar.
        QTRY_VERIFY(!view()->pane()->horizontalScrollBar()->isVisible());
        // Delete only where the generation has it.
        QCOMPARE(view()->pane()->deleteButton()->isVisibleTo(view()),
                 f.client->contactDialect().supports(ContactOperation::Delete));
    }

    void newContactBadCellphone_data() { searchFindsZoe_data(); }
    void newContactBadCellphone() {
        QFETCH(SandboxConfig::Api, api);
        QVERIFY(openContacts(api));
        f.server->clearReceivedRequests();
        QTest::keyClick(view()->newContactButton(), Qt::Key_Space);
        ContactDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = view()->findChild<ContactDialog *>()) && dialog->isVisible());
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QTest::keyClicks(dialog->field(ContactDraft::FirstName), QStringLiteral("Ada"));
        QTest::keyClicks(dialog->field(ContactDraft::LastName), QStringLiteral("Lovelace"));
        QTest::keyClicks(dialog->field(ContactDraft::Cellphone), QStringLiteral("12ab"));
        QTest::keyClick(dialog->field(ContactDraft::Cellphone), Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->hint(ContactDraft::Cellphone)->problem().isEmpty());
        QVERIFY(dialog->hint(ContactDraft::Cellphone)->isVisible());
        QVERIFY(dialog->hint(ContactDraft::FirstName)->problem().isEmpty());
        QCOMPARE(dialog->focusWidget(), dialog->field(ContactDraft::Cellphone));
        QTest::qWait(100);
        for (const auto &r : f.server->receivedRequests())
            QVERIFY2(r.method == "GET", QByteArray(r.method + " " + r.path).constData());
        // Fixed, it is sent once and the dialog closes.
        QLineEdit *cell = dialog->field(ContactDraft::Cellphone);
        cell->selectAll();
        QTest::keyClicks(cell, QStringLiteral("+15550109999"));
        QVERIFY(dialog->hint(ContactDraft::Cellphone)->problem().isEmpty());
        QPointer<ContactDialog> guard(dialog);
        QTest::keyClick(cell, Qt::Key_Return);
        QTRY_VERIFY(!guard || !guard->isVisible());
        int posts = 0;
        for (const auto &r : f.server->receivedRequests())
            posts += r.method == "POST";
        QCOMPARE(posts, 1);
    }

    void deleteAfterConfirmation() {
        QVERIFY(openContacts(SandboxConfig::Api::Classic)); // Connect has no delete: its button is hidden
        QVERIFY(search(QStringLiteral("zoe")));
        QVERIFY(select(QStringLiteral("Zoë Ørsted")));
        f.server->clearReceivedRequests();
        QTest::keyClick(view()->pane()->deleteButton(), Qt::Key_Space);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = view()->findChild<QMessageBox *>(QStringLiteral("confirmDelete"))) &&
                    box->isVisible());
        // Cancel is the default: Enter deletes nothing.
        QTest::keyClick(box, Qt::Key_Return);
        QTRY_VERIFY(!view()->findChild<QMessageBox *>(QStringLiteral("confirmDelete")));
        QTest::qWait(100);
        for (const auto &r : f.server->receivedRequests())
            QVERIFY(r.method != "DELETE");
        QTest::keyClick(view()->pane()->deleteButton(), Qt::Key_Space);
        QTRY_VERIFY((box = view()->findChild<QMessageBox *>(QStringLiteral("confirmDelete"))) &&
                    box->isVisible());
        QAbstractButton *remove = nullptr;
        for (QAbstractButton *b : box->buttons())
            if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                remove = b;
        QVERIFY(remove);
        QTest::keyClick(remove, Qt::Key_Space);
        QTRY_COMPARE(contactRows(), 0);
        int deletes = 0;
        for (const auto &r : f.server->receivedRequests())
            deletes += r.method == "DELETE";
        QCOMPARE(deletes, 1);
    }

    void conversationsWithContact_data() { searchFindsZoe_data(); }
    void conversationsWithContact() {
        QFETCH(SandboxConfig::Api, api);
        QVERIFY(openContacts(api));
        QVERIFY(search(QStringLiteral("zoe")));
        const auto zoe = select(QStringLiteral("Zoë Ørsted"));
        QVERIFY(zoe);
        QTest::keyClick(view()->pane()->conversationsButton(), Qt::Key_Space);
        QCOMPARE(f.window->views()->currentWidget(), f.window->views()->conversations());
        QTRY_VERIFY(f.window->controller()->query().filter.customer.has_value() && f.idle());
        QCOMPARE(f.window->controller()->query().filter.customer->identifier, zoe->email);
        QTRY_VERIFY(f.rows() > 0);
        for (const Conversation &c : f.window->controller()->model()->conversations()) {
            bool has = false;
            for (const Participant &p : c.externalParticipants)
                has |= p.identifier.compare(zoe->email, Qt::CaseInsensitive) == 0;
            QVERIFY2(has, qPrintable(c.id));
        }
    }

    void newGhostFromContact_data() { searchFindsZoe_data(); }
    void newGhostFromContact() {
        QFETCH(SandboxConfig::Api, api);
        QVERIFY(openContacts(api));
        QVERIFY(search(QStringLiteral("zoe")));
        const auto zoe = select(QStringLiteral("Zoë Ørsted"));
        QVERIFY(zoe);
        f.server->clearReceivedRequests();
        QTest::keyClick(view()->pane()->newGhostButton(), Qt::Key_Space);
        CreateConversationDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = f.window->findChild<CreateConversationDialog *>()) && dialog->isVisible());
        auto *customers = dialog->findChild<ParticipantListEdit *>(QStringLiteral("customers"));
        QCOMPARE(customers->identifierEdit(0)->text(), zoe->email);
        QCOMPARE(customers->typeCombo(0)->type(), ParticipantType::Email);
        QCOMPARE(dialog->findChild<QRadioButton *>(QStringLiteral("statusGhost"))->isChecked(), true);
        QPointer<CreateConversationDialog> guard(dialog);
        QTest::keyClick(dialog->findChild<QPushButton *>(QStringLiteral("createButton")), Qt::Key_Space);
        QTRY_VERIFY(!guard);
        QList<sandbox::ReceivedRequest> posts;
        for (const auto &r : f.server->receivedRequests())
            if (r.method == "POST")
                posts.append(r);
        QCOMPARE(posts.size(), 1);
        QVERIFY(posts.first().path.endsWith("/conversations"));
        QVERIFY(posts.first().body.toLower().contains("\"ghost\""));
        QVERIFY(posts.first().body.contains(zoe->email.toUtf8()));
    }

    void completerOffersZoe_data() { searchFindsZoe_data(); }
    void completerOffersZoe() {
        QFETCH(SandboxConfig::Api, api);
        QVERIFY(f.start(SandboxConfig::forApi(api)) && f.open());
        QTest::keyClick(f.window.get(), Qt::Key_N, Qt::ControlModifier);
        CreateConversationDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = f.window->findChild<CreateConversationDialog *>()) && dialog->isVisible());
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        auto *customers = dialog->findChild<ParticipantListEdit *>(QStringLiteral("customers"));
        QLineEdit *edit = customers->identifierEdit(0);
        QTRY_COMPARE(QApplication::focusWidget(), edit);
        QTest::keyClicks(edit, QStringLiteral("zoe"));
        IdentifierCompleter *completer = IdentifierCompleter::of(edit);
        QVERIFY(completer);
        QAbstractItemView *popup = completer->completer()->popup();
        int row = -1;
        QTRY_VERIFY_WITH_TIMEOUT(popup->isVisible() &&
                                     (row =
                                          [popup] {
                                              for (int i = 0; i < popup->model()->rowCount(); ++i)
                                                  if (popup->model()->index(i, 0).data().toString().contains(
                                                          QStringLiteral("Zoë Ørsted")))
                                                      return i;
                                              return -1;
                                          }()) >= 0,
                                 5000);
        const QString shown = popup->model()->index(row, 0).data().toString();
        QVERIFY2(shown.contains(QLatin1Char('@')) && shown.contains(QLatin1Char('+')), qPrintable(shown));
        popup->setCurrentIndex(popup->model()->index(row, 0));
        QTest::keyClick(popup, Qt::Key_Return);
        QTRY_VERIFY(edit->text().startsWith(QStringLiteral("zoe.orsted@")));
        QCOMPARE(customers->typeCombo(0)->type(), ParticipantType::Email);
        QVERIFY(dialog->problems().isEmpty() || customers->rowProblem(0).isEmpty());
        // Typing a full address without choosing works as before: the text and its detected type.
        QLineEdit *agentEdit = edit;
        agentEdit->selectAll();
        QTest::keyClick(agentEdit, Qt::Key_Backspace);
        QTest::keyClicks(agentEdit, QStringLiteral("+15550100077"));
        QTest::keyClick(agentEdit, Qt::Key_Tab);
        QCOMPARE(customers->identifierEdit(0)->text(), QStringLiteral("+15550100077"));
        QCOMPARE(customers->typeCombo(0)->type(), ParticipantType::Phone);
    }

    void keyboardReachesEverything_data() { searchFindsZoe_data(); }
    void keyboardReachesEverything() {
        QFETCH(SandboxConfig::Api, api);
        QVERIFY(openContacts(api));
        QVERIFY(select(view()->browser()->model()->contacts().first().displayName()));
        // Tab from the search box visits every control of the view and comes back.
        const QList<QWidget *> visited = tabCycle(view()->searchEdit());
        QVERIFY2(!visited.isEmpty(), "Tab never came back to the search box");
        for (QWidget *w : tabStops(view()))
            QVERIFY2(visited.contains(w), qPrintable(w->objectName() + QLatin1Char(0x20) +
                                                     QString::fromLatin1(w->metaObject()->className())));
        for (QWidget *w : visited)
            QVERIFY2(!w->accessibleName().isEmpty() || !qobject_cast<QAbstractButton *>(w) ||
                         !qobject_cast<QAbstractButton *>(w)->text().isEmpty(),
                     qPrintable(w->objectName()));

        // Mnemonics: unique among what is visible (the menu bar's included), each on a focusable control.
        QHash<QChar, QString> taken;
        for (QAction *menu : f.window->menuBar()->actions())
            taken.insert(mnemonicOf(menu->text()), menu->text());
        const auto claim = [&taken](const QString &text) {
            const QChar m = mnemonicOf(text);
            if (m.isNull())
                return true;
            if (taken.contains(m)) {
                qWarning() << text << "clashes with" << taken.value(m);
                return false;
            }
            taken.insert(m, text);
            return true;
        };
        for (QLabel *label : view()->findChildren<QLabel *>()) {
            if (!label->isVisible() || mnemonicOf(label->text()).isNull())
                continue;
            QVERIFY(claim(label->text()));
            QVERIFY2(label->buddy() && label->buddy()->focusPolicy() != Qt::NoFocus,
                     qPrintable(label->text()));
        }
        for (QAbstractButton *button : view()->findChildren<QAbstractButton *>()) {
            if (button->isVisible())
                QVERIFY(claim(button->text()));
        }
        // And a real Alt+S lands in the search box.
        view()->table()->setFocus();
        QTest::keyClick(f.window.get(), Qt::Key_S, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), view()->searchEdit());

        // The New Contact dialog: Tab reaches every field and button and returns; mnemonics unique.
        QTest::keyClick(view()->newContactButton(), Qt::Key_Space);
        ContactDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = view()->findChild<ContactDialog *>()) && dialog->isVisible());
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        const QList<QWidget *> inDialog = tabCycle(dialog->field(ContactDraft::FirstName));
        QVERIFY(!inDialog.isEmpty());
        for (QWidget *w : tabStops(dialog))
            QVERIFY2(inDialog.contains(w), qPrintable(w->objectName()));
        QHash<QChar, QString> dialogTaken;
        for (QLabel *label : dialog->findChildren<QLabel *>()) {
            const QChar m = mnemonicOf(label->text());
            if (m.isNull())
                continue;
            QVERIFY2(!dialogTaken.contains(m), qPrintable(label->text()));
            dialogTaken.insert(m, label->text());
            QVERIFY(label->buddy() && label->buddy()->focusPolicy() != Qt::NoFocus);
        }
        for (QAbstractButton *button : dialog->findChildren<QAbstractButton *>()) {
            const QChar m = mnemonicOf(button->text());
            if (m.isNull() || !button->isVisible())
                continue;
            QVERIFY2(!dialogTaken.contains(m), qPrintable(button->text()));
            dialogTaken.insert(m, button->text());
        }
        dialog->activateWindow();
        QTRY_VERIFY(dialog->isActiveWindow());
        QTest::keyClick(dialog, Qt::Key_L, Qt::AltModifier);
        QCOMPARE(dialog->focusWidget(), dialog->field(ContactDraft::LastName));
        dialog->reject();
    }
};

QTEST_MAIN(TestContactsView)
#include "tst_contactsview.moc"
