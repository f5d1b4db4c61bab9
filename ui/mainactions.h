#pragma once

#include <QObject>

class QAction;
class QMenuBar;
class QWidget;

//! The main window's commands, with their shortcuts, and the menus that show them. Plain holder:
//! the window connects the triggers. Every action is added to the window, so its shortcut works
//! wherever the focus is inside it.
class MainActions : public QObject {
    Q_OBJECT
public:
    explicit MainActions(QWidget *window);

    void fillMenuBar(QMenuBar *bar) const;

    QAction *newConversation;      //!< Ctrl+N
    QAction *newGhostConversation; //!< Ctrl+Shift+N
    QAction *settings;             //!< Ctrl+,
    QAction *quit;                 //!< Ctrl+Q
    QAction *refresh;              //!< F5
    QAction *firstPage;            //!< Ctrl+Home
    QAction *previousPage;         //!< Ctrl+PgUp
    QAction *nextPage;             //!< Ctrl+PgDown
    QAction *lastPage;             //!< Ctrl+End
    QAction *focusFilter;          //!< Ctrl+F
    QAction *about;

    // Acting on conversations (the selection), and working in bulk.
    QAction *archive;             //!< Ctrl+E
    QAction *reactivate;          //!< Ctrl+Shift+E
    QAction *setStatus;           //!< Ctrl+T: where the API generation has no Archive / Re-activate
    QAction *rename;              //!< F2
    QAction *openById;            //!< Ctrl+L
    QAction *exportConversations; //!< Ctrl+Shift+S
    QAction *importCsv;           //!< Ctrl+I
    QAction *requestInspector;    //!< Ctrl+Shift+I, checkable: the dock is shown
    QAction *watchView;           //!< checkable: notify about changes in the view shown

    // The main area's two views (Ctrl+K and Ctrl+1…9 stay free for other uses).
    QAction *showConversations; //!< Ctrl+Shift+O
    QAction *showContacts;      //!< Ctrl+Shift+C
};
