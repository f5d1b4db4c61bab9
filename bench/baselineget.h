#pragma once

#include "clientoptions.h"
#include "listquery.h"

#include <QElapsedTimer>
#include <QHash>
#include <QNetworkAccessManager>
#include <QNetworkRequest>

//! The floor the client is measured against: a bare QNetworkAccessManager GET of the same URL,
//! body read and discarded, nothing signed, decoded or shown. The sandbox checks signatures (classic)
//! or the key (Connect), so the auth headers of each URL are computed once, outside every timed region,
//! and reused (refreshed after a minute, well inside the sandbox's ±300 s window).
class BaselineGet {
public:
    explicit BaselineGet(const bridge::ClientOptions &options);

    //! One GET, the driver waiting until it finished; milliseconds from get() to finished, or -1.
    double timeOnce(const bridge::ListQuery &query);
    //! The body of one GET (set-up only).
    QByteArray fetch(const bridge::ListQuery &query);

private:
    struct Signed {
        QNetworkRequest request;
        QElapsedTimer age;
    };
    QNetworkRequest request(const bridge::ListQuery &query);

    QNetworkAccessManager m_manager;
    bridge::ClientOptions m_options;
    QHash<QByteArray, Signed> m_signed;
};
