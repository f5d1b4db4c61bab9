#include "browsingcontroller.h"

#include "apidialect.h"
#include "bridgeclient.h"
#include "conversationtablemodel.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>

namespace bridge {

namespace {
Q_LOGGING_CATEGORY(lcBrowse, "bridge.browse", QtWarningMsg)
} // namespace

struct BrowsingController::Private {
    //! A page as the server answered it, with when it arrived.
    struct CachedPage {
        ConversationPage page;
        qint64 fetchedAtMs = 0;
        bool shown = false; //!< false for a prefetched page nobody has looked at yet
    };

    BrowsingController *q = nullptr;
    BridgeClient *client = nullptr;
    ConversationTableModel *model = nullptr;

    ListQuery query;
    Pagination pagination;
    bool loading = false;
    bool everShown = false;
    std::optional<ApiError> error;
    QDateTime lastRefreshed;
    QByteArray shownKey; //!< encoded query of the rows in the model
    //! The rows last put in the model: what a reload is compared with, even when someone showed other
    //! rows in the model meanwhile (the window's search results).
    QList<Conversation> shownRows;

    quint64 nextSerial = 1;
    CallHandle mainCall;
    quint64 mainSerial = 0; //!< the call whose answer is awaited for the page shown; 0: none
    bool mainQuiet = false; //!< a refresh of a page shown from the cache: no loading state, no error
    CallHandle prefetchCall;
    quint64 prefetchSerial = 0;
    QByteArray prefetchKey;
    bool clampedOnce = false; //!< went to the last page automatically after an empty page beyond it

    //! Cursored lists: the cursor of each page number reached so far, for this filter and page size
    //! (page 1 has none). Previous walks back through them; they go when the filter or size changes.
    QHash<int, QString> cursors;

    QHash<QByteArray, CachedPage> cache;
    QList<QByteArray> lru; //!< most recently used last
    QElapsedTimer clock;

    void setLoading(bool on) {
        if (loading == on)
            return;
        loading = on;
        emit q->loadingChanged(on);
    }

    void remember(const QByteArray &key, const ConversationPage &page, bool shown) {
        cache.insert(key, {page, clock.elapsed(), shown});
        touch(key);
    }

    void touch(const QByteArray &key) {
        lru.removeAll(key);
        lru.append(key);
        while (lru.size() > CacheCapacity)
            cache.remove(lru.takeFirst());
    }

    void clearCache() {
        cache.clear();
        lru.clear();
    }

    void cancelMain() {
        mainCall.cancel();
        mainCall = {};
        mainSerial = 0;
        mainQuiet = false;
    }

    void cancelPrefetch() {
        prefetchCall.cancel();
        prefetchCall = {};
        prefetchSerial = 0;
        prefetchKey.clear();
    }

    void setQuery(const ListQuery &newQuery) {
        if (query == newQuery)
            return;
        query = newQuery;
        emit q->queryChanged(query);
    }

    //! Shows `page` as the rows of query(); emits what changed, then pageShown.
    void show(const ConversationPage &page, bool fromNetwork) {
        const QByteArray key = query.key();
        const bool sameRows = shownKey == key && model->conversations() == page.conversations;
        // A new answer for the rows already in the model: say what changed since they were shown.
        const bool reloaded = fromNetwork && everShown && shownKey == key;
        const PageChanges changes =
            reloaded ? PageChanges::compare(shownRows, page.conversations) : PageChanges{};
        shownKey = key;
        shownRows = page.conversations;
        model->setConversations(page.conversations);
        if (!changes.isEmpty())
            model->markChanged(changes.changedIds + changes.newIds);
        if (fromNetwork)
            lastRefreshed = QDateTime::currentDateTimeUtc();
        const bool paginationMoved = !everShown || pagination != page.pagination;
        pagination = page.pagination;
        const bool firstTime = !everShown;
        everShown = true;
        if (paginationMoved)
            emit q->paginationChanged(pagination);
        if (error) {
            error.reset();
            emit q->errorCleared();
        }
        if (!sameRows || firstTime || !fromNetwork || !mainQuiet)
            emit q->pageShown();
        if (reloaded && shownKey == key)
            emit q->pageRefreshed(changes);
    }

    //! The query of page n of the rows shown: for a cursored list, with the cursor it is reached by.
    ListQuery queryForPage(int n) const { return query.withPage(n, cursors.value(n)); }

    //! A cursored page tells where the next one starts.
    void noteCursor(const ListQuery &of, const Pagination &answer) {
        if (answer.cursored && of.filter == query.filter && of.limit == query.limit && answer.hasNext())
            cursors.insert(of.page + 1, answer.nextCursor);
    }

    //! After a page is shown: fetch the next one in the background unless it is cached and fresh.
    void prefetchNext() {
        if (!pagination.hasNext())
            return;
        const ListQuery nextQuery = queryForPage(query.page + 1);
        const QByteArray key = nextQuery.key();
        if (prefetchSerial != 0 && prefetchKey == key)
            return;
        const auto it = cache.constFind(key);
        if (it != cache.cend() && clock.elapsed() - it->fetchedAtMs < FreshMs)
            return;
        cancelPrefetch();
        const quint64 serial = nextSerial++;
        prefetchSerial = serial;
        prefetchKey = key;
        qCDebug(lcBrowse) << "prefetching" << key;
        prefetchCall =
            client->list(nextQuery, q, [this, serial, key, nextQuery](const Expected<ConversationPage> &r) {
                if (r.ok())
                    noteCursor(nextQuery, r.value().pagination);
                answered(serial, key, r);
            });
    }

    //! Starts the call for query(). quiet: the page is already shown from the cache.
    void fetch(bool quiet) {
        cancelMain();
        model->setStatuses(client->dialect().statuses());
        const QByteArray key = query.key();
        const quint64 serial = nextSerial++;
        mainSerial = serial;
        mainQuiet = quiet;
        setLoading(!quiet);
        qCDebug(lcBrowse) << (quiet ? "refreshing quietly" : "loading") << key;
        mainCall =
            client->list(query, q, [this, serial, key, asked = query](const Expected<ConversationPage> &r) {
                if (r.ok())
                    noteCursor(asked, r.value().pagination);
                answered(serial, key, r);
            });
    }

    void answered(quint64 serial, const QByteArray &key, const Expected<ConversationPage> &r) {
        if (serial == prefetchSerial) {
            prefetchSerial = 0;
            prefetchCall = {};
            prefetchKey.clear();
            if (r.ok())
                remember(key, r.value(), false);
            else
                qCDebug(lcBrowse) << "prefetch failed, ignored:" << r.error().line();
            return;
        }
        if (serial != mainSerial || key != query.key())
            return; // stale: a newer call replaced it (cancel should have kept it from arriving)
        const bool quiet = mainQuiet;
        mainSerial = 0;
        mainCall = {};

        if (!r.ok()) {
            setLoading(false);
            mainQuiet = false;
            if (quiet) {
                qCDebug(lcBrowse) << "quiet refresh failed, cached rows stay:" << r.error().line();
                return;
            }
            error = r.error();
            emit q->errorOccurred(r.error());
            return;
        }

        const ConversationPage &page = r.value();
        const int lastPage = qMax(1, page.pagination.totalPages);
        if (!page.pagination.cursored && page.conversations.isEmpty() && query.page > lastPage &&
            !clampedOnce) {
            // Beyond the last page (conversations went away): go to the last one, once.
            cache.remove(key);
            lru.removeAll(key);
            navigate(query.withPage(lastPage), false);
            clampedOnce =
                true; // after navigate(), which forgets it: the answer for the last page may not redirect
            return;
        }

        remember(key, page, true);
        setLoading(false);
        show(page, true);
        mainQuiet = false;
        clampedOnce = false;
        prefetchNext();
    }

    //! Moves to `newQuery`: from the cache at once when possible, else from the network.
    void navigate(const ListQuery &newQuery, bool force) {
        const QByteArray key = newQuery.key();
        if (!force && newQuery == query && (mainSerial != 0 || (shownKey == key && !error)))
            return;
        if (query.filter != newQuery.filter || query.limit != newQuery.limit) {
            // Other rows altogether: nothing in flight for the old ones matters any more.
            cancelPrefetch();
            cursors.clear();
        }
        setQuery(newQuery);
        cancelMain();
        clampedOnce = false;

        if (prefetchSerial != 0 && prefetchKey == key) {
            // The page is on its way already: wait for that answer instead of asking again.
            mainSerial = prefetchSerial;
            mainCall = prefetchCall;
            prefetchSerial = 0;
            prefetchCall = {};
            prefetchKey.clear();
            mainQuiet = false;
            setLoading(true);
            return;
        }
        cancelPrefetch();

        const auto it = cache.find(key);
        if (it == cache.end()) {
            fetch(false);
            return;
        }
        const bool fresh = !it->shown && clock.elapsed() - it->fetchedAtMs < FreshMs;
        it->shown = true;
        touch(key);
        const ConversationPage page = it->page; // show() may emit into code that changes the cache
        setLoading(false);
        if (fresh) {
            show(page, false);
            prefetchNext();
            return;
        }
        mainQuiet = true; // show() before the refresh starts: one pageShown, rows at once
        show(page, false);
        if (query.key() != key)
            return; // a slot connected to pageShown moved elsewhere
        fetch(true);
        prefetchNext();
    }
};

BrowsingController::BrowsingController(BridgeClient *client, QObject *parent)
    : QObject(parent)
    , d(new Private) {
    d->q = this;
    d->client = client;
    d->model = new ConversationTableModel(this);
    d->clock.start();
}

BrowsingController::~BrowsingController() {
    d->cancelMain();
    d->cancelPrefetch();
    delete d;
}

const QList<Conversation> &BrowsingController::shownConversations() const {
    return d->shownRows;
}

ConversationTableModel *BrowsingController::model() const {
    return d->model;
}
const ListQuery &BrowsingController::query() const {
    return d->query;
}
const Pagination &BrowsingController::pagination() const {
    return d->pagination;
}
bool BrowsingController::isLoading() const {
    return d->loading;
}
std::optional<ApiError> BrowsingController::error() const {
    return d->error;
}
QDateTime BrowsingController::lastRefreshed() const {
    return d->lastRefreshed;
}

void BrowsingController::setFilter(const ConversationFilter &filter) {
    ListQuery q = d->query.withPage(1); // page 1, without the cursor of the page shown
    q.filter = filter;
    d->navigate(q, true);
}

void BrowsingController::setQuery(const ListQuery &query) {
    // A cursored list is reached one page after the other: a later page whose cursor is unknown
    // (a remembered view, say) starts again at page 1.
    const bool unreachable = d->client->dialect().pagesByCursor() && query.page > 1 && query.cursor.isEmpty();
    d->navigate(unreachable ? query.withPage(1) : query, true);
}

void BrowsingController::setPageSize(int limit) {
    const ApiDialect &api = d->client->dialect();
    limit = qBound(api.minLimit(), limit, api.maxLimit());
    if (limit == d->query.limit)
        return;
    ListQuery q = d->query.withPage(1);
    if (!d->pagination.cursored) // a cursored list cannot start mid-way: it starts again
        q.page = (d->query.page - 1) * d->query.limit / limit + 1;
    q.limit = limit;
    d->navigate(q, true);
}

void BrowsingController::goToPage(int page) {
    page = qMax(1, page);
    if (d->pagination.cursored && page > 1 && !d->cursors.contains(page))
        return; // a cursored list is reached one page after the other
    d->navigate(d->queryForPage(page), false);
}

void BrowsingController::next() {
    if (canGoNext())
        goToPage(d->query.page + 1);
}

void BrowsingController::previous() {
    if (canGoPrevious())
        goToPage(d->query.page - 1);
}

void BrowsingController::first() {
    goToPage(1);
}

void BrowsingController::last() {
    if (!d->pagination.cursored && d->pagination.totalPages > 0)
        goToPage(d->pagination.totalPages);
}

void BrowsingController::refresh() {
    d->fetch(false);
}

void BrowsingController::refreshQuietly() {
    if (!d->everShown || d->mainSerial != 0 || d->shownKey != d->query.key())
        return;
    d->fetch(true);
}

void BrowsingController::clear() {
    d->cancelMain();
    d->cancelPrefetch();
    d->clearCache();
    d->setLoading(false);
    d->model->setConversations({});
    d->model->markAllSeen();
    d->shownKey.clear();
    d->shownRows.clear();
    d->everShown = false;
    d->pagination = {};
    d->clampedOnce = false;
    d->cursors.clear();
    if (d->error) {
        d->error.reset();
        emit errorCleared();
    }
    emit paginationChanged(d->pagination);
}

void BrowsingController::invalidate() {
    d->clearCache();
    d->cancelPrefetch();
    d->fetch(false);
}

bool BrowsingController::canGoNext() const {
    if (d->pagination.cursored)
        return d->cursors.contains(d->query.page + 1);
    return d->query.page < d->pagination.totalPages;
}

bool BrowsingController::canGoLast() const {
    return !d->pagination.cursored && d->query.page < d->pagination.totalPages;
}
bool BrowsingController::canGoPrevious() const {
    return d->query.page > 1;
}

} // namespace bridge
