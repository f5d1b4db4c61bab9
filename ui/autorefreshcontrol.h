#pragma once

#include "refreshwatcher.h"

#include <QPersistentModelIndex>
#include <QWidget>

class QComboBox;
class QTableView;
class QToolButton;

namespace bridge {
class BrowsingController;
}

//! Auto-refresh for the status bar: the interval combo (Off / 30 s / 1 min / 5 min) over a
//! RefreshWatcher, and a "3 new" button after a refresh brought new conversations to page 1
//! (clicking it scrolls to the top and clears it). While a refresh updates the rows in place it
//! keeps the scroll position: when the agent has scrolled down, the row at the top stays at the
//! top. Rows marked as changed are marked seen when the agent selects them.
//!
//! Object names: refreshInterval, newConversationsButton.
class AutoRefreshControl : public QWidget {
    Q_OBJECT
public:
    //! view shows controller's model (through a proxy); neither is owned.
    AutoRefreshControl(bridge::BrowsingController *controller, QTableView *view, QWidget *parent = nullptr);

    bridge::RefreshWatcher *watcher() const { return m_watcher; }
    QComboBox *intervalBox() const { return m_interval; }
    QToolButton *newButton() const { return m_new; }

    //! Sets the combo and the watcher (a remembered value; does not emit intervalChosen).
    void setInterval(bridge::RefreshWatcher::Interval interval);
    bridge::RefreshWatcher::Interval interval() const { return m_watcher->interval(); }
    //! Hides the "N new" button (another page, filter or workspace).
    void clearNew();

signals:
    //! The agent picked another interval in the combo.
    void intervalChosen(bridge::RefreshWatcher::Interval interval);

private:
    void rememberTop();
    void restoreTop();
    void markSelectionSeen();

    bridge::BrowsingController *m_controller;
    QTableView *m_view;
    bridge::RefreshWatcher *m_watcher;
    QComboBox *m_interval;
    QToolButton *m_new;
    int m_newCount = 0;
    QPersistentModelIndex m_top; //!< the row at the top of the scrolled view before a change
    int m_topOffset = 0;
};
