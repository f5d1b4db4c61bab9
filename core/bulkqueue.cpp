#include "bulkqueue.h"

#include "apidialect.h"

#include "bridgeclient.h"
#include "statusvocabulary.h"

#include <QTimer>

#include <algorithm>

namespace bridge {

BulkQueue::BulkQueue(BridgeClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client) {}

BulkQueue::~BulkQueue() {
    for (CallHandle &call : m_calls)
        call.cancel();
}

void BulkQueue::setConcurrency(int concurrency) {
    m_concurrency = qBound(1, concurrency, 4);
}

void BulkQueue::add(const QString &conversationId, const ConversationUpdate &update) {
    if (m_running)
        return;
    m_items.append({conversationId, update});
}

void BulkQueue::addAll(const QStringList &conversationIds, const ConversationUpdate &update) {
    for (const QString &id : conversationIds)
        add(id, update);
}

void BulkQueue::clear() {
    if (m_running)
        return;
    m_items.clear();
    m_results.clear();
    m_next = 0;
    m_cancelled = false;
}

void BulkQueue::start() {
    if (m_running)
        return;
    m_results.clear();
    m_calls.clear();
    m_next = 0;
    m_inFlight = 0;
    m_cancelled = false;
    m_running = true;
    emit started(total());
    // In the event loop: the caller connects and returns before the first row can end.
    QTimer::singleShot(0, this, &BulkQueue::pump);
}

void BulkQueue::cancel() {
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    while (m_next < m_items.size()) {
        BulkResult skipped;
        skipped.conversationId = m_items.at(m_next++).id;
        skipped.skipped = true;
        report(skipped);
    }
    if (m_inFlight == 0) {
        m_running = false;
        emit finished(true);
    }
}

void BulkQueue::pump() {
    if (!m_running)
        return;
    while (!m_cancelled && m_inFlight < m_concurrency && m_next < m_items.size()) {
        const Item item = m_items.at(m_next++);
        ++m_inFlight;
        const QString id = item.id;
        m_calls.append(m_client->update(id, item.update, this, [this, id](const Expected<Conversation> &r) {
            --m_inFlight;
            BulkResult result;
            result.conversationId = id;
            result.ok = r.ok();
            if (r.ok())
                result.conversation = r.value();
            else
                result.error = r.error();
            report(result);
            if (m_inFlight == 0 && (m_cancelled || m_next >= m_items.size())) {
                m_running = false;
                m_calls.clear();
                emit finished(m_cancelled);
                return;
            }
            pump();
        }));
    }
    if (m_inFlight == 0 && m_next >= m_items.size() && m_running && !m_cancelled) {
        m_running = false; // empty queue
        emit finished(false);
    }
}

void BulkQueue::report(BulkResult result) {
    m_results.append(result);
    emit rowFinished(m_results.constLast());
    emit progress(doneCount(), total());
}

int BulkQueue::succeededCount() const {
    return int(std::count_if(m_results.cbegin(), m_results.cend(), [](const BulkResult &r) { return r.ok; }));
}

int BulkQueue::failedCount() const {
    return int(std::count_if(m_results.cbegin(), m_results.cend(),
                             [](const BulkResult &r) { return !r.ok && !r.skipped; }));
}

int BulkQueue::skippedCount() const {
    return int(
        std::count_if(m_results.cbegin(), m_results.cend(), [](const BulkResult &r) { return r.skipped; }));
}

QStringList BulkQueue::failedIds() const {
    QStringList ids;
    for (const BulkResult &r : m_results) {
        if (!r.ok && !r.skipped)
            ids.append(r.conversationId);
    }
    return ids;
}

QString BulkQueue::summary(const QString &verb) const {
    QString done = verb;
    if (done.isEmpty()) {
        const ConversationUpdate first =
            m_items.isEmpty() ? ConversationUpdate{} : m_items.constFirst().update;
        const StatusVocabulary &statuses = m_client->dialect().statuses();
        const std::optional<StatusAction> action =
            first.status ? statuses.actionSetting(*first.status) : std::nullopt;
        if (action)
            done = statuses.doneText(*action);
        else if (first.name && !first.status)
            done = tr("renamed");
        else
            done = tr("updated");
    }
    //: "18 archived": a count, then what happened to those rows
    QStringList parts{tr("%1 %2").arg(succeededCount()).arg(done)};
    if (const int failed = failedCount())
        parts.append(tr("%n failed", nullptr, failed));
    if (const int skipped = skippedCount())
        parts.append(tr("%n not sent (cancelled)", nullptr, skipped));
    return parts.join(QStringLiteral(", "));
}

} // namespace bridge
