// The test harness, in process: a sandbox on loopback and the connection it accepts, and a client
// signed for it. Shared by the core, ui and app tests (tests/common is on every test's include path);
// windowfixture.h opens the main window on it, processfixture.h runs the sandbox and the app as
// processes.
#pragma once

#include "apidialect.h"
#include "bridgeclient.h"
#include "connectionsettings.h"
#include "conversationtablemodel.h"
#include "jsondecoder.h"
#include "sandboxconnection.h" // app/bridge-desk
#include "sandboxserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>

namespace testing {

//! The connection a sandbox at baseUrl with config accepts, in its API generation: its demo
//! credentials (secretSource Sandbox, as the window gets them in --sandbox mode), as bridge-desk
//! builds them (sandboxConnection()). secret, when given, replaces the right one (a wrong secret:
//! classic's secret key, Connect's API key).
inline bridge::ConnectionSettings sandboxSettings(const QUrl &baseUrl,
                                                  const bridge::sandbox::SandboxConfig &config,
                                                  const QByteArray &secret = {}) {
    bridge::ConnectionSettings settings = sandboxConnection(baseUrl, config);
    if (!secret.isEmpty())
        settings.credentials.secret = secret;
    return settings;
}

inline bridge::ConnectionSettings sandboxSettings(const bridge::sandbox::SandboxServer &server,
                                                  const QByteArray &secret = {}) {
    return sandboxSettings(server.baseUrl(), server.config(), secret);
}

//! The credentials part of sandboxSettings().
inline bridge::Credentials sandboxCredentials(const bridge::sandbox::SandboxServer &server,
                                              const QByteArray &secret = {}) {
    return sandboxSettings(server, secret).credentials;
}

//! Client options for the sandbox: its connection on top of base (the test's retry policy).
inline bridge::ClientOptions sandboxOptions(const bridge::sandbox::SandboxServer &server,
                                            const bridge::ClientOptions &base = {}) {
    return sandboxSettings(server).toClientOptions(base);
}

//! A sandbox on loopback and a client signed for it, with fast retries (20 ms base) and a 10 s timeout.
struct Sandbox {
    std::unique_ptr<bridge::sandbox::SandboxServer> server;
    std::unique_ptr<bridge::BridgeClient> client;

    explicit Sandbox(bridge::sandbox::SandboxConfig config = {}) {
        server = std::make_unique<bridge::sandbox::SandboxServer>(config);
        const quint16 port = server->listenLoopback();
        if (port == 0)
            qFatal("sandbox: cannot listen");
        client = std::make_unique<bridge::BridgeClient>();
        client->setOptions(options(*server));
    }

    static bridge::ClientOptions options(const bridge::sandbox::SandboxServer &server) {
        bridge::ConnectionSettings settings = sandboxSettings(server);
        settings.timeoutSeconds = 10;
        bridge::ClientOptions base;
        base.retryBaseDelayMs = 20;
        return settings.toClientOptions(base);
    }

    int count(const QByteArray &method) const {
        int n = 0;
        const auto requests = server->receivedRequests();
        for (const auto &r : requests)
            n += r.method == method;
        return n;
    }

    //! Every PATCH path's last segment (the conversation id), in order.
    QStringList patchedIds() const {
        QStringList ids;
        const auto requests = server->receivedRequests();
        for (const auto &r : requests) {
            if (r.method == "PATCH")
                ids.append(QString::fromUtf8(QByteArray::fromPercentEncoding(r.path.split('/').constLast())));
        }
        return ids;
    }

    //! The server's conversations, as the client decodes them (in the server's generation).
    QList<bridge::Conversation> conversations() const {
        QList<bridge::Conversation> result;
        const auto objects = server->conversations();
        for (const QJsonObject &o : objects) {
            const auto decoded =
                client->dialect().decodeConversation(QJsonDocument(o).toJson(QJsonDocument::Compact));
            if (!std::holds_alternative<bridge::Conversation>(decoded))
                qFatal("cannot decode the sandbox's conversation");
            result.append(std::get<bridge::Conversation>(decoded));
        }
        return result;
    }

    std::optional<bridge::Conversation> find(const QString &id) const {
        const auto all = conversations();
        for (const auto &c : all) {
            if (c.id == id)
                return c;
        }
        return std::nullopt;
    }
};

} // namespace testing
