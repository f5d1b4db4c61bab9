// What a sandbox test reads from one reply: status, body, JSON and headers. Shared by the Classic and
// the Connect tests of the sandbox.
#pragma once

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSignalSpy>

#include <memory>

struct Answer {
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QJsonObject json;
    QHash<QByteArray, QByteArray> headers; //!< names in lower case

    QByteArray header(const char *name) const { return headers.value(QByteArray(name).toLower()); }
    QString message() const { return json.value(QLatin1String("message")).toString(); }

    //! Waits up to timeoutMs for reply to finish, reads it and deletes it later.
    static Answer read(QNetworkReply *reply, int timeoutMs = 10000) {
        std::unique_ptr<QNetworkReply, void (*)(QNetworkReply *)> owner(
            reply, [](QNetworkReply *r) { r->deleteLater(); });
        if (!reply->isFinished()) {
            QSignalSpy finished(reply, &QNetworkReply::finished);
            if (!finished.wait(timeoutMs))
                qWarning("request timed out");
        }
        Answer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.error = reply->error();
        answer.body = reply->readAll();
        answer.json = QJsonDocument::fromJson(answer.body).object();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            answer.headers.insert(name.toLower(), value);
        return answer;
    }
};
