#include "baselineget.h"

#include "apidialect.h"
#include "requestfactory.h"
#include "waitfor.h"

#include <QDateTime>
#include <QNetworkReply>

BaselineGet::BaselineGet(const bridge::ClientOptions &options)
    : m_options(options) {}

QNetworkRequest BaselineGet::request(const bridge::ListQuery &query) {
    Signed &entry = m_signed[query.key()];
    if (!entry.age.isValid() || entry.age.elapsed() > 60000) {
        const bridge::RequestSpec spec =
            bridge::ApiDialect::of(m_options.generation).list(m_options.workspaceId, query);
        const bridge::PreparedRequest signedRequest =
            bridge::RequestFactory::build(m_options, spec, QDateTime::currentSecsSinceEpoch(), "baseline");
        entry.request = QNetworkRequest(signedRequest.url);
        // The credential headers of the generation: the key, and for classic its timestamp and signature.
        for (const char *header : {"X-API-Key", "X-API-Timestamp", "X-API-Signature"}) {
            if (signedRequest.request.hasRawHeader(header))
                entry.request.setRawHeader(header, signedRequest.request.rawHeader(header));
        }
        entry.age.start();
    }
    return entry.request;
}

double BaselineGet::timeOnce(const bridge::ListQuery &query) {
    const QNetworkRequest req = request(query);
    double ms = -1;
    bool finished = false;
    QElapsedTimer clock;
    clock.start();
    QNetworkReply *reply = m_manager.get(req);
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, &clock, &ms, &finished] {
        reply->readAll(); // discarded
        if (reply->error() == QNetworkReply::NoError)
            ms = double(clock.nsecsElapsed()) / 1e6;
        finished = true;
    });
    waitFor([&finished] { return finished; });
    reply->deleteLater();
    return ms;
}

QByteArray BaselineGet::fetch(const bridge::ListQuery &query) {
    QNetworkReply *reply = m_manager.get(request(query));
    bool finished = false;
    QByteArray body;
    QObject::connect(reply, &QNetworkReply::finished, reply, [&] {
        body = reply->readAll();
        finished = true;
    });
    waitFor([&finished] { return finished; });
    reply->deleteLater();
    return body;
}
