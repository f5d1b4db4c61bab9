#pragma once

#include <QElapsedTimer>
#include <QTableView>

//! A QTableView that can time "until the rows are painted": arm() starts the clock, and the end of
//! the next viewport paint event stops it.
class TimedTableView : public QTableView {
    Q_OBJECT
public:
    using QTableView::QTableView;

    void arm();
    bool isArmed() const { return m_armed; }
    double lastMs() const { return m_lastMs; } //!< arm() to the end of the paint that followed

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QElapsedTimer m_clock;
    bool m_armed = false;
    double m_lastMs = -1;
};
