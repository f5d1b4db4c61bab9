#pragma once

#include "savedviews.h"

#include <QAbstractListModel>
#include <QHash>
#include <optional>

class QSettings;

namespace bridge {

//! A profile's SavedViews as a list model (the sidebar's), saved to QSettings after every change.
//! Knows, per filter, how many conversations matched when it was last loaded (classic says; a
//! cursored list never does), and which view's filter is the one shown. Rows move by moveRows()
//! (drag and drop in a list view) as well as by move().
class SavedViewsModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        FilterRole = Qt::UserRole + 1, //!< ConversationFilter
        PageSizeRole,                  //!< int
        CountRole,                     //!< qint64 when known, else invalid
        ActiveRole,                    //!< bool: its filter is the one shown
    };

    //! settings: not owned (nullptr: the app's QSettings).
    explicit SavedViewsModel(QSettings *settings = nullptr, QObject *parent = nullptr);

    //! Loads the views stored under group (a profile's), forgetting the counts. Empty group: none.
    void setGroup(const QString &group);
    QString group() const { return m_group; }
    const SavedViews &views() const { return m_views; }
    SavedView view(int row) const { return m_views.at(row); }

    QString nameProblem(const QString &name, int except = -1) const {
        return m_views.nameProblem(name, except);
    }
    //! Adds view at the end, or, when a view of that name exists, replaces its filter and page
    //! size in place. False when the name is refused.
    bool save(const SavedView &view);
    bool rename(int row, const QString &name);
    bool remove(int row);
    bool move(int from, int to);

    //! How many conversations filter matched at its last load (total < 0: unknown, forgotten).
    void setCount(const ConversationFilter &filter, qint64 total);
    std::optional<qint64> count(const ConversationFilter &filter) const;
    //! The filter shown in the window: the view holding it is ActiveRole.
    void setActiveFilter(const ConversationFilter &filter);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                  const QModelIndex &destinationParent, int destinationChild) override;

signals:
    //! After any change of the list itself (not of counts): names, order, filters.
    void viewsChanged();

private:
    void store();
    void rowsChangedFor(const ConversationFilter &filter);

    QSettings *m_settings;
    QString m_group;
    SavedViews m_views;
    QHash<QByteArray, qint64> m_counts; //!< by filterKey()
    ConversationFilter m_active;
    bool m_hasActive = false;
};

} // namespace bridge
