#pragma once

#include "churn.h"
#include "conversationstore.h"
#include "fault.h"
#include "httpanswer.h"
#include "receivedrequest.h"
#include "sandboxconfig.h"

#include <QByteArray>
#include <QDateTime>
#include <QStringList>

#include <memory>
#include <optional>

namespace bridge::sandbox {

//! An API request, its path already split and percent-decoded.
struct ApiRequest {
    QByteArray method;
    QStringList segments; //!< after the prefix, e.g. "v1", "workspaces", id, "conversations", id
    QByteArray rawQuery;
    QByteArray body;
    QDateTime now; //!< the server's clock
};

//! Answers the server gives on its own (not an endpoint's), written in each API's error shape.
enum class SandboxError {
    NoSuchEndpoint,     //!< the path lies outside the API's root
    FailedConversation, //!< failIds: a PATCH of a conversation the sandbox was told to fail
    FailedRequest,      //!< failNext with any status but 429
    RateLimited,        //!< failNext with 429
};

//! One generation of the Bridge API over its own seeded conversations: what SandboxServer asks
//! of it, so that the server (faults, latency, wire tap, control routes) is the same for both.
//! ConversationsApi speaks Classic, ConnectApi speaks Connect; create() chooses once per server.
class ConnectMessages;

class ApiDialect {
public:
    //! The API of config.api; config must outlive it.
    static std::unique_ptr<ApiDialect> create(const SandboxConfig &config);
    virtual ~ApiDialect() = default;

    ConversationStore &store() { return *m_store; }
    const ConversationStore &store() const { return *m_store; }

    //! Every endpoint's path (after the prefix) is this or starts with it and a '/'.
    virtual QByteArray root() const = 0;
    //! The refusal of a request whose credentials do not pass; nullopt when they do.
    virtual std::optional<HttpAnswer> refuse(const ReceivedRequest &request, const QDateTime &now) const = 0;
    //! The answer to an authenticated request.
    virtual HttpAnswer handle(const ApiRequest &request) = 0;
    //! The broken answer fault gives instead of the one to request (never None or a drop).
    virtual HttpAnswer faultAnswer(Fault fault, const ApiRequest &request) const = 0;
    virtual HttpAnswer sandboxError(SandboxError error, int status) const = 0;
    //! The conversation id a PATCH addresses, empty for any other request.
    virtual QString patchedConversationId(const ApiRequest &request) const = 0;
    //! One conversation as this API writes it.
    virtual QByteArray conversationJson(const ConversationRecord &record) const = 0;
    //! The messages endpoints and their upload host; nullptr for an API without messages.
    virtual ConnectMessages *messages() { return nullptr; }
    //! The words churn writes in this API's data.
    virtual Churn::Words churnWords() const = 0;

protected:
    explicit ApiDialect(std::unique_ptr<ConversationStore> store)
        : m_store(std::move(store)) {}

private:
    std::unique_ptr<ConversationStore> m_store;
};

} // namespace bridge::sandbox
