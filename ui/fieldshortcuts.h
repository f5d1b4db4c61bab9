#pragma once

#include <QObject>

class QKeyEvent;
class QWidget;

//! Lets the window's Ctrl shortcuts through while the focus is in one of its text fields. A
//! QLineEdit claims several Ctrl keys for itself on Linux (Ctrl+K deletes to the end of the line,
//! Ctrl+D deletes a character), so Ctrl+K for the command palette or Ctrl+D for Save Current View…
//! pressed in a filter field would edit the field instead. Here, a Ctrl key that one of the window's
//! enabled actions holds goes to that action — except the editing keys everyone expects a field to
//! keep (copy, cut, paste, undo, redo, select all, word moves and deletes).
class FieldShortcuts : public QObject {
public:
    //! Watches the application's events for window's fields; window owns this.
    explicit FieldShortcuts(QWidget *window);
    ~FieldShortcuts() override;

    //! True when a field keeps key for editing, whatever the window's actions hold.
    static bool keptByFields(const QKeyEvent *key);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window;
};
