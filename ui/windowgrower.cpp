#include "windowgrower.h"

#include <QEvent>
#include <QLayout>
#include <QTimer>
#include <QWidget>

void WindowGrower::install(QWidget *window) {
    if (window && !window->findChild<WindowGrower *>(QString(), Qt::FindDirectChildrenOnly))
        window->installEventFilter(new WindowGrower(window));
}

WindowGrower::WindowGrower(QWidget *window)
    : QObject(window)
    , m_window(window) {}

bool WindowGrower::eventFilter(QObject *watched, QEvent *event) {
    // The layout handles LayoutRequest after this filter; look once it has.
    if (watched == m_window && event->type() == QEvent::LayoutRequest && !m_pending) {
        m_pending = true;
        QTimer::singleShot(0, this, &WindowGrower::grow);
    }
    return false;
}

void WindowGrower::grow() {
    m_pending = false;
    if (!m_window->isVisible() || !m_window->layout())
        return;
    const int needed = m_window->hasHeightForWidth() ? m_window->heightForWidth(m_window->width())
                                                     : m_window->sizeHint().height();
    if (needed > m_window->height())
        m_window->resize(m_window->width(), needed);
}
