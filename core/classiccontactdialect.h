#pragma once

#include "contactdialect.h"

namespace bridge {

//! Contacts in the signed classic generation: /v1/workspaces/{ws}/contacts with page numbers and
//! totals, ownerId filter, create (firstName, lastName and cellphone required), update, delete; no
//! single-contact read and no upsert.
class ClassicContactDialect final : public ContactDialect {
public:
    ApiGeneration generation() const override { return ApiGeneration::Classic; }
    bool supports(ContactOperation operation) const override;
    bool pagesByCursor() const override { return false; }
    QString ownerFilterName() const override { return QStringLiteral("ownerId"); }

    RequestSpec list(const QString &workspaceId, const ContactQuery &query) const override;
    RequestSpec get(const QString &, const QString &) const override { return {}; }
    RequestSpec create(const QString &workspaceId, const ContactDraft &draft) const override;
    RequestSpec upsert(const QString &, const ContactDraft &) const override { return {}; }
    RequestSpec update(const QString &workspaceId, const QString &contactId,
                       const ContactDraft &draft) const override;
    RequestSpec remove(const QString &workspaceId, const QString &contactId) const override;
    RequestSpec attributeDefinitions(const QString &workspaceId) const override;

    QStringList requiredFields(ContactOperation operation) const override;

    JsonDecoder::Result<ContactPage> decodePage(const QByteArray &body) const override;
    JsonDecoder::Result<Contact> decodeContact(const QByteArray &body) const override;
    QJsonObject toJson(const Contact &contact) const override;
    QJsonObject toJson(const ContactPage &page) const override;

    //! ownerId, search (each when given), page, limit; RFC 3986 encoding, '+' as %2B.
    static QByteArray encodedQuery(const ContactQuery &query);
    //! firstName, lastName, cellphone, email, ownerId, customAttributes [{"key", "value"}] (one item
    //! per value), each only when given; compact.
    static QByteArray body(const ContactDraft &draft);
};

} // namespace bridge
