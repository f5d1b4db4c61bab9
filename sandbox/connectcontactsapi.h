#pragma once

#include "apidialect.h"
#include "connectproblems.h"
#include "contactbook.h"
#include "pagecursor.h"

#include <optional>

namespace bridge::sandbox {

//! The Connect contacts endpoints under /bridge/api/v1/workspaces/{ws}: list by cursor (ownerEmail,
//! search, limit, cursor), get, create (POST), create or update by cellphone (POST .../partial),
//! update (PATCH), and the custom attribute definitions at settings/attributes. No delete (405).
//! {"code", "message"} errors; x-api-key authentication is the conversations' (the server refuses
//! before asking).
class ConnectContactsApi {
public:
    explicit ConnectContactsApi(const SandboxConfig &config);

    //! The answer to request, or nullopt when it is not a contacts route.
    std::optional<HttpAnswer> handle(const ApiRequest &request);

    const ContactBook &book() const { return m_book; }

private:
    HttpAnswer list(const ApiRequest &request) const;
    HttpAnswer get(const QString &contactId) const;
    HttpAnswer create(const ApiRequest &request);
    HttpAnswer upsert(const ApiRequest &request);
    HttpAnswer update(const QString &contactId, const ApiRequest &request);
    HttpAnswer attributes(const ApiRequest &request) const;
    //! Reads a write body into record; problems with their codes.
    void read(const QJsonObject &body, ContactRecord &record, ConnectProblems &problems) const;
    void readAttributes(const QJsonValue &value, ContactRecord &record, ConnectProblems &problems) const;
    QByteArray json(const ContactRecord &record) const;

    const SandboxConfig &m_config;
    ContactBook m_book;
    PageCursor m_cursor;
};

} // namespace bridge::sandbox
