#include "requestlog.h"

#include "apierror.h"
#include "bridgeclient.h"
#include "credentialstore.h"

#include <QCoreApplication>
#include <QLocale>

namespace bridge {

namespace {

QByteArray headerValue(const RequestRecord &record, const QByteArray &name) {
    for (const auto &header : record.requestHeaders) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

//! True when masked is what ApiCall shows for key (first 6 and last 2 kept, same length).
bool maskMatches(const QByteArray &masked, const QByteArray &key) {
    if (masked.size() != key.size() || key.isEmpty())
        return false;
    if (key.size() <= 8)
        return masked == QByteArray(key.size(), '*');
    return masked.left(6) == key.left(6) && masked.right(2) == key.right(2);
}

bool isError(const RequestRecord &r) {
    return r.httpStatus < 200 || r.httpStatus > 299;
}

} // namespace

RequestLog::RequestLog(QObject *parent)
    : QAbstractTableModel(parent) {}

void RequestLog::attach(BridgeClient *client) {
    if (m_client)
        disconnect(m_client, nullptr, this, nullptr);
    m_client = client;
    if (client)
        connect(client, &BridgeClient::attemptFinished, this, &RequestLog::append);
}

void RequestLog::setCapacity(int capacity) {
    m_capacity = qMax(1, capacity);
    if (m_records.size() > m_capacity) {
        const int drop = int(m_records.size()) - m_capacity;
        beginRemoveRows({}, 0, drop - 1);
        m_records.remove(0, drop);
        endRemoveRows();
    }
}

void RequestLog::append(const RequestRecord &record) {
    if (m_records.size() >= m_capacity) {
        beginRemoveRows({}, 0, 0);
        m_records.removeFirst();
        endRemoveRows();
    }
    const int row = int(m_records.size());
    beginInsertRows({}, row, row);
    m_records.append(record);
    endInsertRows();
}

void RequestLog::clear() {
    if (m_records.isEmpty())
        return;
    beginResetModel();
    m_records.clear();
    endResetModel();
}

const RequestRecord *RequestLog::recordAt(int row) const {
    return row >= 0 && row < m_records.size() ? &m_records.at(row) : nullptr;
}

int RequestLog::rowForRequestId(const QString &requestId) const {
    if (requestId.isEmpty())
        return -1;
    const QByteArray id = requestId.toUtf8();
    for (qsizetype i = m_records.size() - 1; i >= 0; --i) {
        if (headerValue(m_records.at(i), "X-Request-Id") == id)
            return int(i);
    }
    return -1;
}

int RequestLog::rowForError(const ApiError &error) const {
    return rowForRequestId(error.requestId);
}

QString RequestLog::shellQuote(const QByteArray &utf8) {
    QByteArray quoted = utf8;
    quoted.replace('\'', "'\\''");
    return QString::fromUtf8('\'' + quoted + '\'');
}

QString RequestLog::curlCommand(const RequestRecord &record, const QByteArray &apiKey) {
    return curl(record, [&apiKey](const QByteArray &name) { return shellQuote(name + ": " + apiKey); });
}

QString RequestLog::curlCommandReadingKey(const RequestRecord &record, const QString &variable) {
    // Double quotes: the shell puts the variable's value in; the name is plain ASCII.
    return curl(record, [&variable](const QByteArray &name) {
        return QStringLiteral("\"%1: $%2\"").arg(QString::fromLatin1(name), variable);
    });
}

QString RequestLog::curl(const RequestRecord &record,
                         const std::function<QString(const QByteArray &)> &keyHeader) {
    // -g: brackets in the URL are not globs; --path-as-is: the path goes out exactly as signed.
    QStringList parts{QStringLiteral("curl"),         QStringLiteral("-sS"), QStringLiteral("-g"),
                      QStringLiteral("--path-as-is"), QStringLiteral("-X"),  shellQuote(record.method),
                      shellQuote(record.url.toUtf8())};
    bool hasContentType = false;
    for (const auto &header : record.requestHeaders) {
        hasContentType |= header.first.compare("Content-Type", Qt::CaseInsensitive) == 0;
        parts << QStringLiteral("-H")
              << (header.first.compare("X-API-Key", Qt::CaseInsensitive) == 0
                      ? keyHeader(header.first)
                      : shellQuote(header.first + ": " + header.second));
    }
    if (!record.requestBody.isEmpty() || record.method == "POST" || record.method == "PATCH") {
        if (!hasContentType)
            parts << QStringLiteral("-H") << shellQuote("Content-Type:");
        parts << QStringLiteral("--data-binary") << shellQuote(record.requestBody);
    }
    return parts.join(QLatin1Char(' '));
}

QString RequestLog::copyAsCurl(const RequestRecord &record) const {
    if (!m_client)
        return {};
    const ClientOptions &options = m_client->options();
    // Nothing signed: the key is the secret itself (Connect), which never leaves the keychain. The
    // command reads it from the variable the agent would set for this run.
    if (record.stringToSign.isEmpty() && options.apiKey.isEmpty())
        return curlCommandReadingKey(record, CredentialStore::secretVariable(options.generation));
    const QByteArray key = options.apiKey.toUtf8();
    if (!maskMatches(headerValue(record, "X-API-Key"), key))
        return {};
    return curlCommand(record, key);
}

int RequestLog::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_records.size());
}

int RequestLog::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant RequestLog::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RequestRecord &r = m_records.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case RecordRole:
        return QVariant::fromValue(r);
    case IsErrorRole:
        return isError(r);
    case RequestIdRole:
        return QString::fromUtf8(headerValue(r, "X-Request-Id"));
    case StringToSignRole:
        return QString::fromUtf8(r.stringToSign);
    case HeadersTextRole: {
        QStringList lines;
        for (const auto &header : r.requestHeaders)
            lines.append(QString::fromUtf8(header.first + ": " + header.second));
        return lines.join(QLatin1Char('\n'));
    }
    case ResponseSampleRole:
        return QString::fromUtf8(r.responseSample);
    case Qt::DisplayRole:
    case RawValueRole: {
        const bool raw = role == RawValueRole;
        switch (column) {
        case Column::Time:
            return raw ? QVariant(r.startedAt)
                       : QVariant(QLocale().toString(r.startedAt.time(), QStringLiteral("HH:mm:ss.zzz")));
        case Column::Method:
            return QString::fromLatin1(r.method);
        case Column::Path:
            return QString::fromUtf8(r.wirePath);
        case Column::Query:
            return QString::fromUtf8(r.query);
        case Column::Status:
            if (raw)
                return r.httpStatus;
            return r.outcome.isEmpty() ? QString::number(r.httpStatus) : r.outcome;
        case Column::Duration:
            return raw ? QVariant(r.durationMs)
                       : QVariant(
                             QCoreApplication::translate("bridge::RequestLog", "%1 ms").arg(r.durationMs));
        case Column::Attempt:
            return raw ? QVariant(r.attempt)
                       : QVariant(r.attempt == 0 ? QString() : QString::number(r.attempt));
        case Column::Count:
            break;
        }
        return {};
    }
    case Qt::ToolTipRole:
        return r.url;
    default:
        return {};
    }
}

QVariant RequestLog::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= int(Column::Count))
        return QAbstractTableModel::headerData(section, orientation, role);
    return columnTitle(Column(section));
}

QString RequestLog::columnTitle(Column column) {
    switch (column) {
    case Column::Time:
        return QCoreApplication::translate("bridge::RequestLog", "Time");
    case Column::Method:
        return QCoreApplication::translate("bridge::RequestLog", "Method");
    case Column::Path:
        return QCoreApplication::translate("bridge::RequestLog", "Path");
    case Column::Query:
        return QCoreApplication::translate("bridge::RequestLog", "Query");
    case Column::Status:
        return QCoreApplication::translate("bridge::RequestLog", "Status");
    case Column::Duration:
        return QCoreApplication::translate("bridge::RequestLog", "Duration");
    case Column::Attempt:
        return QCoreApplication::translate("bridge::RequestLog", "Retry");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace bridge
