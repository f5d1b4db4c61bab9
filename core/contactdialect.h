#pragma once

#include "apigeneration.h"
#include "attributedefinition.h"
#include "contact.h"
#include "contactdraft.h"
#include "contactquery.h"
#include "fielderror.h"
#include "jsondecoder.h"
#include "requestspec.h"

#include <QJsonObject>

namespace bridge {

//! What may be done with contacts; not every generation can do everything (ContactDialect::supports).
enum class ContactOperation { List, Get, Create, Upsert, Update, Delete, AttributeDefinitions };

//! What one API generation says about contacts on the wire (api-connect.md, "Contacts (both
//! generations)"): paths, queries, bodies, the checks before sending, the answers' shapes, and
//! which operations it has, so that callers ask `supports()` and never the generation. Pure: no
//! network. The conversation side of a generation is its ApiDialect.
class ContactDialect {
public:
    virtual ~ContactDialect() = default;

    static const ContactDialect &of(ApiGeneration generation);

    virtual ApiGeneration generation() const = 0;
    virtual bool supports(ContactOperation operation) const = 0;
    //! A sentence for an agent saying that this API cannot do operation ("" when it can).
    QString unsupportedSentence(ContactOperation operation) const;
    virtual bool pagesByCursor() const = 0;
    //! Page sizes (a choice for classic, whose contacts reference gives none: the same 1..100).
    int minLimit() const { return 1; }
    int maxLimit() const { return 100; }
    //! How ContactQuery::owner goes on the wire: "ownerEmail" (Connect) or "ownerId" (classic).
    virtual QString ownerFilterName() const = 0;

    //! Request specs; an empty method when the generation lacks the operation. POSTs are never retried.
    virtual RequestSpec list(const QString &workspaceId, const ContactQuery &query) const = 0;
    virtual RequestSpec get(const QString &workspaceId, const QString &contactId) const = 0;
    virtual RequestSpec create(const QString &workspaceId, const ContactDraft &draft) const = 0;
    virtual RequestSpec upsert(const QString &workspaceId, const ContactDraft &draft) const = 0;
    virtual RequestSpec update(const QString &workspaceId, const QString &contactId,
                               const ContactDraft &draft) const = 0;
    virtual RequestSpec remove(const QString &workspaceId, const QString &contactId) const = 0;
    virtual RequestSpec attributeDefinitions(const QString &workspaceId) const = 0;

    //! Every problem of query this generation's server would reject, before anything is sent.
    FieldErrors validate(const ContactQuery &query) const;
    //! The draft's shape, the fields operation requires here, and the operation itself when the
    //! generation lacks it (field "operation"); for Update, a draft with nothing to change.
    FieldErrors validate(const ContactDraft &draft, ContactOperation operation) const;
    //! The fields (ContactDraft::FirstName, ...) operation requires in this generation.
    virtual QStringList requiredFields(ContactOperation operation) const = 0;

    virtual JsonDecoder::Result<ContactPage> decodePage(const QByteArray &body) const = 0;
    virtual JsonDecoder::Result<Contact> decodeContact(const QByteArray &body) const = 0;
    JsonDecoder::Result<QList<AttributeDefinition>> decodeAttributeDefinitions(const QByteArray &body) const;
    //! The generation's own JSON shapes, for --json output.
    virtual QJsonObject toJson(const Contact &contact) const = 0;
    virtual QJsonObject toJson(const ContactPage &page) const = 0;

protected:
    //! Common members of both shapes, in the reference's order.
    static QJsonObject commonJson(const Contact &contact);
};

} // namespace bridge
