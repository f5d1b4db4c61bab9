#pragma once

#include "pagination.h"

#include <QList>

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QProgressBar;
class QToolButton;

namespace bridge {
class ApiDialect;
}

//! Below the table: First / Previous / Next / Last (buttons for the window's actions, so their
//! enabled state and shortcuts are the actions'), where the page sits ("Page 2 of 12 · 240
//! conversations" for a numbered list; "Page 3 · 20 conversations · more" for a cursored one, which
//! has no total and no Last), the page size, and a thin busy bar that shows while a page loads
//! without blocking anything.
class PagerBar : public QWidget {
    Q_OBJECT
public:
    //! The actions stay owned by the caller; the bar shows one icon button for each.
    PagerBar(QAction *first, QAction *previous, QAction *next, QAction *last, QWidget *parent = nullptr);

    //! The paging of the profile's API generation: the page sizes it allows (of 20, 50 and 100) and,
    //! for a cursored list, no Last button (the last page is not known until it is reached).
    void setPaging(const bridge::ApiDialect &dialect);
    //! rowsShown: the rows of the page (a cursored page's count).
    void setPagination(const bridge::Pagination &pagination, int rowsShown);
    void setPageSize(int limit); //!< shows it, without emitting pageSizeChosen()
    void setLoading(bool loading);

    QLabel *label() const { return m_label; }
    QComboBox *pageSizeBox() const { return m_pageSize; }
    QProgressBar *busyBar() const { return m_busy; }

    QToolButton *lastButton() const { return m_last; }

    //! "Page 2 of 12 · 240 conversations", or for a cursored page "Page 3 · 20 conversations · more"
    //! and "… · last page".
    static QString pageText(const bridge::Pagination &pagination, int rowsShown = 0);
    //! The page sizes a window offers.
    static QList<int> pageSizes(int minLimit, int maxLimit);

signals:
    void pageSizeChosen(int limit);

private:
    QToolButton *addButton(QAction *action);

    QToolButton *m_last = nullptr;
    QLabel *m_label;
    QComboBox *m_pageSize;
    QProgressBar *m_busy;
};
