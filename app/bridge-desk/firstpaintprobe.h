#pragma once

#include <QObject>

class MainWindow;

//! --exit-after-load: waits for the window's first page, then for the table to paint it, prints
//! "first-rows-ms: N" (N from process start) on stderr and quits. A load error before the first
//! page prints it and quits with status 1.
class FirstPaintProbe : public QObject {
    Q_OBJECT
public:
    explicit FirstPaintProbe(MainWindow *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    //! Rows are on the model: the next paint of the table's viewport is the one measured.
    void arm();
    void finish();

    MainWindow *m_window;
    bool m_armed = false;
    bool m_done = false;
};
