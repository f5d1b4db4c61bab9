#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>

namespace bridge {

//! What one attempt sent and received, for the request inspector and diagnostics.
//! It never holds the secret: the API key is masked and only the string-to-sign is kept.
struct RequestRecord {
    quint64 callId = 0; //!< same for every attempt of one call
    int attempt = 0;    //!< 0 for the first
    QDateTime startedAt;
    qint64 durationMs = 0;
    QByteArray method;
    QString url; //!< full URL as sent
    QByteArray wirePath;
    QByteArray query;
    QByteArray stringToSign;
    QList<QPair<QByteArray, QByteArray>> requestHeaders; //!< X-API-Key masked
    QByteArray requestBody;
    int httpStatus = 0;
    QString outcome;           //!< "200 OK", "timeout", "network: Connection refused", ...
    QByteArray responseSample; //!< the first kilobytes
};

} // namespace bridge

Q_DECLARE_METATYPE(bridge::RequestRecord)
