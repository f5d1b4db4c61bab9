#pragma once

#include "requestrecord.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

#include <functional>

namespace bridge {

class BridgeClient;
struct ApiError;

//! The request inspector's model: every attempt BridgeClient made (retries included), newest
//! last, the last Capacity kept. Each entry is a RequestRecord, which never holds the secret and
//! only a masked API key. DisplayRole per column; RecordRole gives the whole record.
class RequestLog : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int DefaultCapacity = 500;

    enum class Column { Time, Method, Path, Query, Status, Duration, Attempt, Count };
    enum Role {
        RecordRole = Qt::UserRole + 1, //!< the bridge::RequestRecord
        RawValueRole,                  //!< for sorting: QDateTime, status int, duration ms, ...
        IsErrorRole,                   //!< bool: no answer, or a status outside 2xx
        RequestIdRole,                 //!< the X-Request-Id sent
        StringToSignRole,              //!< QString
        HeadersTextRole,               //!< "Name: value" lines as sent (API key masked)
        ResponseSampleRole,            //!< QString, the first kilobytes of the answer
    };

    explicit RequestLog(QObject *parent = nullptr);

    //! Feeds from client->attemptFinished and remembers it for copyAsCurl() (not owned).
    void attach(BridgeClient *client);
    void setCapacity(int capacity); //!< oldest entries are dropped (rows removed at the top)
    int capacity() const { return m_capacity; }
    void append(const RequestRecord &record);
    void clear();

    const RequestRecord *recordAt(int row) const;
    //! The row of the last attempt for a request id (ApiError::requestId), -1 when gone.
    int rowForRequestId(const QString &requestId) const;
    int rowForError(const ApiError &error) const;

    //! A shell command that replays exactly that attempt: same method, URL, headers (the real
    //! API key of the attached client, which must still be the one the record was made with),
    //! and body. Empty when the key is unknown or no longer matches the record's masked key.
    //! The server accepts it only while its timestamp is inside the skew window.
    //! For a request that was not signed (Connect), whose key is the secret: the key header reads
    //! the shell's variable ("x-api-key: $BRIDGE_API_KEY"), so the command never holds the key.
    QString copyAsCurl(const RequestRecord &record) const;
    //! The same with the key given explicitly (no client needed).
    static QString curlCommand(const RequestRecord &record, const QByteArray &apiKey);
    //! The same with the key header read from the shell variable named variable.
    static QString curlCommandReadingKey(const RequestRecord &record, const QString &variable);
    static QString shellQuote(const QByteArray &utf8); //!< '...' with ' as '\''

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    static QString columnTitle(Column column);

private:
    static QString curl(const RequestRecord &record,
                        const std::function<QString(const QByteArray &name)> &keyHeader);

    QList<RequestRecord> m_records;
    int m_capacity = DefaultCapacity;
    QPointer<BridgeClient> m_client;
};

} // namespace bridge
