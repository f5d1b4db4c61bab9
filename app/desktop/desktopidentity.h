#pragma once

#include <QIcon>
#include <QString>

//! Who the application is to the desktop: names (QSettings paths, the keychain service), the
//! desktop file id the window manager matches against the installed .desktop file, and the icon
//! every window shows.
class DesktopIdentity {
public:
    //! The reverse-DNS id of packaging/<id>.desktop, its AppStream metainfo and the hicolor icon.
    static QString desktopId();
    //! The application icon: the installed theme icon when there is one, else the embedded SVG
    //! (rendered at any size by Qt's SVG icon engine plugin, so it stays sharp at every scale).
    static QIcon icon();
    //! Sets organization, application and display names, version, desktop file name and window icon.
    static void apply();
};
