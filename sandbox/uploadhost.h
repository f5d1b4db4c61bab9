#pragma once

#include "faultplan.h"
#include "receivedrequest.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QList>
#include <QUrl>

class QTcpSocket;

namespace bridge::sandbox {

//! The storage host of the Connect sandbox: where the presigned upload URLs of POST .../files
//! point. A loopback listener of its own (another port: another host, as S3 is to Bridge) that
//! takes a PUT only to a path token it handed out, with the Content-Type and x-amz-checksum-sha256
//! it presigned, and a body whose SHA-256 is that checksum; anything else answers 403 with an
//! S3-style XML body. It keeps every request it received, headers and all, so tests can prove what
//! never went there (the Bridge key). Faults come from its own FaultPlan: latency, failNext (an
//! S3-style error of that status) and DropConnection.
class UploadHost : public QAbstractHttpServer {
    Q_OBJECT
public:
    //! What a PUT must carry to be taken.
    struct Presigned {
        QUrl url;
        QList<QPair<QByteArray, QByteArray>> headers; //!< Content-Type, x-amz-checksum-sha256
    };

    explicit UploadHost(QObject *parent = nullptr);

    //! Listens on 127.0.0.1 only; the port, 0 on failure.
    quint16 listenLoopback();
    quint16 port() const { return m_port; }

    //! A fresh upload URL for mediaId; its PUT must carry checksumBase64 and contentType.
    Presigned presign(const QString &mediaId, const QByteArray &checksumBase64,
                      const QByteArray &contentType);
    bool isKnown(const QString &mediaId) const;
    bool isUploaded(const QString &mediaId) const;
    //! The bytes uploaded for mediaId; empty until then.
    QByteArray content(const QString &mediaId) const;

    FaultPlan &faults() { return m_faults; }
    //! Every request received, in order (path without the query), answered or not.
    QList<ReceivedRequest> receivedRequests() const { return m_received; }

signals:
    //! After each request's answer was written or its connection dropped.
    void requestHandled(const bridge::sandbox::ReceivedRequest &request);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Ticket {
        QString mediaId;
        QByteArray checksumBase64;
        QByteArray contentType;
        QByteArray content;
        bool uploaded = false;
    };
    //! The S3-style answer to a PUT of record (status 200 or an <Error>).
    QByteArray answer(ReceivedRequest &record);
    static QByteArray s3Error(int status, const char *code, const QString &message);

    FaultPlan m_faults;
    QHash<QString, Ticket> m_tickets;  //!< by path token
    QHash<QString, QString> m_tokenOf; //!< media id -> token
    QList<ReceivedRequest> m_received;
    quint16 m_port = 0;
};

} // namespace bridge::sandbox
