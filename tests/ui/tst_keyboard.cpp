// Keyboard first, in the window against an in-process sandbox, with real key events: saved views
// (Save Current View… by Ctrl+D, the sidebar in the Tab order, Enter, Alt+Up/Down, Delete, Ctrl+1…9,
// counts from classic's totals and none from Connect, stored per profile), the command palette
// (Ctrl+K, fuzzy typing, Up/Down/Enter/Escape over actions, views, profiles and conversations) and the
// Light / Dark theme, remembered.
#include "browsingcontroller.h"
#include "bulkprogresspanel.h"
#include "commandpalette.h"
#include "conversationcommands.h"
#include "conversationstore.h"
#include "conversationtablemodel.h"
#include "detailspane.h"
#include "errorbanner.h"
#include "fieldhint.h"
#include "filterbar.h"
#include "identifierfield.h"
#include "palettecommands.h"
#include "profilemanager.h"
#include "savedviewsdock.h"
#include "savedviewsmodel.h"
#include "selectallbar.h"
#include "shortcutsdialog.h"
#include "storesearchbox.h"
#include "theme.h"
#include "themecolors.h"
#include "viewnamedialog.h"
#include "windowfixture.h"

#include <QAction>
#include <QApplication>
#include <QJsonObject>
#include <QKeyEvent>
#include <QKeySequenceEdit>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using bridge::ConversationStatus;
using bridge::sandbox::SandboxConfig;

namespace {

//! QStrings of UTF-8 literals (the tests are built without casts from const char *).
QStringList strings(std::initializer_list<const char *> texts) {
    QStringList out;
    for (const char *text : texts)
        out << QString::fromUtf8(text);
    return out;
}

bridge::SavedView view(const QString &name, const QString &status) {
    bridge::SavedView v;
    v.name = name;
    v.filter.status = ConversationStatus(status);
    return v;
}

QStringList names(const bridge::SavedViewsModel *model) {
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row)
        out << model->index(row).data().toString();
    return out;
}

//! Claims Ctrl+K for the field it watches, as QLineEdit does under X11's key scheme.
class ClaimsCtrlK : public QObject {
protected:
    bool eventFilter(QObject *, QEvent *event) override {
        if (event->type() == QEvent::ShortcutOverride &&
            static_cast<QKeyEvent *>(event)->keyCombination() == (Qt::CTRL | Qt::Key_K))
            event->accept();
        return false;
    }
};

} // namespace

class TestKeyboard : public QObject {
    Q_OBJECT

    testing::WindowFixture m_desk;

    MainWindow *window() const { return m_desk.window.get(); }
    bridge::BrowsingController *controller() const { return window()->controller(); }
    SavedViewsDock *dock() const { return window()->savedViews(); }
    CommandPalette *palette() const { return window()->commandPalette()->palette(); }
    bool shows(const QString &status) const {
        return controller()->query().filter.status.raw() == status && m_desk.idle() && m_desk.rows() > 0;
    }
    int listRequests() const {
        int n = 0;
        for (const auto &request : m_desk.server->receivedRequests())
            n += request.method == "GET" && request.path.endsWith("/conversations") ? 1 : 0;
        return n;
    }
    //! Ctrl+K from the table, the palette up with the focus in its search field.
    bool openPalette() {
        QTest::keyClick(window()->conversationView(), Qt::Key_K, Qt::ControlModifier);
        return QTest::qWaitFor(
            [this] {
                return palette()->isVisible() && QApplication::focusWidget() == palette()->searchField();
            },
            3000);
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("BridgeDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_keyboard"));
    }
    void init() { QVERIFY(m_desk.start()); }
    void cleanup() {
        m_desk.reset();
        Theme::apply(Theme::Light);
    }

    // Ctrl+K from a filter field opens the palette, which a line edit would otherwise take for its own
    // "delete to the end of the line"; the field keeps its text, and Ctrl+A stays the field's.
    void windowShortcutsReachTheirActionsFromAField() {
        QVERIFY(m_desk.open());
        QLineEdit *field = window()->filterBar()->customerField()->lineEdit();
        const QString typed = QStringLiteral("someone@example.com");
        field->setText(typed);
        field->setFocus(Qt::OtherFocusReason);
        field->setCursorPosition(0);
        QTRY_COMPARE(QApplication::focusWidget(), field);
        // The offscreen platform uses the Windows key scheme, where a field wants no Ctrl+K; under
        // X11's scheme QLineEdit claims it (delete to the end of the line). Claim it here as it does.
        ClaimsCtrlK claims;
        field->installEventFilter(&claims);
        QTest::keyClick(field, Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(palette()->isVisible());
        QCOMPARE(field->text(), typed);
        QTest::keyClick(palette()->searchField(), Qt::Key_Escape);
        QTRY_VERIFY(!palette()->isVisible());
        window()->activateWindow();
        field->setFocus(Qt::OtherFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), field);
        QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(field->selectedText(), typed);
        QVERIFY(!palette()->isVisible());
    }

    void saveCurrentViewThenCtrlDigitOpensIt() {
        QVERIFY(m_desk.open());
        window()->filterBar()->applyStatus(ConversationStatus(QStringLiteral("ghost")));
        QTRY_VERIFY(shows(QStringLiteral("ghost")));
        const qint64 ghosts = controller()->pagination().total;
        QVERIFY(ghosts > 0);

        QTest::keyClick(window()->conversationView(), Qt::Key_D, Qt::ControlModifier);
        ViewNameDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window()->findChild<ViewNameDialog *>(QStringLiteral("saveViewDialog"))) &&
                    dialog->isVisible());
        QCOMPARE(dialog->windowModality(), Qt::WindowModal);
        QCOMPARE(dialog->name(), QStringLiteral("Ghost")); // suggested from the filter shown
        QTRY_COMPARE(QApplication::focusWidget(), dialog->nameField());
        QTest::keyClick(dialog->nameField(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(dialog->nameField(), QStringLiteral("My ghosts"));
        QTest::keyClick(dialog->nameField(), Qt::Key_Return);
        QTRY_COMPARE(names(dock()->model()), QStringList{QStringLiteral("My ghosts")});
        QCOMPARE(dock()->model()->index(0).data(bridge::SavedViewsModel::CountRole).toLongLong(), ghosts);
        QVERIFY(dock()->model()->index(0).data(bridge::SavedViewsModel::ActiveRole).toBool());

        // A name taken is offered as Replace; a blank one cannot be saved.
        QTRY_VERIFY(!window()->findChild<ViewNameDialog *>(QStringLiteral("saveViewDialog"))); // closed, gone
        window()->activateWindow(); // what the desktop does once a dialog closes (offscreen does not)
        QVERIFY(QTest::qWaitForWindowActive(window()));
        QTest::keyClick(window()->conversationView(), Qt::Key_D, Qt::ControlModifier);
        QTRY_VERIFY((dialog = window()->findChild<ViewNameDialog *>(QStringLiteral("saveViewDialog"))) &&
                    dialog->isVisible());
        auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveViewButton"));
        QVERIFY(save);
        dialog->nameField()->setText(QStringLiteral("  "));
        QVERIFY(!save->isEnabled());
        dialog->nameField()->setText(QStringLiteral("MY GHOSTS"));
        QVERIFY(save->isEnabled());
        QVERIFY(save->text().contains(QLatin1String("Replace")));
        QTest::keyClick(dialog->nameField(), Qt::Key_Escape);
        QTRY_VERIFY(!window()->findChild<ViewNameDialog *>(QStringLiteral("saveViewDialog")));
        window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window()));

        window()->filterBar()->clearAndApply();
        QTRY_VERIFY(shows(QString()));
        QVERIFY(!dock()->model()->index(0).data(bridge::SavedViewsModel::ActiveRole).toBool());
        QTest::keyClick(window()->conversationView(), Qt::Key_1, Qt::ControlModifier);
        QTRY_VERIFY(shows(QStringLiteral("ghost")));
        QCOMPARE(controller()->query().page, 1);
        QCOMPARE(window()->filterBar()->filter(),
                 controller()->query().filter); // as a manual change shows it
        QTest::keyClick(window()->conversationView(), Qt::Key_2, Qt::ControlModifier); // no second view
        QTest::qWait(100);
        QCOMPARE(controller()->query().filter.status.raw(), QStringLiteral("ghost"));
    }

    void savedViewKeepsItsSearchWithinItsFilter() {
        QVERIFY(m_desk.open());
        QTemporaryDir dir;
        bridge::ConversationStore store(dir.filePath(QStringLiteral("stores/work.sqlite")));
        window()->setConversationStore(&store); // page 1 of every status: kept
        window()->filterBar()->applyStatus(ConversationStatus(QStringLiteral("ghost")));
        QTRY_VERIFY(shows(QStringLiteral("ghost")));
        store.flush();
        // A piece of a ghost's customer that other conversations kept share too.
        const QString customer =
            controller()->model()->conversations().first().externalParticipants.first().identifier;
        const QString text = customer.right(4);
        const bridge::StoreSearchResult everywhere = store.search(text);
        QVERIFY2(std::any_of(
                     everywhere.conversations.cbegin(), everywhere.conversations.cend(),
                     [](const bridge::Conversation &c) { return c.status.raw() != QLatin1String("ghost"); }),
                 qPrintable(text));

        QTest::keyClick(window()->conversationView(), Qt::Key_F, Qt::ControlModifier);
        QTRY_COMPARE(QApplication::focusWidget(), window()->searchBox());
        QTest::keyClicks(window()->searchBox(), text);
        // Ghosts only, each with the text in its name or a participant.
        const auto showsGhostsWith = [this, &text] {
            const auto has = [&text](const bridge::Conversation &c) {
                QStringList fields{c.name};
                for (const bridge::Participant &p : c.externalParticipants + c.internalParticipants)
                    fields << p.identifier;
                return c.status.raw() == QLatin1String("ghost") &&
                       fields.join(QLatin1Char('\n')).contains(text, Qt::CaseInsensitive);
            };
            const QList<bridge::Conversation> rows = controller()->model()->conversations();
            return !rows.isEmpty() && std::all_of(rows.cbegin(), rows.cend(), has);
        };
        QTRY_VERIFY(showsGhostsWith());
        QCOMPARE(window()->storeSearchText(), text);

        QTest::keyClick(window()->searchBox(), Qt::Key_D, Qt::ControlModifier);
        ViewNameDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window()->findChild<ViewNameDialog *>(QStringLiteral("saveViewDialog"))) &&
                    dialog->isVisible());
        QCOMPARE(dialog->name(), QStringLiteral("Ghost — “%1”").arg(text)); // the search named too
        QTRY_COMPARE(QApplication::focusWidget(), dialog->nameField());
        QTest::keyClick(dialog->nameField(), Qt::Key_Return);
        QTRY_COMPARE(dock()->model()->rowCount(), 1);
        QCOMPARE(dock()->model()->view(0).search, text);
        QVERIFY(!dock()->model()->index(0).data(bridge::SavedViewsModel::CountRole).isValid());
        QTRY_VERIFY(!window()->findChild<ViewNameDialog *>(QStringLiteral("saveViewDialog")));
        window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window()));

        // Escape clears the search, the filters go: then Ctrl+1 brings both back.
        window()->searchBox()->setFocus();
        QTest::keyClick(window()->searchBox(), Qt::Key_Escape);
        QTRY_VERIFY(window()->storeSearchText().isEmpty());
        window()->filterBar()->clearAndApply();
        QTRY_VERIFY(shows(QString()));
        QTest::keyClick(window()->conversationView(), Qt::Key_1, Qt::ControlModifier);
        QTRY_COMPARE(controller()->query().filter.status.raw(), QStringLiteral("ghost"));
        QCOMPARE(window()->searchBox()->text(), text);
        QTRY_VERIFY(m_desk.idle());
        QTRY_VERIFY(showsGhostsWith()); // the server's ghost page arrived under the results: still them
        window()->setConversationStore(nullptr);
    }

    void sidebarByKeyboardAlone() {
        QVERIFY(m_desk.open());
        bridge::SavedViewsModel *model = dock()->model();
        QVERIFY(model->save(view(QStringLiteral("Active"), QStringLiteral("active"))));
        QVERIFY(model->save(view(QStringLiteral("Ghost"), QStringLiteral("ghost"))));
        QVERIFY(model->save(view(QStringLiteral("Archived"), QStringLiteral("archived"))));
        QListView *list = dock()->list();
        QCOMPARE(list->accessibleName(), QStringLiteral("Saved views"));

        // In the Tab order: reached from the table by Tab alone.
        window()->conversationView()->setFocus(Qt::TabFocusReason);
        for (int i = 0; i < 40 && QApplication::focusWidget() && QApplication::focusWidget() != list; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        QCOMPARE(QApplication::focusWidget(), list);

        QTest::keyClick(list, Qt::Key_Home);
        QTest::keyClick(list, Qt::Key_Down);
        QCOMPARE(list->currentIndex().row(), 1);
        QTest::keyClick(list, Qt::Key_Return);
        QTRY_VERIFY(shows(QStringLiteral("ghost")));
        QCOMPARE(QApplication::focusWidget(), list); // opening a view leaves the focus where it was

        QTest::keyClick(list, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(names(model), strings({"Active", "Archived", "Ghost"}));
        QCOMPARE(list->currentIndex().row(), 2);
        QTest::keyClick(list, Qt::Key_Down, Qt::AltModifier); // already last
        QCOMPARE(names(model), strings({"Active", "Archived", "Ghost"}));
        QTest::keyClick(list, Qt::Key_Up, Qt::AltModifier);
        QTest::keyClick(list, Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(names(model), strings({"Ghost", "Active", "Archived"}));
        QCOMPARE(list->currentIndex().row(), 0);
        QTest::keyClick(window()->conversationView(), Qt::Key_3, Qt::ControlModifier);
        QTRY_VERIFY(shows(QStringLiteral("archived")));

        QCOMPARE(list->currentIndex().row(), 2); // the view opened is the current one
        QTest::keyClick(list, Qt::Key_Up);
        QCOMPARE(list->currentIndex().row(), 1);
        QTest::keyClick(list, Qt::Key_Delete);
        QCOMPARE(names(model), strings({"Ghost", "Archived"}));

        // Stored for this workspace (the window's view state group), read back by a new model.
        bridge::SavedViewsModel reread;
        reread.setGroup(model->group());
        QCOMPARE(names(&reread), strings({"Ghost", "Archived"}));

        // View ▸ Saved Views hides and shows the sidebar, remembered.
        QTest::keyClick(window()->conversationView(), Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(!dock()->isVisible());
        QCOMPARE(QSettings().value(QStringLiteral("ui/savedViewsShown")).toBool(), false);
        QTest::keyClick(window()->conversationView(), Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(dock()->isVisible());
        QTRY_COMPARE(QApplication::focusWidget(), list);
    }

    void connectViewsHaveNoCount() {
        QVERIFY(m_desk.start(SandboxConfig::forApi(SandboxConfig::Api::Connect)));
        QVERIFY(m_desk.open());
        window()->filterBar()->applyStatus(ConversationStatus(QStringLiteral("GHOST")));
        QTRY_VERIFY(shows(QStringLiteral("GHOST")));
        QVERIFY(dock()->model()->save({QStringLiteral("Ghosts"), controller()->query().filter, 20, {}}));
        QVERIFY(!dock()->model()->index(0).data(bridge::SavedViewsModel::CountRole).isValid());
        window()->filterBar()->clearAndApply();
        QTRY_VERIFY(shows(QString()));
        QTest::keyClick(window()->conversationView(), Qt::Key_1, Qt::ControlModifier);
        QTRY_VERIFY(shows(QStringLiteral("GHOST")));
        QVERIFY(!dock()->model()->index(0).data(bridge::SavedViewsModel::CountRole).isValid());
    }

    void paletteRunsAnActionByTyping() {
        QVERIFY(m_desk.open());
        QVERIFY(openPalette());
        QCOMPARE(palette()->accessibleName(), QStringLiteral("Command palette"));
        QVERIFY(!palette()->searchField()->accessibleName().isEmpty());
        // Every command, mnemonics gone, shortcuts shown.
        const QStringList all = palette()->shownTexts();
        QVERIFY(all.contains(QStringLiteral("New Conversation…")));
        QVERIFY(all.contains(QStringLiteral("Save Current View…")));
        QVERIFY(!all.contains(QStringLiteral("Command Palette…")));
        for (const QString &text : all)
            QVERIFY2(!text.contains(QLatin1Char('&')), qPrintable(text));

        QTest::keyClicks(palette()->searchField(), QStringLiteral("refr"));
        QCOMPARE(palette()->shownTexts().value(0), QStringLiteral("Refresh"));
        QVERIFY(palette()
                    ->list()
                    ->currentIndex()
                    .data(Qt::AccessibleTextRole)
                    .toString()
                    .contains(QLatin1String("F5")));
        const int before = listRequests();
        QTest::keyClick(palette()->searchField(), Qt::Key_Return);
        QTRY_VERIFY(!palette()->isVisible());
        QTRY_VERIFY(listRequests() > before);

        // Disabled commands are greyed, come last, and Enter on them does nothing.
        QVERIFY(openPalette());
        QTest::keyClicks(palette()->searchField(), QStringLiteral("page"));
        const QStringList pages = palette()->shownTexts();
        QCOMPARE(pages.mid(pages.size() - 2), strings({"First Page", "Previous Page"})); // page 1
        QVERIFY(pages.mid(0, 2).contains(QStringLiteral("Next Page")));
        QCOMPARE(palette()->list()->currentIndex().row(), 0);
        QTest::keyClick(palette()->searchField(), Qt::Key_Down);
        QCOMPARE(palette()->list()->currentIndex().data().toString(), pages.value(1));
        for (int i = 0; i < pages.size() + 2; ++i)
            QTest::keyClick(palette()->searchField(), Qt::Key_Down);
        QCOMPARE(palette()->list()->currentIndex().row(), pages.size() - 3); // the last that can run
        for (int i = 0; i < pages.size() + 2; ++i)
            QTest::keyClick(palette()->searchField(), Qt::Key_Up);
        QCOMPARE(palette()->list()->currentIndex().row(), 0);
        // Nothing matches: nothing runs.
        QTest::keyClicks(palette()->searchField(), QStringLiteral("zzzz"));
        QVERIFY(palette()->shownTexts().isEmpty());
        QTest::keyClick(palette()->searchField(), Qt::Key_Return);
        QVERIFY(palette()->isVisible());
        QTest::keyClick(palette()->searchField(), Qt::Key_Escape);
        QTRY_VERIFY(!palette()->isVisible());
        QCOMPARE(controller()->query().page, 1);
    }

    void paletteOpensViewsAndConversations() {
        QVERIFY(m_desk.open());
        QVERIFY(dock()->model()->save(view(QStringLiteral("Björn's archive"), QStringLiteral("archived"))));
        QVERIFY(openPalette());
        QTest::keyClicks(palette()->searchField(), QStringLiteral("bjorn arch"));
        QCOMPARE(palette()->shownTexts().value(0), QStringLiteral("Björn's archive"));
        QTest::keyClick(palette()->searchField(), Qt::Key_Return);
        QTRY_VERIFY(shows(QStringLiteral("archived")));
        QCOMPARE(window()->filterBar()->filter(), controller()->query().filter);

        // A row of the page, found by a piece of its name, shown in the details pane.
        const bridge::Conversation wanted = controller()->model()->conversations().at(7);
        QVERIFY(openPalette());
        QTest::keyClicks(palette()->searchField(), wanted.id);
        QVERIFY(palette()->shownTexts().value(0).startsWith(wanted.name.isEmpty() ? wanted.id : wanted.name));
        QTest::keyClick(palette()->searchField(), Qt::Key_Return);
        QTRY_COMPARE(window()->detailsPane()->conversation().value_or(bridge::Conversation{}).id, wanted.id);
        QCOMPARE(window()->commandPalette()->recent().value(0).id, wanted.id);

        // Shown this session, it stays offered when the page no longer holds it.
        window()->filterBar()->applyStatus(ConversationStatus(QStringLiteral("active")));
        QTRY_VERIFY(shows(QStringLiteral("active")));
        QVERIFY(controller()->model()->rowOf(wanted.id) < 0);
        QVERIFY(openPalette());
        QTest::keyClicks(palette()->searchField(), wanted.id);
        QVERIFY(!palette()->shownTexts().isEmpty());
        QTest::keyClick(palette()->searchField(), Qt::Key_Escape);
    }

    void paletteListsProfiles() {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("profiles.ini")), QSettings::IniFormat);
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent");
        bridge::ProfileManager profiles(&settings, m_desk.client.get());
        QVERIFY(m_desk.open());
        window()->setProfileManager(&profiles);
        QSignalSpy added(&profiles, &bridge::ProfileManager::added);
        QVERIFY(profiles.add(QStringLiteral("work"), testing::sandboxSettings(*m_desk.server, {})));
        QVERIFY(added.wait(5000) || !added.isEmpty());
        QVERIFY(openPalette());
        QTest::keyClicks(palette()->searchField(), QStringLiteral("profile"));
        const QStringList shown = palette()->shownTexts();
        QVERIFY2(shown.contains(QStringLiteral("Switch to Profile “work”")),
                 qPrintable(shown.join(QLatin1Char('|'))));
        QCOMPARE(shown.last(), QStringLiteral("Switch to Profile “default”")); // current: greyed, last
        QTest::keyClick(palette()->searchField(), Qt::Key_Escape);
        m_desk.reset(); // the window goes before the manager it was given
    }

    void selectAllMatchingArchivesEveryPage() {
        QVERIFY(m_desk.open());
        window()->filterBar()->applyStatus(ConversationStatus(QStringLiteral("active")));
        QTRY_VERIFY(shows(QStringLiteral("active")));
        const qint64 total = controller()->pagination().total;
        QVERIFY(total > 20);
        auto *bar = window()->findChild<SelectAllBar *>(QStringLiteral("selectAllBar"));
        QVERIFY(bar);
        QVERIFY(bar->isHidden());
        QTableView *table = window()->conversationView();
        table->setFocus(Qt::OtherFocusReason);
        QTest::keyClick(table, Qt::Key_A, Qt::ControlModifier);
        QTRY_VERIFY(bar->isVisible());
        QVERIFY(bar->label()->text().contains(QLatin1String("20")));
        QVERIFY(bar->button()->text().contains(QString::number(total)));

        // Picking one row takes it back; selecting the page again offers it again.
        QTest::keyClick(bar->button(), Qt::Key_Space);
        QVERIFY(bar->isWholeFilter());
        QVERIFY(bar->label()->text().contains(QString::number(total)));
        table->selectRow(3);
        QVERIFY(!bar->isWholeFilter());
        QTRY_VERIFY(bar->isHidden());
        QTest::keyClick(table, Qt::Key_A, Qt::ControlModifier);
        QTRY_VERIFY(bar->isVisible());
        QTest::keyClick(bar->button(), Qt::Key_Space);
        QVERIFY(bar->isWholeFilter());

        // Archive: every page read first, then one bulk run over all of them.
        QTest::keyClick(table, Qt::Key_E, Qt::ControlModifier);
        BulkProgressPanel *panel = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((panel = window()->commands()->bulkPanel()), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(panel->isFinished(), 60000);
        int active = 0;
        for (const QJsonObject &c : m_desk.server->conversations())
            active += c.value(QStringLiteral("status")).toString() == QLatin1String("active") ? 1 : 0;
        QCOMPARE(active, 0);
        QVERIFY(!bar->isWholeFilter()); // the next action is the selection's again
    }

    void shortcutsChangeAndConflictsAreRefused() {
        QVERIFY(m_desk.open());
        QAction *refresh = window()->findChild<QAction *>(QStringLiteral("refresh"));
        QVERIFY(refresh);
        QCOMPARE(refresh->shortcut(), QKeySequence(Qt::Key_F5));
        window()->findChild<QAction *>(QStringLiteral("keyboardShortcuts"))->trigger();
        ShortcutsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window()->findChild<ShortcutsDialog *>(QStringLiteral("shortcutsDialog"))) &&
                    dialog->isVisible());
        QTreeWidget *list = dialog->list();
        QTreeWidgetItem *row = nullptr;
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            if (list->topLevelItem(i)->data(0, Qt::UserRole).toString() == QLatin1String("refresh"))
                row = list->topLevelItem(i);
            QVERIFY(!list->topLevelItem(i)
                         ->data(0, Qt::UserRole)
                         .toString()
                         .startsWith(QLatin1String("openSavedView")));
        }
        QVERIFY(row);
        list->setCurrentItem(row);

        // Archive's key is refused, naming Archive; Refresh keeps F5.
        dialog->activateWindow(); // as the desktop makes a dialog just opened (offscreen does not)
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        dialog->keyEdit()->setFocus(Qt::TabFocusReason);
        QTest::keyClick(dialog->keyEdit(), Qt::Key_E, Qt::ControlModifier);
        QTRY_VERIFY(dialog->hint()->isVisible()); // the edit takes a key once the keys are released a while
        QVERIFY2(dialog->hint()->text().contains(QLatin1String("Archive")),
                 qPrintable(dialog->hint()->text()));
        QCOMPARE(refresh->shortcut(), QKeySequence(Qt::Key_F5));

        // A free key is taken at once and remembered.
        dialog->keyEdit()->clear();
        QTest::keyClick(dialog->keyEdit(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(refresh->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
        QVERIFY(dialog->hint()->isHidden());
        QCOMPARE(QSettings().value(QStringLiteral("shortcuts/refresh")).toString(),
                 QStringLiteral("Ctrl+Shift+R"));
        dialog->reject();
        QTRY_VERIFY(!window()->findChild<ShortcutsDialog *>(QStringLiteral("shortcutsDialog")));
        window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window()));
        const int before = listRequests();
        window()->conversationView()->setFocus(Qt::OtherFocusReason);
        QTest::keyClick(window()->conversationView(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(listRequests() > before);

        // Another window starts with it; Reset to Default gives F5 back.
        {
            MainWindow other(m_desk.client.get());
            QCOMPARE(other.findChild<QAction *>(QStringLiteral("refresh"))->shortcut(),
                     QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
        }
        window()->findChild<QAction *>(QStringLiteral("keyboardShortcuts"))->trigger();
        QTRY_VERIFY((dialog = window()->findChild<ShortcutsDialog *>(QStringLiteral("shortcutsDialog"))));
        for (int i = 0; i < dialog->list()->topLevelItemCount(); ++i) {
            if (dialog->list()->topLevelItem(i)->data(0, Qt::UserRole).toString() == QLatin1String("refresh"))
                dialog->list()->setCurrentItem(dialog->list()->topLevelItem(i));
        }
        auto *reset = dialog->findChild<QPushButton *>(QStringLiteral("resetShortcut"));
        QVERIFY(reset->isEnabled());
        QTest::mouseClick(reset, Qt::LeftButton);
        QCOMPARE(refresh->shortcut(), QKeySequence(Qt::Key_F5));
        QVERIFY(!QSettings().contains(QStringLiteral("shortcuts/refresh")));
        dialog->reject();
    }

    void darkThemeIsRememberedAndReadable() {
        QVERIFY(m_desk.open());
        QAction *dark = window()->findChild<QAction *>(QStringLiteral("themeDark"));
        QAction *light = window()->findChild<QAction *>(QStringLiteral("themeLight"));
        QVERIFY(dark && light);
        QVERIFY(!ThemeColors::isDark(QApplication::palette()));
        const QColor lightRed = ThemeColors::errorText(QApplication::palette());

        // From the palette, by keyboard.
        QVERIFY(openPalette());
        QTest::keyClicks(palette()->searchField(), QStringLiteral("dark theme"));
        QCOMPARE(palette()->shownTexts().value(0), QStringLiteral("Dark Theme"));
        QTest::keyClick(palette()->searchField(), Qt::Key_Return);
        QTRY_VERIFY(ThemeColors::isDark(QApplication::palette()));
        QVERIFY(dark->isChecked());
        QCOMPARE(Theme::stored(), Theme::Dark);
        QCOMPARE(QSettings().value(QStringLiteral("ui/theme")).toString(), QStringLiteral("dark"));
        QTRY_VERIFY(ThemeColors::isDark(window()->conversationView()->palette()));
        // Every label coloured with the light theme's red now has the dark theme's.
        const QColor darkRed = ThemeColors::errorText(QApplication::palette());
        QVERIFY(darkRed != lightRed);
        for (QWidget *widget : window()->findChildren<QWidget *>())
            QVERIFY2(widget->palette().color(QPalette::WindowText) != lightRed,
                     qPrintable(widget->objectName()));

        light->trigger();
        QVERIFY(!ThemeColors::isDark(QApplication::palette()));
        QCOMPARE(Theme::stored(), Theme::Light);
    }
};

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
