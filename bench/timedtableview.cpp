#include "timedtableview.h"

void TimedTableView::arm() {
    m_armed = true;
    m_lastMs = -1;
    m_clock.start();
}

void TimedTableView::paintEvent(QPaintEvent *event) {
    QTableView::paintEvent(event);
    if (m_armed) {
        m_armed = false;
        m_lastMs = double(m_clock.nsecsElapsed()) / 1e6;
    }
}
