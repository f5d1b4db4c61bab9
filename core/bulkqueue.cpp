#include "bulkqueue.h"

#include "bridgeclient.h"

namespace bridge {

BulkQueue::BulkQueue(BridgeClient *client, QObject *parent) : QObject(parent), m_client(client) {}
BulkQueue::~BulkQueue() = default;
void BulkQueue::setConcurrency(int concurrency) { m_concurrency = qBound(1, concurrency, 4); }
void BulkQueue::add(const QString &, const ConversationUpdate &) {}
void BulkQueue::addAll(const QStringList &, const ConversationUpdate &) {}
void BulkQueue::clear() {}
void BulkQueue::start() {}
void BulkQueue::cancel() {}
int BulkQueue::succeededCount() const { return 0; }
int BulkQueue::failedCount() const { return 0; }
int BulkQueue::skippedCount() const { return 0; }
QStringList BulkQueue::failedIds() const { return {}; }
QString BulkQueue::summary(const QString &) const { return {}; }
void BulkQueue::pump() {}
void BulkQueue::report(BulkResult) {}

} // namespace bridge
