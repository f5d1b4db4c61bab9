// RequestLog: every attempt, bounded, never the secret nor the whole API key; copy as curl replayed
// with the real curl against the sandbox is accepted while its timestamp is fresh.
#include "requestlog.h"
#include "sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>

using namespace bridge;
using testing::Sandbox;

namespace {
const char *const Curl = "/usr/bin/curl";

//! Runs the command in sh; returns the HTTP status and the body. The event loop keeps running
//! meanwhile: the sandbox answers from this thread.
std::pair<int, QByteArray> replay(const QString &command) {
    QProcess sh;
    QSignalSpy finished(&sh, &QProcess::finished);
    sh.start(QStringLiteral("/bin/sh"),
             {QStringLiteral("-c"), command + QStringLiteral(" -w '\\n%{http_code}'")});
    if (!finished.wait(15000))
        return {-1, {}};
    QByteArray out = sh.readAllStandardOutput();
    const qsizetype cut = out.lastIndexOf('\n');
    return {out.mid(cut + 1).toInt(), out.left(cut)};
}
} // namespace

class TestRequestLog : public QObject {
    Q_OBJECT

    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<RequestLog> m_log;

    template <typename T> Expected<T> wait(const std::function<CallHandle(Callback<T>)> &start) {
        std::optional<Expected<T>> result;
        start([&result](const Expected<T> &r) { result.emplace(r); });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000); }();
        return result ? *result : Expected<T>(ApiError{});
    }
    Expected<ConversationPage> list(const ListQuery &q = {}) {
        return wait<ConversationPage>(
            [&](Callback<ConversationPage> cb) { return m_sandbox->client->list(q, this, cb); });
    }
    Expected<Conversation> get(const QString &id) {
        return wait<Conversation>(
            [&](Callback<Conversation> cb) { return m_sandbox->client->get(id, this, cb); });
    }
    Expected<Conversation> update(const QString &id, const ConversationUpdate &u) {
        return wait<Conversation>(
            [&](Callback<Conversation> cb) { return m_sandbox->client->update(id, u, this, cb); });
    }

private slots:
    void init() {
        m_sandbox = std::make_unique<Sandbox>();
        m_log = std::make_unique<RequestLog>();
        new QAbstractItemModelTester(m_log.get(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     m_log.get());
        m_log->attach(m_sandbox->client.get());
    }
    void cleanup() {
        m_log.reset();
        m_sandbox.reset();
    }

    void everyAttemptIsAnEntry() {
        m_sandbox->server->failNext(2, 503);
        ListQuery q;
        q.filter.customer = ParticipantRef{QStringLiteral("+1-555-123-4567"), ParticipantType::Phone};
        QVERIFY(list(q).ok());
        QCOMPARE(m_log->rowCount(), 3);
        for (int row = 0; row < 3; ++row) {
            QCOMPARE(m_log->index(row, int(RequestLog::Column::Method)).data().toString(),
                     QStringLiteral("GET"));
            QCOMPARE(
                m_log->index(row, int(RequestLog::Column::Attempt)).data(RequestLog::RawValueRole).toInt(),
                row);
            QVERIFY(m_log->index(row, int(RequestLog::Column::Path))
                        .data()
                        .toString()
                        .endsWith(QStringLiteral("/conversations")));
            QVERIFY(m_log->index(row, int(RequestLog::Column::Query))
                        .data()
                        .toString()
                        .contains(QStringLiteral("%2B1-555-123-4567")));
        }
        QCOMPARE(m_log->index(0, int(RequestLog::Column::Status)).data(RequestLog::RawValueRole).toInt(),
                 503);
        QVERIFY(m_log->index(0, 0).data(RequestLog::IsErrorRole).toBool());
        QCOMPARE(m_log->index(2, int(RequestLog::Column::Status)).data(RequestLog::RawValueRole).toInt(),
                 200);
        QVERIFY(!m_log->index(2, 0).data(RequestLog::IsErrorRole).toBool());
        QVERIFY(m_log->index(2, 0)
                    .data(RequestLog::ResponseSampleRole)
                    .toString()
                    .startsWith(QStringLiteral("{\"conversations\"")));
        QVERIFY(m_log->index(2, 0)
                    .data(RequestLog::StringToSignRole)
                    .toString()
                    .startsWith(QStringLiteral("GET\n/v1/")));
        QVERIFY(m_log->index(2, 0)
                    .data(RequestLog::HeadersTextRole)
                    .toString()
                    .contains(QStringLiteral("X-API-Signature: ")));
        QCOMPARE(m_log->headerData(int(RequestLog::Column::Duration), Qt::Horizontal).toString(),
                 QStringLiteral("Duration"));
    }

    void neverTheSecretNorTheWholeKey() {
        QVERIFY(list().ok());
        const QString id = m_sandbox->conversations().at(0).id;
        QVERIFY(get(id).ok());
        ConversationUpdate u;
        u.name = QStringLiteral("Logged");
        QVERIFY(update(id, u).ok());
        m_sandbox->server->failNext(1, 401);
        QVERIFY(!get(id).ok());
        QVERIFY(m_log->rowCount() >= 4);

        const QString secret = QString::fromUtf8(m_sandbox->server->config().secret);
        const QString key = m_sandbox->server->config().apiKey;
        QList<int> roles{Qt::DisplayRole, Qt::ToolTipRole};
        for (int role = RequestLog::RecordRole; role <= RequestLog::ResponseSampleRole; ++role)
            roles.append(role);
        for (int row = 0; row < m_log->rowCount(); ++row) {
            for (int column = 0; column < m_log->columnCount(); ++column) {
                for (int role : std::as_const(roles)) {
                    const QVariant v = m_log->index(row, column).data(role);
                    QString text;
                    if (v.canConvert<RequestRecord>() && role == RequestLog::RecordRole) {
                        const RequestRecord r = v.value<RequestRecord>();
                        text = r.url +
                               QString::fromUtf8(r.method + r.wirePath + r.query + r.stringToSign +
                                                 r.requestBody + r.responseSample) +
                               r.outcome;
                        for (const auto &h : r.requestHeaders)
                            text += QString::fromUtf8(h.first + h.second);
                    } else {
                        text = v.toString();
                    }
                    QVERIFY2(!text.contains(secret),
                             qPrintable(QStringLiteral("row %1 role %2").arg(row).arg(role)));
                    QVERIFY2(!text.contains(key),
                             qPrintable(QStringLiteral("row %1 role %2").arg(row).arg(role)));
                }
            }
        }
        // The masked key is there, so the agent can tell which key was used.
        QVERIFY(m_log->index(0, 0)
                    .data(RequestLog::HeadersTextRole)
                    .toString()
                    .contains(QStringLiteral("X-API-Key: ak_san")));
    }

    //! Connect: the key is the secret, so the record keeps nothing of it, not even its first letters.
    void connectKeyIsMaskedWhole() {
        m_log.reset();
        m_sandbox =
            std::make_unique<Sandbox>(sandbox::SandboxConfig::forApi(sandbox::SandboxConfig::Api::Connect));
        m_log = std::make_unique<RequestLog>();
        m_log->attach(m_sandbox->client.get());
        const QByteArray key = m_sandbox->server->config().apiKey.toUtf8();
        QCOMPARE(m_sandbox->client->options().secret, key);

        QVERIFY(list().ok());
        const QString id = m_sandbox->conversations().at(0).id;
        QVERIFY(get(id).ok());
        ConversationUpdate u;
        u.name = QStringLiteral("Logged");
        QVERIFY(update(id, u).ok());
        m_sandbox->server->failNext(1, 401);
        QVERIFY(!get(id).ok());
        QCOMPARE(m_log->rowCount(), 4);

        const QByteArray start = key.left(6); // what classic's mask would have kept
        QList<int> roles{Qt::DisplayRole, Qt::ToolTipRole};
        for (int role = RequestLog::RecordRole; role <= RequestLog::ResponseSampleRole; ++role)
            roles.append(role);
        for (int row = 0; row < m_log->rowCount(); ++row) {
            const RequestRecord r = *m_log->recordAt(row);
            QByteArray all = r.url.toUtf8() + r.method + r.wirePath + r.query + r.stringToSign +
                             r.requestBody + r.responseSample + r.outcome.toUtf8();
            for (const auto &h : r.requestHeaders)
                all += h.first + ": " + h.second + '\n';
            QVERIFY2(!all.contains(key), all.constData());
            QVERIFY2(!all.contains(start), all.constData());
            QVERIFY(r.stringToSign.isEmpty()); // nothing is signed
            for (int column = 0; column < m_log->columnCount(); ++column) {
                for (int role : std::as_const(roles)) {
                    const QString text = m_log->index(row, column).data(role).toString();
                    QVERIFY2(!text.contains(QString::fromUtf8(start)),
                             qPrintable(QStringLiteral("row %1 role %2").arg(row).arg(role)));
                }
            }
            // The header is there, masked whole: as long as the key, stars only.
            QVERIFY2(m_log->index(row, 0)
                         .data(RequestLog::HeadersTextRole)
                         .toString()
                         .contains(QStringLiteral("x-api-key: ") + QString(key.size(), QLatin1Char('*'))),
                     qPrintable(m_log->index(row, 0).data(RequestLog::HeadersTextRole).toString()));
        }
    }

    void copyAsCurlIsAcceptedWhileFresh() {
        if (!QFile::exists(QLatin1String(Curl)))
            QSKIP("curl is not installed (./dev.sh deps installs it)");
        ListQuery q;
        q.filter.status = ConversationStatus(QStringLiteral("ghost"));
        q.filter.customer = ParticipantRef{QStringLiteral("o'brien+x@example.com"), ParticipantType::Email};
        QVERIFY(list(q).ok());
        QVERIFY(list().ok());
        const RequestRecord record = *m_log->recordAt(1);
        const QString command = m_log->copyAsCurl(record);
        QVERIFY(command.startsWith(QStringLiteral("curl ")));
        QVERIFY(command.contains(m_sandbox->server->config().apiKey)); // the real key, to replay
        QVERIFY(!command.contains(QString::fromUtf8(m_sandbox->server->config().secret)));

        m_sandbox->server->clearReceivedRequests();
        const auto [status, body] = replay(command);
        QCOMPARE(status, 200);
        QVERIFY(std::holds_alternative<ConversationPage>(JsonDecoder::decodePage(body)));
        const auto received = m_sandbox->server->receivedRequests();
        QCOMPARE(received.size(), 1);
        QCOMPARE(received.at(0).rawQuery, record.query);

        // The filter with a quote and a plus in it survives the shell and the wire.
        const auto [status0, body0] = replay(m_log->copyAsCurl(*m_log->recordAt(0)));
        QCOMPARE(status0, 200);
        QVERIFY(std::holds_alternative<ConversationPage>(JsonDecoder::decodePage(body0)));

        // Out of the skew window: the signature's timestamp is refused.
        m_sandbox->server->setClockOffsetSeconds(400);
        const auto [stale, staleBody] = replay(command);
        QCOMPARE(stale, 401);
        Q_UNUSED(staleBody)
    }

    //! Connect: nothing is signed and the key is the secret, so the command reads it from
    //! $BRIDGE_API_KEY; replayed by a shell that has it, the request is accepted.
    void copyAsCurlReadsTheConnectKeyFromTheShell() {
        if (!QFile::exists(QLatin1String(Curl)))
            QSKIP("curl is not installed (./dev.sh deps installs it)");
        Sandbox connect(bridge::sandbox::SandboxConfig::forApi(bridge::sandbox::SandboxConfig::Api::Connect));
        RequestLog log;
        log.attach(connect.client.get());
        std::optional<Expected<ConversationPage>> page;
        connect.client->list({}, this, [&page](const Expected<ConversationPage> &r) { page.emplace(r); });
        QTRY_VERIFY_WITH_TIMEOUT(page.has_value(), 15000);
        QVERIFY(page->ok());
        const RequestRecord record = *log.recordAt(0);
        QVERIFY(record.stringToSign.isEmpty());
        const QByteArray key = connect.server->config().apiKey.toUtf8();
        const QString command = log.copyAsCurl(record);
        QVERIFY2(command.contains(QStringLiteral("\"x-api-key: $BRIDGE_API_KEY\"")), qPrintable(command));
        QVERIFY(!command.contains(QString::fromUtf8(key)));

        QProcess sh;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("BRIDGE_API_KEY"), QString::fromUtf8(key));
        sh.setProcessEnvironment(env);
        QSignalSpy finished(&sh, &QProcess::finished);
        sh.start(QStringLiteral("/bin/sh"),
                 {QStringLiteral("-c"), command + QStringLiteral(" -w '\\n%{http_code}'")});
        QVERIFY(finished.wait(15000));
        const QByteArray out = sh.readAllStandardOutput();
        QCOMPARE(out.mid(out.lastIndexOf('\n') + 1).toInt(), 200);
        QCOMPARE(connect.server->receivedRequests().last().header("x-api-key"), key);
    }

    void copyAsCurlReplaysAPatchBodyExactly() {
        if (!QFile::exists(QLatin1String(Curl)))
            QSKIP("curl is not installed (./dev.sh deps installs it)");
        const QString id = m_sandbox->conversations().at(3).id;
        ConversationUpdate u;
        u.name = QStringLiteral("It's \"quoted\" — ünïcode\\n");
        QVERIFY(update(id, u).ok());
        const RequestRecord record = *m_log->recordAt(m_log->rowCount() - 1);
        QCOMPARE(record.method, QByteArray("PATCH"));
        m_sandbox->server->clearReceivedRequests();
        const auto [status, body] = replay(m_log->copyAsCurl(record));
        QCOMPARE(status, 200);
        QVERIFY(std::holds_alternative<Conversation>(JsonDecoder::decodeConversation(body)));
        QCOMPARE(m_sandbox->server->receivedRequests().at(0).body, record.requestBody);
        QCOMPARE(m_sandbox->find(id)->name, u.name);
    }

    void copyAsCurlNeedsTheKeyTheRecordWasMadeWith() {
        QVERIFY(list().ok());
        const RequestRecord record = *m_log->recordAt(0);
        ClientOptions o = m_sandbox->client->options();
        o.apiKey = QStringLiteral("ak_other_key_0000000");
        m_sandbox->client->setOptions(o);
        QVERIFY(m_log->copyAsCurl(record).isEmpty());
        QVERIFY(
            RequestLog::curlCommand(record, "ak_given").contains(QStringLiteral("'X-API-Key: ak_given'")));
    }

    void shellQuoting() {
        QCOMPARE(RequestLog::shellQuote("plain"), QStringLiteral("'plain'"));
        QCOMPARE(RequestLog::shellQuote("it's"), QStringLiteral("'it'\\''s'"));
        QCOMPARE(RequestLog::shellQuote("$HOME `x` \"y\""), QStringLiteral("'$HOME `x` \"y\"'"));
    }

    void boundedToTheLastEntries() {
        m_log->setCapacity(3);
        for (int i = 0; i < 5; ++i)
            QVERIFY(list().ok());
        QCOMPARE(m_log->rowCount(), 3);
        QCOMPARE(m_log->recordAt(2)->callId, m_log->recordAt(0)->callId + 2);
        m_log->clear();
        QCOMPARE(m_log->rowCount(), 0);
    }

    void errorLinksToItsEntry() {
        QVERIFY(list().ok());
        m_sandbox->server->failNext(1, 404);
        const auto r = get(QStringLiteral("conv_missing"));
        QVERIFY(!r.ok());
        QVERIFY(!r.error().requestId.isEmpty());
        const int row = m_log->rowForError(r.error());
        QCOMPARE(row, m_log->rowCount() - 1);
        QCOMPARE(m_log->recordAt(row)->httpStatus, 404);
        QCOMPARE(m_log->rowForRequestId(QStringLiteral("nope")), -1);
    }
};

QTEST_GUILESS_MAIN(TestRequestLog)
#include "tst_requestlog.moc"
