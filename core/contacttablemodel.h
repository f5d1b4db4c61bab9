#pragma once

#include "contact.h"

#include <QAbstractTableModel>

namespace bridge {

//! One page of contacts as rows: name, email, cellphone, type (Connect's PARTIAL / NORMAL; empty
//! in classic answers, which carry none) and owner. Replaced whole with each page.
class ContactTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class Column { Name, Email, Cellphone, Type, Owner, Count };
    enum Role {
        RawValueRole = Qt::UserRole + 1, //!< QString, for sorting
        ContactRole,                     //!< the whole bridge::Contact
        IdRole,                          //!< the contact id, any column
    };

    explicit ContactTableModel(QObject *parent = nullptr);

    //! One reset.
    void setContacts(const QList<Contact> &contacts);
    const QList<Contact> &contacts() const { return m_rows; }
    //! Replaces the row of contact.id, if shown (after an edit).
    void updateContact(const Contact &contact);
    int rowOf(const QString &contactId) const;
    //! Whether any row has a type (Connect answers do): the view hides the column otherwise.
    bool hasTypes() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static QString text(const Contact &contact, Column column);
    QList<Contact> m_rows;
};

} // namespace bridge

Q_DECLARE_METATYPE(bridge::Contact)
