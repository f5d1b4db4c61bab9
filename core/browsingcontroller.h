#pragma once

#include "apierror.h"
#include "callhandle.h"
#include "conversationpage.h"
#include "listquery.h"
#include "pagechanges.h"

#include <QObject>
#include <optional>

namespace bridge {

class BridgeClient;
class ConversationTableModel;

//! Owns what the agent is looking at: the ListQuery (filter, page, page size) and the page shown.
//! Asks the client, and cancels the call in flight when the query or page changes, so a stale answer
//! never replaces a newer one. Prefetches the next page so Next is instant, and keeps recently seen
//! pages so Back is instant while they are refreshed quietly. On an error the rows already shown stay.
class BrowsingController : public QObject {
    Q_OBJECT
public:
    static constexpr int CacheCapacity = 12; //!< pages kept for Back and Next, least recently used dropped
    static constexpr int FreshMs = 30000; //!< a prefetched page younger than this is shown without a refetch

    explicit BrowsingController(BridgeClient *client, QObject *parent = nullptr);
    ~BrowsingController() override;

    ConversationTableModel *model() const;
    //! The rows of query() as last shown, even while the model holds others (the window's search).
    const QList<Conversation> &shownConversations() const;
    const ListQuery &query() const;
    const Pagination &pagination() const; //!< of the page shown; total 0 before the first load
    bool isLoading() const;
    std::optional<ApiError> error() const; //!< the last failure, cleared when a page is next shown
    QDateTime lastRefreshed() const;       //!< when the page shown last came from the network (UTC)

    //! A new filter: page 1 of it, loads (even when it is the filter shown). The limit is kept.
    void setFilter(const ConversationFilter &filter);
    //! The whole query at once (restoring a remembered view): loads.
    void setQuery(const ListQuery &query);
    //! Keeps the first conversation shown on the new page (a cursored list starts again at page 1).
    //! Bounded to the generation's limits (ApiDialect); same size: no-op.
    void setPageSize(int limit);
    //! Pages below 1 become 1. A page beyond the last comes back empty: the controller then goes to
    //! the last page by itself, once. Going to the page already shown (or on its way) does nothing
    //! unless an error is shown.
    //! A cached page is shown before this returns, then refreshed quietly, unless it is a prefetched
    //! page younger than FreshMs that was never shown.
    void goToPage(int page);
    void next();     //!< no-op unless canGoNext()
    void previous(); //!< no-op unless canGoPrevious()
    void first();
    void last(); //!< no-op until the number of pages is known, and always for a cursored list
    //! Reloads the page shown; the rows stay until the answer replaces them.
    void refresh();
    //! Reloads the page shown without a loading state or an error report (auto-refresh); the model
    //! is updated in place. No-op while a load of the page is under way or before a page is shown.
    void refreshQuietly();
    //! Forgets everything (switching profiles): cancels every call, drops the cache, empties the
    //! model (one reset) and the pagination. Nothing of before can be shown or arrive afterwards.
    //! The query is kept; setQuery() / refresh() load again.
    void clear();
    //! Drops cached pages (after a create or an update) and reloads.
    void invalidate();

    bool canGoNext() const;     //!< the page shown says another follows (a later number, or a cursor)
    bool canGoLast() const;     //!< a numbered list not on its last page; never for a cursored one
    bool canGoPrevious() const; //!< query().page > 1

signals:
    //! Only on real transitions. Never for a quiet refresh or a page shown from the cache.
    void loadingChanged(bool loading);
    //! The model holds the rows of `query()` now (from the network or the cache). A quiet refresh
    //! that brought the same rows back does not emit it again.
    void pageShown();
    //! Before pageShown, when the pagination of the page shown changed (always for the first page).
    void paginationChanged(const bridge::Pagination &pagination);
    //! Whenever query() changes, page and limit included, before anything is loaded.
    void queryChanged(const bridge::ListQuery &query);
    //! A load failed; the rows already shown stay. Prefetches and quiet refreshes never report.
    void errorOccurred(const bridge::ApiError &error);
    //! The next time a page is shown after an error.
    void errorCleared();
    //! After an answer for the page already in the model (refresh, refreshQuietly, or a cached page
    //! reloaded): what changed against the rows shown before. The changed and new rows are marked on
    //! the model (ChangedRole) before this fires; the first load of a page never emits it.
    void pageRefreshed(const bridge::PageChanges &changes);

private:
    struct Private;
    Private *d;
};

} // namespace bridge
