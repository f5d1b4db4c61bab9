#pragma once

#include "clientoptions.h"
#include "requestspec.h"

#include <QByteArray>
#include <QNetworkRequest>
#include <QUrl>

namespace bridge {

//! One attempt, signed (classic) or keyed (Connect), ready for QNetworkAccessManager.
struct PreparedRequest {
    QNetworkRequest request;
    QUrl url;
    QByteArray wirePath;     //!< encoded path, prefix included, no query
    QByteArray stringToSign; //!< classic only; contains no secret; shown by the request inspector
    QByteArray timestamp;    //!< classic only
    QByteArray requestId;
};

//! The one place where every request attempt is built: base URL + encoded path + query, common
//! headers (User-Agent, Accept, Content-Type, X-Request-Id), the credential of the generation (classic:
//! X-API-Key, timestamp and signature; Connect: x-api-key alone) and the timeout. Every retry passes
//! through here again, so it is re-signed with a fresh timestamp.
class RequestFactory {
public:
    //! unixTime: the (skew-corrected) time the attempt is signed at.
    static PreparedRequest build(const ClientOptions &options, const RequestSpec &spec, qint64 unixTime,
                                 const QByteArray &requestId);

    //! "" when the base URL may be used, else why not (not http(s), http to a non-loopback host, ...).
    static QString baseUrlProblem(const QUrl &baseUrl);

    //! "" when every extra CA certificate reads as PEM, else which one does not.
    static QString caCertificatesProblem(const QList<QByteArray> &pemBlocks);

    //! The encoded path as sent: the base URL's path prefix + each segment percent-encoded.
    static QByteArray encodedPath(const QUrl &baseUrl, const QStringList &segments);

    static QByteArray userAgent(); //!< BridgeDesk/<version> (Qt <version>)
};

} // namespace bridge
