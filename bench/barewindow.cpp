// bench-bare-window: the floor for the startup figure. A bare Qt Widgets window that quits after its
// first paint, printing first-rows-ms: N (since process start) on stderr, as bridge-desk does.
//   (no option)  an empty window: draws no text, so it never loads Qt's font database (fontconfig
//                scan) nor shapes a glyph; the floor of a Qt Widgets process, not of an app.
//   --text       one line of text as well.
//   --table      a QTableWidget of 20 rows by 6 columns of text like the sandbox's first page
//                (names in Latin, Greek, Cyrillic and CJK scripts, e-mail addresses, dates), a
//                header, alternating rows: the floor of a Qt app that shows a page of
//                conversations. The startup target is measured against this one.
#include "processuptime.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QTextStream>
#include <QTimer>
#include <QVBoxLayout>
#include <QWidget>

#include <array>

namespace {

class BareWindow : public QWidget {
protected:
    void paintEvent(QPaintEvent *) override {
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

QTableWidget *tableOfText(QWidget *parent) {
    constexpr std::array<const char *, 10> names{{"José García", "王芳", "Nguyễn Văn An", "Olúwaseun Adéyẹmí",
                                                  "田中さくら", "Αλέξανδρος Παππάς", "Мария Иванова",
                                                  "Ingrid Ødegård", "Jürgen Müller", "Sean O'Brien"}};
    constexpr std::array<const char *, 5> topics{{"Billing question", "Rückerstattung",
                                                  "Señal débil en la app", "Problème de livraison",
                                                  "Order #4521"}};
    constexpr std::array<const char *, 3> statuses{{"active", "ghost", "archived"}};
    constexpr int rows = 20;
    auto *table = new QTableWidget(rows, 6, parent);
    table->setHorizontalHeaderLabels({QStringLiteral("Name"), QStringLiteral("Customer"),
                                      QStringLiteral("Status"), QStringLiteral("Assigned"),
                                      QStringLiteral("Updated"), QStringLiteral("ID")});
    table->verticalHeader()->hide();
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    for (int row = 0; row < rows; ++row) {
        const QString name = QString::fromUtf8(names[size_t(row) % names.size()]);
        const QStringList cells{
            QString::fromUtf8(topics[size_t(row) % topics.size()]) + QStringLiteral(" — ") + name,
            name + QStringLiteral(" <customer") + QString::number(row) + QStringLiteral("@example.com>"),
            QString::fromLatin1(statuses[size_t(row) % statuses.size()]),
            QStringLiteral("agent%1@bridge.example").arg(row % 8),
            QStringLiteral("%1 min ago").arg(row * 7 + 2),
            QStringLiteral("conv_%1").arg(0x1312d6ac3f90LL + row * 7919, 12, 16, QLatin1Char('0')),
        };
        for (int column = 0; column < int(cells.size()); ++column)
            table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    return table;
}

} // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    BareWindow window;
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.contains(QStringLiteral("--text")))
        (new QVBoxLayout(&window))->addWidget(new QLabel(QStringLiteral("Conversations"), &window));
    else if (arguments.contains(QStringLiteral("--table")))
        (new QVBoxLayout(&window))->addWidget(tableOfText(&window));
    window.resize(1100, 700);
    window.show();
    return QApplication::exec();
}
