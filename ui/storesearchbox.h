#pragma once

#include <QLineEdit>

//! The search box over the local store: results as the agent types; Escape clears it (and so
//! returns to the server's list), a second Escape hands the keys back to the table.
class StoreSearchBox : public QLineEdit {
    Q_OBJECT
public:
    explicit StoreSearchBox(QWidget *parent = nullptr);

    //! Ctrl+F: focus with the text selected, so typing replaces it.
    void focusSearch();

signals:
    //! Escape on an empty box: the keys go back to where the agent was.
    void leaveRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
};
