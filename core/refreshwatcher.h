#pragma once

#include "pagechanges.h"

#include <QObject>
#include <QTimer>

namespace bridge {

class BrowsingController;

//! Auto-refresh of the page shown: every interval, BrowsingController::refreshQuietly() (no loading
//! state, rows updated in place, new rows inserted at the top). Changed and new rows are marked on
//! the model (ConversationTableModel::ChangedRole) by the controller; this class says how many new
//! conversations page 1 got. The timer restarts whenever a page is shown, so a page the agent just
//! opened is not reloaded at once.
class RefreshWatcher : public QObject {
    Q_OBJECT
public:
    enum class Interval { Off = 0, Seconds30 = 30, Minute1 = 60, Minutes5 = 300 };
    Q_ENUM(Interval)

    explicit RefreshWatcher(BrowsingController *controller, QObject *parent = nullptr);

    void setInterval(Interval interval); //!< Off stops the timer
    Interval interval() const { return m_interval; }
    static QList<Interval> intervals();             //!< Off, 30 s, 1 min, 5 min, for a combo box
    static QString intervalName(Interval interval); //!< "Off", "30 s", "1 min", "5 min" (translated)
    //! The remembered value (settings store seconds): anything unknown becomes Off.
    static Interval intervalFromSeconds(int seconds);

    //! One quiet refresh now (the timer restarts).
    void refreshNow();
    //! Tests and demos: a period in milliseconds instead of the interval (0: back to the interval).
    void setIntervalMs(int ms);

signals:
    void intervalChanged(bridge::RefreshWatcher::Interval interval);
    //! After a refresh of page 1 that brought new conversations at the top ("3 new").
    void newConversations(int count);
    //! After every refresh of the page shown that came back (also when nothing changed).
    void refreshed(const bridge::PageChanges &changes);

private:
    void restartTimer();

    BrowsingController *m_controller;
    QTimer m_timer;
    Interval m_interval = Interval::Off;
    int m_overrideMs = 0;
};

} // namespace bridge
