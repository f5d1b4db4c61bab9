#include "conversationtablemodel.h"

#include "statusvocabulary.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QStringList>

#include <utility>

namespace bridge {

namespace {

// Texts of the functions here belong to the class's context: lupdate reads the context from this
// declaration (a free tr() helper would be filed under "bridge" and never found at run time).
struct ModelText {
    Q_DECLARE_TR_FUNCTIONS(bridge::ConversationTableModel)
};

QString joinedIdentifiers(const QList<Participant> &participants) {
    return bridge::joinedIdentifiers(participants, u", ");
}

QString assignedText(const Conversation &c) {
    if (!c.internalParticipants.isEmpty())
        return joinedIdentifiers(c.internalParticipants);
    if (!c.teamId.isEmpty())
        return ModelText::tr("Team %1").arg(c.teamId);
    return {};
}

QString participantLines(const QList<Participant> &participants) {
    QStringList lines;
    lines.reserve(participants.size());
    for (const Participant &p : participants) {
        if (p.type.isEmpty())
            lines.append(p.identifier);
        else
            lines.append(ModelText::tr("%1 (%2)").arg(p.identifier, p.type));
    }
    return lines.join(QLatin1Char('\n'));
}

QString absoluteTime(const QDateTime &when) {
    if (!when.isValid())
        return {};
    return QLocale().toString(when.toLocalTime(), QLocale::LongFormat);
}

} // namespace

ConversationTableModel::ConversationTableModel(QObject *parent)
    : QAbstractTableModel(parent) {
    // Every way rows change ends in one of these: the day counts are rebuilt when next asked.
    const auto stale = [this] { m_daysStale = true; };
    connect(this, &QAbstractItemModel::modelReset, this, stale);
    connect(this, &QAbstractItemModel::rowsInserted, this, stale);
    connect(this, &QAbstractItemModel::rowsRemoved, this, stale);
    connect(this, &QAbstractItemModel::dataChanged, this, stale);
}

void ConversationTableModel::setStatuses(const StatusVocabulary &statuses) {
    if (m_statuses == &statuses)
        return;
    m_statuses = &statuses;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, int(Column::Status)), index(rowCount() - 1, int(Column::Status)));
}

void ConversationTableModel::setConversations(const QList<Conversation> &conversations) {
    bool sameIds = conversations.size() == m_rows.size();
    for (qsizetype i = 0; sameIds && i < conversations.size(); ++i)
        sameIds = conversations.at(i).id == m_rows.at(i).id;

    if (sameIds) {
        if (conversations == m_rows)
            return;
        m_rows = conversations;
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        return;
    }
    if (updateIncrementally(conversations))
        return;
    beginResetModel();
    m_rows = conversations;
    endResetModel();
}

bool ConversationTableModel::updateIncrementally(const QList<Conversation> &conversations) {
    // Only when some rows stay and keep their relative order (a refresh: rows arrived at the top,
    // others left): then removals and insertions keep the view's selection and scroll position.
    QHash<QString, qsizetype> newPos;
    newPos.reserve(conversations.size());
    for (qsizetype i = 0; i < conversations.size(); ++i)
        newPos.insert(conversations.at(i).id, i);
    qsizetype kept = 0;
    qsizetype lastPos = -1;
    for (const Conversation &c : std::as_const(m_rows)) {
        const auto it = newPos.constFind(c.id);
        if (it == newPos.cend())
            continue;
        if (*it <= lastPos)
            return false; // reordered
        lastPos = *it;
        ++kept;
    }
    if (kept == 0)
        return false;

    // 1. Remove the rows that left, bottom up, in contiguous ranges.
    for (qsizetype i = m_rows.size() - 1; i >= 0;) {
        if (newPos.contains(m_rows.at(i).id)) {
            --i;
            continue;
        }
        qsizetype first = i;
        while (first > 0 && !newPos.contains(m_rows.at(first - 1).id))
            --first;
        beginRemoveRows({}, int(first), int(i));
        m_rows.remove(first, i - first + 1);
        endRemoveRows();
        i = first - 1;
    }
    // 2. Insert the new ones where they belong, in contiguous ranges.
    for (qsizetype i = 0; i < conversations.size();) {
        if (i < m_rows.size() && m_rows.at(i).id == conversations.at(i).id) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < conversations.size() &&
               (i >= m_rows.size() || conversations.at(end).id != m_rows.at(i).id))
            ++end;
        beginInsertRows({}, int(i), int(end - 1));
        for (qsizetype j = i; j < end; ++j)
            m_rows.insert(j, conversations.at(j));
        endInsertRows();
        i = end;
    }
    // 3. Update the kept rows in place.
    for (qsizetype i = 0; i < conversations.size(); ++i) {
        if (m_rows.at(i) == conversations.at(i))
            continue;
        m_rows[i] = conversations.at(i);
        emitRowChanged(int(i));
    }
    return true;
}

void ConversationTableModel::emitRowChanged(int row) {
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
}

void ConversationTableModel::markChanged(const QStringList &ids) {
    for (const QString &id : ids) {
        if (m_changed.contains(id))
            continue;
        m_changed.insert(id);
        const int row = rowOf(id);
        if (row >= 0)
            emitRowChanged(row);
    }
}

void ConversationTableModel::markSeen(const QString &id) {
    if (!m_changed.remove(id))
        return;
    const int row = rowOf(id);
    if (row >= 0)
        emitRowChanged(row);
}

void ConversationTableModel::markAllSeen() {
    const QSet<QString> was = std::exchange(m_changed, {});
    for (const QString &id : was) {
        const int row = rowOf(id);
        if (row >= 0)
            emitRowChanged(row);
    }
}

QStringList ConversationTableModel::changedIds() const {
    QStringList ids(m_changed.cbegin(), m_changed.cend());
    ids.sort();
    return ids;
}

bool ConversationTableModel::updateConversation(const Conversation &conversation) {
    const int row = rowOf(conversation.id);
    if (row < 0)
        return false;
    if (m_rows.at(row) == conversation)
        return true;
    m_rows[row] = conversation;
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
    return true;
}

const Conversation *ConversationTableModel::conversationAt(int row) const {
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    return &m_rows.at(row);
}

int ConversationTableModel::rowOf(const QString &id) const {
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return int(i);
    }
    return -1;
}

int ConversationTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConversationTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant ConversationTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Conversation &c = m_rows.at(index.row());
    const auto column = Column(index.column());

    switch (role) {
    case ConversationRole:
        return QVariant::fromValue(c);
    case IdRole:
        return c.id;
    case ChangedRole:
        return m_changed.contains(c.id);
    case Qt::DisplayRole:
        switch (column) {
        case Column::Name:
            return c.name;
        case Column::Status:
            return m_statuses->displayName(c.status); // unknown values verbatim
        case Column::Customer:
            return joinedIdentifiers(c.externalParticipants);
        case Column::Assigned:
            return assignedText(c);
        case Column::Updated:
            return timeText(column, c.updatedAt);
        case Column::Created:
            return timeText(column, c.createdAt);
        case Column::Id:
            return c.id;
        case Column::Count:
            break;
        }
        return {};
    case RawValueRole:
        switch (column) {
        case Column::Name:
            return c.name;
        case Column::Status:
            return c.status.raw();
        case Column::Customer:
            return joinedIdentifiers(c.externalParticipants);
        case Column::Assigned:
            return assignedText(c);
        case Column::Updated:
            return c.updatedAt;
        case Column::Created:
            return c.createdAt;
        case Column::Id:
            return c.id;
        case Column::Count:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        switch (column) {
        case Column::Name:
            return c.name;
        case Column::Status:
            return c.status.raw();
        case Column::Customer:
            return participantLines(c.externalParticipants);
        case Column::Assigned:
            if (!c.internalParticipants.isEmpty())
                return participantLines(c.internalParticipants);
            return assignedText(c);
        case Column::Updated:
            return absoluteTime(c.updatedAt);
        case Column::Created:
            return absoluteTime(c.createdAt);
        case Column::Id:
            return c.id;
        case Column::Count:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant ConversationTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= int(Column::Count))
        return QAbstractTableModel::headerData(section, orientation, role);
    return columnTitle(Column(section));
}

QString ConversationTableModel::columnTitle(Column column) {
    switch (column) {
    case Column::Name:
        return tr("Name");
    case Column::Status:
        return tr("Status");
    case Column::Customer:
        return tr("Customer");
    case Column::Assigned:
        return tr("Assigned");
    case Column::Updated:
        return tr("Updated");
    case Column::Created:
        return tr("Created");
    case Column::Id:
        return tr("ID");
    case Column::Count:
        break;
    }
    return {};
}

QString ConversationTableModel::timeText(Column column, const QDateTime &when) const {
    if (!when.isValid())
        return QString();
    return relativeTime(when, QDateTime::currentDateTimeUtc(), dayShared(column, when));
}

bool ConversationTableModel::dayShared(Column column, const QDateTime &when) const {
    if (m_daysStale) {
        m_updatedDays.clear();
        m_createdDays.clear();
        for (const Conversation &c : m_rows) {
            if (c.updatedAt.isValid())
                ++m_updatedDays[c.updatedAt.toLocalTime().date()];
            if (c.createdAt.isValid())
                ++m_createdDays[c.createdAt.toLocalTime().date()];
        }
        m_daysStale = false;
    }
    const QHash<QDate, int> &days = column == Column::Updated ? m_updatedDays : m_createdDays;
    return days.value(when.toLocalTime().date()) > 1;
}

QString ConversationTableModel::relativeTime(const QDateTime &when, const QDateTime &now, bool dayShared) {
    if (!when.isValid())
        return {};
    const qint64 seconds = when.secsTo(now);
    if (seconds < 60)
        return tr("just now"); // includes the future (clock skew)
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return tr("%n min ago", nullptr, int(minutes));
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return tr("%n h ago", nullptr, int(hours));
    const QDateTime local = when.toLocalTime();
    const qint64 days = local.date().daysTo(now.toLocalTime().date());
    QString day;
    if (days <= 1)
        day = tr("yesterday");
    else if (days < 7)
        day = tr("%n days ago", nullptr, int(days));
    else
        day = QLocale().toString(local.date(), QLocale::ShortFormat);
    if (!dayShared)
        return day;
    //: A day ("yesterday", "3 days ago", a date), then the time of day: "yesterday, 14:05".
    return tr("%1, %2").arg(day, QLocale().toString(local.time(), QLocale::ShortFormat));
}

} // namespace bridge
