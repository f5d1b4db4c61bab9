#pragma once

#include <QObject>

class QWidget;

//! Grows a window (never shrinks it) whenever its layout settles on a taller height for the
//! window's width, so wrapped text that appears later (a field hint, a banner, a notice) is not
//! clipped: a window's minimum size does not follow word-wrapped labels on its own.
class WindowGrower : public QObject {
    Q_OBJECT
public:
    //! Watches window for its whole life; owned by it.
    static void install(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit WindowGrower(QWidget *window);
    void grow();

    QWidget *m_window;
    bool m_pending = false;
};
