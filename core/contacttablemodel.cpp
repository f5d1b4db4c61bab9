#include "contacttablemodel.h"

#include <algorithm>

namespace bridge {

ContactTableModel::ContactTableModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void ContactTableModel::setContacts(const QList<Contact> &contacts) {
    beginResetModel();
    m_rows = contacts;
    endResetModel();
}

void ContactTableModel::updateContact(const Contact &contact) {
    const int row = rowOf(contact.id);
    if (row < 0)
        return;
    m_rows[row] = contact;
    emit dataChanged(index(row, 0), index(row, int(Column::Count) - 1));
}

int ContactTableModel::rowOf(const QString &contactId) const {
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == contactId)
            return i;
    }
    return -1;
}

bool ContactTableModel::hasTypes() const {
    return std::any_of(m_rows.cbegin(), m_rows.cend(),
                       [](const Contact &c) { return c.type != ContactType::Unknown; });
}

int ContactTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ContactTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(Column::Count);
}

QString ContactTableModel::text(const Contact &contact, Column column) {
    switch (column) {
    case Column::Name:
        return contact.displayName();
    case Column::Email:
        return contact.email;
    case Column::Cellphone:
        return contact.cellphone;
    case Column::Type:
        return contactTypeName(contact.type);
    case Column::Owner:
        return contact.ownerId;
    case Column::Count:
        break;
    }
    return {};
}

QVariant ContactTableModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Contact &contact = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case RawValueRole:
        return text(contact, Column(index.column()));
    case ContactRole:
        return QVariant::fromValue(contact);
    case IdRole:
        return contact.id;
    default:
        return {};
    }
}

QVariant ContactTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Name:
        return tr("Name");
    case Column::Email:
        return tr("Email");
    case Column::Cellphone:
        return tr("Cellphone");
    case Column::Type:
        return tr("Type");
    case Column::Owner:
        return tr("Owner");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace bridge
