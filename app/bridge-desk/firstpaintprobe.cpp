#include "firstpaintprobe.h"

#include "apierror.h"
#include "browsingcontroller.h"
#include "conversationtablemodel.h"
#include "mainwindow.h"
#include "processclock.h"

#include <QApplication>
#include <QEvent>
#include <QTableView>
#include <QTextStream>
#include <QTimer>

FirstPaintProbe::FirstPaintProbe(MainWindow *window)
    : QObject(window)
    , m_window(window) {
    connect(window, &MainWindow::pageShown, this, &FirstPaintProbe::arm);
    // Rows kept in the local store count too: they are shown before the server answers.
    QAbstractItemModel *model = window->controller()->model();
    connect(model, &QAbstractItemModel::modelReset, this, [this, model] {
        if (model->rowCount() > 0)
            arm();
    });
    connect(window->controller(), &bridge::BrowsingController::errorOccurred, this,
            [this](const bridge::ApiError &error) {
                if (m_armed)
                    return;
                QTextStream(stderr) << "bridge-desk: " << error.line() << Qt::endl;
                QCoreApplication::exit(1);
            });
}

void FirstPaintProbe::arm() {
    if (m_armed)
        return;
    m_armed = true;
    QWidget *viewport = m_window->conversationView()->viewport();
    viewport->installEventFilter(this);
    viewport->update();
}

bool FirstPaintProbe::eventFilter(QObject *watched, QEvent *event) {
    if (!m_done && event->type() == QEvent::Paint) {
        m_done = true;
        // Measure once this paint has run.
        QTimer::singleShot(0, this, &FirstPaintProbe::finish);
    }
    return QObject::eventFilter(watched, event);
}

void FirstPaintProbe::finish() {
    QTextStream(stderr) << "first-rows-ms: " << ProcessClock::elapsedMs() << Qt::endl;
    QCoreApplication::quit();
}
