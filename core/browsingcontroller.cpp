#include "browsingcontroller.h"

#include "bridgeclient.h"
#include "conversationtablemodel.h"

#include <QDateTime>

namespace bridge {

struct BrowsingController::Private {
    BridgeClient *client = nullptr;
    ConversationTableModel *model = nullptr;
    ListQuery query;
    Pagination pagination;
    bool loading = false;
    std::optional<ApiError> error;
    QDateTime lastRefreshed;
    CallHandle call;
};

BrowsingController::BrowsingController(BridgeClient *client, QObject *parent)
    : QObject(parent), d(new Private)
{
    d->client = client;
    d->model = new ConversationTableModel(this);
}

BrowsingController::~BrowsingController()
{
    d->call.cancel();
    delete d;
}

ConversationTableModel *BrowsingController::model() const { return d->model; }
const ListQuery &BrowsingController::query() const { return d->query; }
const Pagination &BrowsingController::pagination() const { return d->pagination; }
bool BrowsingController::isLoading() const { return d->loading; }
std::optional<ApiError> BrowsingController::error() const { return d->error; }
QDateTime BrowsingController::lastRefreshed() const { return d->lastRefreshed; }

void BrowsingController::setFilters(const QString &status, const std::optional<ParticipantRef> &externalUser,
                                    const std::optional<ParticipantRef> &internalUser)
{
    ListQuery q = d->query;
    q.status = status;
    q.externalUser = externalUser;
    q.internalUser = internalUser;
    q.page = 1;
    setQuery(q);
}

void BrowsingController::setQuery(const ListQuery &query)
{
    if (!(d->query == query)) {
        d->query = query;
        emit queryChanged(d->query);
    }
    refresh();
}

void BrowsingController::setPageSize(int limit)
{
    ListQuery q = d->query;
    const int firstIndex = (q.page - 1) * q.limit;
    q.limit = limit;
    q.page = firstIndex / limit + 1;
    setQuery(q);
}

void BrowsingController::goToPage(int page) { setQuery(d->query.withPage(qMax(1, page))); }
void BrowsingController::next() { goToPage(d->query.page + 1); }
void BrowsingController::previous() { goToPage(d->query.page - 1); }
void BrowsingController::first() { goToPage(1); }
void BrowsingController::last()
{
    if (d->pagination.totalPages > 0)
        goToPage(d->pagination.totalPages);
}

void BrowsingController::refresh()
{
    d->call.cancel();
    if (!d->loading) {
        d->loading = true;
        emit loadingChanged(true);
    }
    d->call = d->client->list(d->query, this, [this](const Expected<ConversationPage> &result) {
        d->loading = false;
        emit loadingChanged(false);
        if (!result) {
            d->error = result.error();
            emit errorOccurred(result.error());
            return;
        }
        d->model->setConversations(result.value().conversations);
        d->pagination = result.value().pagination;
        d->lastRefreshed = QDateTime::currentDateTimeUtc();
        emit paginationChanged(d->pagination);
        if (d->error) {
            d->error.reset();
            emit errorCleared();
        }
        emit pageShown();
    });
}

void BrowsingController::invalidate() { refresh(); }

bool BrowsingController::canGoNext() const { return d->query.page < d->pagination.totalPages; }
bool BrowsingController::canGoPrevious() const { return d->query.page > 1; }

} // namespace bridge
