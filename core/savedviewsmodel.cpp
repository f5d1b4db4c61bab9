#include "savedviewsmodel.h"

#include "listquery.h"

#include <QSettings>

namespace bridge {

namespace {

QByteArray filterKey(const ConversationFilter &filter) {
    ListQuery query; // page and limit fixed: a count belongs to the filter, not to a position
    query.filter = filter;
    return query.key();
}

} // namespace

SavedViewsModel::SavedViewsModel(QSettings *settings, QObject *parent)
    : QAbstractListModel(parent)
    , m_settings(settings) {}

void SavedViewsModel::setGroup(const QString &group) {
    beginResetModel();
    m_group = group;
    m_counts.clear();
    m_hasActive = false;
    if (group.isEmpty()) {
        m_views = {};
    } else if (m_settings) {
        m_views = SavedViews::load(*m_settings, group);
    } else {
        QSettings settings;
        m_views = SavedViews::load(settings, group);
    }
    endResetModel();
    emit viewsChanged();
}

bool SavedViewsModel::save(const SavedView &view) {
    const int existing = m_views.indexOf(view.name);
    if (existing >= 0) {
        m_views.replace(view);
        emit dataChanged(index(existing), index(existing));
    } else {
        if (!m_views.nameProblem(view.name).isEmpty())
            return false;
        beginInsertRows({}, m_views.size(), m_views.size());
        m_views.add(view);
        endInsertRows();
    }
    store();
    return true;
}

bool SavedViewsModel::rename(int row, const QString &name) {
    if (!m_views.rename(row, name))
        return false;
    emit dataChanged(index(row), index(row));
    store();
    return true;
}

bool SavedViewsModel::remove(int row) {
    if (row < 0 || row >= m_views.size())
        return false;
    beginRemoveRows({}, row, row);
    m_views.remove(row);
    endRemoveRows();
    store();
    return true;
}

bool SavedViewsModel::move(int from, int to) {
    if (from < 0 || to < 0 || from >= m_views.size() || to >= m_views.size() || from == to)
        return false;
    // beginMoveRows names the row the moved one goes before, counted before the move.
    return moveRows({}, from, 1, {}, to > from ? to + 1 : to);
}

bool SavedViewsModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                               const QModelIndex &destinationParent, int destinationChild) {
    if (sourceParent.isValid() || destinationParent.isValid() || count != 1 || sourceRow < 0 ||
        sourceRow >= m_views.size() || destinationChild < 0 || destinationChild > m_views.size())
        return false;
    const int to = destinationChild > sourceRow ? destinationChild - 1 : destinationChild;
    if (to == sourceRow)
        return false;
    if (!beginMoveRows({}, sourceRow, sourceRow, {}, destinationChild))
        return false;
    m_views.move(sourceRow, to);
    endMoveRows();
    store();
    return true;
}

void SavedViewsModel::setCount(const ConversationFilter &filter, qint64 total) {
    const QByteArray key = filterKey(filter);
    if (total < 0)
        m_counts.remove(key);
    else
        m_counts.insert(key, total);
    rowsChangedFor(filter);
}

std::optional<qint64> SavedViewsModel::count(const ConversationFilter &filter) const {
    const auto it = m_counts.constFind(filterKey(filter));
    return it == m_counts.cend() ? std::nullopt : std::optional(*it);
}

void SavedViewsModel::setActiveFilter(const ConversationFilter &filter) {
    if (m_hasActive && filter == m_active)
        return;
    m_active = filter;
    m_hasActive = true;
    if (!m_views.isEmpty())
        emit dataChanged(index(0), index(m_views.size() - 1), {ActiveRole, Qt::FontRole});
}

int SavedViewsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : m_views.size();
}

QVariant SavedViewsModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_views.size())
        return {};
    const SavedView &view = m_views.at(index.row());
    // The server's total is the filter's; a search's matches are counted when it runs.
    const std::optional<qint64> known = view.search.isEmpty() ? count(view.filter) : std::nullopt;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return view.name;
    case Qt::AccessibleTextRole:
        if (!known)
            return view.name;
        return (*known == 1 ? tr("%1, %n conversation", nullptr, 1)
                            : tr("%1, %Ln conversations", nullptr, int(*known)))
            .arg(view.name);
    case Qt::ToolTipRole: {
        const QString name =
            view.search.isEmpty() ? view.name : tr("%1 — searching “%2”").arg(view.name, view.search);
        if (index.row() < 9)
            return tr("%1 (Ctrl+%2)").arg(name).arg(index.row() + 1);
        return name;
    }
    case FilterRole:
        return QVariant::fromValue(view.filter);
    case PageSizeRole:
        return view.pageSize;
    case CountRole:
        return known ? QVariant::fromValue(*known) : QVariant();
    case ActiveRole:
        return m_hasActive && view.filter == m_active;
    default:
        return {};
    }
}

Qt::ItemFlags SavedViewsModel::flags(const QModelIndex &index) const {
    if (!index.isValid())
        return Qt::ItemIsDropEnabled; // between rows: where a dragged view lands
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

Qt::DropActions SavedViewsModel::supportedDropActions() const {
    return Qt::MoveAction;
}

void SavedViewsModel::store() {
    if (!m_group.isEmpty()) {
        if (m_settings) {
            m_views.save(*m_settings, m_group);
        } else {
            QSettings settings;
            m_views.save(settings, m_group);
        }
    }
    emit viewsChanged();
}

void SavedViewsModel::rowsChangedFor(const ConversationFilter &filter) {
    for (int row = 0; row < m_views.size(); ++row) {
        if (m_views.at(row).filter == filter)
            emit dataChanged(index(row), index(row), {CountRole, Qt::AccessibleTextRole});
    }
}

} // namespace bridge
