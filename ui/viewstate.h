#pragma once

#include "conversationfilter.h"

#include <QByteArray>
#include <QString>

//! What the window remembers per workspace, in QSettings group "view/<workspaceId>": geometry,
//! splitter and header state, page size, the last filter and the auto-refresh interval.
struct ViewState {
    QByteArray geometry;
    QByteArray splitter;
    QByteArray header;
    int pageSize = 20;
    bridge::ConversationFilter filter; //!< as the agent last applied it; not validated here
    int refreshSeconds = 0;            //!< auto-refresh interval, 0 off (RefreshWatcher::intervalFromSeconds)

    static QString group(const QString &workspaceId);
    //! Reads from the application's QSettings; defaults for a workspace never seen.
    static ViewState load(const QString &workspaceId);
    void save(const QString &workspaceId) const;
};
