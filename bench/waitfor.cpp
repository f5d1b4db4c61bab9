#include "waitfor.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QTimer>

bool waitFor(const std::function<bool()> &condition, int timeoutMs) {
    const QDeadlineTimer deadline(timeoutMs);
    QTimer wake; // WaitForMoreEvents sleeps until something happens: make sure something does
    wake.start(20);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents | QEventLoop::AllEvents);
    }
    // Objects released with deleteLater() (finished replies) go now: the driver is between
    // measurements, in no callback, so nothing on the stack still uses them.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return true;
}
