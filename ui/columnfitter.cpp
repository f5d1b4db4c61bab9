#include "columnfitter.h"

#include <QEvent>
#include <QHeaderView>
#include <QTableView>

ColumnFitter *ColumnFitter::install(QTableView *table, const QList<int> &stretching, int minimum,
                                    const QList<int> &dropOrder) {
    return new ColumnFitter(table, stretching, minimum, dropOrder);
}

ColumnFitter::ColumnFitter(QTableView *table, const QList<int> &stretching, int minimum,
                           const QList<int> &dropOrder)
    : QObject(table)
    , m_table(table)
    , m_stretching(stretching)
    , m_minimum(minimum)
    , m_dropOrder(dropOrder) {
    for (int column : stretching)
        table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
    m_viewport = table->viewport();
    m_viewport->installEventFilter(this);
}

bool ColumnFitter::eventFilter(QObject *watched, QEvent *event) {
    // Compared with the viewport kept at the start: while the table is being destroyed its
    // viewport still sends events, and the table may no longer be asked anything.
    if (event->type() == QEvent::Resize && watched == m_viewport)
        fit();
    return QObject::eventFilter(watched, event);
}

void ColumnFitter::fit() {
    if (m_fitting) // hiding a column can resize the viewport (a scroll bar goes away)
        return;
    m_fitting = true;
    QHeaderView *header = m_table->horizontalHeader();
    int fixed = 0;
    for (int column = 0; column < header->count(); ++column) {
        if (m_stretching.contains(column))
            continue;
        if (!header->isSectionHidden(column))
            m_widths[column] = header->sectionSize(column);
        fixed += m_widths.value(column, header->sectionSize(column));
    }
    // Every column that can step aside is back; then they leave, least needed first, until the
    // stretching ones have their minimum each.
    const int wanted = m_minimum * int(m_stretching.size());
    const int available = m_table->viewport()->width();
    QList<int> hidden;
    for (int column : std::as_const(m_dropOrder)) {
        if (available - fixed >= wanted)
            break;
        hidden << column;
        fixed -= m_widths.value(column);
    }
    for (int column : std::as_const(m_dropOrder)) {
        const bool hide = hidden.contains(column);
        if (header->isSectionHidden(column) == hide)
            continue;
        header->setSectionHidden(column, hide);
        if (!hide)
            header->resizeSection(column, m_widths.value(column));
    }
    m_fitting = false;
}
