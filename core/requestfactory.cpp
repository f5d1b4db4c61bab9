#include "requestfactory.h"

#include "signer.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QSslCertificate>
#include <QSslConfiguration>

#include <algorithm>

namespace bridge {

namespace {

// Messages for people: in the user's language when the application installed a translator.
struct FactoryText {
    Q_DECLARE_TR_FUNCTIONS(bridge::RequestFactory)
};

bool isLoopbackHost(const QString &host) {
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QList<QSslCertificate> certificatesFrom(const QList<QByteArray> &pemBlocks) {
    QList<QSslCertificate> certificates;
    for (const QByteArray &pem : pemBlocks)
        certificates += QSslCertificate::fromData(pem, QSsl::Pem);
    return certificates;
}

} // namespace

QString RequestFactory::caCertificatesProblem(const QList<QByteArray> &pemBlocks) {
    for (qsizetype i = 0; i < pemBlocks.size(); ++i) {
        const QList<QSslCertificate> certificates = QSslCertificate::fromData(pemBlocks.at(i), QSsl::Pem);
        if (certificates.isEmpty() || std::any_of(certificates.begin(), certificates.end(),
                                                  [](const QSslCertificate &c) { return c.isNull(); }))
            return FactoryText::tr("Extra CA certificate %1 is not a PEM certificate.").arg(i + 1);
    }
    return {};
}

QString RequestFactory::baseUrlProblem(const QUrl &baseUrl) {
    if (!baseUrl.isValid() || baseUrl.host().isEmpty())
        return FactoryText::tr("The base URL must be a full address such as https://api.bridge.new.");
    const QString scheme = baseUrl.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return FactoryText::tr("The base URL must start with https://.");
    if (scheme == QLatin1String("http") && !isLoopbackHost(baseUrl.host()))
        return FactoryText::tr(
            "The base URL must use https:// (plain http:// is only allowed for this computer, "
            "such as the sandbox on 127.0.0.1).");
    if (!baseUrl.userInfo().isEmpty())
        return FactoryText::tr("The base URL must not contain a user name or password.");
    if (baseUrl.hasQuery() || baseUrl.hasFragment())
        return FactoryText::tr("The base URL must not contain a query (?…) or a fragment (#…).");
    return {};
}

QByteArray RequestFactory::encodedPath(const QUrl &baseUrl, const QStringList &segments) {
    QByteArray path = baseUrl.path(QUrl::FullyEncoded).toUtf8();
    while (path.endsWith('/'))
        path.chop(1);
    for (const QString &segment : segments)
        path += '/' + QUrl::toPercentEncoding(segment);
    return path;
}

QByteArray RequestFactory::userAgent() {
    return QByteArrayLiteral("BridgeDesk/" BRIDGE_VERSION " (Qt ") + qVersion() + ')';
}

PreparedRequest RequestFactory::build(const ClientOptions &options, const RequestSpec &spec, qint64 unixTime,
                                      const QByteArray &requestId) {
    PreparedRequest prepared;
    QUrl url = options.baseUrl.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    url.setPath(QString::fromUtf8(encodedPath(options.baseUrl, spec.pathSegments)), QUrl::StrictMode);
    if (!spec.query.isEmpty())
        url.setQuery(QString::fromUtf8(spec.query), QUrl::StrictMode);

    prepared.url = url;
    prepared.wirePath = url.path(QUrl::FullyEncoded).toUtf8();
    prepared.requestId = requestId;

    QNetworkRequest &request = prepared.request;
    request.setUrl(url);
    request.setRawHeader("User-Agent", userAgent());
    request.setRawHeader("Accept", "application/json");
    if (!spec.body.isEmpty())
        request.setRawHeader("Content-Type", "application/json");
    request.setRawHeader("X-Request-Id", requestId);
    if (options.generation == ApiGeneration::Connect) {
        // Connect: the key is the credential, and nothing is signed or timestamped.
        request.setRawHeader("x-api-key", options.secret);
    } else {
        // Sign exactly what QUrl will put on the wire, so signing and sending can never disagree.
        const QByteArray wireQuery = url.query(QUrl::FullyEncoded).toUtf8();
        prepared.timestamp = QByteArray::number(unixTime);
        const QByteArray signedPath = options.signQueryString && !wireQuery.isEmpty()
                                          ? prepared.wirePath + '?' + wireQuery
                                          : prepared.wirePath;
        prepared.stringToSign = Signer::stringToSign(spec.method, signedPath, spec.body, prepared.timestamp);
        request.setRawHeader("X-API-Key", options.apiKey.toUtf8());
        request.setRawHeader("X-API-Timestamp", prepared.timestamp);
        request.setRawHeader("X-API-Signature", Signer::signature(options.secret, prepared.stringToSign));
    }
    request.setTransferTimeout(options.timeoutMs);
    if (!options.extraCaCertificatesPem.isEmpty()) {
        // Added to the system's authorities; peer verification stays as strict as ever.
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(certificatesFrom(options.extraCaCertificatesPem));
        request.setSslConfiguration(tls);
    }
    // A redirect would carry the key and signature headers to wherever it points: never follow one.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    return prepared;
}

} // namespace bridge
