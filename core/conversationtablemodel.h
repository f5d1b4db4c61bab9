#pragma once

#include "conversation.h"
#include "statusvocabulary.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>

namespace bridge {

//! One page of conversations as a table. Display text, a raw value for sorting/filtering, and a
//! tooltip with the full values. Knows nothing of views, palettes or badges (a ui/ delegate draws those).
class ConversationTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class Column { Name, Status, Customer, Assigned, Updated, Created, Id, Count };
    enum Role {
        RawValueRole = Qt::UserRole + 1, //!< QString / QDateTime, for sorting and filtering
        ConversationRole,                //!< the whole bridge::Conversation
        IdRole,                          //!< the conversation id, any column
        ChangedRole,                     //!< bool: changed or new since the agent last looked (markSeen)
    };

    explicit ConversationTableModel(QObject *parent = nullptr);

    //! Replaces the rows. Rows whose ids are the same, in the same order, are updated in place
    //! (dataChanged, selection kept). When some ids are kept in the same relative order (a refresh:
    //! new rows at the top, rows gone), rows are removed and inserted (beginRemoveRows /
    //! beginInsertRows) and the kept ones updated in place; anything else is one reset.
    void setConversations(const QList<Conversation> &conversations);
    //! Replaces one row, matched by id; false when it is not on this page.
    bool updateConversation(const Conversation &conversation);

    //! The generation whose names the Status column shows (classic until set).
    void setStatuses(const StatusVocabulary &statuses);
    const StatusVocabulary &statuses() const { return *m_statuses; }

    const QList<Conversation> &conversations() const { return m_rows; }
    const Conversation *conversationAt(int row) const;
    int rowOf(const QString &id) const; //!< -1 when absent

    //! Marks ids as changed (ChangedRole true, dataChanged for rows on this page). The marks are
    //! kept by id, across pages, until markSeen / markAllSeen.
    void markChanged(const QStringList &ids);
    void markSeen(const QString &id); //!< dataChanged when the row is shown
    void markAllSeen();
    bool isChanged(const QString &id) const { return m_changed.contains(id); }
    QStringList changedIds() const; //!< sorted

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString columnTitle(Column column);
    //! "just now", "5 min ago", "3 h ago", "yesterday", "4 days ago", or the date for older ones;
    //! with dayShared (other rows fall on that day too) the day is followed by the time of day, so
    //! rows that share a day still tell apart.
    static QString relativeTime(const QDateTime &when, const QDateTime &now, bool dayShared = false);

private:
    bool updateIncrementally(const QList<Conversation> &conversations);
    void emitRowChanged(int row);
    //! Whether another row's date in column (Updated or Created) falls on when's local day.
    bool dayShared(Column column, const QDateTime &when) const;
    QString timeText(Column column, const QDateTime &when) const;

    QList<Conversation> m_rows;
    const StatusVocabulary *m_statuses = &StatusVocabulary::classic();
    QSet<QString> m_changed;
    //! Rows per local day of their Updated and Created dates; rebuilt when the rows have changed.
    mutable QHash<QDate, int> m_updatedDays, m_createdDays;
    mutable bool m_daysStale = true;
};

} // namespace bridge
