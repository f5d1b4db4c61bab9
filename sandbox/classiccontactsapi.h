#pragma once

#include "apidialect.h"
#include "contactbook.h"

#include <optional>

namespace bridge::sandbox {

//! The classic contacts endpoints under /v1/workspaces/{ws}: list (ownerId, search, page, limit, with
//! pagination totals), create (POST), update (PATCH), delete (DELETE), and the custom attribute
//! definitions at settings/attributes (not in the classic reference: the Connect path under /v1, a
//! choice). Errors in the classic shape, as the conversations give them. Authentication is the
//! conversations' (the server refuses before asking).
class ClassicContactsApi {
public:
    explicit ClassicContactsApi(const SandboxConfig &config);

    //! The answer to request, or nullopt when it is not a contacts route.
    std::optional<HttpAnswer> handle(const ApiRequest &request);

    const ContactBook &book() const { return m_book; }

private:
    HttpAnswer list(const ApiRequest &request) const;
    HttpAnswer create(const ApiRequest &request);
    HttpAnswer update(const QString &contactId, const ApiRequest &request);
    HttpAnswer remove(const QString &contactId);
    HttpAnswer attributes() const;
    //! Reads a create or update body into record; problems in words.
    void read(const QJsonObject &body, ContactRecord &record, QStringList &problems) const;
    QByteArray json(const ContactRecord &record) const;

    const SandboxConfig &m_config;
    ContactBook m_book;
};

} // namespace bridge::sandbox
