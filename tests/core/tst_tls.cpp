// TLS and transport: the client against the sandbox over HTTPS with certificates made here by the
// openssl CLI, plain http:// to a non-loopback host, and redirects that must not be followed.
#include "bridgeclient.h"
#include "requestfactory.h"
#include "sandboxfixture.h"
#include "sandboxserver.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

using namespace bridge;
using bridge::sandbox::SandboxConfig;
using bridge::sandbox::SandboxServer;

namespace {

struct Pem {
    QByteArray certificate; //!< leaf first
    QByteArray key;
};

//! Collects the one result of a list call.
struct Outcome {
    std::optional<Expected<ConversationPage>> result;
    int deliveries = 0;
    Callback<ConversationPage> callback() {
        return [this](const Expected<ConversationPage> &r) {
            result.emplace(r);
            ++deliveries;
        };
    }
    QByteArray why() const {
        return result && !result->ok() ? result->error().line().toUtf8() : QByteArray();
    }
};

//! A tiny HTTP/1.1 server that answers every request with a redirect, over TLS when given a
//! certificate. It counts the requests it read.
class Redirector : public QObject {
public:
    Redirector(int status, QByteArray location, const std::optional<Pem> &tls)
        : m_status(status)
        , m_location(std::move(location)) {
        if (tls) {
            auto *server = new QSslServer(this);
            QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
            configuration.setLocalCertificateChain(QSslCertificate::fromData(tls->certificate, QSsl::Pem));
            configuration.setPrivateKey(QSslKey(tls->key, QSsl::Ec, QSsl::Pem));
            configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
            server->setSslConfiguration(configuration);
            m_server = server;
        } else {
            m_server = new QTcpServer(this);
        }
        connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server->nextPendingConnection())
                serve(socket);
        });
        m_server->listen(QHostAddress::LocalHost);
    }
    quint16 port() const { return m_server->serverPort(); }
    int requests = 0;
    QByteArray lastRequestHead;

private:
    void serve(QTcpSocket *socket) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QIODevice::readyRead, this, [this, socket] {
            m_buffer += socket->readAll();
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            ++requests;
            lastRequestHead = m_buffer.left(end);
            m_buffer.clear();
            socket->write("HTTP/1.1 " + QByteArray::number(m_status) + " Moved\r\nLocation: " + m_location +
                          "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            socket->disconnectFromHost();
        });
    }

    QTcpServer *m_server = nullptr;
    int m_status;
    QByteArray m_location;
    QByteArray m_buffer;
};

} // namespace

class TestTls : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    Pem m_selfSigned;
    Pem m_caSigned;
    QByteArray m_caCertificate;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<BridgeClient> m_client;

    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    bool openssl(const QStringList &arguments) {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral("openssl"), arguments);
        if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit ||
            process.exitCode() != 0) {
            qWarning().noquote() << "openssl" << arguments.join(QLatin1Char(' '))
                                 << "failed:" << process.readAll();
            return false;
        }
        return true;
    }

    QByteArray read(const char *name) const {
        QFile file(path(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static QStringList ecKey() {
        return {QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
    }

    void startServer(const Pem &pem) {
        SandboxConfig config;
        config.tlsCertificatePem = pem.certificate;
        config.tlsPrivateKeyPem = pem.key;
        m_server = std::make_unique<SandboxServer>(config);
        QVERIFY(m_server->listenLoopback() != 0);
        QCOMPARE(m_server->baseUrl().scheme(), QStringLiteral("https"));
        m_client = std::make_unique<BridgeClient>();
        ClientOptions noRetries;
        noRetries.maxRetries = 0;
        m_client->setOptions(testing::sandboxOptions(*m_server, noRetries));
    }

    void trust(const QList<QByteArray> &pem) {
        ClientOptions o = m_client->options();
        o.extraCaCertificatesPem = pem;
        m_client->setOptions(o);
    }

    const Expected<ConversationPage> &list(Outcome &outcome) {
        m_client->list({}, this, outcome.callback());
        [&] { QTRY_VERIFY_WITH_TIMEOUT(outcome.result.has_value(), 15000); }();
        if (!outcome.result)
            outcome.result.emplace(ApiError{});
        return *outcome.result;
    }

private slots:
    void initTestCase() {
        if (!QSslSocket::supportsSsl())
            QSKIP("Qt was built without a TLS backend");
        QVERIFY(m_dir.isValid());
        const QString days = QStringLiteral("2");
        // A self-signed server certificate for 127.0.0.1.
        QVERIFY(openssl(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ecKey() +
                        QStringList{QStringLiteral("-keyout"), path("self.key"), QStringLiteral("-out"),
                                    path("self.crt"), QStringLiteral("-days"), days, QStringLiteral("-subj"),
                                    QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                                    QStringLiteral("subjectAltName=IP:127.0.0.1")}));
        // A test CA, and a server certificate it signs for 127.0.0.1.
        QVERIFY(openssl(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ecKey() +
                        QStringList{QStringLiteral("-keyout"), path("ca.key"), QStringLiteral("-out"),
                                    path("ca.crt"), QStringLiteral("-days"), days, QStringLiteral("-subj"),
                                    QStringLiteral("/CN=Bridge Desk Test CA"), QStringLiteral("-addext"),
                                    QStringLiteral("basicConstraints=critical,CA:TRUE"),
                                    QStringLiteral("-addext"),
                                    QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")}));
        QVERIFY(openssl(QStringList{QStringLiteral("req")} + ecKey() +
                        QStringList{QStringLiteral("-keyout"), path("server.key"), QStringLiteral("-out"),
                                    path("server.csr"), QStringLiteral("-subj"),
                                    QStringLiteral("/CN=127.0.0.1")}));
        {
            QFile ext(path("server.ext"));
            QVERIFY(ext.open(QIODevice::WriteOnly));
            ext.write("basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\n"
                      "extendedKeyUsage=serverAuth\nsubjectAltName=IP:127.0.0.1\n");
        }
        QVERIFY(openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                         path("server.csr"), QStringLiteral("-CA"), path("ca.crt"), QStringLiteral("-CAkey"),
                         path("ca.key"), QStringLiteral("-CAcreateserial"), QStringLiteral("-out"),
                         path("server.crt"), QStringLiteral("-days"), days, QStringLiteral("-extfile"),
                         path("server.ext")}));
        m_selfSigned = {read("self.crt"), read("self.key")};
        m_caSigned = {read("server.crt"), read("server.key")};
        m_caCertificate = read("ca.crt");
        QVERIFY(!m_selfSigned.certificate.isEmpty() && !m_caSigned.key.isEmpty() &&
                !m_caCertificate.isEmpty());
    }

    void cleanup() {
        m_client.reset();
        m_server.reset();
    }

    void selfSignedCertificateIsRefused() {
        startServer(m_selfSigned);
        QSignalSpy attempts(m_client.get(), &BridgeClient::attemptFinished);
        Outcome outcome;
        const auto &result = list(outcome);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ApiError::Kind::Tls);
        QVERIFY2(result.error().line().contains(QLatin1String("self-signed")), outcome.why());
        QVERIFY2(result.error().line().startsWith(QLatin1String("Secure connection refused for GET /v1/")),
                 outcome.why());
        QCOMPARE(attempts.count(), 1); // a TLS refusal is never retried
        QTest::qWait(100);
        QCOMPARE(m_server->receivedRequests().size(), 0); // the request never got past the handshake
        QCOMPARE(outcome.deliveries, 1);
    }

    void selfSignedCertificateTrustedExplicitlyIsAccepted() {
        // Trusting the certificate itself is how a user pins a self-signed server: still verified.
        startServer(m_selfSigned);
        trust({m_selfSigned.certificate});
        Outcome outcome;
        QVERIFY2(list(outcome).ok(), outcome.why());
    }

    void certificateFromUntrustedCaIsRefused() {
        startServer(m_caSigned);
        Outcome outcome;
        const auto &result = list(outcome);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ApiError::Kind::Tls);
        QVERIFY2(result.error().line().contains(QLatin1String("issuer certificate")), outcome.why());
        QCOMPARE(m_server->receivedRequests().size(), 0);
    }

    void certificateFromExplicitlyTrustedCaIsAccepted() {
        startServer(m_caSigned);
        trust({m_caCertificate});
        // The wire tap reads the decrypted request line: no fallback to the parsed URL.
        QTest::failOnWarning(QRegularExpression(QStringLiteral("wire tap out of step")));
        Outcome outcome;
        const auto &result = list(outcome);
        QVERIFY2(result.ok(), outcome.why());
        QCOMPARE(result.value().conversations.size(), 20);
        const auto received = m_server->receivedRequests();
        QCOMPARE(received.size(), 1);
        QCOMPARE(received.first().status, 200); // the sandbox verified the signature over TLS
        QCOMPARE(received.first().path, QByteArrayLiteral("/v1/workspaces/ws_sandbox/conversations"));
        QCOMPARE(received.first().rawQuery, QByteArrayLiteral("page=1&limit=20"));

        // A filter with '+' and brackets goes through the encrypted tap intact.
        Outcome filtered;
        ListQuery query;
        query.filter.customer = ParticipantRef{QStringLiteral("+1-555-123-4567"), ParticipantType::Phone};
        m_client->list(query, this, filtered.callback());
        QTRY_VERIFY_WITH_TIMEOUT(filtered.result.has_value(), 15000);
        QVERIFY2(filtered.result->ok(), filtered.why());
        QCOMPARE(
            m_server->receivedRequests().last().rawQuery,
            QByteArrayLiteral("externalUser%5Bidentifier%5D=%2B1-555-123-4567&externalUser%5Btype%5D=phone"
                              "&page=1&limit=20"));
    }

    void trustingTheCaAddsToTheSystemDefaults() {
        startServer(m_caSigned);
        trust({m_caCertificate});
        QNetworkRequest request =
            RequestFactory::build(m_client->options(), RequestSpec{"GET", {}, {}, {}, true}, 1, "id").request;
        const QList<QSslCertificate> cas = request.sslConfiguration().caCertificates();
        QVERIFY(cas.contains(QSslCertificate(m_caCertificate)));
        QVERIFY(cas.size() > 1 || QSslConfiguration::defaultConfiguration().caCertificates().isEmpty());
        QCOMPARE(request.sslConfiguration().peerVerifyMode(),
                 QSslConfiguration::defaultConfiguration().peerVerifyMode());
    }

    void unreadableExtraCaIsRefusedBeforeSending() {
        startServer(m_caSigned);
        trust({QByteArrayLiteral("-----BEGIN CERTIFICATE-----\nnot base64\n-----END CERTIFICATE-----\n")});
        QSignalSpy attempts(m_client.get(), &BridgeClient::attemptFinished);
        Outcome outcome;
        const auto &result = list(outcome);
        QCOMPARE(result.error().kind, ApiError::Kind::InvalidInput);
        QVERIFY2(result.error().line().contains(QLatin1String("Extra CA certificate 1")), outcome.why());
        QCOMPARE(attempts.count(), 0);
        QCOMPARE(m_server->receivedRequests().size(), 0);
    }

    void plainHttpToNonLoopbackHostIsNeverSent_data() {
        QTest::addColumn<QString>("url");
        QTest::newRow("name") << QStringLiteral("http://api.bridge.new");
        QTest::newRow("address") << QStringLiteral("http://192.0.2.10:8765");
        QTest::newRow("prefix") << QStringLiteral("http://api.bridge.new/bridge/api");
        QTest::newRow("looks-local") << QStringLiteral("http://127.0.0.1.nip.io");
    }
    void plainHttpToNonLoopbackHostIsNeverSent() {
        QFETCH(QString, url);
        BridgeClient client;
        ClientOptions o;
        o.baseUrl = QUrl(url);
        o.workspaceId = QStringLiteral("ws_abc123");
        o.apiKey = QStringLiteral("ak_test_0123456789");
        o.secret = "sk_test_secret";
        client.setOptions(o);
        QSignalSpy attempts(&client, &BridgeClient::attemptFinished);
        Outcome outcome;
        client.list({}, this, outcome.callback());
        QTRY_VERIFY(outcome.result.has_value());
        QCOMPARE(outcome.result->error().kind, ApiError::Kind::InvalidInput);
        QVERIFY2(outcome.result->error().line().contains(QLatin1String("https://")), outcome.why());
        QCOMPARE(attempts.count(), 0); // no attempt was built, let alone sent
    }

    void redirectIsNotFollowed_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("overTls");
        QTest::addColumn<bool>("targetLocalhostName");
        QTest::newRow("302 to another host") << 302 << false << true;
        QTest::newRow("307 to another port") << 307 << false << false;
        QTest::newRow("308 https to http") << 308 << true << false;
        QTest::newRow("301 https to http other host") << 301 << true << true;
    }
    void redirectIsNotFollowed() {
        QFETCH(int, status);
        QFETCH(bool, overTls);
        QFETCH(bool, targetLocalhostName);

        // The place the redirect points at: it must never see a connection, let alone a signature.
        QTcpServer target;
        QVERIFY(target.listen(QHostAddress::LocalHost));
        int targetConnections = 0;
        connect(&target, &QTcpServer::pendingConnectionAvailable, this, [&] {
            while (QTcpSocket *socket = target.nextPendingConnection()) {
                ++targetConnections;
                socket->deleteLater();
            }
        });
        const QByteArray location = QByteArrayLiteral("http://") +
                                    (targetLocalhostName ? "localhost" : "127.0.0.1") + ':' +
                                    QByteArray::number(target.serverPort()) +
                                    "/v1/workspaces/ws_abc123/conversations?page=1&limit=20";
        Redirector redirector(status, location, overTls ? std::optional<Pem>(m_caSigned) : std::nullopt);
        QVERIFY(redirector.port() != 0);

        BridgeClient client;
        ClientOptions o;
        o.baseUrl = QUrl(QStringLiteral("%1://127.0.0.1:%2")
                             .arg(QLatin1String(overTls ? "https" : "http"))
                             .arg(redirector.port()));
        o.workspaceId = QStringLiteral("ws_abc123");
        o.apiKey = QStringLiteral("ak_test_0123456789");
        o.secret = "sk_test_secret";
        o.maxRetries = 3;
        o.retryBaseDelayMs = 10;
        if (overTls)
            o.extraCaCertificatesPem = {m_caCertificate};
        client.setOptions(o);

        Outcome outcome;
        client.list({}, this, outcome.callback());
        QTRY_VERIFY_WITH_TIMEOUT(outcome.result.has_value(), 15000);
        QVERIFY(!outcome.result->ok());
        const ApiError &error = outcome.result->error();
        QCOMPARE(error.kind, ApiError::Kind::Http);
        QCOMPARE(error.httpStatus, status);
        QVERIFY2(error.line().contains(QLatin1String("redirected to ") + QString::fromLatin1(location)),
                 outcome.why());
        QVERIFY2(error.line().contains(QLatin1String("not followed")), outcome.why());
        QCOMPARE(redirector.requests, 1); // a 3xx is not retried either
        QVERIFY(redirector.lastRequestHead.contains("X-API-Signature: "));
        QTest::qWait(200); // give a (wrongly) followed redirect time to arrive
        QCOMPARE(targetConnections, 0);
    }

    void sandboxProcessServesHttps() {
        // bridge-sandbox --tls-cert/--tls-key, as a demo or a manual test would run it.
        const QString program = QStringLiteral(BRIDGE_BINARY_DIR "/sandbox/bridge-sandbox");
        if (!QFile::exists(program))
            QSKIP("bridge-sandbox was not built");
        QProcess sandbox;
        sandbox.start(program, {QStringLiteral("--port"), QStringLiteral("0"),
                                QStringLiteral("--print-credentials"), QStringLiteral("--tls-cert"),
                                path("server.crt"), QStringLiteral("--tls-key"), path("server.key")});
        QVERIFY(sandbox.waitForStarted());
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += sandbox.readAllStandardOutput()).contains("secret="), 10000);
        const QByteArray urlLine = out.split('\n').first();
        QVERIFY2(urlLine.startsWith("url=https://127.0.0.1:"), urlLine.constData());

        BridgeClient client;
        ClientOptions o;
        o.baseUrl = QUrl(QString::fromUtf8(urlLine.mid(4)));
        o.workspaceId = QStringLiteral("ws_sandbox");
        o.apiKey = QStringLiteral("ak_sandbox_0123456789");
        o.secret = "sk_sandbox_secret_change_me";
        o.extraCaCertificatesPem = {m_caCertificate};
        client.setOptions(o);
        Outcome outcome;
        client.list({}, this, outcome.callback());
        QTRY_VERIFY_WITH_TIMEOUT(outcome.result.has_value(), 15000);
        QVERIFY2(outcome.result->ok(), outcome.why());
        sandbox.terminate();
        QVERIFY(sandbox.waitForFinished(5000));
    }

    void sandboxRefusesUnreadableCertificate() {
        SandboxConfig config;
        config.tlsCertificatePem = "not a certificate";
        config.tlsPrivateKeyPem = m_caSigned.key;
        SandboxServer server(config);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("TLS: cannot read")));
        QCOMPARE(server.listenLoopback(), quint16(0));
    }
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
