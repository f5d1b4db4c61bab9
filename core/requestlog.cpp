#include "requestlog.h"

#include "apierror.h"
#include "bridgeclient.h"

namespace bridge {

RequestLog::RequestLog(QObject *parent) : QAbstractTableModel(parent) {}
void RequestLog::attach(BridgeClient *client) { m_client = client; }
void RequestLog::setCapacity(int capacity) { m_capacity = qMax(1, capacity); }
void RequestLog::append(const RequestRecord &) {}
void RequestLog::clear() {}
const RequestRecord *RequestLog::recordAt(int) const { return nullptr; }
int RequestLog::rowForRequestId(const QString &) const { return -1; }
int RequestLog::rowForError(const ApiError &) const { return -1; }
QString RequestLog::copyAsCurl(const RequestRecord &) const { return {}; }
QString RequestLog::curlCommand(const RequestRecord &, const QByteArray &) { return {}; }
QString RequestLog::shellQuote(const QByteArray &) { return {}; }
int RequestLog::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_records.size()); }
int RequestLog::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(Column::Count); }
QVariant RequestLog::data(const QModelIndex &, int) const { return {}; }
QVariant RequestLog::headerData(int, Qt::Orientation, int) const { return {}; }
QString RequestLog::columnTitle(Column) { return {}; }

} // namespace bridge
