// The window's tools for working all day, driven through the real window against an
// in-process sandbox, offscreen: actions with rollback, bulk archive, auto-refresh against churn,
// the request inspector and copy as curl, open by ID, export, CSV import and profile switching.
#include "addpersondialog.h"
#include "autorefreshcontrol.h"
#include "bridgeclient.h"
#include "browsingcontroller.h"
#include "bulkprogresspanel.h"
#include "conversationactions.h"
#include "conversationcommands.h"
#include "conversationtablemodel.h"
#include "detailspane.h"
#include "errorbanner.h"
#include "exportrunner.h"
#include "importdialog.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "openbyiddialog.h"
#include "participanttypebox.h"
#include "profilemanager.h"
#include "profileswitcher.h"
#include "requestinspector.h"
#include "requestlog.h"
#include "sandboxserver.h"
#include "windowfixture.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

#include <memory>

using bridge::ConversationTableModel;
using bridge::sandbox::SandboxServer;

class TestMainWindowTools : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void archiveFromDetailsPane();
    void refusedArchiveRollsBack();
    void customerAddedAndRemovedFromDetailsPane();
    void reactivateAndRenameFromTheKeyboard();
    void bulkArchiveReportsFailures();
    void bulkCancelStopsTheRest();
    void autoRefreshMarksChurnedRows();
    void autoRefreshIntervalRemembered();
    void inspectorNeverShowsTheSecret();
    void copyAsCurlStartsWithCurl();
    void errorDetailsOpenInspectorAtTheError();
    void openByIdShowsDetails();
    void openByIdUnknownStaysOpen();
    void exportWritesEveryConversation();
    void importPreviewsCreatesAndSkips();
    void profileSwitchShowsOnlyTheNewWorkspace();

private:
    void openWindow();
    int rows() const { return m_desk.window->proxyModel()->rowCount(); }
    bool idle() const { return !m_desk.window->controller()->isLoading(); }
    QModelIndex rowWithStatus(const QString &status) const;
    QString statusOf(const QString &id) const;
    QString serverStatusOf(const SandboxServer &server, const QString &id) const;
    void selectId(const QString &id);
    static QStringList allTexts(QWidget *root);

    testing::WindowFixture m_desk;
};

void TestMainWindowTools::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BridgeDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindowtools"));
}

void TestMainWindowTools::init() {
    QVERIFY(m_desk.start());
}

void TestMainWindowTools::cleanup() {
    m_desk.reset();
}

void TestMainWindowTools::openWindow() {
    QVERIFY(m_desk.open());
    QTest::qWait(20);
}

QModelIndex TestMainWindowTools::rowWithStatus(const QString &status) const {
    for (int row = 0; row < rows(); ++row) {
        const QModelIndex index = m_desk.window->proxyModel()->index(row, 0);
        if (index.data(ConversationTableModel::ConversationRole).value<bridge::Conversation>().status.raw() ==
            status)
            return index;
    }
    return {};
}

QString TestMainWindowTools::statusOf(const QString &id) const {
    const int row = m_desk.window->controller()->model()->rowOf(id);
    return row < 0 ? QString() : m_desk.window->controller()->model()->conversationAt(row)->status.raw();
}

QString TestMainWindowTools::serverStatusOf(const SandboxServer &server, const QString &id) const {
    for (const QJsonObject &c : server.conversations()) {
        if (c.value(QLatin1String("id")).toString() == id)
            return c.value(QLatin1String("status")).toString();
    }
    return {};
}

void TestMainWindowTools::selectId(const QString &id) {
    const int row = m_desk.window->controller()->model()->rowOf(id);
    QVERIFY(row >= 0);
    const QModelIndex index =
        m_desk.window->proxyModel()->mapFromSource(m_desk.window->controller()->model()->index(row, 0));
    m_desk.window->conversationView()->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

//! Every text a widget tree shows or holds: labels, fields, buttons, tabs, and every cell of every view.
QStringList TestMainWindowTools::allTexts(QWidget *root) {
    QStringList texts;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>() << root;
    for (QWidget *w : widgets) {
        texts << w->windowTitle() << w->toolTip() << w->accessibleName() << w->accessibleDescription();
        if (auto *label = qobject_cast<QLabel *>(w))
            texts << label->text();
        if (auto *edit = qobject_cast<QLineEdit *>(w))
            texts << edit->text();
        if (auto *plain = qobject_cast<QPlainTextEdit *>(w))
            texts << plain->toPlainText();
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            texts << button->text();
        if (auto *view = qobject_cast<QAbstractItemView *>(w)) {
            const QAbstractItemModel *model = view->model();
            for (int r = 0; model && r < model->rowCount(); ++r) {
                for (int c = 0; c < model->columnCount(); ++c) {
                    const QModelIndex index = model->index(r, c);
                    texts << index.data().toString() << index.data(Qt::ToolTipRole).toString();
                    for (int role :
                         {bridge::RequestLog::StringToSignRole, bridge::RequestLog::HeadersTextRole,
                          bridge::RequestLog::ResponseSampleRole})
                        texts << index.data(role).toString();
                }
            }
        }
    }
    return texts;
}

void TestMainWindowTools::archiveFromDetailsPane() {
    openWindow();
    const QModelIndex active = rowWithStatus(QStringLiteral("active"));
    QVERIFY(active.isValid());
    const QString id = active.data(ConversationTableModel::IdRole).toString();
    selectId(id);
    DetailsPane *pane = m_desk.window->detailsPane();
    QCOMPARE(pane->conversation()->id, id);
    QVERIFY(pane->archiveButton()->isVisible());
    QVERIFY(!pane->reactivateButton()->isVisible());

    m_desk.server->setLatencyMs(150); // the row must change before the server answers
    QTest::mouseClick(pane->archiveButton(), Qt::LeftButton);
    QCOMPARE(statusOf(id), QStringLiteral("archived")); // at once
    QCOMPARE(pane->conversation()->status.raw(), QStringLiteral("archived"));
    QTRY_COMPARE(serverStatusOf(*m_desk.server, id), QStringLiteral("archived"));
    QTRY_VERIFY(!m_desk.window->commands()->conversationActions()->isRunning(id));
    QCOMPARE(statusOf(id), QStringLiteral("archived"));
    QVERIFY(!m_desk.window->errorBanner()->isVisible());
    QVERIFY(pane->reactivateButton()->isVisible());
    QVERIFY(!pane->archiveButton()->isVisible());
}

void TestMainWindowTools::refusedArchiveRollsBack() {
    openWindow();
    const QModelIndex active = rowWithStatus(QStringLiteral("active"));
    QVERIFY(active.isValid());
    const QString id = active.data(ConversationTableModel::IdRole).toString();
    selectId(id);
    m_desk.server->failIds({id}, 409);
    m_desk.server->setLatencyMs(100);
    QVERIFY(m_desk.window->actions()->archive->isEnabled());
    m_desk.window->conversationView()->setFocus();
    QTest::keyClick(m_desk.window->conversationView(), Qt::Key_E, Qt::ControlModifier); // Archive
    QCOMPARE(statusOf(id), QStringLiteral("archived"));                                 // optimistic
    QTRY_VERIFY(m_desk.window->errorBanner()->isVisible());
    QCOMPARE(statusOf(id), QStringLiteral("active")); // rolled back to what the server holds
    QCOMPARE(serverStatusOf(*m_desk.server, id), QStringLiteral("active"));
    const QString text = m_desk.window->errorBanner()->label()->text();
    QVERIFY2(text.contains(QLatin1String("Could not archive")) && text.contains(QLatin1String("409")),
             qPrintable(text));
    QVERIFY(!m_desk.window->errorBanner()->retryButton()->isVisible()); // the page is fine: nothing to retry
    QVERIFY(m_desk.window->errorBanner()->detailsButton()->isVisible());
    QCOMPARE(m_desk.window->detailsPane()->conversation()->status.raw(), QStringLiteral("active"));
}

void TestMainWindowTools::reactivateAndRenameFromTheKeyboard() {
    openWindow();
    const QModelIndex archived = rowWithStatus(QStringLiteral("archived"));
    QVERIFY(archived.isValid());
    const QString id = archived.data(ConversationTableModel::IdRole).toString();
    selectId(id);
    m_desk.window->conversationView()->setFocus();
    QTest::keyClick(m_desk.window->conversationView(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(statusOf(id), QStringLiteral("active"));
    QTRY_COMPARE(serverStatusOf(*m_desk.server, id), QStringLiteral("active"));
    QTRY_VERIFY(!m_desk.window->commands()->conversationActions()->isRunning(id));

    // F2: the rename dialog, checked as typed.
    selectId(id);
    QTest::keyClick(m_desk.window->conversationView(), Qt::Key_F2);
    QWidget *dialog = nullptr;
    QTRY_VERIFY((dialog = m_desk.window->findChild<QDialog *>(QString(), Qt::FindDirectChildrenOnly)) &&
                dialog->isVisible() && dialog->findChild<QLineEdit *>(QStringLiteral("name")));
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("name"));
    auto *rename = dialog->findChild<QPushButton *>(QStringLiteral("renameButton"));
    name->setText(QString(300, QLatin1Char('x')));
    QVERIFY(!rename->isEnabled());
    name->setText(QStringLiteral("Renamed by F2"));
    QVERIFY(rename->isEnabled());
    QTest::mouseClick(rename, Qt::LeftButton);
    QTRY_COMPARE(m_desk.window->controller()
                     ->model()
                     ->conversationAt(m_desk.window->controller()->model()->rowOf(id))
                     ->name,
                 QStringLiteral("Renamed by F2"));
    const auto serverName = [this, &id] {
        for (const QJsonObject &c : m_desk.server->conversations()) {
            if (c.value(QLatin1String("id")).toString() == id)
                return c.value(QLatin1String("name")).toString();
        }
        return QString();
    };
    QTRY_COMPARE(serverName(), QStringLiteral("Renamed by F2"));
}

void TestMainWindowTools::bulkArchiveReportsFailures() {
    openWindow();
    m_desk.window->controller()->setPageSize(50);
    QTRY_VERIFY(idle() && rows() == 50);
    QStringList ids;
    QItemSelection selection;
    for (int row = 0; row < 25; ++row) {
        const QModelIndex index = m_desk.window->proxyModel()->index(row, 0);
        ids << index.data(ConversationTableModel::IdRole).toString();
        selection.select(index, index);
    }
    m_desk.window->conversationView()->selectionModel()->select(
        selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(m_desk.window->commands()->selectedIds().size(), 25);
    const QStringList failing{ids.at(3), ids.at(17)};
    m_desk.server->failIds(failing, 500);
    m_desk.server->clearReceivedRequests();

    m_desk.window->actions()->archive->trigger();
    BulkProgressPanel *panel = m_desk.window->commands()->bulkPanel();
    QVERIFY(panel);
    QVERIFY(panel->isVisible());
    QVERIFY(!panel->isModal());
    QCOMPARE(panel->resultList()->topLevelItemCount(), 25);
    QTRY_VERIFY_WITH_TIMEOUT(panel->isFinished(), 20000);
    QVERIFY2(panel->summaryLabel()->text().startsWith(QLatin1String("23 archived, 2 failed")),
             qPrintable(panel->summaryLabel()->text()));
    QCOMPARE(panel->progressBar()->value(), 25);

    // "(show)": only the failures, exactly the two.
    emit panel->summaryLabel()->linkActivated(QStringLiteral("failures"));
    QStringList shown;
    for (int i = 0; i < panel->resultList()->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = panel->resultList()->topLevelItem(i);
        if (!item->isHidden())
            shown << item->data(0, Qt::UserRole).toString();
    }
    QCOMPARE(shown, failing);

    // The server has the 23 archived; nothing was sent twice.
    int patches = 0;
    for (const auto &r : m_desk.server->receivedRequests())
        patches += r.method == "PATCH";
    QCOMPARE(patches, 25);
    for (const QString &id : ids) {
        if (!failing.contains(id)) {
            QCOMPARE(serverStatusOf(*m_desk.server, id), QStringLiteral("archived"));
            QCOMPARE(statusOf(id), QStringLiteral("archived"));
        }
    }
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("closeButton")), Qt::LeftButton);
    QTRY_VERIFY(!m_desk.window->commands()->bulkPanel()); // finished and closed: gone
}

void TestMainWindowTools::bulkCancelStopsTheRest() {
    openWindow();
    QItemSelection selection;
    for (int row = 0; row < 12; ++row) {
        const QModelIndex index = m_desk.window->proxyModel()->index(row, 0);
        selection.select(index, index);
    }
    m_desk.window->conversationView()->selectionModel()->select(
        selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_desk.server->setLatencyMs(200);
    m_desk.server->clearReceivedRequests();
    m_desk.window->actions()->reactivate->trigger();
    BulkProgressPanel *panel = m_desk.window->commands()->bulkPanel();
    QVERIFY(panel);
    QTest::mouseClick(panel->cancelButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(panel->isFinished(), 10000);
    const QString summary = panel->summaryLabel()->text();
    QVERIFY2(summary.contains(QLatin1String("not sent (cancelled)")), qPrintable(summary));
    int patches = 0;
    for (const auto &r : m_desk.server->receivedRequests())
        patches += r.method == "PATCH";
    QVERIFY2(patches <= 4, qPrintable(QString::number(patches))); // what was in flight, no more
}

void TestMainWindowTools::autoRefreshMarksChurnedRows() {
    openWindow();
    QTableView *view = m_desk.window->conversationView();
    // The agent looks at a row that stays on the page (7 rows come to the top, 7 leave at the bottom).
    const QString watched =
        m_desk.window->proxyModel()->index(4, 0).data(ConversationTableModel::IdRole).toString();
    selectId(watched);
    QSignalSpy reset(m_desk.window->proxyModel(), &QAbstractItemModel::modelReset);

    const bridge::sandbox::ChurnResult churn = m_desk.server->churnOnce(3, 4);
    QCOMPARE(churn.created.size(), 3);
    QVERIFY(!churn.affected().contains(watched));
    QSignalSpy refreshed(m_desk.window->autoRefresh()->watcher(), &bridge::RefreshWatcher::refreshed);
    m_desk.window->autoRefresh()->watcher()->refreshNow();
    QTRY_COMPARE(refreshed.size(), 1);
    QStringList expected = churn.affected();
    expected.sort();
    QCOMPARE(m_desk.window->controller()->model()->changedIds(), expected);
    QCOMPARE(reset.size(), 0); // in place: no flicker
    QCOMPARE(view->currentIndex().data(ConversationTableModel::IdRole).toString(), watched); // selection kept
    for (const QString &id : churn.affected()) {
        const int row = m_desk.window->controller()->model()->rowOf(id);
        QVERIFY(row >= 0);
        QVERIFY(m_desk.window->controller()
                    ->model()
                    ->index(row, 0)
                    .data(ConversationTableModel::ChangedRole)
                    .toBool());
    }
    QToolButton *fresh = m_desk.window->autoRefresh()->newButton();
    QVERIFY(fresh->isVisible());
    QCOMPARE(fresh->text(), QStringLiteral("3 new"));

    // Looking at a marked row clears its mark; the "3 new" button scrolls up and goes away.
    selectId(churn.created.first());
    QVERIFY(!m_desk.window->controller()->model()->isChanged(churn.created.first()));
    QCOMPARE(m_desk.window->controller()->model()->changedIds().size(), expected.size() - 1);
    QTest::mouseClick(fresh, Qt::LeftButton);
    QVERIFY(!fresh->isVisible());
}

void TestMainWindowTools::autoRefreshIntervalRemembered() {
    openWindow();
    QComboBox *box = m_desk.window->autoRefresh()->intervalBox();
    QCOMPARE(box->currentText(), QStringLiteral("Off"));
    const int minute = box->findData(int(bridge::RefreshWatcher::Interval::Minute1));
    QVERIFY(minute >= 0);
    box->setCurrentIndex(minute);
    emit box->activated(minute);
    QCOMPARE(m_desk.window->autoRefresh()->interval(), bridge::RefreshWatcher::Interval::Minute1);
    m_desk.window->close();
    m_desk.window.reset();
    openWindow();
    QCOMPARE(m_desk.window->autoRefresh()->interval(), bridge::RefreshWatcher::Interval::Minute1);
    QCOMPARE(m_desk.window->autoRefresh()->intervalBox()->currentText(), QStringLiteral("1 min"));
}

void TestMainWindowTools::inspectorNeverShowsTheSecret() {
    openWindow();
    // A mix of calls: lists, a failed list, a PATCH with a body, a 401 with the wrong secret.
    m_desk.server->failNext(1, 500);
    m_desk.window->actions()->refresh->trigger();
    QTRY_VERIFY(m_desk.window->errorBanner()->isVisible());
    m_desk.window->actions()->refresh->trigger();
    QTRY_VERIFY(!m_desk.window->errorBanner()->isVisible());
    const QModelIndex active = rowWithStatus(QStringLiteral("active"));
    selectId(active.data(ConversationTableModel::IdRole).toString());
    m_desk.window->actions()->archive->trigger();
    QTRY_VERIFY(!m_desk.window->commands()->conversationActions()->isRunning(
        active.data(ConversationTableModel::IdRole).toString()));

    m_desk.window->actions()->requestInspector->trigger();
    RequestInspector *inspector = m_desk.window->requestInspector();
    QVERIFY(inspector->isVisible());
    QTableView *table = inspector->table();
    QVERIFY(table->model()->rowCount() >= 5);
    const QByteArray secret = m_desk.server->config().secret;
    const QString apiKey = m_desk.server->config().apiKey;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        table->selectRow(row);
        const QStringList texts = allTexts(inspector);
        for (const QString &text : texts) {
            QVERIFY2(!text.contains(QString::fromLatin1(secret)), qPrintable(text));
            QVERIFY2(!text.contains(apiKey), qPrintable(text)); // the key is masked
        }
    }
    auto *headers = inspector->findChild<QPlainTextEdit *>(QStringLiteral("headers"));
    QVERIFY(headers->toPlainText().contains(QLatin1String("X-API-Signature: ")));
    QVERIFY(headers->toPlainText().contains(QLatin1String("X-API-Key: ak_san")));
    auto *toSign = inspector->findChild<QPlainTextEdit *>(QStringLiteral("stringToSign"));
    QVERIFY(toSign->toPlainText().contains(QLatin1String("/v1/workspaces/")));
    // The columns of the issue.
    QStringList titles;
    for (int c = 0; c < table->model()->columnCount(); ++c)
        titles << table->model()->headerData(c, Qt::Horizontal).toString();
    for (const char *t : {"Method", "Path", "Query", "Status", "Duration"})
        QVERIFY2(titles.contains(QLatin1String(t)), qPrintable(titles.join(QLatin1Char(','))));
    // Ctrl+Shift+I hides it again.
    m_desk.window->actions()->requestInspector->trigger();
    QVERIFY(!inspector->isVisible());
}

void TestMainWindowTools::copyAsCurlStartsWithCurl() {
    openWindow();
    m_desk.window->actions()->requestInspector->trigger();
    RequestInspector *inspector = m_desk.window->requestInspector();
    QVERIFY(!inspector->copyCurlButton()->isEnabled()); // nothing selected
    inspector->table()->selectRow(0);
    QVERIFY(inspector->copyCurlButton()->isEnabled());
    QApplication::clipboard()->clear();
    QTest::mouseClick(inspector->copyCurlButton(), Qt::LeftButton);
    const QString command = QApplication::clipboard()->text();
    QVERIFY2(command.startsWith(QLatin1String("curl ")), qPrintable(command));
    QVERIFY(command.contains(QLatin1String("X-API-Signature: ")));
    QVERIFY(command.contains(m_desk.server->baseUrl().toString()));
    QVERIFY(command.contains(m_desk.server->config().apiKey)); // the real key, so that it replays
    QVERIFY(!command.contains(QString::fromLatin1(m_desk.server->config().secret)));
}

void TestMainWindowTools::errorDetailsOpenInspectorAtTheError() {
    openWindow();
    QVERIFY(!m_desk.window->requestInspector()->isVisible());
    m_desk.server->failNext(1, 503);
    m_desk.window->actions()->refresh->trigger();
    QTRY_VERIFY(m_desk.window->errorBanner()->isVisible());
    QPushButton *details = m_desk.window->errorBanner()->detailsButton();
    QVERIFY(details->isVisible());
    QTest::mouseClick(details, Qt::LeftButton);
    RequestInspector *inspector = m_desk.window->requestInspector();
    QVERIFY(inspector->isVisible());
    QVERIFY(m_desk.window->actions()->requestInspector->isChecked());
    const bridge::RequestRecord *record = inspector->log()->recordAt(inspector->selectedRow());
    QVERIFY(record);
    QCOMPARE(record->httpStatus, 503);
    QCOMPARE(inspector->log()
                 ->index(inspector->selectedRow(), 0)
                 .data(bridge::RequestLog::RequestIdRole)
                 .toString(),
             m_desk.window->errorBanner()->requestId());
}

void TestMainWindowTools::openByIdShowsDetails() {
    openWindow();
    // The oldest conversation: on the last page, not on the one shown.
    const QString id = m_desk.server->conversations().constLast().value(QLatin1String("id")).toString();
    QCOMPARE(m_desk.window->controller()->model()->rowOf(id), -1);
    QTest::keyClick(m_desk.window->conversationView(), Qt::Key_L, Qt::ControlModifier);
    OpenByIdDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_desk.window->findChild<OpenByIdDialog *>()) && dialog->isVisible());
    dialog->idField()->setText(id);
    QTest::mouseClick(dialog->openButton(), Qt::LeftButton);
    QTRY_VERIFY(m_desk.window->detailsPane()->conversation() &&
                m_desk.window->detailsPane()->conversation()->id == id);
    QTRY_VERIFY(!m_desk.window->findChild<OpenByIdDialog *>());
    QVERIFY(!m_desk.window->conversationView()->currentIndex().isValid());
    // It stays while the page refreshes, and Archive works on it even off the page.
    m_desk.window->actions()->refresh->trigger();
    QTRY_VERIFY(idle());
    QCOMPARE(m_desk.window->detailsPane()->conversation()->id, id);
    const QString before = serverStatusOf(*m_desk.server, id);
    if (m_desk.window->detailsPane()->archiveButton()->isVisible()) {
        QTest::mouseClick(m_desk.window->detailsPane()->archiveButton(), Qt::LeftButton);
        QTRY_COMPARE(serverStatusOf(*m_desk.server, id), QStringLiteral("archived"));
        QTRY_COMPARE(m_desk.window->detailsPane()->conversation()->status.raw(), QStringLiteral("archived"));
    } else {
        QCOMPARE(before, QStringLiteral("archived"));
    }
}

void TestMainWindowTools::openByIdUnknownStaysOpen() {
    openWindow();
    m_desk.window->actions()->openById->trigger();
    OpenByIdDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_desk.window->findChild<OpenByIdDialog *>()) && dialog->isVisible());
    dialog->idField()->setText(QStringLiteral("conv_does_not_exist"));
    QTest::mouseClick(dialog->openButton(), Qt::LeftButton);
    QTRY_VERIFY(dialog->errorLabel()->isVisible());
    QCOMPARE(dialog->errorLabel()->text(), QStringLiteral("No conversation with this ID in this workspace."));
    QVERIFY2(dialog->errorLabel()->toolTip().contains(QLatin1String("404")), // the request, for a ticket
             qPrintable(dialog->errorLabel()->toolTip()));
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->idField()->text(), QStringLiteral("conv_does_not_exist")); // what was typed stays
    QVERIFY(dialog->openButton()->isEnabled());
    dialog->reject();
}

void TestMainWindowTools::exportWritesEveryConversation() {
    openWindow();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("all.csv"));
    QSignalSpy finished(m_desk.window->exportRunner(), &ExportRunner::finished);
    QVERIFY(m_desk.window->exportRunner()->start(m_desk.window->controller()->query().filter,
                                                 bridge::Exporter::Format::Csv, file));
    QVERIFY(m_desk.window->exportRunner()->progressDialog());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QVERIFY(finished.first().at(0).toBool());
    QCOMPARE(finished.first().at(1).toString(), QStringLiteral("Exported 240 conversations to %1").arg(file));
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(csv.readAll().count("\r\n"), 241);
    QTRY_VERIFY(!m_desk.window->exportRunner()->progressDialog());

    // The menu entry opens a save dialog that offers CSV and JSON.
    m_desk.window->actions()->exportConversations->trigger();
    QFileDialog *fileDialog = m_desk.window->exportRunner()->fileDialog();
    QVERIFY(fileDialog);
    QCOMPARE(fileDialog->nameFilters().size(), 2);
    fileDialog->reject();
}

void TestMainWindowTools::importPreviewsCreatesAndSkips() {
    openWindow();
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("ghosts.csv"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("customer,name,team\r\n"
                  "first.import@example.com,Imported one,\r\n"
                  "5551234,Bad phone,\r\n"
                  "+1 555 010 9999,Imported two,team_support\r\n");
    }
    const int before = m_desk.server->conversationCount();
    auto *dialog = qobject_cast<ImportDialog *>(m_desk.window->openImportDialog());
    QVERIFY(dialog);
    if (auto *chooser = dialog->findChild<QFileDialog *>(QStringLiteral("importFileDialog")))
        chooser->reject(); // the test names the file itself
    dialog->setFileName(file);
    QTableWidget *table = dialog->rowTable();
    QCOMPARE(table->rowCount(), 3);
    const int result = 1; // Row, Check / result, the file's columns
    QCOMPARE(table->item(0, result)->text(), QStringLiteral("ready"));
    QVERIFY2(table->item(1, result)->toolTip().contains(QLatin1String("customer")) ||
                 table->item(1, result)->toolTip().contains(QLatin1String("phone")),
             qPrintable(table->item(1, result)->toolTip()));
    QCOMPARE(dialog->createButton()->text(), QStringLiteral("C&reate 2 Conversations"));
    QVERIFY(dialog->summaryLabel()->text().contains(QLatin1String("1 with problems")));

    QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->resultsLabel()->isVisible(), 15000);
    QVERIFY(dialog->resultsLabel()->text().contains(QStringLiteral("ghosts.csv.results.csv")));
    QCOMPARE(m_desk.server->conversationCount(), before + 2);
    QVERIFY(table->item(0, result)->text().startsWith(QLatin1String("created ")));
    QVERIFY(table->item(1, result)->text().startsWith(QLatin1String("failed")));
    QVERIFY(QFile::exists(file + QStringLiteral(".results.csv")));

    // Again: the two created rows are skipped, nothing to send.
    dialog->setFileName(file);
    QVERIFY(dialog->summaryLabel()->text().contains(QLatin1String("2 created before (skipped)")));
    QVERIFY(table->item(0, result)->text().startsWith(QLatin1String("skipped")));
    QVERIFY(!dialog->createButton()->isEnabled());
    QCOMPARE(m_desk.server->conversationCount(), before + 2);
    dialog->reject();
}

void TestMainWindowTools::profileSwitchShowsOnlyTheNewWorkspace() {
    bridge::sandbox::SandboxConfig otherConfig;
    otherConfig.workspaceId = QStringLiteral("ws_other");
    otherConfig.apiKey = QStringLiteral("ak_other_9876543210");
    otherConfig.secret = "sk_other_secret";
    otherConfig.seed = 7;
    otherConfig.conversationCount = 60;
    SandboxServer other(otherConfig);
    QVERIFY(other.listenLoopback() != 0);

    openWindow();
    QSettings settings;
    bridge::ProfileManager profiles(&settings, m_desk.client.get());
    profiles.setKeychainService(QStringLiteral("BridgeDeskUiTest"));
    QSignalSpy added(&profiles, &bridge::ProfileManager::added);
    QVERIFY(profiles.add(QStringLiteral("main"), testing::sandboxSettings(*m_desk.server)));
    QTRY_COMPARE_WITH_TIMEOUT(added.size(), 1, 20000);
    QVERIFY(profiles.add(QStringLiteral("other"), testing::sandboxSettings(other)));
    QTRY_COMPARE_WITH_TIMEOUT(added.size(), 2, 20000);
    settings.setValue(QStringLiteral("currentProfile"), QStringLiteral("main"));
    m_desk.window->setProfileManager(&profiles);
    // What DeskSession does on a switch: the new credentials to the client, then the window.
    connect(&profiles, &bridge::ProfileManager::switched, this,
            [this](const QString &, const bridge::ConnectionSettings &switchedTo, const QString &) {
                m_desk.client->setOptions(switchedTo.toClientOptions(m_desk.client->options()));
                m_desk.window->setConnection(switchedTo.credentials, false);
            });

    // Every time the model holds rows after the switch, they are all the new workspace's.
    bool switched = false;
    QStringList wrong;
    auto check = [&] {
        if (!switched)
            return;
        for (const bridge::Conversation &c : m_desk.window->controller()->model()->conversations()) {
            if (c.workspaceId != otherConfig.workspaceId)
                wrong << c.id;
        }
    };
    auto *model = m_desk.window->controller()->model();
    connect(model, &QAbstractItemModel::modelReset, this, check);
    connect(model, &QAbstractItemModel::rowsInserted, this, check);
    connect(model, &QAbstractItemModel::dataChanged, this, check);

    // The old workspace is slow: its answer is still under way when the agent switches.
    m_desk.server->setLatencyMs(300);
    m_desk.window->actions()->refresh->trigger();
    QComboBox *box = m_desk.window->profileSwitcher()->comboBox();
    QCOMPARE(box->currentText(), QStringLiteral("main"));
    const int index = box->findText(QStringLiteral("other"));
    QVERIFY(index >= 0);
    switched = true;
    box->setCurrentIndex(index);
    emit box->activated(index);
    QCOMPARE(rows(), 0); // cleared at once
    QVERIFY(!m_desk.window->detailsPane()->conversation());
    QTRY_VERIFY(idle() && rows() == 20);
    QTest::qWait(400); // the old answer would have come by now
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char(','))));
    for (const bridge::Conversation &c : model->conversations())
        QCOMPARE(c.workspaceId, otherConfig.workspaceId);
    QVERIFY(m_desk.window->windowTitle().contains(QLatin1String("ws_other")));

    // Each profile keeps its own view: 50 rows on "other", 20 back on "main", 50 again.
    m_desk.window->controller()->setPageSize(50);
    QTRY_VERIFY(idle() && rows() == 50);
    switched = false;
    m_desk.server->setLatencyMs(0);
    profiles.switchTo(QStringLiteral("main"));
    QTRY_VERIFY(idle() && rows() == 20 && m_desk.window->windowTitle().contains(QLatin1String("ws_sandbox")));
    switched = true;
    profiles.switchTo(QStringLiteral("other"));
    QTRY_VERIFY(idle() && rows() == 50);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char(','))));
}

//! Classic too: a customer added from the details pane (addParticipants) and removed again
//! (removeParticipants), each one PATCH, the row changed at once and then as the server has it.
void TestMainWindowTools::customerAddedAndRemovedFromDetailsPane() {
    openWindow();
    m_desk.window->conversationView()->selectRow(0);
    const bridge::Conversation c = *m_desk.window->detailsPane()->conversation();
    const QString phone = QStringLiteral("+15550001234");
    QTest::mouseClick(m_desk.window->detailsPane()->addButton(PersonSide::Customer), Qt::LeftButton);
    AddPersonDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_desk.window->findChild<AddPersonDialog *>()) && dialog->isVisible());
    QCOMPARE(dialog->typeBox()->count(), 2); // email, phone: classic has no ID
    QTest::keyClicks(dialog->identifierEdit(), phone);
    QTest::mouseClick(dialog->addButton(), Qt::LeftButton);

    const auto customers = [this, &c] {
        QStringList out;
        const int row = m_desk.window->controller()->model()->rowOf(c.id);
        for (const auto &p : m_desk.window->controller()->model()->conversationAt(row)->externalParticipants)
            out << p.identifier;
        return out;
    };
    QVERIFY(customers().contains(phone)); // at once
    const auto patches = [this] {
        QList<QJsonObject> out;
        for (const auto &r : m_desk.server->receivedRequests()) {
            if (r.method == "PATCH")
                out << QJsonDocument::fromJson(r.body).object();
        }
        return out;
    };
    QTRY_COMPARE(patches().size(), 1);
    QCOMPARE(patches().first(),
             QJsonObject({{QLatin1String("addParticipants"),
                           QJsonArray{QJsonObject{{QLatin1String("identifier"), phone},
                                                  {QLatin1String("type"), QLatin1String("phone")}}}}}));
    QTRY_VERIFY(m_desk.window->statusBar()->currentMessage().startsWith(QStringLiteral("Added ")));
    QVERIFY(customers().contains(phone));

    const auto shown = m_desk.window->detailsPane()->conversation()->externalParticipants;
    int index = -1;
    for (int i = 0; i < shown.size(); ++i)
        index = shown.at(i).identifier == phone ? i : index;
    QVERIFY(index >= 0);
    QTest::mouseClick(m_desk.window->detailsPane()->removeButton(PersonSide::Customer, index),
                      Qt::LeftButton);
    QTRY_COMPARE(patches().size(), 2);
    QVERIFY(patches().last().contains(QLatin1String("removeParticipants")));
    QTRY_VERIFY(!customers().contains(phone));
    QTRY_VERIFY(m_desk.window->statusBar()->currentMessage().startsWith(QStringLiteral("Removed ")));
}

QTEST_MAIN(TestMainWindowTools)
#include "tst_mainwindowtools.moc"
