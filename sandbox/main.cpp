// bridge-sandbox: a Bridge-compatible server on 127.0.0.1 for tests and demos.
#include "sandboxlogging.h"
#include "sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using bridge::sandbox::Fault;
using bridge::sandbox::SandboxConfig;
using bridge::sandbox::SandboxServer;

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int) {
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

//! SIGINT / SIGTERM end the event loop through a self-pipe, so the server shuts down cleanly.
void quitOnSignals(QCoreApplication &app) {
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

[[noreturn]] void fail(const QString &message) {
    QTextStream(stderr) << "bridge-sandbox: " << message << Qt::endl;
    std::exit(2);
}

int integer(const QString &text, const char *option) {
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok)
        fail(QStringLiteral("--%1 expects an integer, not \"%2\"").arg(QLatin1String(option), text));
    return value;
}

SandboxConfig::Api apiFromName(const QString &name) {
    if (name == QLatin1String("classic"))
        return SandboxConfig::Api::Classic;
    if (name == QLatin1String("connect"))
        return SandboxConfig::Api::Connect;
    fail(QStringLiteral("--api expects classic or connect, not \"%1\"").arg(name));
}

QLatin1String apiName(SandboxConfig::Api api) {
    return QLatin1String(api == SandboxConfig::Api::Connect ? "connect" : "classic");
}

QByteArray readFile(const QString &path, const char *option) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        fail(QStringLiteral("--%1: cannot read %2: %3").arg(QLatin1String(option), path, file.errorString()));
    return file.readAll();
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bridge-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BRIDGE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A Bridge-compatible conversations API server on 127.0.0.1, with seeded "
                       "data and faults, for tests and demos. It speaks one generation of the API: "
                       "classic (signed requests, page numbers) or connect (x-api-key, cursors)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(QStringLiteral("port"),
                                  QStringLiteral("TCP port, 0 = any free port (default 8765)."),
                                  QStringLiteral("N"), QStringLiteral("8765"));
    const QCommandLineOption api(QStringLiteral("api"),
                                 QStringLiteral("The API generation: classic (default) or connect."),
                                 QStringLiteral("classic|connect"), QStringLiteral("classic"));
    const QCommandLineOption printCredentials(
        QStringLiteral("print-credentials"),
        QStringLiteral("Print url=, workspace=, api-key=, secret= (classic only) and api= lines on stdout "
                       "once listening."));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Seed of the generated data (default 1)."),
                                  QStringLiteral("N"));
    const QCommandLineOption count(QStringLiteral("count"),
                                   QStringLiteral("Number of generated conversations (default 240)."),
                                   QStringLiteral("N"));
    const QCommandLineOption apiKey(QStringLiteral("api-key"), QStringLiteral("The accepted API key."),
                                    QStringLiteral("K"));
    const QCommandLineOption secret(QStringLiteral("secret"),
                                    QStringLiteral("The secret key signatures are checked with (classic)."),
                                    QStringLiteral("S"));
    const QCommandLineOption workspace(
        QStringLiteral("workspace"),
        QStringLiteral("The workspace id (default ws_sandbox; connect: a fixed UUID)."), QStringLiteral("W"));
    const QCommandLineOption readOnlyKey(
        QStringLiteral("read-only-key"),
        QStringLiteral("Connect: a second accepted key that may only GET; anything else answers 403."),
        QStringLiteral("K"));
    const QCommandLineOption expiredKey(
        QStringLiteral("expired-key"),
        QStringLiteral("Connect: the keys have expired; every request answers 401 saying so."));
    const QCommandLineOption pathPrefix(
        QStringLiteral("path-prefix"),
        QStringLiteral("Serve every endpoint under this path, e.g. /bridge/api."), QStringLiteral("P"));
    const QCommandLineOption signQuery(
        QStringLiteral("sign-query"),
        QStringLiteral("Signatures cover path?query instead of the path alone."));
    const QCommandLineOption control(
        QStringLiteral("control"),
        QStringLiteral("Enable the unsigned {prefix}/_sandbox/{faults,reset,state} routes (connect: also "
                       "uploads, the upload host's log)."));
    const QCommandLineOption latency(QStringLiteral("latency"),
                                     QStringLiteral("Delay every API answer by MS milliseconds."),
                                     QStringLiteral("MS"));
    const QCommandLineOption failNext(
        QStringLiteral("fail-next"),
        QStringLiteral("The next N API requests answer STATUS (Retry-After when given)."),
        QStringLiteral("N:STATUS[:RETRY_AFTER]"));
    const QCommandLineOption fault(
        QStringLiteral("fault"),
        QStringLiteral("The next COUNT (default 1) API requests get a fault: malformed-json, wrong-types, "
                       "oversized, cut-short, drop-connection, drop-after-handling."),
        QStringLiteral("NAME[:COUNT]"));
    const QCommandLineOption clockOffset(
        QStringLiteral("clock-offset"),
        QStringLiteral("The server's clock runs SECONDS ahead (negative: behind)."),
        QStringLiteral("SECONDS"));
    const QCommandLineOption tlsCert(
        QStringLiteral("tls-cert"),
        QStringLiteral("Serve HTTPS with this certificate (PEM; a chain, leaf first). Needs --tls-key."),
        QStringLiteral("FILE"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"),
                                    QStringLiteral("The private key of --tls-cert (PEM, unencrypted)."),
                                    QStringLiteral("FILE"));
    parser.addOptions({api, port, printCredentials, seed, count, apiKey, secret, readOnlyKey, expiredKey,
                       workspace, pathPrefix, signQuery, control, latency, failNext, fault, clockOffset,
                       tlsCert, tlsKey});
    const QCommandLineOption churn(
        QStringLiteral("churn"),
        QStringLiteral("Every SECONDS, new conversations, status changes and renames (for auto-refresh)."),
        QStringLiteral("SECONDS"));
    parser.addOption(churn);
    parser.process(app);

    SandboxConfig config = SandboxConfig::forApi(apiFromName(parser.value(api)));
    if (parser.isSet(seed))
        config.seed = quint32(parser.value(seed).toUInt());
    if (parser.isSet(count))
        config.conversationCount = qMax(0, integer(parser.value(count), "count"));
    if (parser.isSet(apiKey))
        config.apiKey = parser.value(apiKey);
    if (parser.isSet(secret))
        config.secret = parser.value(secret).toUtf8();
    if (parser.isSet(workspace))
        config.workspaceId = parser.value(workspace);
    config.readOnlyApiKey = parser.value(readOnlyKey);
    config.apiKeyExpired = parser.isSet(expiredKey);
    config.pathPrefix = parser.value(pathPrefix);
    config.signQueryString = parser.isSet(signQuery);
    config.controlEndpoint = parser.isSet(control);
    if (parser.isSet(churn))
        config.churnSeconds = qMax(0, integer(parser.value(churn), "churn"));
    if (parser.isSet(tlsCert) != parser.isSet(tlsKey))
        fail(QStringLiteral("--tls-cert and --tls-key go together"));
    if (parser.isSet(tlsCert)) {
        config.tlsCertificatePem = readFile(parser.value(tlsCert), "tls-cert");
        config.tlsPrivateKeyPem = readFile(parser.value(tlsKey), "tls-key");
    }

    SandboxServer server(config);
    if (parser.isSet(latency))
        server.setLatencyMs(integer(parser.value(latency), "latency"));
    if (parser.isSet(failNext)) {
        const QStringList parts = parser.value(failNext).split(QLatin1Char(':'));
        if (parts.size() < 2 || parts.size() > 3)
            fail(QStringLiteral("--fail-next expects N:STATUS[:RETRY_AFTER]"));
        server.failNext(integer(parts.at(0), "fail-next"), integer(parts.at(1), "fail-next"),
                        parts.size() == 3 ? integer(parts.at(2), "fail-next") : -1);
    }
    if (parser.isSet(fault)) {
        const QStringList parts = parser.value(fault).split(QLatin1Char(':'));
        const auto which = bridge::sandbox::faultFromName(parts.at(0));
        if (!which || parts.size() > 2)
            fail(QStringLiteral("--fault expects NAME[:COUNT], NAME one of malformed-json, wrong-types, "
                                "oversized, cut-short, drop-connection, drop-after-handling"));
        server.injectNext(*which, parts.size() == 2 ? integer(parts.at(1), "fault") : 1);
    }
    if (parser.isSet(clockOffset))
        server.setClockOffsetSeconds(integer(parser.value(clockOffset), "clock-offset"));

    const int requestedPort = integer(parser.value(port), "port");
    if (requestedPort < 0 || requestedPort > 65535)
        fail(QStringLiteral("--port must be between 0 and 65535"));
    if (server.listenLoopback(quint16(requestedPort)) == 0)
        fail(QStringLiteral("cannot listen on 127.0.0.1:%1").arg(requestedPort));

    const SandboxConfig &active = server.config();
    const bool classic = active.api == SandboxConfig::Api::Classic;
    QTextStream out(stdout);
    if (parser.isSet(printCredentials)) {
        out << "url=" << server.baseUrl().toString() << '\n'
            << "workspace=" << active.workspaceId << '\n'
            << "api-key=" << active.apiKey << '\n';
        if (classic)
            out << "secret=" << QString::fromUtf8(active.secret) << '\n';
        out << "api=" << apiName(active.api) << '\n';
    } else {
        out << "bridge-sandbox listening on " << server.baseUrl().toString() << ", " << apiName(active.api)
            << " API\n"
            << "  workspace  " << active.workspaceId << '\n'
            << "  API key    " << active.apiKey << '\n';
        if (classic)
            out << "  secret key " << QString::fromUtf8(active.secret)
                << "   (the sandbox's own demo secret)\n";
        if (!active.readOnlyApiKey.isEmpty())
            out << "  read-only  " << active.readOnlyApiKey << "   (GET only)\n";
        if (active.apiKeyExpired)
            out << "  the API keys have expired: every request answers 401\n";
        out << "  " << server.conversationCount() << " conversations from seed " << active.seed
            << (active.controlEndpoint
                    ? QStringLiteral(", control routes under %1/_sandbox/").arg(active.pathPrefix)
                    : QString())
            << '\n'
            << "Ctrl+C to stop.\n";
    }
    out.flush();
    std::fflush(stdout);

    quitOnSignals(app);
    return app.exec();
}
