#pragma once

#include "contact.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace bridge {

//! A custom contact attribute of the workspace (GET .../settings/attributes): open attributes hold
//! free content, closed ones one or more of a fixed list of values, each known by its id.
struct AttributeDefinition {
    enum class Category { Open, Closed };
    struct ClosedValue {
        QString id;
        QString value;
        friend bool operator==(const ClosedValue &, const ClosedValue &) = default;
    };

    QString id;
    Category category = Category::Open;
    bool isRequired = false;
    QString keyName; //!< the name people know the attribute by
    QString type;    //!< as the server spells it (TEXT, NUMBER, ...), shown as it came
    QList<ClosedValue> closedValues;
    QDateTime deletedAt; //!< invalid when not archived

    bool isArchived() const { return deletedAt.isValid(); }
    //! What a stored value means: a closed value's text for its id, else the value itself.
    QString valueText(const QString &stored) const;

    friend bool operator==(const AttributeDefinition &, const AttributeDefinition &) = default;
};

//! A contact's attribute ready to show: its name and its values in words.
struct NamedAttribute {
    QString key;          //!< as the answer gave it
    QString name;         //!< the definition's keyName; the key itself when no definition matches
    QStringList values;   //!< closed values as their text
    bool defined = false; //!< a definition matched the key
    bool required = false;

    friend bool operator==(const NamedAttribute &, const NamedAttribute &) = default;
};

//! Names a contact's attributes by their definitions (matched by id, then by keyName), in the
//! order the contact has them; a key no definition knows is kept as it came.
QList<NamedAttribute> nameAttributes(const QList<ContactAttribute> &attributes,
                                     const QList<AttributeDefinition> &definitions);

//! "OPEN" / "CLOSED".
QString attributeCategoryName(AttributeDefinition::Category category);

} // namespace bridge
