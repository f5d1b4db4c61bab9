#pragma once

#include <QHash>
#include <QList>
#include <QObject>

class QTableView;

//! Keeps a table readable at any width: its stretching columns share the spare width, and when one
//! would fall under its minimum the least needed columns step aside, in the order given, and come
//! back when there is room again. The conversation table uses it so that opening the details pane
//! (which shows those columns' values anyway) never squeezes the names to a few letters.
class ColumnFitter : public QObject {
    Q_OBJECT
public:
    //! Watches table for its whole life; owned by it. Columns in stretching are set to stretch;
    //! each keeps at least minimum pixels while a column of dropOrder can still step aside.
    static ColumnFitter *install(QTableView *table, const QList<int> &stretching, int minimum,
                                 const QList<int> &dropOrder);

    //! Lays the columns out again for the table's width (after widths were set by hand, say).
    void fit();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ColumnFitter(QTableView *table, const QList<int> &stretching, int minimum, const QList<int> &dropOrder);

    QTableView *m_table;
    QObject *m_viewport = nullptr; //!< only compared, never called: it outlives the table's destructor body
    QList<int> m_stretching;
    int m_minimum;
    QList<int> m_dropOrder;
    QHash<int, int> m_widths; //!< each non-stretching column's width, remembered while it is hidden
    bool m_fitting = false;
};
