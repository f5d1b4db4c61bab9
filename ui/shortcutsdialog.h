#pragma once

#include "shortcutscheme.h"

#include <QDialog>

class FieldHint;
class QAction;
class QKeySequenceEdit;
class QPushButton;
class QTreeWidget;

//! File ▸ Keyboard Shortcuts…: every command of the window with its key, changed by pressing the
//! new key over the selected command's field. A key another command holds is refused with a line
//! that names the holder; Reset gives one command its default back, Restore All Defaults all of
//! them. Changes apply at once and are remembered for every profile (ShortcutScheme in QSettings).
//! Object names: shortcutList, shortcutEdit, shortcutHint, resetShortcut, restoreAllShortcuts.
class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ShortcutsDialog(QWidget *window);

    //! The scheme of window's actions: every action with an object name and a text, its default key
    //! the one it had when first seen; fixed keys (Ctrl+1…9) left out.
    static bridge::ShortcutScheme schemeOf(QWidget *window);
    //! Reads the stored keys and puts them on window's actions (at start-up, and after a change).
    static void applyStored(QWidget *window);
    //! Adds Keyboard Shortcuts… to window (and to the menu of before, right after it) and puts the
    //! stored keys on window's actions. Call once every action of the window exists.
    static QAction *install(QWidget *window, QAction *before);

    QTreeWidget *list() const { return m_list; }
    QKeySequenceEdit *keyEdit() const { return m_edit; }
    FieldHint *hint() const { return m_hint; }

private:
    void fill();
    void showCurrent();
    void tryKey(const QString &key);
    void commit();
    QString currentId() const;

    QWidget *m_window;
    bridge::ShortcutScheme m_scheme;
    QTreeWidget *m_list;
    QKeySequenceEdit *m_edit;
    FieldHint *m_hint;
    QPushButton *m_clear;
    QPushButton *m_reset;
    bool m_showing = false;
};
