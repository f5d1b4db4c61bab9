// bench-bare-window: the floor for the startup figure. A bare Qt Widgets window that quits after its
// first paint, printing first-rows-ms: N (since process start) on stderr, as bridge-desk does.
// With --text it shows one line of text as well: the floor of any window that draws text, which
// pays for Qt's font database (fontconfig scan) and text shaping; a bare window never does.
#include "processuptime.h"

#include <QApplication>
#include <QLabel>
#include <QVBoxLayout>
#include <QTextStream>
#include <QTimer>
#include <QWidget>

namespace {

class BareWindow : public QWidget
{
protected:
    void paintEvent(QPaintEvent *) override
    {
        if (m_painted)
            return;
        m_painted = true;
        QTimer::singleShot(0, qApp, [] { // once this paint has run, as bridge-desk measures
            QTextStream(stderr) << "first-rows-ms: " << processUptimeMs() << Qt::endl;
            QCoreApplication::quit();
        });
    }

private:
    bool m_painted = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    BareWindow window;
    if (QCoreApplication::arguments().contains(QStringLiteral("--text")))
        (new QVBoxLayout(&window))->addWidget(new QLabel(QStringLiteral("Conversations"), &window));
    window.resize(1100, 700);
    window.show();
    return QApplication::exec();
}
