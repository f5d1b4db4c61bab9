#pragma once

#include "conversationfilter.h"

#include <QByteArray>
#include <QSet>
#include <QString>

namespace bridge {

//! Which views the agent asked to be told about, per profile, and the global switch (QSettings).
//! A view is a filter (status, customer, agent) whatever page or page size shows it. No view is
//! watched until the agent says so; the global switch starts on.
class WatchedViews {
public:
    //! The views remembered for profileKey (the same key as the window's view state).
    static WatchedViews load(const QString &profileKey);

    //! The application-wide switch: off, nothing is ever notified.
    static bool enabledGlobally();
    static void setEnabledGlobally(bool enabled);

    //! A stable key for the filter, independent of page, size and cursor.
    static QByteArray keyOf(const ConversationFilter &filter);

    bool isWatched(const ConversationFilter &filter) const { return m_keys.contains(keyOf(filter)); }
    //! Changes and saves at once.
    void setWatched(const ConversationFilter &filter, bool watched);
    const QString &profileKey() const { return m_profileKey; }

private:
    QString m_profileKey;
    QSet<QByteArray> m_keys;
};

} // namespace bridge
