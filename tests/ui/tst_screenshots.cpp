// Screenshots of the main window and the dialogs, for the README and for eyes: saved as PNGs to
// <build>/screenshots/. Runs on the real display when there is one (xvfb-run in ./dev.sh test),
// offscreen otherwise. Each picture must not be blank.
#include "attachmentlist.h"
#include "autorefreshcontrol.h"
#include "bridgeclient.h"
#include "browsingcontroller.h"
#include "bulkprogresspanel.h"
#include "composer.h"
#include "contactbrowser.h"
#include "contactsview.h"
#include "contacttablemodel.h"
#include "contrast.h"
#include "conversationcommands.h"
#include "conversationstore.h"
#include "conversationtablemodel.h"
#include "createconversationdialog.h"
#include "credentialstore.h"
#include "errorbanner.h"
#include "filterbar.h"
#include "identifierfield.h"
#include "importdialog.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "offlinecopy.h"
#include "participantlistedit.h"
#include "requestinspector.h"
#include "sandboxserver.h"
#include "savedviewsdock.h"
#include "savedviewsmodel.h"
#include "setstatusdialog.h"
#include "settingsdialog.h"
#include "stateoverlay.h"
#include "storesearchbox.h"
#include "theme.h"
#include "themecolors.h"
#include "windowfixture.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

using bridge::sandbox::SandboxConfig;
using bridge::sandbox::SandboxServer;

class TestScreenshots : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void mainWindow();
    void mainWindowFirstRun();
    void mainWindowEmpty();
    void mainWindowError();
    void createDialog();
    void settingsDialog();
    void requestInspector();
    void bulkPanel();
    void importPreview();
    void mainWindowConnect();
    void createDialogConnect();
    void settingsDialogConnect();
    void setStatusDialogConnect();
    void contactsAndComposerConnect();
    void mainWindowDark();
    void mainWindowErrorDark();
    void searchAndSavedViews();

private:
    //! sized: the test's own size; otherwise the size a new user gets (no saved geometry).
    void openWindow(const QByteArray &secret = {}, bool sized = true);
    static void save(QWidget *widget, const QString &name);

    testing::WindowFixture m_desk;
};

void TestScreenshots::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BridgeDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_screenshots"));
    qInfo("platform: %s", qPrintable(QGuiApplication::platformName()));
    QVERIFY(QDir().mkpath(QStringLiteral(BRIDGE_BINARY_DIR "/screenshots")));
}

void TestScreenshots::init() {
    QVERIFY(m_desk.start());
}

void TestScreenshots::cleanup() {
    m_desk.reset();
}

void TestScreenshots::openWindow(const QByteArray &secret, bool sized) {
    if (sized) {
        QVERIFY(m_desk.open(
            {.size = {1360, 780}, .secret = secret, .activate = false, .waitForFirstPage = false}));
        return;
    }
    // The size the window picks for itself, as a new user gets it (no saved geometry).
    const bridge::ConnectionSettings settings = testing::sandboxSettings(*m_desk.server, secret);
    bridge::ClientOptions options;
    options.maxRetries = 0;
    m_desk.client->setOptions(settings.toClientOptions(options));
    m_desk.window = std::make_unique<MainWindow>(m_desk.client.get(), settings.credentials, true);
    m_desk.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_desk.window.get()));
}

void TestScreenshots::save(QWidget *widget, const QString &name) {
    QTest::qWait(50); // let pending layout and paint events run
    const QImage image = widget->grab().toImage();
    QVERIFY(!image.isNull());
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 24,
             qPrintable(QStringLiteral("%1 looks blank: %2 colours").arg(name).arg(colours.size())));
    const QString path = QStringLiteral(BRIDGE_BINARY_DIR "/screenshots/") + name;
    QVERIFY2(image.save(path), qPrintable(path));
    qInfo("saved %s (%dx%d, %lld colours)", qPrintable(path), image.width(), image.height(),
          qint64(colours.size()));
}

void TestScreenshots::mainWindow() {
    openWindow();
    QTRY_COMPARE(m_desk.window->proxyModel()->rowCount(), 20);
    m_desk.window->conversationView()->selectRow(1);
    m_desk.window->conversationView()->setFocus();
    QVERIFY(m_desk.window->detailsPane());
    save(m_desk.window.get(), QStringLiteral("mainwindow.png"));
}

//! The first window as a new user gets it: nothing saved, the size the window picks on this screen.
void TestScreenshots::mainWindowFirstRun() {
    openWindow({}, false);
    QTRY_COMPARE(m_desk.window->proxyModel()->rowCount(), 20);
    qInfo("first window: %dx%d", m_desk.window->width(), m_desk.window->height());
    save(m_desk.window.get(), QStringLiteral("mainwindow-first.png"));
}

void TestScreenshots::mainWindowEmpty() {
    openWindow();
    QTRY_COMPARE(m_desk.window->proxyModel()->rowCount(), 20);
    QTest::keyClicks(m_desk.window->filterBar()->customerField()->lineEdit(),
                     QStringLiteral("alice@example.com"));
    m_desk.window->filterBar()->applyStatus(bridge::ConversationStatus(QStringLiteral("ghost")));
    QTRY_VERIFY(m_desk.window->emptyState()->isVisible());
    save(m_desk.window.get(), QStringLiteral("mainwindow-empty.png"));
}

void TestScreenshots::mainWindowError() {
    openWindow("sk_not_the_secret");
    QTRY_VERIFY(m_desk.window->errorBanner()->isVisible());
    save(m_desk.window.get(), QStringLiteral("mainwindow-error.png"));
}

void TestScreenshots::createDialog() {
    openWindow();
    CreateConversationDialog dialog(m_desk.client.get(), m_desk.window.get());
    dialog.setGhost(true);
    dialog.resize(dialog.sizeHint().expandedTo(QSize(560, 0)));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    if (auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("name")))
        QTest::keyClicks(name, QStringLiteral("Refund follow-up"));
    if (auto *customers = dialog.findChild<QWidget *>(QStringLiteral("customers"))) {
        const auto edits = customers->findChildren<QLineEdit *>();
        if (!edits.isEmpty())
            QTest::keyClicks(edits.first(), QStringLiteral("alice@example.com"));
    }
    save(&dialog, QStringLiteral("createconversationdialog.png"));
}

void TestScreenshots::settingsDialog() {
    bridge::CredentialStore store;
    store.setKeychainService(QStringLiteral("BridgeDeskScreenshotTest"));
    SettingsDialog dialog(&store);
    dialog.setSettings(bridge::ConnectionSettings{testing::sandboxCredentials(*m_desk.server)});
    dialog.setOfferSandbox(true);
    dialog.resize(dialog.sizeHint().expandedTo(QSize(560, 0)));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    save(&dialog, QStringLiteral("settingsdialog.png"));
}

void TestScreenshots::requestInspector() {
    openWindow();
    QTRY_COMPARE(m_desk.window->proxyModel()->rowCount(), 20);
    // A few kinds of entries: pages, a refused PATCH, a retried 503.
    const QString id =
        m_desk.window->proxyModel()->index(2, 0).data(bridge::ConversationTableModel::IdRole).toString();
    m_desk.server->failIds({id}, 409);
    m_desk.window->conversationView()->selectRow(2);
    m_desk.window->actions()->archive->trigger();
    QTRY_VERIFY(m_desk.window->errorBanner()->isVisible());
    m_desk.window->resize(1360, 900);
    m_desk.window->actions()->requestInspector->trigger();
    RequestInspector *inspector = m_desk.window->requestInspector();
    QTRY_VERIFY(inspector->isVisible());
    m_desk.window->resizeDocks({inspector}, {320}, Qt::Vertical);
    QTest::mouseClick(m_desk.window->errorBanner()->detailsButton(), Qt::LeftButton);
    QVERIFY(inspector->selectedRow() >= 0);
    save(m_desk.window.get(), QStringLiteral("request-inspector.png"));
}

void TestScreenshots::bulkPanel() {
    openWindow();
    m_desk.window->controller()->setPageSize(50);
    QTRY_VERIFY(!m_desk.window->controller()->isLoading() && m_desk.window->proxyModel()->rowCount() == 50);
    QItemSelection selection;
    QStringList ids;
    for (int row = 0; row < 20; ++row) {
        const QModelIndex index = m_desk.window->proxyModel()->index(row, 0);
        ids << index.data(bridge::ConversationTableModel::IdRole).toString();
        selection.select(index, index);
    }
    m_desk.window->conversationView()->selectionModel()->select(
        selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_desk.server->failIds({ids.at(4), ids.at(11)}, 500);
    m_desk.window->actions()->archive->trigger();
    BulkProgressPanel *panel = m_desk.window->commands()->bulkPanel();
    QVERIFY(panel);
    QTRY_VERIFY_WITH_TIMEOUT(panel->isFinished(), 20000);
    panel->setShowFailuresOnly(false);
    panel->resize(620, 460);
    save(panel, QStringLiteral("bulk-archive.png"));
}

void TestScreenshots::importPreview() {
    openWindow();
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("callbacks.csv"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(
            "customer,type,name,team,agents,status\r\n"
            "alice@example.com,,Refund follow-up,team_billing,,\r\n"
            "+44 20 7946 0958,phone,Callback: delivery,,agent.kim@example.com;agent.lee@example.com,\r\n"
            "bob@example,,Typo in the domain,,,\r\n"
            "+1 555 010 2233,,Warranty claim,,,active\r\n"
            "carol@example.com,,Both team and agents,team_support,agent.kim@example.com,\r\n"
            "dmitri@example.com,,Вопрос о доставке,,,\r\n");
    }
    auto *dialog = qobject_cast<ImportDialog *>(m_desk.window->openImportDialog());
    QVERIFY(dialog);
    if (auto *chooser = dialog->findChild<QFileDialog *>(QStringLiteral("importFileDialog")))
        chooser->reject();
    dialog->setFileName(file);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    save(dialog, QStringLiteral("import-preview.png"));
    dialog->reject();
}

//! A Connect profile's first window, as a new user gets it (no saved geometry), a conversation picked.
void TestScreenshots::mainWindowConnect() {
    QVERIFY(m_desk.start(SandboxConfig::forApi(SandboxConfig::Api::Connect)));
    openWindow({}, false);
    QTRY_COMPARE(m_desk.window->proxyModel()->rowCount(), 20);
    m_desk.window->conversationView()->selectRow(1);
    m_desk.window->conversationView()->setFocus();
    qInfo("first Connect window: %dx%d", m_desk.window->width(), m_desk.window->height());
    save(m_desk.window.get(), QStringLiteral("mainwindow-connect.png"));
    // The longest status name, and Blocked beside Active, as the table draws them.
    m_desk.window->filterBar()->applyStatus(
        bridge::ConversationStatus(QStringLiteral("NOT_ASSIGNED_TO_HUMAN")));
    QTRY_VERIFY(!m_desk.window->controller()->isLoading() &&
                m_desk.window->controller()->query().filter.status.raw() ==
                    QLatin1String("NOT_ASSIGNED_TO_HUMAN"));
    save(m_desk.window.get(), QStringLiteral("mainwindow-connect-unassigned.png"));
}

//! Contacts searched for "zoe", her pane; then a ghost conversation with the composer holding a first
//! message and a PDF, as the agent is about to send it.
void TestScreenshots::contactsAndComposerConnect() {
    QVERIFY(m_desk.start(SandboxConfig::forApi(SandboxConfig::Api::Connect)));
    openWindow();
    QTest::keyClick(m_desk.window.get(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    ContactsView *contacts = m_desk.window->contactsView();
    QTest::keyClicks(contacts->searchEdit(), QStringLiteral("zoe"));
    QTRY_VERIFY(!contacts->browser()->isLoading() &&
                contacts->browser()->query().search == QLatin1String("zoe") &&
                contacts->browser()->model()->rowCount() == 1);
    contacts->table()->setFocus();
    contacts->table()->selectRow(0);
    save(m_desk.window.get(), QStringLiteral("contacts-connect.png"));

    QTest::keyClick(m_desk.window.get(), Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
    m_desk.window->filterBar()->applyStatus(bridge::ConversationStatus(QStringLiteral("GHOST")));
    QTRY_VERIFY(!m_desk.window->controller()->isLoading() &&
                m_desk.window->controller()->query().filter.status.raw() == QLatin1String("GHOST"));
    m_desk.window->conversationView()->setFocus();
    m_desk.window->conversationView()->selectRow(0);
    Composer *composer = m_desk.window->composer();
    QTRY_VERIFY(composer->isVisible());
    QTemporaryDir files;
    const QString pdf = files.filePath(QStringLiteral("welcome-pack.pdf"));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.resize(184'320));
    file.close();
    composer->addFiles({pdf});
    composer->textEdit()->setPlainText(
        QStringLiteral("Hello! Your welcome pack is attached; reply here with any question."));
    save(m_desk.window.get(), QStringLiteral("composer-connect.png"));
}

void TestScreenshots::createDialogConnect() {
    QVERIFY(m_desk.start(SandboxConfig::forApi(SandboxConfig::Api::Connect)));
    openWindow();
    CreateConversationDialog dialog(m_desk.client.get(), m_desk.window.get());
    dialog.setGhost(true);
    QSignalSpy channels(&dialog, &CreateConversationDialog::channelsLoaded);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTRY_COMPARE(channels.size(), 1);
    auto *customers = dialog.findChild<ParticipantListEdit *>(QStringLiteral("customers"));
    QTest::keyClicks(customers->identifierEdit(0), QStringLiteral("alice@example.com"));
    customers->channelCombo(0)->setCurrentIndex(1);
    dialog.findChild<QRadioButton *>(QStringLiteral("assignAgents"))->setChecked(true);
    auto *agents = dialog.findChild<ParticipantListEdit *>(QStringLiteral("agents"));
    QTest::keyClicks(agents->identifierEdit(0), QStringLiteral("6f1c2b9e-4d3a-4b8e-9f00-2c1d5e7a9b31"));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("name")),
                     QStringLiteral("Refund follow-up"));
    dialog.resize(dialog.sizeHint().expandedTo(QSize(560, 0)));
    save(&dialog, QStringLiteral("createconversationdialog-connect.png"));
}

//! A new profile's settings: Connect, with its three fields.
void TestScreenshots::settingsDialogConnect() {
    bridge::CredentialStore store;
    store.setKeychainService(QStringLiteral("BridgeDeskScreenshotTest"));
    SettingsDialog dialog(&store);
    dialog.setSettings({});
    dialog.setOfferSandbox(true);
    dialog.resize(dialog.sizeHint().expandedTo(QSize(560, 0)));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    save(&dialog, QStringLiteral("settingsdialog-connect.png"));
}

void TestScreenshots::setStatusDialogConnect() {
    QVERIFY(m_desk.start(SandboxConfig::forApi(SandboxConfig::Api::Connect)));
    openWindow();
    QTRY_COMPARE(m_desk.window->proxyModel()->rowCount(), 20);
    m_desk.window->conversationView()->selectRow(0);
    m_desk.window->actions()->setStatus->trigger();
    SetStatusDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_desk.window->findChild<SetStatusDialog *>()) && dialog->isVisible());
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    save(dialog, QStringLiteral("setstatusdialog-connect.png"));
    dialog->reject();
}

using testing::contrast;

//! The window in the dark theme: rows with their status badges, a selected row with its details,
//! saved views with counts. Text on the window and the table stays readable (WCAG AA).
void TestScreenshots::mainWindowDark() {
    Theme::apply(Theme::Dark);
    openWindow();
    QTRY_COMPARE(m_desk.window->proxyModel()->rowCount(), 20);
    bridge::SavedViewsModel *views = m_desk.window->savedViews()->model();
    views->save({QStringLiteral("All conversations"), {}, 20, {}});
    views->save(
        {QStringLiteral("Ghost — mine"), {bridge::ConversationStatus(QStringLiteral("ghost")), {}, {}}, 20});
    views->save({QStringLiteral("VIP customers"), {}, 50, {}});
    m_desk.window->conversationView()->selectRow(1);
    m_desk.window->conversationView()->setFocus();
    const QPalette palette = m_desk.window->conversationView()->palette();
    QVERIFY(ThemeColors::isDark(palette));
    QVERIFY(contrast(palette.color(QPalette::Text), palette.color(QPalette::Base)) >= 4.5);
    QVERIFY(contrast(palette.color(QPalette::HighlightedText), palette.color(QPalette::Highlight)) >= 4.5);
    QVERIFY(contrast(palette.color(QPalette::PlaceholderText), palette.color(QPalette::Base)) >= 4.5);
    save(m_desk.window.get(), QStringLiteral("mainwindow-dark-views.png"));
    Theme::apply(Theme::Light);
}

//! The error banner in the dark theme: a deep red band whose text stays readable.
void TestScreenshots::mainWindowErrorDark() {
    Theme::apply(Theme::Dark);
    openWindow("sk_not_the_secret");
    QTRY_VERIFY(m_desk.window->errorBanner()->isVisible());
    ErrorBanner *banner = m_desk.window->errorBanner();
    const QColor band = banner->palette().color(QPalette::Window);
    QVERIFY(band.lightnessF() < 0.35);
    QVERIFY(contrast(banner->label()->palette().color(QPalette::WindowText), band) >= 4.5);
    QVERIFY(contrast(ThemeColors::errorText(banner->palette()), band) >= 4.5);
    save(m_desk.window.get(), QStringLiteral("mainwindow-error-dark.png"));
    Theme::apply(Theme::Light);
}

//! After an offline copy of the sandbox's workspace: "bjorn" typed in the search box finds Björn's
//! conversations (accents ignored) with the line saying what was searched; saved views on the left.
void TestScreenshots::searchAndSavedViews() {
    QTemporaryDir dir;
    openWindow();
    QTRY_COMPARE(m_desk.window->proxyModel()->rowCount(), 20);
    bridge::ConversationStore store(dir.filePath(QStringLiteral("stores/work.sqlite")));
    m_desk.window->setConversationStore(&store);
    bridge::OfflineCopyOptions options;
    options.requestsPerSecond = 0; // no pause between pages
    m_desk.window->setOfflineCopy(&store, true, options);
    const QString key = bridge::OfflineCopy::checkpointKey(m_desk.client->options());
    QTRY_VERIFY_WITH_TIMEOUT(bridge::OfflineCopyState::fromBytes(store.checkpoint(key)).finishedAt.isValid(),
                             20000);
    bridge::SavedViewsModel *views = m_desk.window->savedViews()->model();
    views->save(
        {QStringLiteral("Ghost — all"), {bridge::ConversationStatus(QStringLiteral("ghost")), {}, {}}, 20});
    views->save(
        {QStringLiteral("Active"), {bridge::ConversationStatus(QStringLiteral("active")), {}, {}}, 50});
    StoreSearchBox *box = m_desk.window->searchBox();
    box->setFocus();
    QTest::keyClicks(box, QStringLiteral("bjorn"));
    QTRY_VERIFY(m_desk.window->storeLine()->text().contains(QStringLiteral("offline copy")));
    QVERIFY(m_desk.window->proxyModel()->rowCount() > 0);
    m_desk.window->conversationView()->selectRow(0);
    save(m_desk.window.get(), QStringLiteral("search-saved-views.png"));
    m_desk.window->setOfflineCopy(nullptr, false, {}); // nothing refers to the store past its life
    m_desk.window->setConversationStore(nullptr);
}

int main(int argc, char *argv[]) {
    // No display (a plain ctest run): render offscreen rather than fail to connect to X.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    TestScreenshots test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_screenshots.moc"
