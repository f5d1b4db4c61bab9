#include "baselineget.h"
#include "classicdialect.h"

#include "requestfactory.h"
#include "waitfor.h"

#include <QDateTime>
#include <QNetworkReply>

BaselineGet::BaselineGet(const bridge::ClientOptions &options)
    : m_options(options) {}

QNetworkRequest BaselineGet::request(const bridge::ListQuery &query) {
    Signed &entry = m_signed[query.key()];
    if (!entry.age.isValid() || entry.age.elapsed() > 60000) {
        bridge::RequestSpec spec;
        spec.method = "GET";
        spec.pathSegments = {QStringLiteral("v1"), QStringLiteral("workspaces"), m_options.workspaceId,
                             QStringLiteral("conversations")};
        spec.query = ClassicDialect::encodedQuery(query);
        const bridge::PreparedRequest signedRequest =
            bridge::RequestFactory::build(m_options, spec, QDateTime::currentSecsSinceEpoch(), "baseline");
        entry.request = QNetworkRequest(signedRequest.url);
        for (const char *header : {"X-API-Key", "X-API-Timestamp", "X-API-Signature"})
            entry.request.setRawHeader(header, signedRequest.request.rawHeader(header));
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
