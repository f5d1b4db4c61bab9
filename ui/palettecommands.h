#pragma once

#include "commandpalette.h"
#include "conversation.h"

#include <QObject>

class MainWindow;
class QAction;
class SavedViewsDock;

//! What the window's command palette offers, gathered each time it opens: every visible command of
//! the window and its menus (with its shortcut; disabled ones greyed), the profile's saved views,
//! the other profiles to switch to, and conversations: those shown in the details pane this
//! session (latest first), then the rows of the page shown. Ctrl+K (View ▸ Command Palette…, object
//! name commandPaletteAction) opens it.
class PaletteCommands : public QObject {
    Q_OBJECT
public:
    static constexpr int RecentCapacity = 10;

    PaletteCommands(MainWindow *window, SavedViewsDock *views);

    CommandPalette *palette() const { return m_palette; }
    QAction *openAction() const { return m_open; }
    QList<PaletteCommand> commands() const;
    //! Conversations shown in the details pane this session, latest first.
    const QList<bridge::Conversation> &recent() const { return m_recent; }

private:
    void noteShown(const bridge::Conversation &conversation);
    void addActions(QList<PaletteCommand> &out) const;
    void addViews(QList<PaletteCommand> &out) const;
    void addProfiles(QList<PaletteCommand> &out) const;
    void addConversations(QList<PaletteCommand> &out) const;

    MainWindow *m_window;
    SavedViewsDock *m_views;
    CommandPalette *m_palette;
    QAction *m_open;
    QList<bridge::Conversation> m_recent;
};
