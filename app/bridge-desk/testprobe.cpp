#include "testprobe.h"

#include "browsingcontroller.h"
#include "connectionstatus.h"
#include "conversationtablemodel.h"
#include "errorbanner.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "pagerbar.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDockWidget>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocalSocket>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStatusBar>

#include <fcntl.h>
#include <unistd.h>

using Column = bridge::ConversationTableModel::Column;

namespace {

constexpr int HeartbeatMs = 10;

QString visibleText(const QWidget *shownIf, const QLabel *label) {
    return shownIf && shownIf->isVisible() ? label->text() : QString();
}

//! Everything w shows or tells a screen reader: its text as drawn (a password field's dots, not its
//! value), tooltip, accessible texts, and for an item view every cell's text and tooltip.
void addTexts(const QWidget *w, QJsonArray &out) {
    const auto add = [&out](const QString &text) {
        if (!text.isEmpty())
            out.append(text);
    };
    add(w->windowTitle());
    add(w->toolTip());
    if (const auto *label = qobject_cast<const QLabel *>(w))
        add(label->text());
    if (const auto *button = qobject_cast<const QAbstractButton *>(w))
        add(button->text());
    if (const auto *edit = qobject_cast<const QLineEdit *>(w))
        add(edit->displayText());
    if (const auto *text = qobject_cast<const QPlainTextEdit *>(w))
        add(text->toPlainText());
    if (const auto *combo = qobject_cast<const QComboBox *>(w))
        add(combo->currentText());
    if (const auto *view = qobject_cast<const QAbstractItemView *>(w); view && view->model()) {
        const QAbstractItemModel *model = view->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                add(model->index(row, column).data(Qt::DisplayRole).toString());
                add(model->index(row, column).data(Qt::ToolTipRole).toString());
            }
        }
    }
    if (QAccessibleInterface *a11y = QAccessible::queryAccessibleInterface(const_cast<QWidget *>(w))) {
        add(a11y->text(QAccessible::Name));
        add(a11y->text(QAccessible::Description));
        add(a11y->text(QAccessible::Value));
    }
}

} // namespace

TestProbe::TestProbe(const QString &socketName, QObject *parent)
    : QObject(parent)
    , m_name(socketName) {
    // Opened from the GUI thread: /proc/thread-self resolves to this thread at open time.
    m_schedstat = ::open("/proc/thread-self/schedstat", O_RDONLY | O_CLOEXEC);
    m_heartbeat.setTimerType(Qt::PreciseTimer);
    m_heartbeat.setInterval(HeartbeatMs);
    connect(&m_heartbeat, &QTimer::timeout, this, &TestProbe::tick);
    connect(&m_server, &QLocalServer::newConnection, this, &TestProbe::onConnection);
    m_clock.start();
    resetStall();
    m_heartbeat.start();
}

TestProbe::~TestProbe() {
    if (m_schedstat >= 0)
        ::close(m_schedstat);
}

bool TestProbe::listen(QString *error) {
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    // No removeServer(): it would delete whatever file the name points at. Tests use fresh names.
    if (m_server.listen(m_name))
        return true;
    if (error)
        *error = m_server.errorString();
    return false;
}

void TestProbe::setWindow(MainWindow *window) {
    m_window = window;
    connect(window, &MainWindow::pageShown, this, [this] { ++m_pagesShown; });
}

void TestProbe::onConnection() {
    while (QLocalSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    }
}

void TestProbe::onReadyRead(QLocalSocket *socket) {
    while (socket->canReadLine()) {
        const QByteArray command = socket->readLine().trimmed();
        socket->write(answer(command) + '\n');
        socket->flush();
    }
}

QByteArray TestProbe::answer(const QByteArray &command) {
    MainActions *actions = m_window ? m_window->actions() : nullptr;
    if (command == "refresh" && actions)
        actions->refresh->trigger();
    else if (command == "next" && actions)
        actions->nextPage->trigger();
    else if (command == "inspector" && actions)
        actions->requestInspector->trigger();
    else if (command == "details" && m_window && m_window->errorBanner()->detailsButton()->isVisible())
        m_window->errorBanner()->detailsButton()->click();
    else if (command == "quit" && actions)
        actions->quit->trigger();
    else if (command == "reset-stall")
        resetStall();
    else if (command == "texts")
        return texts();
    else if (command != "state")
        return R"({"error":"unknown command or no window yet"})";
    return state();
}

QByteArray TestProbe::state() const {
    QJsonObject out;
    out.insert(QLatin1String("maxGapMs"), double(m_maxGapNs) / 1e6);
    out.insert(QLatin1String("maxStallMs"), double(m_maxStallNs) / 1e6);
    out.insert(QLatin1String("ticks"), double(m_ticks));
    out.insert(QLatin1String("schedstat"), m_schedstat >= 0);

    QJsonArray dialogs;
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (const QWidget *w : windows) {
        if (w->isVisible() && qobject_cast<const QDialog *>(w))
            dialogs.append(w->windowTitle());
    }
    out.insert(QLatin1String("dialogs"), dialogs);

    out.insert(QLatin1String("window"), bool(m_window));
    if (!m_window)
        return QJsonDocument(out).toJson(QJsonDocument::Compact);

    const QSortFilterProxyModel *proxy = m_window->proxyModel();
    QJsonArray rows;
    for (int row = 0; row < proxy->rowCount(); ++row)
        rows.append(
            proxy->index(row, int(Column::Id)).data(bridge::ConversationTableModel::IdRole).toString());
    out.insert(QLatin1String("rows"), rows);
    out.insert(QLatin1String("pager"), m_window->pagerBar()->label()->text());
    out.insert(QLatin1String("loading"), m_window->controller()->isLoading());
    const ErrorBanner *banner = m_window->errorBanner();
    out.insert(QLatin1String("banner"), visibleText(banner, banner->label()));
    out.insert(QLatin1String("bannerDetail"), banner->isVisible() ? banner->label()->toolTip() : QString());
    out.insert(QLatin1String("bannerOffersSettings"),
               banner->isVisible() && banner->settingsButton()->isVisible());
    const ConnectionStatus *status = m_window->connectionStatus();
    out.insert(QLatin1String("skew"), visibleText(status->skewLabel(), status->skewLabel()));
    out.insert(QLatin1String("source"), status->sourceLabel()->text());
    out.insert(QLatin1String("statusMessage"), m_window->statusBar()->currentMessage());
    out.insert(QLatin1String("pagesShown"), m_pagesShown);
    out.insert(QLatin1String("refreshedAt"),
               m_window->controller()->lastRefreshed().toString(Qt::ISODateWithMs));
    // The request inspector's panes (each on a tab of the dock), while the dock is shown.
    QJsonObject inspector;
    const auto docks = m_window->findChildren<QDockWidget *>();
    bool shown = false;
    for (const QDockWidget *d : docks)
        shown = shown || (d->isVisible() && d->findChild<QPlainTextEdit *>(QLatin1String("headers")));
    for (const char *name : {"stringToSign", "headers", "requestBody", "response"}) {
        const auto *pane = m_window->findChild<QPlainTextEdit *>(QLatin1String(name));
        inspector.insert(QLatin1String(name), shown && pane ? pane->toPlainText() : QString());
    }
    out.insert(QLatin1String("inspector"), inspector);
    return QJsonDocument(out).toJson(QJsonDocument::Compact);
}

QByteArray TestProbe::texts() const {
    QJsonArray texts;
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (const QWidget *window : windows) {
        if (!window->isVisible())
            continue;
        addTexts(window, texts);
        const auto children = window->findChildren<QWidget *>();
        for (const QWidget *w : children) {
            if (w->isVisible())
                addTexts(w, texts);
        }
    }
    QJsonObject out;
    out.insert(QLatin1String("texts"), texts);
    return QJsonDocument(out).toJson(QJsonDocument::Compact);
}

qint64 TestProbe::runqueueWaitNs() const {
    if (m_schedstat < 0)
        return 0;
    // "<ns on cpu> <ns waiting on a runqueue> <timeslices>"
    char buffer[96];
    const ssize_t n = ::pread(m_schedstat, buffer, sizeof buffer - 1, 0);
    if (n <= 0)
        return m_lastWaitNs;
    buffer[n] = '\0';
    const QList<QByteArray> fields = QByteArray(buffer, n).simplified().split(' ');
    return fields.size() >= 2 ? fields.at(1).toLongLong() : m_lastWaitNs;
}

void TestProbe::tick() {
    const qint64 now = m_clock.nsecsElapsed();
    const qint64 wait = runqueueWaitNs();
    const qint64 gap = now - m_lastTickNs;
    m_maxGapNs = qMax(m_maxGapNs, gap);
    m_maxStallNs = qMax(m_maxStallNs, gap - (wait - m_lastWaitNs));
    m_lastTickNs = now;
    m_lastWaitNs = wait;
    ++m_ticks;
}

void TestProbe::resetStall() {
    m_lastTickNs = m_clock.nsecsElapsed();
    m_lastWaitNs = runqueueWaitNs();
    m_maxGapNs = 0;
    m_maxStallNs = 0;
    m_ticks = 0;
}
