#include "mainwindow.h"

#include "apidialect.h"

#include "autorefreshcontrol.h"
#include "bridgeclient.h"
#include "browsingcontroller.h"
#include "changedrowdelegate.h"
#include "columnfitter.h"
#include "composer.h"
#include "connectionstatus.h"
#include "contactsview.h"
#include "conversationactions.h"
#include "conversationcommands.h"
#include "conversationtablemodel.h"
#include "createconversationdialog.h"
#include "detailspane.h"
#include "errorbanner.h"
#include "exportrunner.h"
#include "fieldshortcuts.h"
#include "filterbar.h"
#include "importdialog.h"
#include "mainactions.h"
#include "mainviews.h"
#include "menulookup.h"
#include "notconnectedpanel.h"
#include "notificationcentre.h"
#include "offlinecopybar.h"
#include "pagerbar.h"
#include "palettecommands.h"
#include "profilemanager.h"
#include "profileswitcher.h"
#include "requestinspector.h"
#include "requestlog.h"
#include "resumewatcher.h"
#include "savedviewsdock.h"
#include "selectallbar.h"
#include "shortcutsdialog.h"
#include "stateoverlay.h"
#include "statusbadgedelegate.h"
#include "statusvocabulary.h"
#include "theme.h"
#include "uilogging.h"
#include "viewstate.h"

#include <QAction>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

using bridge::ConversationTableModel;
using Column = bridge::ConversationTableModel::Column;

MainWindow::MainWindow(bridge::BridgeClient *client, const bridge::Credentials &credentials, bool sandbox,
                       QWidget *parent)
    : MainWindow(client, parent) {
    setConnection(credentials, sandbox);
}

MainWindow::MainWindow(bridge::BridgeClient *client, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_controller(new bridge::BrowsingController(client, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_actions(new MainActions(this)) {
    m_actions->fillMenuBar(menuBar());
    m_pages = new QStackedWidget(this);
    QWidget *conversations = buildCentre();
    m_pages->addWidget(conversations);
    m_views = new MainViews(m_pages, conversations, new ContactsView(client), m_actions, this);
    connect(contactsView(), &ContactsView::conversationsRequested, this,
            &MainWindow::showCustomerConversations);
    connect(
        contactsView(), &ContactsView::newConversationRequested, this,
        [this](const bridge::ParticipantRef &customer, bool ghost) { openCreateDialog(ghost, customer); });
    connect(contactsView(), &ContactsView::notice, this, &MainWindow::showNotice);
    m_notConnected = new NotConnectedPanel(m_pages);
    m_pages->addWidget(m_notConnected);
    m_pages->setCurrentWidget(m_notConnected);
    setCentralWidget(m_pages);
    connect(m_notConnected, &NotConnectedPanel::settingsRequested, this, &MainWindow::settingsRequested);
    connect(m_notConnected, &NotConnectedPanel::sandboxRequested, this, &MainWindow::sandboxRequested);
    setWindowTitle(tr("Not connected"));
    m_notConnected->settingsButton()->setFocus(Qt::OtherFocusReason);
    m_status = new ConnectionStatus(this);
    statusBar()->addPermanentWidget(m_status, 1);
    setUpTable();
    connectController();
    connectActions();
    setUpTools();
    m_savedViews = new SavedViewsDock(client, this);
    connect(m_savedViews, &SavedViewsDock::notice, this, &MainWindow::showNotice);
    m_palette = new PaletteCommands(this, m_savedViews);
    new FieldShortcuts(this);       // Ctrl+K, Ctrl+D… reach their actions from a filter field too
    new SelectAllBar(client, this); // "Select all N matching" over the table
    ShortcutsDialog::install(this, m_actions->settings); // last: every action exists by now
    if (QMenu *view = menuHolding(m_actions->refresh))
        view->addMenu(Theme::createMenu(view));

    connect(m_client, &bridge::BridgeClient::clockSkewDetected, m_status, &ConnectionStatus::setClockSkew);
    // Relative times ("5 min ago") age while the window stays open.
    auto *ageing = new QTimer(this);
    ageing->setInterval(30 * 1000);
    connect(ageing, &QTimer::timeout, m_table->viewport(), qOverload<>(&QWidget::update));
    ageing->start();

    // A first window (no saved geometry; restoreView() puts a saved one back) at a sensible share of
    // the screen, not at the layout's minimum: about 80 % of it, room for 15 rows and whole names.
    if (const QScreen *screen = QGuiApplication::primaryScreen()) {
        const QRect available = screen->availableGeometry();
        resize(qMin(available.width() * 4 / 5, 1600), qMin(available.height() * 4 / 5, 1000));
    }
}

MainWindow::~MainWindow() {
    // ~QWidget hides the children, so the dock says it became invisible when this is no longer a
    // MainWindow (UBSan caught it): nothing of ours may run by then.
    if (m_inspector)
        m_inspector->disconnect(this);
}

QWidget *MainWindow::buildCentre() {
    auto *centre = new QWidget(this);
    m_filterBar = new FilterBar(centre);
    m_banner = new ErrorBanner(centre);
    m_table = new QTableView(centre);
    m_details = new DetailsPane(centre);
    m_composer = new Composer(m_client, centre);
    m_pager = new PagerBar(m_actions->firstPage, m_actions->previousPage, m_actions->nextPage,
                           m_actions->lastPage, centre);
    m_emptyState = new StateOverlay(m_table->viewport());

    m_side = new QSplitter(Qt::Vertical, centre);
    m_side->addWidget(m_details);
    m_side->addWidget(m_composer);
    m_side->setChildrenCollapsible(false);
    m_side->setStretchFactor(0, 1); // the composer keeps its height; the details scroll
    m_side->setStretchFactor(1, 0);
    m_splitter = new QSplitter(Qt::Horizontal, centre);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_side);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({900, 320});
    m_side->hide(); // shown with the first conversation picked (updateDetails)

    auto *layout = new QVBoxLayout(centre);
    layout->setContentsMargins(10, 8, 10, 6);
    layout->setSpacing(8);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_banner);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_pager);
    return centre;
}

void MainWindow::setUpTable() {
    m_proxy->setSourceModel(m_controller->model());
    m_proxy->setSortRole(ConversationTableModel::RawValueRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_proxy);
    m_table->setAccessibleName(tr("Conversations"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection); // several rows: bulk actions
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setTabKeyNavigation(false); // Tab leaves the table: every control stays reachable
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 14);
    m_table->setItemDelegate(new ChangedRowDelegate(m_table)); // rows changed since last looked at
    m_table->setItemDelegateForColumn(int(Column::Status), new StatusBadgeDelegate(m_table));

    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setMinimumSectionSize(60);
    header->setSectionResizeMode(QHeaderView::Interactive);
    const QFontMetrics metrics = m_table->fontMetrics();
    // Room for a date with its time ("31 Oct 2026, 14:05"), which rows sharing a day show.
    const int dateWidth =
        metrics.horizontalAdvance(bridge::ConversationTableModel::relativeTime(
            QDateTime(QDate(2000, 12, 31), QTime(23, 59)), QDateTime::currentDateTime(), true)) +
        metrics.averageCharWidth() * 3;
    header->resizeSection(int(Column::Status), 100);
    header->resizeSection(int(Column::Assigned), 170);
    header->resizeSection(int(Column::Updated), qMax(120, dateWidth));
    header->resizeSection(int(Column::Created), qMax(120, dateWidth));
    header->resizeSection(int(Column::Id), 140);
    // Name and Customer share the spare width; when the details pane takes its share, ID, Created
    // and Assigned step aside (the pane shows them) before a name is cut to a few letters.
    ColumnFitter::install(m_table, {int(Column::Name), int(Column::Customer)},
                          metrics.averageCharWidth() * 28,
                          {int(Column::Id), int(Column::Created), int(Column::Assigned)});
    // The server sends newest first: show it that way, and let the agent sort within the page.
    header->setSortIndicator(int(Column::Updated), Qt::DescendingOrder);
    // Said plainly: the API has no sort parameter, so a click orders what this page holds.
    header->setToolTip(tr("Sorts the rows of this page only; pages come newest first from the server."));
    m_table->setSortingEnabled(true);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::updateDetails);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateDetails);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &MainWindow::updateDetails);
}

void MainWindow::connectController() {
    connect(m_controller, &bridge::BrowsingController::loadingChanged, this, [this](bool loading) {
        m_pager->setLoading(loading);
        updateStates();
        updateActions();
    });
    connect(m_controller, &bridge::BrowsingController::pageShown, this, &MainWindow::onPageShown);
    connect(m_controller, &bridge::BrowsingController::paginationChanged, this,
            [this](const bridge::Pagination &pagination) {
                m_pager->setPagination(pagination, m_controller->model()->rowCount());
                updateActions();
            });
    connect(m_controller, &bridge::BrowsingController::queryChanged, this,
            [this](const bridge::ListQuery &query) {
                m_pager->setPageSize(query.limit);
                updateActions();
            });
    connect(m_controller, &bridge::BrowsingController::errorOccurred, this, &MainWindow::onError);
    connect(m_controller, &bridge::BrowsingController::errorCleared, m_banner, &QWidget::hide);

    connect(m_filterBar, &FilterBar::filterApplied, m_controller, &bridge::BrowsingController::setFilter);
    connect(m_pager, &PagerBar::pageSizeChosen, m_controller, &bridge::BrowsingController::setPageSize);
    connect(m_banner, &ErrorBanner::retryRequested, m_controller, &bridge::BrowsingController::refresh);
    connect(m_banner, &ErrorBanner::settingsRequested, this, &MainWindow::settingsRequested);
    connect(m_emptyState, &StateOverlay::clearRequested, m_filterBar, &FilterBar::clearAndApply);
    connect(m_details, &DetailsPane::idCopied, this,
            [this](const QString &id) { showNotice(tr("Copied %1").arg(id)); });
}

void MainWindow::connectActions() {
    using bridge::BrowsingController;
    connect(m_actions->newConversation, &QAction::triggered, this, [this] { openCreateDialog(false); });
    connect(m_actions->newGhostConversation, &QAction::triggered, this, [this] { openCreateDialog(true); });
    connect(m_actions->settings, &QAction::triggered, this, &MainWindow::settingsRequested);
    connect(m_actions->quit, &QAction::triggered, this, &QWidget::close);
    connect(m_actions->refresh, &QAction::triggered, m_controller, &BrowsingController::refresh);
    connect(m_actions->firstPage, &QAction::triggered, m_controller, &BrowsingController::first);
    connect(m_actions->previousPage, &QAction::triggered, m_controller, &BrowsingController::previous);
    connect(m_actions->nextPage, &QAction::triggered, m_controller, &BrowsingController::next);
    connect(m_actions->lastPage, &QAction::triggered, m_controller, &BrowsingController::last);
    connect(m_actions->focusFilter, &QAction::triggered, m_filterBar, &FilterBar::focusFilter);
    connect(m_actions->about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::setConnection(const bridge::Credentials &credentials, bool sandbox) {
    const bool firstConnection = !isConnected();
    if (!firstConnection)
        saveView();
    m_pages->setCurrentIndex(0);
    m_workspaceId = credentials.workspaceId;
    m_viewKey = viewKey();
    m_notifications->setProfile(m_viewKey);
    m_opened.reset();
    m_autoRefresh->clearNew();
    m_loadedOnce = false;
    m_banner->hide();
    m_status->setConnection(credentials.workspaceId, credentials.secretSource, sandbox);
    m_status->setClockSkew(m_client->clockOffsetSeconds());
    m_status->setLastRefreshed({});
    // Qt adds the application's name ("… — Bridge Desk"): the title names it once.
    setWindowTitle(sandbox ? tr("%1 (sandbox)").arg(credentials.workspaceId) : credentials.workspaceId);
    applyDialect();
    restoreView(!firstConnection);
    contactsView()->setConnection();
}

void MainWindow::applyDialect() {
    // What the profile's API generation offers: its statuses and types, its paging, its actions.
    const bridge::ApiDialect &dialect = m_client->dialect();
    m_filterBar->setDialect(dialect);
    m_pager->setPaging(dialect);
    m_actions->lastPage->setVisible(!dialect.pagesByCursor());
    m_details->setStatuses(dialect.statuses());
    m_composer->applyDialect();
    m_commands->updateActions();
    // The Status column as wide as the generation's badges, within reason: the longest ("Not assigned to
    // a human") is elided, its tooltip whole, rather than take the width the names and customers need.
    QFont badgeFont = m_table->font();
    badgeFont.setBold(true);
    badgeFont.setPointSizeF(badgeFont.pointSizeF() * 0.9);
    int widest = 0;
    for (const bridge::ConversationStatus &status :
         dialect.statuses().values(bridge::StatusVocabulary::Filter))
        widest =
            qMax(widest, QFontMetrics(badgeFont).horizontalAdvance(dialect.statuses().displayName(status)));
    m_table->horizontalHeader()->resizeSection(int(Column::Status), qBound(100, widest + 32, 130));
}

void MainWindow::restoreView(bool dropCache) {
    const ViewState state = ViewState::load(m_viewKey);
    m_savedViews->setGroup(ViewState::group(m_viewKey));
    if (!state.geometry.isEmpty())
        restoreGeometry(state.geometry);
    if (!state.splitter.isEmpty())
        m_splitter->restoreState(state.splitter);
    QHeaderView *header = m_table->horizontalHeader();
    if (!state.header.isEmpty() && header->restoreState(state.header))
        m_proxy->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());

    bridge::ListQuery query;
    query.filter = state.filter;
    query.limit = state.pageSize;
    if (!m_client->dialect().validate(query).isEmpty()) { // settings edited by hand, or rules that changed
        qCWarning(lcUi) << "Ignoring the remembered filter of" << m_workspaceId << ": not valid";
        query = bridge::ListQuery{};
        query.limit = state.pageSize;
    }
    m_filterBar->setFilter(query.filter);
    m_pager->setPageSize(query.limit);
    m_autoRefresh->setInterval(bridge::RefreshWatcher::intervalFromSeconds(state.refreshSeconds));
    if (dropCache)
        m_controller->invalidate(); // another workspace or other credentials: nothing cached holds
    if (!dropCache || query != m_controller->query())
        m_controller->setQuery(query);
}

void MainWindow::saveView() const {
    ViewState state;
    state.geometry = saveGeometry();
    state.splitter = m_splitter->saveState();
    state.header = m_table->horizontalHeader()->saveState();
    const bridge::ListQuery &query = m_controller->query();
    state.pageSize = query.limit;
    state.filter = query.filter;
    state.refreshSeconds = int(m_autoRefresh->interval());
    state.save(m_viewKey);
}

void MainWindow::closeEvent(QCloseEvent *event) {
    if (isConnected()) // a window that never connected has no view of its own to remember
        saveView();
    QMainWindow::closeEvent(event);
}

void MainWindow::showNotice(const QString &text) {
    statusBar()->showMessage(text, 8000);
}

void MainWindow::onPageShown() {
    m_loadedOnce = true;
    // A cursored page says how many rows it holds, which a quiet refresh may change.
    m_pager->setPagination(m_controller->pagination(), m_controller->model()->rowCount());
    m_status->setLastRefreshed(m_controller->lastRefreshed());
    if (!m_pendingSelection.isEmpty()) {
        const int row = m_controller->model()->rowOf(m_pendingSelection);
        if (row >= 0) {
            const QModelIndex index = m_proxy->mapFromSource(m_controller->model()->index(row, 0));
            m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                  QItemSelectionModel::Rows);
            m_table->scrollTo(index);
            m_table->setFocus(Qt::OtherFocusReason);
            m_pendingSelection.clear();
        } else if (!m_controller->isLoading()) {
            m_pendingSelection.clear();
        }
    }
    updateStates();
    updateActions();
    updateDetails();
    emit pageShown();
}

void MainWindow::onError(const bridge::ApiError &error) {
    // What happened first, then what the agent still sees; the request itself is in Details.
    QString text = error.headline();
    const QDateTime shownAt = m_controller->lastRefreshed();
    if (m_controller->model()->rowCount() > 0 && shownAt.isValid())
        text += QLatin1Char(' ') +
                tr("Showing the list as of %1.")
                    .arg(QLocale().toString(shownAt.toLocalTime().time(), QLocale::ShortFormat));
    m_banner->showError(text, error.httpStatus == 401, error.requestId);
    m_banner->label()->setToolTip(error.line());
    updateStates();
}

void MainWindow::updateStates() {
    const bool empty = m_loadedOnce && !m_controller->isLoading() && !m_controller->error() &&
                       m_controller->model()->rowCount() == 0;
    if (!empty) {
        m_emptyState->hide();
        return;
    }
    const bridge::ConversationFilter &filter = m_controller->query().filter;
    m_emptyState->showMessage(FilterBar::emptyText(filter, m_client->dialect().statuses()),
                              !filter.isEmpty());
}

void MainWindow::updateActions() {
    m_actions->firstPage->setEnabled(m_controller->canGoPrevious());
    m_actions->previousPage->setEnabled(m_controller->canGoPrevious());
    m_actions->nextPage->setEnabled(m_controller->canGoNext());
    m_actions->lastPage->setEnabled(m_controller->canGoLast());
}

void MainWindow::updateDetails() {
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const QVariant value = current.data(ConversationTableModel::ConversationRole);
    if (value.isValid())
        m_opened.reset(); // the agent picked a row: Open by ID's conversation gives way
    m_details->setConversation(value.isValid() ? std::optional(value.value<bridge::Conversation>())
                                               : m_opened);
    m_composer->setConversation(m_details->conversation());
    // Nothing to show: the table takes the pane's width back until a conversation is picked.
    m_side->setVisible(m_details->conversation().has_value());
}

void MainWindow::refreshConversation(const QString &id) {
    m_client->get(id, this, [this](const bridge::Expected<bridge::Conversation> &answer) {
        if (!answer) {
            showNotice(
                tr("Sent. The conversation could not be read again: %1").arg(answer.error().headline()));
            return;
        }
        m_controller->model()->updateConversation(answer.value());
        if (m_opened && m_opened->id == answer.value().id)
            m_opened = answer.value();
        updateDetails();
    });
}

void MainWindow::openCreateDialog(bool ghost, const std::optional<bridge::ParticipantRef> &customer) {
    auto *dialog = new CreateConversationDialog(m_client, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setGhost(ghost);
    dialog->setKnownConversations(m_controller->model()->conversations());
    if (customer)
        dialog->setCustomer(*customer);
    connect(dialog, &CreateConversationDialog::created, this, &MainWindow::revealConversation);
    connect(dialog, &CreateConversationDialog::checkRequested, this,
            [this, dialog] { showPossibleDuplicate(dialog->draft()); });
    dialog->open();
}

void MainWindow::showCustomerConversations(const bridge::ParticipantRef &customer) {
    bridge::ListQuery query = m_controller->query();
    query.filter = {bridge::ConversationStatus(), customer, std::nullopt};
    query.page = 1;
    m_filterBar->setFilter(query.filter);
    m_views->showConversations();
    m_controller->setQuery(query);
}

ContactsView *MainWindow::contactsView() const {
    return m_views->contacts();
}

void MainWindow::revealConversation(const bridge::Conversation &conversation) {
    bridge::ListQuery query = m_controller->query();
    const bridge::ListQuery before = query;
    query.filter = query.filter.admitting(conversation); // so the agent sees it
    query.page = 1;                                      // newest first

    m_pendingSelection = conversation.id;
    m_views->showConversations(); // created from a contact too: the next step is its first message
    showNotice(tr("Created %1").arg(conversation.name.isEmpty() ? conversation.id : conversation.name));
    m_controller->invalidate();
    if (query != before) {
        m_filterBar->setFilter(query.filter);
        m_controller->setQuery(query);
    }
}

void MainWindow::showPossibleDuplicate(const bridge::NewConversation &draft) {
    // The answer to a create was lost: list what the first customer has, newest first, so the
    // agent can see whether the conversation exists before creating it again.
    bridge::ListQuery query = m_controller->query();
    bridge::ParticipantRef customer = draft.externalParticipants.value(0);
    customer.channel = {}; // a list is filtered by the person, not by how they are reached
    query.filter = {draft.status, customer, std::nullopt};
    query.page = 1;
    m_filterBar->setFilter(query.filter);
    m_controller->invalidate();
    m_controller->setQuery(query);
}

void MainWindow::showAbout() {
    auto *box = new QMessageBox(QMessageBox::Information, tr("About Bridge Desk"),
                                tr("<h3>Bridge Desk %1</h3><p>A desktop client for the Bridge "
                                   "conversations API.</p>")
                                    .arg(QCoreApplication::applicationVersion()),
                                QMessageBox::Close, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::setUpTools() {
    m_commands = new ConversationCommands(m_client, m_controller->model(), m_table, m_actions, this);
    connect(m_commands, &ConversationCommands::notice, this, &MainWindow::showNotice);
    connect(m_commands, &ConversationCommands::failed, this,
            [this](const QString &text, const bridge::ApiError &error) {
                m_banner->showActionError(text, error.requestId);
            });
    connect(m_commands, &ConversationCommands::conversationOpened, this, &MainWindow::showConversation);
    connect(m_commands, &ConversationCommands::conversationUpdated, this,
            [this](const bridge::Conversation &c) {
                if (m_opened && m_opened->id == c.id) {
                    m_opened = c;
                    updateDetails();
                }
            });
    connect(m_details, &DetailsPane::archiveRequested, this,
            [this](const QString &id) { m_commands->archive({id}); });
    connect(m_details, &DetailsPane::reactivateRequested, this,
            [this](const QString &id) { m_commands->reactivate({id}); });
    connect(m_details, &DetailsPane::renameRequested, m_commands, &ConversationCommands::rename);
    connect(m_details, &DetailsPane::setStatusRequested, this,
            [this](const bridge::Conversation &c) { m_commands->chooseStatus({c.id}); });
    connect(m_composer, &Composer::messageSent, this, &MainWindow::refreshConversation);
    connect(m_details, &DetailsPane::addPersonRequested, m_commands, &ConversationCommands::addPerson);
    connect(m_details, &DetailsPane::removePersonRequested, this,
            [this](const bridge::Conversation &c, PersonSide side, const bridge::ParticipantRef &person) {
                m_commands->changePeople(c, side, person, false);
            });

    m_autoRefresh = new AutoRefreshControl(m_controller, m_table, this);
    statusBar()->addPermanentWidget(m_autoRefresh);
    connect(m_autoRefresh, &AutoRefreshControl::intervalChosen, this, [this] { saveView(); });
    // The data's age follows every refresh, also one that brought nothing new (no pageShown then).
    connect(m_autoRefresh->watcher(), &bridge::RefreshWatcher::refreshed, this,
            [this] { m_status->setLastRefreshed(m_controller->lastRefreshed()); });
    connect(
        m_autoRefresh->watcher(), &bridge::RefreshWatcher::intervalChanged, this,
        [this](bridge::RefreshWatcher::Interval interval) { m_status->setRefreshInterval(int(interval)); });
    m_resume = new bridge::ResumeWatcher(this);
    connect(m_resume, &bridge::ResumeWatcher::reachabilityChanged, m_status,
            [this](bool reachable) { m_status->setOffline(!reachable); });
    connect(m_resume, &bridge::ResumeWatcher::resumed, this, [this] {
        if (!isConnected())
            return;
        if (m_controller->error() || !m_loadedOnce)
            m_controller->refresh(); // the failure on screen goes once the page comes back
        else
            m_autoRefresh->watcher()->refreshNow();
    });
    m_notifications = new NotificationCentre(this, m_client, m_actions->watchView);

    m_requestLog = new bridge::RequestLog(this); // from the first request on; the dock comes later
    m_requestLog->attach(m_client);
    connect(m_actions->requestInspector, &QAction::toggled, this, [this](bool shown) {
        if (shown || m_inspector)
            requestInspector()->setVisible(shown);
    });
    connect(m_banner, &ErrorBanner::detailsRequested, this,
            [this](const QString &requestId) { requestInspector()->showRequest(requestId); });

    m_export = new ExportRunner(m_client, this);
    connect(m_actions->exportConversations, &QAction::triggered, this,
            [this] { m_export->chooseFileAndExport(m_controller->query().filter); });
    connect(m_export, &ExportRunner::finished, this, [this](bool ok, const QString &message) {
        if (ok)
            showNotice(message);
        else
            m_banner->showActionError(message, {});
    });
    connect(m_actions->importCsv, &QAction::triggered, this, &MainWindow::openImportDialog);
}

RequestInspector *MainWindow::requestInspector() {
    if (m_inspector)
        return m_inspector;
    m_inspector = new RequestInspector(m_requestLog, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_inspector);
    m_inspector->hide();
    connect(m_inspector, &QDockWidget::visibilityChanged, this, [this] {
        m_actions->requestInspector->setChecked(m_inspector->isVisible() || !m_inspector->isHidden());
    });
    connect(m_inspector, &RequestInspector::notice, this, &MainWindow::showNotice);
    return m_inspector;
}

QDialog *MainWindow::openImportDialog() {
    auto *dialog = new ImportDialog(m_client, this);
    dialog->setObjectName(QStringLiteral("importDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::conversationsCreated, m_controller,
            &bridge::BrowsingController::invalidate);
    dialog->open();
    dialog->chooseFile();
    return dialog;
}

void MainWindow::showConversation(const bridge::Conversation &conversation) {
    const int row = m_controller->model()->rowOf(conversation.id);
    if (row >= 0) {
        m_controller->model()->updateConversation(conversation);
        const QModelIndex index = m_proxy->mapFromSource(m_controller->model()->index(row, 0));
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
        m_table->scrollTo(index);
        return;
    }
    m_table->selectionModel()->clear(); // the pane shows a conversation that is not on this page
    m_opened = conversation;
    updateDetails();
    showNotice(tr("%1 is not on this page").arg(conversation.id));
}

void MainWindow::setProfileManager(bridge::ProfileManager *manager) {
    m_profiles = manager;
    m_profileSwitcher = new ProfileSwitcher(manager, this);
    auto *toolbar = addToolBar(tr("Profile"));
    toolbar->setObjectName(QStringLiteral("profileToolBar"));
    toolbar->setMovable(false);
    toolbar->addAction(m_actions->refresh);
    toolbar->addAction(m_actions->openById);
    auto *spacer = new QWidget(toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    toolbar->addWidget(m_profileSwitcher);
    connect(manager, &bridge::ProfileManager::switching, this, &MainWindow::beginProfileSwitch);
    m_viewKey = viewKey();
    m_notifications->setProfile(m_viewKey);
}

void MainWindow::beginProfileSwitch(const QString &profile) {
    // The old workspace's rows go now, before anything of the new one can arrive.
    saveView();
    m_commands->conversationActions()->cancelAll();
    m_controller->clear();
    m_opened.reset();
    m_loadedOnce = false;
    m_banner->hide();
    m_autoRefresh->clearNew();
    m_notifications->forgetPages();
    updateDetails();
    updateStates();
    updateActions();
    m_status->setLastRefreshed({});
    contactsView()->clear();
    setWindowTitle(tr("Switching to %1…").arg(profile));
}

QString MainWindow::viewKey() const {
    // "profile:" cannot be a workspace id the view of which it would overwrite (ids have no ':').
    return m_profiles ? QStringLiteral("profile:") + m_profiles->current() : m_workspaceId;
}

void MainWindow::setOfflineCopy(bridge::ConversationSink *sink, bool keep,
                                const bridge::OfflineCopyOptions &options) {
    if (!m_offlineCopyBar) {
        m_offlineCopyBar = new OfflineCopyBar(m_client, this);
        statusBar()->addPermanentWidget(m_offlineCopyBar);
        m_offlineCopyBar->followRefreshes(m_autoRefresh->watcher());
    }
    m_offlineCopyBar->setUp(isConnected() ? sink : nullptr, keep, options);
}
