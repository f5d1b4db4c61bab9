#pragma once

#include "attributedefinition.h"
#include "contact.h"
#include "jsondecoder.h"

namespace bridge {

//! Strict decoding of the contacts answers of both generations (api-connect.md, "Contacts"). A
//! failure names the place ("contacts[2].createdAt: expected an RFC 3339 date-time, got ..."),
//! unknown extra fields are ignored, nullable fields may be null.
class ContactDecoder {
public:
    template <typename T> using Result = JsonDecoder::Result<T>;

    //! Classic: {"contacts": [...], "pagination": {page, limit, total, totalPages}}; a contact's
    //! customAttributes are [{"key", "value"}].
    static Result<ContactPage> classicPage(const QByteArray &body);
    static Result<Contact> classicContact(const QByteArray &body);
    //! Connect: {"contacts": [...], "cursor": string or null}; a contact has a required type
    //! (PARTIAL or NORMAL) and customAttributes [{"key", "values": [...]}].
    static Result<ContactPage> connectPage(const QByteArray &body);
    static Result<Contact> connectContact(const QByteArray &body);
    //! Both: {"customAttributes": [{id, category, isRequired, keyName, type,
    //! closedAttributesValues: [{id, value}], deletedAt}]}.
    static Result<QList<AttributeDefinition>> attributeDefinitions(const QByteArray &body);
};

} // namespace bridge
