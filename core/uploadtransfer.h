#pragma once

#include "apierror.h"
#include "uploadslot.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace bridge {

//! One attachment's bytes PUT to its presigned URL. That URL is another host (storage, not Bridge):
//! the request carries exactly the headers the slot lists and nothing of Bridge's (no key, no
//! signature, no request id, no cookie), and it never follows a redirect.
class UploadTransfer : public QObject {
    Q_OBJECT
public:
    UploadTransfer(QNetworkAccessManager *nam, UploadSlot slot, PreparedAttachment file, int timeoutMs,
                   QList<QByteArray> extraCaCertificatesPem, QObject *parent = nullptr);
    ~UploadTransfer() override;

    //! The request for a slot: its URL, its headers and nothing else. Pure, for the tests.
    static QNetworkRequest request(const UploadSlot &slot, int timeoutMs,
                                   const QList<QByteArray> &extraCaCertificatesPem = {});
    //! "" when a slot's URL may receive the file (https, or http on this computer), else why not.
    static QString urlProblem(const QUrl &url);

    //! What the storage host's answer means for fileName: kind None for a 2xx, else an
    //! ApiError::Kind::Upload whose detail names the file and says what the host said (an
    //! S3-style <Error><Code>…</Code><Message>…</Message></Error> body is read).
    static ApiError judge(const QString &fileName, const QUrl &url, int httpStatus,
                          QNetworkReply::NetworkError networkError, const QString &networkErrorText,
                          const QByteArray &body);

    void start();
    //! Aborts the upload in flight; finished() is not emitted.
    void abort();

signals:
    void progress(qint64 bytesSent, qint64 bytesTotal);
    //! Once, unless aborted: error.kind None when the host took the file.
    void finished(const bridge::ApiError &error);

private:
    void onFinished();

    QNetworkAccessManager *m_nam;
    const UploadSlot m_slot;
    PreparedAttachment m_file;
    const int m_timeoutMs;
    const QList<QByteArray> m_extraCa;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_body;
};

} // namespace bridge
