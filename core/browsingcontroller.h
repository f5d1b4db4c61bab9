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

//! Owns what the agent is looking at: the ListQuery (filters, page, page size) and the page shown.
//! Asks the client, and cancels the call in flight when the query or page changes, so a stale answer
//! never replaces a newer one. Prefetches the next page so Next is instant, and keeps recently seen
//! pages so Back is instant while they are refreshed quietly. On an error the rows already shown stay.
class BrowsingController : public QObject
{
    Q_OBJECT
public:
    static constexpr int CacheCapacity = 12; //!< pages kept for Back and Next, least recently used dropped
    static constexpr int FreshMs = 30000; //!< a prefetched page younger than this is shown without a refetch

    explicit BrowsingController(BridgeClient *client, QObject *parent = nullptr);
    ~BrowsingController() override;

    ConversationTableModel *model() const;
    const ListQuery &query() const;
    const Pagination &pagination() const; //!< of the page shown; total 0 before the first load
    bool isLoading() const;
    std::optional<ApiError> error() const; //!< the last failure, cleared by the next success
    QDateTime lastRefreshed() const;

    //! New filters: page 1, loads. The limit is kept.
    void setFilters(const QString &status, const std::optional<ParticipantRef> &externalUser,
                    const std::optional<ParticipantRef> &internalUser);
    //! The whole query at once (restoring a remembered view): loads.
    void setQuery(const ListQuery &query);
    //! Keeps the first conversation shown on the new page.
    void setPageSize(int limit);
    void goToPage(int page);
    void next();
    void previous();
    void first();
    void last();
    //! Reloads the page shown; the rows stay until the answer replaces them.
    void refresh();
    //! Reloads the page shown without a loading state or an error report (auto-refresh); the model
    //! is updated in place. No-op while a load of the page is under way or before a page is shown.
    void refreshQuietly();
    //! Drops cached pages (after a create or an update) and reloads.
    void invalidate();

    bool canGoNext() const;
    bool canGoPrevious() const;

signals:
    void loadingChanged(bool loading);
    //! The model holds the rows of `query()` now (from the network or the cache).
    void pageShown();
    void paginationChanged(const bridge::Pagination &pagination);
    void queryChanged(const bridge::ListQuery &query);
    void errorOccurred(const bridge::ApiError &error);
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
