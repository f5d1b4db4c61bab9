#pragma once

#include "pagination.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QProgressBar;
class QToolButton;

//! Below the table: First / Previous / Next / Last (buttons for the window's actions, so their
//! enabled state and shortcuts are the actions'), "Page X of Y · N conversations", the page size,
//! and a thin busy bar that shows while a page loads without blocking anything.
class PagerBar : public QWidget {
    Q_OBJECT
public:
    //! The actions stay owned by the caller; the bar shows one icon button for each.
    PagerBar(QAction *first, QAction *previous, QAction *next, QAction *last, QWidget *parent = nullptr);

    void setPagination(const bridge::Pagination &pagination);
    void setPageSize(int limit); //!< shows it, without emitting pageSizeChosen()
    void setLoading(bool loading);

    QLabel *label() const { return m_label; }
    QComboBox *pageSizeBox() const { return m_pageSize; }
    QProgressBar *busyBar() const { return m_busy; }

    //! "Page 2 of 12 · 240 conversations"
    static QString pageText(const bridge::Pagination &pagination);

signals:
    void pageSizeChosen(int limit);

private:
    QToolButton *addButton(QAction *action);

    QLabel *m_label;
    QComboBox *m_pageSize;
    QProgressBar *m_busy;
};
