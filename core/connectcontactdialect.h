#pragma once

#include "contactdialect.h"

namespace bridge {

//! Contacts in the Connect generation: /bridge/api/v1/workspaces/{ws}/contacts by cursor with an
//! ownerEmail filter, get, create, create-or-update by cellphone (POST .../contacts/partial),
//! update (PATCH); no delete.
class ConnectContactDialect final : public ContactDialect {
public:
    ApiGeneration generation() const override { return ApiGeneration::Connect; }
    bool supports(ContactOperation operation) const override;
    bool pagesByCursor() const override { return true; }
    QString ownerFilterName() const override { return QStringLiteral("ownerEmail"); }

    RequestSpec list(const QString &workspaceId, const ContactQuery &query) const override;
    RequestSpec get(const QString &workspaceId, const QString &contactId) const override;
    RequestSpec create(const QString &workspaceId, const ContactDraft &draft) const override;
    RequestSpec upsert(const QString &workspaceId, const ContactDraft &draft) const override;
    RequestSpec update(const QString &workspaceId, const QString &contactId,
                       const ContactDraft &draft) const override;
    RequestSpec remove(const QString &, const QString &) const override { return {}; }
    RequestSpec attributeDefinitions(const QString &workspaceId) const override;

    QStringList requiredFields(ContactOperation operation) const override;

    JsonDecoder::Result<ContactPage> decodePage(const QByteArray &body) const override;
    JsonDecoder::Result<Contact> decodeContact(const QByteArray &body) const override;
    QJsonObject toJson(const Contact &contact) const override;
    QJsonObject toJson(const ContactPage &page) const override;

    //! ownerEmail, search (each when given), limit, then cursor when there is one.
    static QByteArray encodedQuery(const ContactQuery &query);
    //! firstName, lastName, cellphone, email, ownerIdentifier {identifier, identifierType ID|EMAIL
    //! ('@' means EMAIL)}, customAttributes {openAttributes: [{customAttributeId, content}],
    //! closedAttributes: [{customAttributeId, closedCustomAttributeIds}]}, each only when given.
    static QByteArray body(const ContactDraft &draft);
};

} // namespace bridge
