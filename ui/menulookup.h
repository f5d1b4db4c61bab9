#pragma once

#include <QAction>
#include <QMenu>

//! The menu that shows action (the first one), found through the action so that whoever builds
//! the menu bar needs no hook for later additions; nullptr when no menu shows it.
inline QMenu *menuHolding(const QAction *action) {
    for (QObject *owner : action->associatedObjects()) {
        if (auto *menu = qobject_cast<QMenu *>(owner))
            return menu;
    }
    return nullptr;
}
