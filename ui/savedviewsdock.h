#pragma once

#include <QDockWidget>

class MainWindow;
class QListView;
class QMenu;
class QToolButton;

namespace bridge {
class BridgeClient;
class SavedViewsModel;
struct SavedView;
} // namespace bridge

//! The sidebar of saved views, left of the conversations: the profile's SavedViewsModel in a list
//! (the view shown in bold, each with its count when the last load of its filter said one), opened by
//! a click, Enter or Ctrl+1…9, reordered by dragging or Alt+Up / Alt+Down. View ▸ Saved Views
//! (Ctrl+Shift+B) shows or hides it, remembered; until then it shows while there are views. Opening a view
//! applies its filter and page size as a filter change from the filter bar would, and its search of the
//! local store (or ends the one shown). Object names:
//! savedViewsDock, savedViewsList, saveViewButton; actions saveCurrentView, renameView, deleteView,
//! moveViewUp, moveViewDown, openSavedView1…9, toggleSavedViews.
class SavedViewsDock : public QDockWidget {
    Q_OBJECT
public:
    //! Adds itself to window (left) and its actions to window and its View menu. client: not owned.
    SavedViewsDock(bridge::BridgeClient *client, MainWindow *window);

    bridge::SavedViewsModel *model() const { return m_model; }
    QListView *list() const { return m_list; }
    //! The views of the profile or workspace whose view state is stored under group.
    void setGroup(const QString &group);
    //! Shows the view at row: its filter and page size, page 1; the Conversations view comes forward.
    void open(int row);
    //! Asks a name (window-modal, non-blocking) and saves the filter, page size and search shown under it.
    void saveCurrent();
    void renameCurrent();
    void deleteCurrent();
    void moveCurrent(int by);

    QAction *saveCurrentAction() const { return m_save; }
    QAction *toggleAction() const { return m_toggle; }
    QList<QAction *> openActions() const { return m_openActions; }

signals:
    void notice(const QString &text);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void addToViewMenu();
    void updateActions();
    void showAsRemembered();
    void noteShownPage();
    int currentRow() const;
    QString suggestedName() const;

    bridge::BridgeClient *m_client;
    MainWindow *m_window;
    bridge::SavedViewsModel *m_model;
    QListView *m_list;
    QToolButton *m_addButton;
    QAction *m_save;
    QAction *m_rename;
    QAction *m_delete;
    QAction *m_moveUp;
    QAction *m_moveDown;
    QAction *m_toggle;
    QList<QAction *> m_openActions;
};
