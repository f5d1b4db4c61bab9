#pragma once

#include "pagination.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace bridge {

//! Whether a Connect contact has every required identity field and required custom attribute
//! (Normal) or not yet (Partial). Classic answers carry no type: Unknown.
enum class ContactType { Unknown, Partial, Normal };

//! One custom attribute of a contact as an answer carries it: the attribute's key (its definition's
//! id) and its values (an open attribute's content, a closed attribute's value ids). Classic answers
//! carry one value per key.
struct ContactAttribute {
    QString key;
    QStringList values;

    friend bool operator==(const ContactAttribute &, const ContactAttribute &) = default;
};

//! A contact (a customer known to the workspace), in either generation's answers. Fields a
//! generation does not have, or an answer left null, are empty.
struct Contact {
    QString id;
    QString workspaceId;
    QString firstName;
    QString lastName;
    QString email;
    QString cellphone;    //!< E.164
    QString languageCode; //!< Connect: "ES", "EN"
    QString ownerId;
    ContactType type = ContactType::Unknown;
    QDateTime createdAt;
    QDateTime updatedAt;
    QList<ContactAttribute> attributes;

    //! First and last name, or the email, or the cellphone: what a list shows for the person.
    QString displayName() const;

    friend bool operator==(const Contact &, const Contact &) = default;
};

//! One page of a contacts list.
struct ContactPage {
    QList<Contact> contacts;
    Pagination pagination;

    friend bool operator==(const ContactPage &, const ContactPage &) = default;
};

//! "PARTIAL", "NORMAL", or "" for Unknown.
QString contactTypeName(ContactType type);

} // namespace bridge
