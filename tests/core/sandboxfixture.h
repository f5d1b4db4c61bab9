// Shared by the core tests of actions, bulk work, export, import and profiles: a sandbox on loopback and a
// client signed for it.
#pragma once

#include "bridgeclient.h"
#include "conversationtablemodel.h"
#include "jsondecoder.h"
#include "sandboxserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>

namespace testing {

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
        bridge::ClientOptions o;
        o.baseUrl = server.baseUrl();
        o.workspaceId = server.config().workspaceId;
        o.apiKey = server.config().apiKey;
        o.secret = server.config().secret;
        o.retryBaseDelayMs = 20;
        o.timeoutMs = 10000;
        return o;
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

    //! The server's conversations, as the client decodes them.
    QList<bridge::Conversation> conversations() const {
        QList<bridge::Conversation> result;
        const auto objects = server->conversations();
        for (const QJsonObject &o : objects) {
            const auto decoded =
                bridge::JsonDecoder::decodeConversation(QJsonDocument(o).toJson(QJsonDocument::Compact));
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
