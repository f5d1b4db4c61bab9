#include "offlinecopy.h"

#include "apidialect.h"
#include "bridgeclient.h"
#include "conversationsink.h"
#include "logging.h"
#include "pagewalk.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace bridge {

namespace {

QString phaseName(OfflineCopyState::Phase phase) {
    switch (phase) {
    case OfflineCopyState::Phase::Full:
        return QStringLiteral("full");
    case OfflineCopyState::Phase::Recent:
        return QStringLiteral("recent");
    case OfflineCopyState::Phase::Current:
        return QStringLiteral("current");
    }
    return {};
}

QString dateText(const QDateTime &when) {
    return when.isValid() ? when.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime dateFrom(const QJsonValue &value) {
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

// A 4xx that is about the request itself (not the key, not the rate): for a walk resumed with a kept
// cursor, the cursor.
bool refusedCursor(const ApiError &error) {
    return error.kind == ApiError::Kind::Http && error.httpStatus >= 400 && error.httpStatus < 500 &&
           error.httpStatus != 401 && error.httpStatus != 403 && error.httpStatus != 429;
}

} // namespace

QByteArray OfflineCopyState::toBytes() const {
    QJsonObject o{{QStringLiteral("v"), 1},
                  {QStringLiteral("phase"), phaseName(phase)},
                  {QStringLiteral("page"), page},
                  {QStringLiteral("cursor"), cursor},
                  {QStringLiteral("pagesDone"), pagesDone},
                  {QStringLiteral("kept"), double(kept)},
                  {QStringLiteral("total"), double(total)},
                  {QStringLiteral("since"), dateText(since)},
                  {QStringLiteral("newest"), dateText(newest)},
                  {QStringLiteral("finishedAt"), dateText(finishedAt)},
                  {QStringLiteral("finishedTotal"), double(finishedTotal)},
                  {QStringLiteral("counted"), double(counted)},
                  {QStringLiteral("ordered"), ordered}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

OfflineCopyState OfflineCopyState::fromBytes(const QByteArray &bytes) {
    OfflineCopyState s;
    const QJsonObject o = QJsonDocument::fromJson(bytes).object();
    if (o.value(QStringLiteral("v")).toInt() != 1)
        return s;
    const QString phase = o.value(QStringLiteral("phase")).toString();
    s.phase = phase == QLatin1String("recent")    ? Phase::Recent
              : phase == QLatin1String("current") ? Phase::Current
                                                  : Phase::Full;
    s.page = qMax(1, o.value(QStringLiteral("page")).toInt(1));
    s.cursor = o.value(QStringLiteral("cursor")).toString();
    s.pagesDone = o.value(QStringLiteral("pagesDone")).toInt();
    s.kept = qint64(o.value(QStringLiteral("kept")).toDouble());
    s.total = qint64(o.value(QStringLiteral("total")).toDouble(-1));
    s.since = dateFrom(o.value(QStringLiteral("since")));
    s.newest = dateFrom(o.value(QStringLiteral("newest")));
    s.finishedAt = dateFrom(o.value(QStringLiteral("finishedAt")));
    s.finishedTotal = qint64(o.value(QStringLiteral("finishedTotal")).toDouble(-1));
    s.counted = qint64(o.value(QStringLiteral("counted")).toDouble());
    s.ordered = o.value(QStringLiteral("ordered")).toBool(true);
    return s;
}

OfflineCopy::OfflineCopy(BridgeClient *client, ConversationSink *sink, QString key, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_sink(sink)
    , m_key(std::move(key)) {
    m_rateTimer.setSingleShot(true);
    connect(&m_rateTimer, &QTimer::timeout, this, &OfflineCopy::pump);
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, &OfflineCopy::refresh);
}

OfflineCopy::~OfflineCopy() {
    stopCalls();
}

QString OfflineCopy::checkpointKey(const ClientOptions &options) {
    return QStringLiteral("offline-copy/%1/%2")
        .arg(apiGenerationName(options.generation), options.workspaceId);
}

void OfflineCopy::setOptions(const OfflineCopyOptions &options) {
    m_options = options;
    if (m_status == Status::Walking)
        pump();
}

void OfflineCopy::setStatus(Status status) {
    if (m_status == status)
        return;
    m_status = status;
    if (status != Status::Current && status != Status::Failed)
        m_refreshTimer.stop();
    else if (m_options.refreshIntervalMs > 0)
        m_refreshTimer.start(m_options.refreshIntervalMs);
    emit statusChanged(status);
}

void OfflineCopy::start() {
    if (m_status == Status::Walking || m_status == Status::Paused)
        return;
    m_state = OfflineCopyState::fromBytes(m_sink->checkpoint(m_key));
    if (m_state.phase == OfflineCopyState::Phase::Current) {
        m_status = Status::Current;
        refresh();
        return;
    }
    // Goes on from the page after the last one kept; what this run has not seen is not in m_seen.
    m_resumed = m_state.page > 1;
    m_countCheck = false;
    m_query = {};
    m_query.limit = PageLimit;
    m_query = m_query.withPage(m_state.page, m_state.cursor);
    m_nextKnown = true;
    m_lastPage = 0;
    m_landed.clear();
    m_seen.clear();
    m_seenWhole = false;
    m_retriedFromStart = false;
    setStatus(Status::Walking);
    pump();
}

void OfflineCopy::refresh() {
    if (m_status == Status::Walking || m_status == Status::Paused)
        return;
    if (m_status == Status::Current) {
        // A finished copy walks only what moved to the front since its newest row; a copy whose
        // server lists out of update order cannot know where that ends and walks everything.
        if (m_state.ordered && m_state.newest.isValid())
            beginWalk(OfflineCopyState::Phase::Recent, m_state.newest, m_seenWhole);
        else
            beginWalk(OfflineCopyState::Phase::Full, {}, false);
        return;
    }
    start(); // Idle or Failed: goes on from the checkpoint
}

void OfflineCopy::beginWalk(OfflineCopyState::Phase phase, QDateTime since, bool keepSeen) {
    m_state.phase = phase;
    m_state.since = since;
    m_state.newest = {};
    m_state.page = 1;
    m_state.cursor.clear();
    m_state.pagesDone = 0;
    m_state.kept = 0;
    if (phase == OfflineCopyState::Phase::Full)
        m_state.counted = 0;
    m_resumed = false;
    if (!keepSeen) {
        m_seen.clear();
        m_seenWhole = false;
    }
    m_query = {};
    m_query.limit = PageLimit;
    m_nextKnown = true;
    m_lastPage = 0;
    m_landed.clear();
    m_retriedFromStart = false;
    saveCheckpoint();
    setStatus(Status::Walking);
    pump();
}

int OfflineCopy::maxInFlight() const {
    // A Recent walk stops on what a page holds, so it reads one page at a time; a cursored list
    // only knows its next page once the one before has landed.
    if (m_client->dialect().pagesByCursor() || m_state.phase != OfflineCopyState::Phase::Full)
        return 1;
    return qMax(1, m_options.maxInFlight);
}

void OfflineCopy::pump() {
    while (m_status == Status::Walking && m_nextKnown && inFlight() < maxInFlight()) {
        if (m_options.requestsPerSecond > 0 && m_sinceLastRequest.isValid()) {
            const qint64 interval = qint64(1000.0 / m_options.requestsPerSecond);
            const qint64 wait = interval - m_sinceLastRequest.elapsed();
            if (wait > 0) {
                if (!m_rateTimer.isActive())
                    m_rateTimer.start(int(wait));
                return;
            }
        }
        const ListQuery query = m_query;
        m_query = PageWalk::next(query, {});
        // Numbered pages are known up to the last page the server counted; the first request of a
        // walk learns it.
        m_nextKnown = !m_client->dialect().pagesByCursor() && m_lastPage > 0 && m_query.page <= m_lastPage;
        request(query);
    }
}

void OfflineCopy::request(const ListQuery &query) {
    m_sinceLastRequest.start();
    const int page = query.page;
    m_calls.insert(page, m_client->list(query, this, [this, page](const Expected<ConversationPage> &r) {
        m_calls.remove(page);
        landed(page, r);
    }));
}

void OfflineCopy::landed(int page, const Expected<ConversationPage> &result) {
    if (!result.ok()) {
        fail(result.error());
        return;
    }
    const Pagination &pagination = result.value().pagination;
    if (pagination.cursored) {
        if (!PageWalk::isLast(result.value())) {
            m_query = m_query.withPage(page + 1, pagination.nextCursor);
            m_nextKnown = true;
        }
    } else {
        m_lastPage = qMax(m_lastPage, pagination.totalPages);
        m_nextKnown = m_query.page <= m_lastPage;
    }
    m_landed.insert(page, result.value());
    keepInOrder();
    if (m_status == Status::Walking)
        pump();
}

void OfflineCopy::keepInOrder() {
    // Paused: pages that land wait here until resume().
    while (m_status == Status::Walking) {
        auto it = m_landed.find(m_state.page);
        if (it == m_landed.end())
            return;
        const ConversationPage page = it.value();
        m_landed.erase(it);
        const bool more = keep(page);
        emit progress(m_state.pagesDone, m_state.kept, m_state.total);
        if (!more) {
            walkDone();
            return;
        }
    }
}

bool OfflineCopy::keep(const ConversationPage &page) {
    const bool recent = m_state.phase == OfflineCopyState::Phase::Recent;
    bool reachedOlder = false;
    QList<Conversation> rows;
    rows.reserve(page.conversations.size());
    QDateTime previous;
    for (const Conversation &c : page.conversations) {
        if (previous.isValid() && c.updatedAt > previous)
            m_state.ordered = false;
        previous = c.updatedAt;
        if (m_state.pagesDone == 0 && (!m_state.newest.isValid() || c.updatedAt > m_state.newest))
            m_state.newest = c.updatedAt;
        if (recent && c.updatedAt < m_state.since) {
            reachedOlder = true;
            continue;
        }
        // A row pushed back onto this page by rows that moved to the front is kept once. By its
        // content, not its updatedAt: two changes within the server's timestamp precision look alike.
        const size_t content = contentHash(c);
        auto seen = m_seen.find(c.id);
        const bool known = seen != m_seen.end();
        if (known && seen.value() == content)
            continue;
        // One more in the copy: a row this run never kept, or without that knowledge, one created
        // since the last walk.
        if (recent && (m_seenWhole ? !known : c.createdAt >= m_state.since))
            ++m_state.counted;
        m_seen.insert(c.id, content);
        rows.append(c);
    }
    if (!rows.isEmpty())
        m_sink->keepConversations(rows, QDateTime::currentDateTimeUtc());
    if (!page.pagination.cursored)
        m_state.total = page.pagination.total;
    m_state.kept += rows.size();
    ++m_state.pagesDone;
    const bool last = PageWalk::isLast(page) || (recent && reachedOlder);
    if (!last) {
        const ListQuery next =
            PageWalk::next(m_query.withPage(m_state.page, m_state.cursor), page.pagination);
        m_state.page = next.page;
        m_state.cursor = next.cursor;
        saveCheckpoint();
    }
    return !last;
}

size_t OfflineCopy::contentHash(const Conversation &c) {
    // Every field the API returns, hashed directly: encoding JSON for it would cost the GUI thread
    // a millisecond a page.
    size_t seed = qHashMulti(0, c.id, c.workspaceId, c.name, c.status.raw(), c.teamId,
                             c.createdAt.toMSecsSinceEpoch(), c.updatedAt.toMSecsSinceEpoch());
    for (const QList<Participant> *side : {&c.externalParticipants, &c.internalParticipants}) {
        seed = qHashMulti(seed, side->size());
        for (const Participant &p : *side)
            seed = qHashMulti(seed, p.identifier, p.type, p.role, p.joinedAt.toMSecsSinceEpoch(),
                              p.lastSeenAt.toMSecsSinceEpoch());
    }
    return seed;
}

void OfflineCopy::walkDone() {
    stopCalls(); // numbered pages asked for beyond a Recent walk's end
    m_landed.clear();
    if (m_state.phase != OfflineCopyState::Phase::Full) {
        finish();
        return;
    }
    // Pages served out of order may slide a row past the walk; counted once the Recent walk added
    // what moved to the front meanwhile (finish()).
    m_countCheck = !m_resumed && m_state.total >= 0 && maxInFlight() > 1;
    m_seenWhole = !m_resumed;
    // Then everything that moved to the front while the full walk went on (or while the app was
    // closed, for a walk resumed from its checkpoint).
    m_state.counted = m_state.kept;
    beginWalk(OfflineCopyState::Phase::Recent, m_state.newest, true);
}

void OfflineCopy::finish() {
    if (m_countCheck && m_seen.size() < m_state.total) {
        qCWarning(lcNet) << "offline copy: kept" << m_seen.size() << "of" << m_state.total
                         << "- walking again one page at a time";
        m_countCheck = false;
        m_options.maxInFlight = 1;
        beginWalk(OfflineCopyState::Phase::Full, {}, true);
        return;
    }
    m_countCheck = false;
    // The newest row this walk saw bounds the next one; nothing newer: the bound stays.
    if (!m_state.newest.isValid() || (m_state.since.isValid() && m_state.newest < m_state.since))
        m_state.newest = m_state.since;
    m_state.phase = OfflineCopyState::Phase::Current;
    m_state.finishedAt = QDateTime::currentDateTimeUtc();
    m_state.finishedTotal = m_state.total >= 0 ? m_state.total : m_state.counted;
    m_state.page = 1;
    m_state.cursor.clear();
    saveCheckpoint();
    setStatus(Status::Current);
    emit finished(m_state.finishedAt, m_state.finishedTotal);
}

void OfflineCopy::fail(const ApiError &error) {
    stopCalls();
    m_landed.clear();
    // A cursor kept before a restart may be refused by the server (expired, made by another
    // instance): the walk starts over from the first page, once.
    if (refusedCursor(error) && !m_state.cursor.isEmpty() && !m_retriedFromStart) {
        qCInfo(lcNet) << "offline copy: the kept cursor was refused; starting from the first page";
        beginWalk(OfflineCopyState::Phase::Full, {}, false);
        m_retriedFromStart = true;
        return;
    }
    setStatus(Status::Failed);
    emit failed(error);
}

void OfflineCopy::pause() {
    if (m_status != Status::Walking)
        return;
    m_rateTimer.stop();
    setStatus(Status::Paused);
}

void OfflineCopy::resume() {
    if (m_status != Status::Paused)
        return;
    setStatus(Status::Walking);
    keepInOrder();
    if (m_status == Status::Walking)
        pump();
}

void OfflineCopy::cancel() {
    if (m_status != Status::Walking && m_status != Status::Paused)
        return;
    stopCalls();
    m_landed.clear();
    setStatus(Status::Idle);
}

void OfflineCopy::stopCalls() {
    m_rateTimer.stop();
    for (CallHandle &call : m_calls)
        call.cancel();
    m_calls.clear();
}

void OfflineCopy::saveCheckpoint() {
    m_sink->keepCheckpoint(m_key, m_state.toBytes());
}

} // namespace bridge
