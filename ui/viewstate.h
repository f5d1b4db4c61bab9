#pragma once

#include "participantref.h"

#include <QByteArray>
#include <QString>
#include <optional>

//! What the window remembers per workspace, in QSettings group "view/<workspaceId>": geometry,
//! splitter and header state, page size and the last filter.
struct ViewState {
    QByteArray geometry;
    QByteArray splitter;
    QByteArray header;
    int pageSize = 20;
    QString status;
    std::optional<bridge::ParticipantRef> customer;
    std::optional<bridge::ParticipantRef> agent;

    static QString group(const QString &workspaceId);
    //! Reads from the application's QSettings; defaults for a workspace never seen.
    static ViewState load(const QString &workspaceId);
    void save(const QString &workspaceId) const;
};
