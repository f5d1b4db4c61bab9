#pragma once

#include "attributedefinition.h"
#include "fielderror.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace bridge {

//! A custom attribute to write: the definition's id and category (Connect sends open and closed
//! attributes in separate lists), and the content (open) or the closed value ids (closed).
struct ContactAttributeValue {
    QString definitionId;
    AttributeDefinition::Category category = AttributeDefinition::Category::Open;
    QStringList values;

    friend bool operator==(const ContactAttributeValue &, const ContactAttributeValue &) = default;
};

//! What a create, an upsert (Connect: create or update by cellphone) or an update sends. An empty
//! field is left out of the body: an update changes only the fields given (it cannot clear one).
struct ContactDraft {
    QString firstName;
    QString lastName;
    QString cellphone; //!< E.164: '+' and 8 to 15 digits
    QString email;
    QString ownerIdentifier; //!< classic: the owner's id; Connect: an id, or an email address
    QList<ContactAttributeValue> attributes;

    //! Field names as FieldError uses them (and the wire's names).
    static inline const QString FirstName = QStringLiteral("firstName");
    static inline const QString LastName = QStringLiteral("lastName");
    static inline const QString Cellphone = QStringLiteral("cellphone");
    static inline const QString Email = QStringLiteral("email");
    static inline const QString Owner = QStringLiteral("ownerIdentifier");
    static inline const QString Attributes = QStringLiteral("customAttributes");

    bool isEmpty() const;

    //! The shape of every field given, plus each of required that is empty. Messages in plain
    //! words, tied to the field names above ("customAttributes[1].values" for an attribute).
    FieldErrors validate(const QStringList &required) const;

    //! Why text is not an E.164 number ('+' then 8 to 15 digits); "" when it is.
    static QString cellphoneProblem(const QString &text);
    //! Why text is not shaped like an email address; "" when it is.
    static QString emailProblem(const QString &text);

    friend bool operator==(const ContactDraft &, const ContactDraft &) = default;
};

} // namespace bridge
