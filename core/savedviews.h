#pragma once

#include "conversationfilter.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QSettings;

namespace bridge {

//! A view the agent saved under a name: the filter and the page size it shows, and the search of the
//! local store made within that filter, if any.
struct SavedView {
    QString name;
    ConversationFilter filter;
    int pageSize = 20;
    QString search = {}; //!< empty: the server's list, page by page

    friend bool operator==(const SavedView &, const SavedView &) = default;
};

//! A profile's saved views, in the agent's order (the sidebar's, and Ctrl+1…9 for the first nine).
//! Names are unique regardless of case. Stored as a QSettings array in a group the caller names
//! (the window uses its view state's group, so each profile has its own).
class SavedViews {
    Q_DECLARE_TR_FUNCTIONS(bridge::SavedViews)

public:
    static constexpr int MaxNameLength = 64;

    const QList<SavedView> &views() const { return m_views; }
    int size() const { return int(m_views.size()); }
    bool isEmpty() const { return m_views.isEmpty(); }
    const SavedView &at(int index) const { return m_views.at(index); }
    //! Index of the view named name (case-insensitive), -1 when none.
    int indexOf(const QString &name) const;

    //! "" when name may be given to a view; else why not, for the agent: empty, spaces around it,
    //! too long, control characters, or taken by another view than the one at except.
    QString nameProblem(const QString &name, int except = -1) const;

    //! Appends view; false (nothing changed) when nameProblem() refuses its name.
    bool add(const SavedView &view);
    //! Replaces the filter, page size and search of the view named view.name, keeping its place;
    //! false when none.
    bool replace(const SavedView &view);
    bool rename(int index, const QString &name);
    bool remove(int index);
    //! Moves the view at from to index to (both within range); false when nothing moved.
    bool move(int from, int to);

    //! Reads the array under group; views with a name refused (edited by hand) are left out.
    static SavedViews load(QSettings &settings, const QString &group);
    //! Writes the whole list under group (replacing what was there).
    void save(QSettings &settings, const QString &group) const;

    friend bool operator==(const SavedViews &, const SavedViews &) = default;

private:
    QList<SavedView> m_views;
};

} // namespace bridge
