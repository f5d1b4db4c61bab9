// The real window against an in-process sandbox: filters, paging, page size, states, shortcuts.
#include "bridgeclient.h"
#include "browsingcontroller.h"
#include "connectionstatus.h"
#include "conversationtablemodel.h"
#include "detailspane.h"
#include "errorbanner.h"
#include "filterbar.h"
#include "identifierfield.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "pagerbar.h"
#include "participanttypebox.h"
#include "sandboxserver.h"
#include "sandboxthread.h"
#include "stateoverlay.h"
#include "windowfixture.h"

#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QThread>
#include <QToolButton>

#include <memory>

using bridge::ConversationTableModel;
using bridge::sandbox::SandboxServer;
using Column = bridge::ConversationTableModel::Column;

class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void firstPageShown();
    void statusBarNamesWorkspaceAndSource();
    void filterToGhost();
    void lastPageWithButton();
    void lastPageWithKeyboard();
    void nextPageWithKeyboard();
    void pageSizeChanges();
    void customerPhoneFilterKeepsPlus();
    void invalidIdentifierDoesNotApply();
    void emptyStateNamesFilterAndClears();
    void errorBannerRetryKeepsRows();
    void unauthorizedOffersSettings();
    void selectionShowsDetailsAndCopiesId();
    void detailsPaneOnlyWhileSomethingIsPicked();
    void createdGhostIsRevealed();
    void lostCreateAnswerShowsTheCustomersConversations();
    void viewRememberedPerWorkspace();
    void accessibleNames();
    void firstWindowTakesAShareOfTheScreen();
    void namesKeepTheirWidthBesideTheDetails();
    void clockSkewIsShown();
    void sandboxOnItsOwnThread();

private:
    void openWindow(const QByteArray &secret = {});
    //! The window as a new user first gets it: nothing remembered, the size it picks itself (the
    //! fixture's open() gives the window a size).
    void openFirstWindow();
    QStringList shownStatuses() const;
    QString labelText() const { return m_desk.window->pagerBar()->label()->text(); }
    int rows() const { return m_desk.window->proxyModel()->rowCount(); }
    bool idle() const { return !m_desk.window->controller()->isLoading(); }
    int countWhere(const std::function<bool(const QJsonObject &)> &predicate) const;

    testing::WindowFixture m_desk;
};

void TestMainWindow::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BridgeDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void TestMainWindow::init() {
    QVERIFY(m_desk.start());
}

void TestMainWindow::cleanup() {
    m_desk.reset();
}

void TestMainWindow::openWindow(const QByteArray &secret) {
    // With a secret given, the first page is not waited for (it may be a wrong one).
    QVERIFY(m_desk.open({.secret = secret}));
}

void TestMainWindow::openFirstWindow() {
    QSettings().remove(QStringLiteral("view")); // no window remembered by an earlier test
    const bridge::ConnectionSettings settings = testing::sandboxSettings(*m_desk.server, {});
    m_desk.client->setOptions(settings.toClientOptions());
    m_desk.window = std::make_unique<MainWindow>(m_desk.client.get(), settings.credentials, true);
    m_desk.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_desk.window.get()));
}

QStringList TestMainWindow::shownStatuses() const {
    QStringList statuses;
    const int column = int(ConversationTableModel::Column::Status);
    for (int row = 0; row < rows(); ++row)
        statuses << m_desk.window->proxyModel()
                        ->index(row, column)
                        .data(ConversationTableModel::RawValueRole)
                        .toString();
    return statuses;
}

int TestMainWindow::countWhere(const std::function<bool(const QJsonObject &)> &predicate) const {
    const QList<QJsonObject> all = m_desk.server->conversations();
    return int(std::count_if(all.cbegin(), all.cend(), predicate));
}

void TestMainWindow::firstPageShown() {
    openWindow();
    const int total = m_desk.server->conversationCount();
    QCOMPARE(total, 240);
    QCOMPARE(labelText(), QStringLiteral("Page 1 of 12 · 240 conversations"));
    QVERIFY(!m_desk.window->pagerBar()->busyBar()->isVisible());
    QVERIFY(!m_desk.window->emptyState()->isVisible());
    QVERIFY(!m_desk.window->errorBanner()->isVisible());
    QVERIFY(!m_desk.window->actions()->previousPage->isEnabled());
    QVERIFY(m_desk.window->actions()->nextPage->isEnabled());
    // Newest first, as the server sends them (the default sort is Updated, descending).
    const QModelIndex top = m_desk.window->proxyModel()->index(0, 0);
    QCOMPARE(top.data(ConversationTableModel::IdRole).toString(),
             m_desk.server->conversations().first().value(QLatin1String("id")).toString());
}

void TestMainWindow::statusBarNamesWorkspaceAndSource() {
    openWindow();
    ConnectionStatus *status = m_desk.window->connectionStatus();
    QVERIFY(status->workspaceLabel()->text().contains(QLatin1String("ws_sandbox")));
    QCOMPARE(status->sourceLabel()->text(), QStringLiteral("Credentials: sandbox"));
    QVERIFY(status->sandboxBadge()->isVisible());
    QCOMPARE(status->refreshedLabel()->text(), QStringLiteral("Updated just now"));
}

void TestMainWindow::filterToGhost() {
    openWindow();
    const int ghosts = countWhere(
        [](const QJsonObject &c) { return c.value(QLatin1String("status")) == QLatin1String("ghost"); });
    QVERIFY(ghosts > 20);
    QTest::mouseClick(
        m_desk.window->filterBar()->statusButton(bridge::ConversationStatus(QStringLiteral("ghost"))),
        Qt::LeftButton);
    QTRY_COMPARE(m_desk.window->controller()->query().filter.status.raw(), QStringLiteral("ghost"));
    QTRY_VERIFY(idle() && m_desk.window->controller()->pagination().total == ghosts);
    QCOMPARE(rows(), 20);
    QCOMPARE(shownStatuses(), QStringList(20, QStringLiteral("ghost")));
    const int pages = (ghosts + 19) / 20;
    QCOMPARE(labelText(), QStringLiteral("Page 1 of %1 · %2 conversations").arg(pages).arg(ghosts));
}

void TestMainWindow::lastPageWithButton() {
    openWindow();
    auto *last = m_desk.window->pagerBar()->findChild<QToolButton *>(QStringLiteral("lastPageButton"));
    QVERIFY(last);
    QVERIFY(last->isEnabled());
    QTest::mouseClick(last, Qt::LeftButton);
    QTRY_COMPARE(labelText(), QStringLiteral("Page 12 of 12 · 240 conversations"));
    QTRY_VERIFY(idle());
    QCOMPARE(rows(), 20);
    QVERIFY(!last->isEnabled());
    QVERIFY(!m_desk.window->actions()->nextPage->isEnabled());
    QVERIFY(m_desk.window->actions()->previousPage->isEnabled());
}

void TestMainWindow::lastPageWithKeyboard() {
    openWindow();
    m_desk.window->conversationView()->setFocus();
    QTest::keyClick(m_desk.window->conversationView(), Qt::Key_End, Qt::ControlModifier);
    QTRY_COMPARE(labelText(), QStringLiteral("Page 12 of 12 · 240 conversations"));
    QTest::keyClick(m_desk.window->conversationView(), Qt::Key_Home, Qt::ControlModifier);
    QTRY_COMPARE(labelText(), QStringLiteral("Page 1 of 12 · 240 conversations"));
}

void TestMainWindow::nextPageWithKeyboard() {
    openWindow();
    const QString firstId =
        m_desk.window->proxyModel()->index(0, 0).data(ConversationTableModel::IdRole).toString();
    m_desk.window->conversationView()->setFocus();
    QTest::keyClick(m_desk.window->conversationView(), Qt::Key_PageDown, Qt::ControlModifier);
    QTRY_COMPARE(labelText(), QStringLiteral("Page 2 of 12 · 240 conversations"));
    QCOMPARE(m_desk.window->controller()->query().page, 2);
    QTRY_COMPARE(rows(), 20);
    QVERIFY(m_desk.window->proxyModel()->index(0, 0).data(ConversationTableModel::IdRole).toString() !=
            firstId);
    // From a filter field too: the shortcut belongs to the window.
    m_desk.window->filterBar()->customerField()->lineEdit()->setFocus();
    QTest::keyClick(m_desk.window->filterBar()->customerField()->lineEdit(), Qt::Key_PageUp,
                    Qt::ControlModifier);
    QTRY_COMPARE(labelText(), QStringLiteral("Page 1 of 12 · 240 conversations"));
    // F5 reloads the page shown.
    const qsizetype before = m_desk.server->receivedRequests().size();
    QTest::keyClick(m_desk.window->conversationView(), Qt::Key_F5);
    QTRY_VERIFY(m_desk.server->receivedRequests().size() > before);
}

void TestMainWindow::pageSizeChanges() {
    openWindow();
    QComboBox *size = m_desk.window->pagerBar()->pageSizeBox();
    size->setFocus();
    QTest::keyClick(size, Qt::Key_Down);
    QTRY_COMPARE(m_desk.window->controller()->query().limit, 50);
    QTRY_COMPARE(rows(), 50);
    QTRY_COMPARE(labelText(), QStringLiteral("Page 1 of 5 · 240 conversations"));
    QTest::keyClick(size, Qt::Key_Down);
    QTRY_COMPARE(rows(), 100);
    QTRY_COMPARE(labelText(), QStringLiteral("Page 1 of 3 · 240 conversations"));
    QCOMPARE(size->currentText(), QStringLiteral("100"));
}

void TestMainWindow::customerPhoneFilterKeepsPlus() {
    openWindow();
    QString phone;
    for (const QJsonObject &c : m_desk.server->conversations()) {
        for (const QJsonValue &p : c.value(QLatin1String("externalParticipants")).toArray()) {
            if (p.toObject().value(QLatin1String("type")) == QLatin1String("phone")) {
                phone = p.toObject().value(QLatin1String("identifier")).toString();
                break;
            }
        }
        if (!phone.isEmpty())
            break;
    }
    QVERIFY(phone.startsWith(QLatin1Char('+')));
    const int expected = countWhere([&phone](const QJsonObject &c) {
        const QJsonArray people = c.value(QLatin1String("externalParticipants")).toArray();
        return std::any_of(people.begin(), people.end(), [&phone](const QJsonValue &p) {
            return p.toObject().value(QLatin1String("identifier")).toString() == phone;
        });
    });
    QVERIFY(expected >= 1);

    IdentifierField *customer = m_desk.window->filterBar()->customerField();
    QTest::keyClicks(customer->lineEdit(), phone);
    QCOMPARE(customer->typeBox()->currentText(), QStringLiteral("Phone")); // detected as typed
    QTest::keyClick(customer->lineEdit(), Qt::Key_Return);
    QTRY_VERIFY(m_desk.window->controller()->query().filter.customer.has_value());
    QTRY_VERIFY(idle() && m_desk.window->controller()->pagination().total == expected);
    QCOMPARE(rows(), qMin(expected, 20));
    QCOMPARE(m_desk.window->controller()->query().filter.customer->identifier, phone);
    QVERIFY(m_desk.server->receivedRequests().last().rawQuery.contains("%2B"));
}

void TestMainWindow::invalidIdentifierDoesNotApply() {
    openWindow();
    IdentifierField *customer = m_desk.window->filterBar()->customerField();
    QTest::keyClicks(customer->lineEdit(), QStringLiteral("5551234"));
    QTest::keyClick(customer->lineEdit(), Qt::Key_Return);
    QVERIFY(!customer->problem().isEmpty());
    QVERIFY(!m_desk.window->controller()->query().filter.customer.has_value());
    const auto hints = m_desk.window->filterBar()->findChildren<QLabel *>();
    QVERIFY(std::any_of(hints.cbegin(), hints.cend(), [&customer](QLabel *label) {
        return label->isVisible() && label->text().contains(customer->problem());
    }));
    // A name typed in the hope of a search: told what the API needs, not how phones are spelled.
    customer->lineEdit()->clear();
    QTest::keyClicks(customer->lineEdit(), QStringLiteral("zoe"));
    QTest::keyClick(customer->lineEdit(), Qt::Key_Return);
    QCOMPARE(
        customer->problem(),
        QStringLiteral("Needs an exact email address or +phone number — the API has no partial search."));
    QVERIFY(!m_desk.window->controller()->query().filter.customer.has_value());
    QVERIFY(std::any_of(hints.cbegin(), hints.cend(), [&customer](QLabel *label) {
        return label->isVisible() && label->text() == QStringLiteral("Customer: %1").arg(customer->problem());
    }));
    // The override: "@" would say email, the agent says phone; then the text is fixed.
    customer->lineEdit()->clear();
    QTest::keyClicks(customer->lineEdit(), QStringLiteral("alice@example.com"));
    QCOMPARE(customer->typeBox()->currentText(), QStringLiteral("Email"));
    customer->typeBox()->setFocus();
    QTest::keyClick(customer->typeBox(), Qt::Key_Down);
    QCOMPARE(customer->typeBox()->currentText(), QStringLiteral("Phone"));
    QTest::keyClicks(customer->lineEdit(), QStringLiteral("x"));
    QCOMPARE(customer->typeBox()->currentText(), QStringLiteral("Phone")); // stays overridden
}

void TestMainWindow::emptyStateNamesFilterAndClears() {
    openWindow();
    IdentifierField *customer = m_desk.window->filterBar()->customerField();
    QTest::keyClicks(customer->lineEdit(), QStringLiteral("nobody@example.com"));
    QTest::mouseClick(
        m_desk.window->filterBar()->statusButton(bridge::ConversationStatus(QStringLiteral("ghost"))),
        Qt::LeftButton);
    QTRY_VERIFY(m_desk.window->emptyState()->isVisible());
    QCOMPARE(rows(), 0);
    QCOMPARE(m_desk.window->emptyState()->label()->text(),
             QStringLiteral("No ghost conversations for nobody@example.com"));
    QCOMPARE(labelText(), QStringLiteral("0 conversations"));
    QVERIFY(m_desk.window->emptyState()->clearButton()->isVisible());

    QTest::mouseClick(m_desk.window->emptyState()->clearButton(), Qt::LeftButton);
    QTRY_COMPARE(rows(), 20);
    QVERIFY(!m_desk.window->emptyState()->isVisible());
    QVERIFY(customer->lineEdit()->text().isEmpty());
    QCOMPARE(m_desk.window->filterBar()->filter().status.raw(), QString());
    QCOMPARE(m_desk.window->controller()->query().filter.status.raw(), QString());
}

void TestMainWindow::errorBannerRetryKeepsRows() {
    openWindow();
    const QString firstId =
        m_desk.window->proxyModel()->index(0, 0).data(ConversationTableModel::IdRole).toString();
    m_desk.server->failNext(1, 503);
    m_desk.window->actions()->refresh->trigger();
    QTRY_VERIFY(m_desk.window->errorBanner()->isVisible());
    // What happened for the agent, and what they still see; the request is behind Details.
    const QString text = m_desk.window->errorBanner()->label()->text();
    const QString shownAt = QLocale().toString(
        m_desk.window->controller()->lastRefreshed().toLocalTime().time(), QLocale::ShortFormat);
    QCOMPARE(
        text,
        QStringLiteral("Bridge is unavailable right now (503). Showing the list as of %1.").arg(shownAt));
    QVERIFY(m_desk.window->errorBanner()->label()->toolTip().contains(QLatin1String("GET /v1/workspaces/")));
    QVERIFY(m_desk.window->errorBanner()->detailsButton()->isVisible());
    QVERIFY(!m_desk.window->errorBanner()->settingsButton()->isVisible());
    QCOMPARE(rows(), 20); // the rows already shown stay
    QCOMPARE(m_desk.window->proxyModel()->index(0, 0).data(ConversationTableModel::IdRole).toString(),
             firstId);
    QVERIFY(!m_desk.window->emptyState()->isVisible());

    QTest::mouseClick(m_desk.window->errorBanner()->retryButton(), Qt::LeftButton);
    QTRY_VERIFY(!m_desk.window->errorBanner()->isVisible());
    QCOMPARE(rows(), 20);
}

void TestMainWindow::unauthorizedOffersSettings() {
    openWindow("sk_wrong_secret");
    QTRY_VERIFY(m_desk.window->errorBanner()->isVisible());
    QVERIFY(m_desk.window->errorBanner()->label()->text().contains(QLatin1String("401")));
    QVERIFY(m_desk.window->errorBanner()->settingsButton()->isVisible());
    QVERIFY(!m_desk.window->actions()->nextPage->isEnabled());
    QVERIFY(!m_desk.window->actions()->lastPage->isEnabled());
    QCOMPARE(labelText(), QString()); // nothing loaded: no count to claim
    QVERIFY(!m_desk.window->emptyState()->isVisible());
    QSignalSpy settings(m_desk.window.get(), &MainWindow::settingsRequested);
    QTest::mouseClick(m_desk.window->errorBanner()->settingsButton(), Qt::LeftButton);
    QCOMPARE(settings.size(), 1);
}

void TestMainWindow::selectionShowsDetailsAndCopiesId() {
    openWindow();
    QVERIFY(!m_desk.window->detailsPane()->conversation().has_value());
    QTableView *view = m_desk.window->conversationView();
    view->setFocus();
    view->selectRow(2);
    const QString id =
        m_desk.window->proxyModel()->index(2, 0).data(ConversationTableModel::IdRole).toString();
    QVERIFY(m_desk.window->detailsPane()->conversation().has_value());
    QCOMPARE(m_desk.window->detailsPane()->conversation()->id, id);
    QTest::mouseClick(m_desk.window->detailsPane()->copyIdButton(), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), id);
}

//! With nothing selected the details pane gives its width to the table; picking a row brings it
//! back, and a new filter (no row picked any more) hides it again.
//! At the size a new user gets, Name and Customer take the spare width with every column shown; with
//! the details pane open, ID, Created and then Assigned step aside before a name is cut short, and
//! come back when the pane closes. The table never needs a horizontal scroll bar.
void TestMainWindow::namesKeepTheirWidthBesideTheDetails() {
    openFirstWindow();
    QTRY_VERIFY(idle() && rows() == 20);
    QTableView *view = m_desk.window->conversationView();
    QHeaderView *header = view->horizontalHeader();
    const int minimum = view->fontMetrics().averageCharWidth() * 28;
    const auto width = [header](Column column) { return header->sectionSize(int(column)); };
    const auto shown = [header] {
        QList<Column> columns;
        for (int c = 0; c < header->count(); ++c) {
            if (!header->isSectionHidden(c))
                columns << Column(c);
        }
        return columns;
    };
    const QList<Column> all = {Column::Name,    Column::Status,  Column::Customer, Column::Assigned,
                               Column::Updated, Column::Created, Column::Id};
    const auto widths = [&] {
        QStringList out;
        for (int c = 0; c < header->count(); ++c)
            out << QString::number(header->sectionSize(c));
        return QStringLiteral("%1 in %2 (window %3)")
            .arg(out.join(QLatin1Char(' ')))
            .arg(view->viewport()->width())
            .arg(m_desk.window->width());
    };
    // On whatever screen this runs: names keep their minimum, and only the least needed columns
    // stepped aside, in order.
    QVERIFY2(width(Column::Name) >= minimum, qPrintable(widths()));
    QVERIFY(!view->horizontalScrollBar()->isVisible());
    const QList<Column> stepAside = {Column::Id, Column::Created, Column::Assigned};
    for (qsizetype i = 1; i < stepAside.size(); ++i)
        QVERIFY2(shown().contains(stepAside.at(i - 1)) <= shown().contains(stepAside.at(i)),
                 qPrintable(widths()));

    m_desk.window->resize(1280, 800); // the first window on a 1600×1000 screen
    QTRY_VERIFY2(shown() == all, qPrintable(widths()));
    QVERIFY2(width(Column::Name) >= minimum + minimum / 4, qPrintable(widths()));
    QCOMPARE(width(Column::Name), width(Column::Customer)); // they share the spare width
    QVERIFY(!view->horizontalScrollBar()->isVisible());
    // A date with its time fits its column.
    const QString longest = view->model()->index(0, int(Column::Updated)).data().toString();
    QVERIFY(view->fontMetrics().horizontalAdvance(longest) < width(Column::Updated));

    view->setFocus();
    view->selectRow(1);
    QTRY_VERIFY(m_desk.window->detailsPane()->isVisible());
    QTRY_VERIFY(!shown().contains(Column::Id));
    QVERIFY2(width(Column::Name) >= minimum, qPrintable(widths()));
    QVERIFY(shown().contains(Column::Status) && shown().contains(Column::Updated));
    QVERIFY(!view->horizontalScrollBar()->isVisible());

    view->selectionModel()->clear();
    QTRY_COMPARE(shown(), all);
    QVERIFY(width(Column::Id) > 0 && width(Column::Created) > 0);
}

void TestMainWindow::detailsPaneOnlyWhileSomethingIsPicked() {
    openWindow();
    QTableView *view = m_desk.window->conversationView();
    QVERIFY(!m_desk.window->detailsPane()->isVisible());
    const int fullWidth = view->width();
    view->setFocus();
    view->selectRow(1);
    QVERIFY(m_desk.window->detailsPane()->isVisible());
    QTRY_VERIFY(view->width() < fullWidth);
    view->selectionModel()->clear();
    QVERIFY(!m_desk.window->detailsPane()->isVisible());
    QTRY_COMPARE(view->width(), fullWidth);
}

void TestMainWindow::createdGhostIsRevealed() {
    openWindow();
    QTest::mouseClick(
        m_desk.window->filterBar()->statusButton(bridge::ConversationStatus(QStringLiteral("active"))),
        Qt::LeftButton);
    QTRY_VERIFY(idle() &&
                m_desk.window->controller()->query().filter.status.raw() == QLatin1String("active") &&
                rows() == 20);
    QTest::keyClick(m_desk.window->conversationView(), Qt::Key_PageDown, Qt::ControlModifier);
    QTRY_COMPARE(m_desk.window->controller()->query().page, 2);

    bridge::NewConversation draft;
    draft.externalParticipants = {
        {QStringLiteral("new.customer@example.com"), bridge::ParticipantType::Email}};
    draft.status = bridge::ConversationStatus(QStringLiteral("ghost"));
    draft.name = QStringLiteral("Fresh ghost");
    std::optional<bridge::Conversation> created;
    m_desk.client->create(draft, this, [&created](const bridge::Expected<bridge::Conversation> &r) {
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().line()));
        created = r.value();
    });
    QTRY_VERIFY(created.has_value());

    m_desk.window->revealConversation(*created);
    QTRY_COMPARE(m_desk.window->controller()->query().filter.status.raw(), QStringLiteral("ghost"));
    QCOMPARE(m_desk.window->controller()->query().page, 1);
    QCOMPARE(m_desk.window->filterBar()->filter().status.raw(), QStringLiteral("ghost"));
    QTRY_COMPARE(
        m_desk.window->conversationView()->currentIndex().data(ConversationTableModel::IdRole).toString(),
        created->id);
    QCOMPARE(m_desk.window->detailsPane()->conversation()->id, created->id);
}

void TestMainWindow::lostCreateAnswerShowsTheCustomersConversations() {
    openWindow();
    // A customer that the seeded data has, with a '+' that must survive the filter.
    QString phone;
    const auto all = m_desk.server->conversations();
    for (const QJsonObject &c : all) {
        for (const QJsonValue &p : c.value(QStringLiteral("externalParticipants")).toArray()) {
            if (phone.isEmpty() && p[QStringLiteral("type")].toString() == QLatin1String("phone"))
                phone = p[QStringLiteral("identifier")].toString();
        }
    }
    QVERIFY(!phone.isEmpty());
    bridge::NewConversation draft;
    draft.externalParticipants = {{phone, bridge::ParticipantType::Phone}};
    draft.status = bridge::ConversationStatus(QStringLiteral("active"));
    m_desk.window->showPossibleDuplicate(draft);
    QTRY_VERIFY(idle() && m_desk.window->controller()->query().filter.customer.has_value());
    QCOMPARE(m_desk.window->controller()->query().filter.customer->identifier, phone);
    QCOMPARE(m_desk.window->filterBar()->filter().status.raw(), QStringLiteral("active"));
    QTRY_VERIFY(idle() && rows() > 0);
    for (int row = 0; row < rows(); ++row) {
        const auto c = m_desk.window->controller()->model()->conversationAt(row);
        QVERIFY(c);
        QCOMPARE(c->status.raw(), QStringLiteral("active"));
        bool has = false;
        for (const auto &p : c->externalParticipants)
            has = has || p.identifier == phone;
        QVERIFY(has);
    }
}

void TestMainWindow::viewRememberedPerWorkspace() {
    openWindow();
    QTest::mouseClick(
        m_desk.window->filterBar()->statusButton(bridge::ConversationStatus(QStringLiteral("archived"))),
        Qt::LeftButton);
    QTRY_VERIFY(idle() &&
                m_desk.window->controller()->query().filter.status.raw() == QLatin1String("archived"));
    QComboBox *size = m_desk.window->pagerBar()->pageSizeBox();
    size->setFocus();
    QTest::keyClick(size, Qt::Key_Down);
    QTRY_VERIFY(idle() && m_desk.window->controller()->query().limit == 50);
    m_desk.window->close();
    m_desk.window.reset();

    QVERIFY(QSettings().childGroups().contains(QStringLiteral("view")));
    openWindow(m_desk.server->config().secret);
    QCOMPARE(m_desk.window->controller()->query().filter.status.raw(), QStringLiteral("archived"));
    QCOMPARE(m_desk.window->controller()->query().limit, 50);
    QCOMPARE(m_desk.window->filterBar()->filter().status.raw(), QStringLiteral("archived"));
    QCOMPARE(m_desk.window->pagerBar()->pageSizeBox()->currentText(), QStringLiteral("50"));
    QTRY_VERIFY(idle() && rows() > 20);
    QCOMPARE(shownStatuses(), QStringList(rows(), QStringLiteral("archived")));
}

void TestMainWindow::accessibleNames() {
    openWindow();
    QCOMPARE(m_desk.window->conversationView()->accessibleName(), QStringLiteral("Conversations"));
    QCOMPARE(m_desk.window->filterBar()->customerField()->lineEdit()->accessibleName(),
             QStringLiteral("Customer"));
    QCOMPARE(m_desk.window->filterBar()->agentField()->lineEdit()->accessibleName(), QStringLiteral("Agent"));
    QVERIFY(!m_desk.window->filterBar()->customerField()->typeBox()->accessibleName().isEmpty());
    QCOMPARE(m_desk.window->detailsPane()->copyIdButton()->accessibleName(),
             QStringLiteral("Copy conversation ID"));
    // Every button that shows only an icon says what it is.
    const QList<QAbstractButton *> buttons = m_desk.window->findChildren<QAbstractButton *>();
    for (QAbstractButton *button : buttons) {
        if (!button->isVisibleTo(m_desk.window.get()))
            continue;
        QVERIFY2(!button->accessibleName().isEmpty() || !button->text().isEmpty(),
                 qPrintable(button->objectName()));
        if (auto *tool = qobject_cast<QToolButton *>(button);
            tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly)
            QVERIFY2(!tool->accessibleName().isEmpty(),
                     qPrintable(tool->objectName() + QLatin1Char(' ') +
                                QString::fromLatin1(tool->metaObject()->className()) + QLatin1Char(' ') +
                                QString::fromLatin1(tool->parentWidget()->metaObject()->className()) +
                                QLatin1Char(' ') + tool->text()));
    }
    // A screen reader hears the page position, not just "Page".
    QAccessibleInterface *pager = QAccessible::queryAccessibleInterface(m_desk.window->pagerBar()->label());
    QVERIFY(pager);
    QCOMPARE(pager->text(QAccessible::Name), QStringLiteral("Page 1 of 12 · 240 conversations"));
    // The icon buttons inside line edits (clear, warning), shown or not yet, are named.
    for (QLineEdit *edit : m_desk.window->findChildren<QLineEdit *>()) {
        for (QToolButton *icon : edit->findChildren<QToolButton *>()) {
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(icon);
            QVERIFY(iface);
            QVERIFY2(!iface->text(QAccessible::Name).isEmpty(), qPrintable(edit->accessibleName()));
        }
    }
    const QStringList pagerNames = [this] {
        QStringList names;
        for (auto *b : m_desk.window->pagerBar()->findChildren<QToolButton *>())
            names << b->accessibleName();
        return names;
    }();
    for (const QString &name : {QStringLiteral("First Page"), QStringLiteral("Previous Page"),
                                QStringLiteral("Next Page"), QStringLiteral("Last Page")})
        QVERIFY2(pagerNames.contains(name), qPrintable(pagerNames.join(QLatin1String(", "))));
    // Shortcuts are shown in the menus: each action carries one.
    QCOMPARE(m_desk.window->actions()->newConversation->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_N));
    QCOMPARE(m_desk.window->actions()->newGhostConversation->shortcut(),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QCOMPARE(m_desk.window->actions()->refresh->shortcut(), QKeySequence(Qt::Key_F5));
    QCOMPARE(m_desk.window->actions()->focusFilter->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_F));
    QTest::keyClick(m_desk.window->conversationView(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(m_desk.window->filterBar()->customerField()->lineEdit()->hasFocus());
}

void TestMainWindow::clockSkewIsShown() {
    m_desk.server->setClockOffsetSeconds(600); // the server's clock runs 10 minutes ahead
    openWindow();
    QLabel *skew = m_desk.window->connectionStatus()->skewLabel();
    QVERIFY(skew->isVisible());
    QVERIFY2(skew->text().contains(QLatin1String("10 min behind")), qPrintable(skew->text()));
    QVERIFY(!m_desk.window->errorBanner()->isVisible());
}

void TestMainWindow::sandboxOnItsOwnThread() {
    // What bridge-desk --sandbox runs: the server answers from its own thread.
    m_desk.server.reset();
    bridge::sandbox::SandboxThread sandbox;
    QVERIFY(sandbox.start());
    QVERIFY(sandbox.server());
    QVERIFY(sandbox.server()->thread() != QThread::currentThread());
    QCOMPARE(sandbox.baseUrl().host(), QStringLiteral("127.0.0.1"));

    const bridge::ConnectionSettings settings = testing::sandboxSettings(sandbox.baseUrl(), sandbox.config());
    m_desk.client->setOptions(settings.toClientOptions());
    m_desk.window = std::make_unique<MainWindow>(m_desk.client.get(), settings.credentials, true);
    m_desk.window->show();
    QTRY_COMPARE(rows(), 20);
    QCOMPARE(labelText(), QStringLiteral("Page 1 of 12 · 240 conversations"));
    m_desk.window.reset();
    m_desk.client->cancelAll();
    sandbox.stop();
    QVERIFY(!sandbox.server());
}

//! No saved geometry: the window opens at a share of the screen (it opened at its layout's minimum,
//! 1023×353 on 1400×900: six rows), as tall as the screen allows. (Its width cannot go under the layout's
//! minimum, 1023 px on this offscreen screen of 800.)
void TestMainWindow::firstWindowTakesAShareOfTheScreen() {
    openFirstWindow();
    const QRect available = m_desk.window->screen()->availableGeometry();
    const QString sizes = QStringLiteral("%1x%2 on %3x%4")
                              .arg(m_desk.window->width())
                              .arg(m_desk.window->height())
                              .arg(available.width())
                              .arg(available.height());
    QVERIFY2(m_desk.window->width() >= available.width() * 3 / 5, qPrintable(sizes));
    QVERIFY2(m_desk.window->height() >= available.height() * 3 / 5, qPrintable(sizes));
    QVERIFY2(m_desk.window->height() <= available.height(), qPrintable(sizes));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
