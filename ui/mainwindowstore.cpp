// MainWindow and the local store: cached rows at start-up, every page kept, the search box.
#include "mainwindow.h"

#include "apidialect.h"
#include "bridgeclient.h"
#include "browsingcontroller.h"
#include "changenotifier.h"
#include "conversationstore.h"
#include "conversationtablemodel.h"
#include "filterbar.h"
#include "mainactions.h"
#include "offlinecopy.h"
#include "pagerbar.h"
#include "storesearch.h"
#include "storesearchbox.h"

#include <QLabel>
#include <QLocale>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>

namespace {

QString shortTime(const QDateTime &when) {
    return QLocale().toString(when.toLocalTime().time(), QLocale::ShortFormat);
}

} // namespace

void MainWindow::setConversationStore(bridge::ConversationStore *store) {
    if (!m_search)
        setUpStoreSearch();
    endStoreSearch();
    m_search->clear();
    m_store = store;
    m_keptAt = {};
    m_cachedAt = {};
    m_storeLine->hide();
    m_search->setEnabled(store && store->isOpen());
    if (!store)
        return;
    if (!store->notice().isEmpty())
        showNotice(store->notice());
    showCachedPage();
    if (m_loadedOnce) // the server's page is already here: keep it
        keepShownPage();
}

void MainWindow::setUpStoreSearch() {
    m_search = new StoreSearchBox(this);
    auto *bar = addToolBar(tr("Search"));
    bar->setObjectName(QStringLiteral("searchToolBar"));
    bar->addWidget(m_search);
    m_storeLine = new QLabel(this);
    m_storeLine->setObjectName(QStringLiteral("storeLine"));
    m_storeLine->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_storeLine);
    m_storeLine->hide();

    // Ctrl+F searches the store; the filters keep their mnemonics (Alt+letter).
    disconnect(m_actions->focusFilter, &QAction::triggered, m_filterBar, &FilterBar::focusFilter);
    m_actions->focusFilter->setText(tr("&Search Cached Conversations"));
    connect(m_actions->focusFilter, &QAction::triggered, m_search, &StoreSearchBox::focusSearch);
    connect(m_search, &QLineEdit::textEdited, this, &MainWindow::searchStore);
    connect(m_search, &StoreSearchBox::leaveRequested, this,
            [this] { m_table->setFocus(Qt::OtherFocusReason); });
    connect(m_controller, &bridge::BrowsingController::pageShown, this, &MainWindow::keepShownPage);
    // New filters go to the server, and a search shown looks again within them.
    connect(m_filterBar, &FilterBar::filterApplied, this, [this] {
        if (m_searching)
            searchStore(m_search->text());
    });
    connect(m_controller, &bridge::BrowsingController::errorOccurred, this, [this] {
        if (m_cachedAt.isValid() && !m_searching)
            m_storeLine->setText(
                tr("as of %1 (cached) — the server did not answer").arg(shortTime(m_cachedAt)));
    });
}

QString MainWindow::storeSearchText() const {
    return m_searching ? m_search->text().simplified() : QString();
}

void MainWindow::setStoreSearchText(const QString &text) {
    if (!m_search || !m_search->isEnabled())
        return;
    if (m_search->text() != text)
        m_search->setText(text);
    searchStore(text);
}

void MainWindow::showCachedPage() {
    bridge::ConversationTableModel *model = m_controller->model();
    if (m_loadedOnce || model->rowCount() > 0)
        return; // the server was quicker
    const std::optional<bridge::StoredPage> page = m_store->storedPage(m_controller->query());
    if (!page || page->conversations.isEmpty())
        return;
    model->setConversations(page->conversations);
    m_cachedAt = page->seenAt;
    m_storeLine->setText(tr("as of %1 (cached)").arg(shortTime(m_cachedAt)));
    m_storeLine->setToolTip(
        tr("These rows were kept on this computer when they were last read from the server, "
           "on %1. They are replaced as soon as the server answers.")
            .arg(QLocale().toString(m_cachedAt.toLocalTime(), QLocale::LongFormat)));
    m_storeLine->show();
}

void MainWindow::keepShownPage() {
    const QDateTime readAt = m_controller->lastRefreshed();
    const bool fresh = readAt.isValid() && readAt != m_keptAt;
    if (m_store && fresh) {
        m_keptAt = readAt;
        m_store->rememberPage(m_controller->query(), m_controller->shownConversations(), readAt);
    }
    if (m_cachedAt.isValid() && fresh) {
        m_cachedAt = {};
        if (!m_searching)
            m_storeLine->hide();
    }
    if (m_searching) { // the server's page arrived under the results: keep it, show the results again
        m_pageRows = m_controller->shownConversations();
        searchStore(m_search->text());
    }
}

void MainWindow::searchStore(const QString &text) {
    if (!m_store)
        return;
    if (text.trimmed().isEmpty()) {
        endStoreSearch();
        return;
    }
    bridge::ConversationTableModel *model = m_controller->model();
    if (!m_searching) {
        m_searching = true;
        m_pager->hide(); // the results are not a page of the server's list
        m_pageRows = model->conversations();
        m_searchScopeAt = m_store->stats().newestSeen;
    }
    const bridge::ConversationFilter &filter = m_controller->query().filter; // the search keeps to it
    const bridge::StoreSearchResult result = m_store->search(text, filter, 500);
    model->setConversations(result.conversations);
    // Without a finished offline copy only the pages read so far are in the store: the line says so.
    const bridge::OfflineCopyState copy = bridge::OfflineCopyState::fromBytes(
        m_store->checkpoint(bridge::OfflineCopy::checkpointKey(m_client->options())));
    const bridge::SearchScope scope{
        copy.finishedAt.isValid(), m_searchScopeAt,
        filter.isEmpty() ? QString()
                         : bridge::ChangeNotifier::viewTitle(filter, m_client->dialect().statuses())};
    m_storeLine->setText(bridge::searchScopeLine(result, scope, QDateTime::currentDateTime()));
    m_storeLine->setToolTip({});
    m_storeLine->show();
}

void MainWindow::endStoreSearch() {
    if (!m_searching)
        return;
    m_searching = false;
    m_pager->show();
    m_controller->model()->setConversations(m_pageRows);
    m_pageRows.clear();
    if (m_cachedAt.isValid())
        m_storeLine->setText(tr("as of %1 (cached)").arg(shortTime(m_cachedAt)));
    else
        m_storeLine->hide();
}
