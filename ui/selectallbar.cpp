#include "selectallbar.h"

#include "bridgeclient.h"
#include "browsingcontroller.h"
#include "conversationcommands.h"
#include "conversationtablemodel.h"
#include "errorbanner.h"
#include "mainwindow.h"
#include "matchingids.h"
#include "themecolors.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

SelectAllBar::SelectAllBar(bridge::BridgeClient *client, MainWindow *window)
    : QFrame(window->errorBanner()->parentWidget())
    , m_client(client)
    , m_window(window)
    , m_walk(new bridge::MatchingIds(client, this))
    , m_label(new QLabel(this))
    , m_button(new QPushButton(this))
    , m_cancel(new QPushButton(tr("Cancel"), this)) {
    setObjectName(QStringLiteral("selectAllBar"));
    setAccessibleName(tr("Selection"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    updateColours();
    m_label->setTextFormat(Qt::PlainText);
    m_button->setObjectName(QStringLiteral("selectAllMatching"));
    m_button->setFlat(true);
    m_cancel->setObjectName(QStringLiteral("cancelSelectAll"));
    m_cancel->hide();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 2, 6, 2);
    layout->addWidget(m_label);
    layout->addWidget(m_button);
    layout->addStretch(1);
    layout->addWidget(m_cancel);
    hide();
    if (auto *column = qobject_cast<QVBoxLayout *>(parentWidget()->layout()))
        column->insertWidget(column->indexOf(window->errorBanner()) + 1, this);

    connect(m_button, &QPushButton::clicked, this, [this] { m_whole ? clear() : selectAllMatching(); });
    connect(m_cancel, &QPushButton::clicked, m_walk, &bridge::MatchingIds::cancel);
    connect(m_walk, &bridge::MatchingIds::progress, this, [this](int found, qint64 total) {
        m_label->setText(total >= 0 ? tr("Finding the matching conversations… %1 of %2").arg(found).arg(total)
                                    : tr("Finding the matching conversations… %1 so far").arg(found));
    });
    QTableView *table = window->conversationView();
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (m_whole && !m_gathering &&
            m_window->conversationView()->selectionModel()->selectedRows().size() !=
                m_window->controller()->model()->rowCount())
            clear(); // the agent picked rows: the actions are theirs again
        update();
    });
    connect(window->controller(), &bridge::BrowsingController::queryChanged, this, [this] {
        if (m_gathering)
            m_walk->cancel();
        if (m_whole)
            clear();
        update();
    });
    connect(window->controller(), &bridge::BrowsingController::pageShown, this, &SelectAllBar::update);
}

void SelectAllBar::changeEvent(QEvent *event) {
    if (event->type() == QEvent::PaletteChange && !m_updatingColours)
        updateColours(); // another theme: the tint is made again from its colours
    QFrame::changeEvent(event);
}

void SelectAllBar::updateColours() {
    const QPalette base = parentWidget() ? parentWidget()->palette() : palette();
    QPalette p = palette();
    p.setColor(QPalette::Window, ThemeColors::tinted(base, base.color(QPalette::Highlight), 0.15));
    m_updatingColours = true;
    setPalette(p);
    m_updatingColours = false;
}

void SelectAllBar::selectAllMatching() {
    m_whole = true;
    m_window->conversationView()->selectAll();
    m_window->commands()->setTargets(
        [this](std::function<void(const QStringList &)> act) { gather(std::move(act)); });
    update();
}

void SelectAllBar::clear() {
    m_whole = false;
    m_window->commands()->setTargets({});
    update();
}

void SelectAllBar::gather(const std::function<void(const QStringList &)> &act) {
    if (m_gathering)
        return;
    m_gathering = true;
    m_cancel->show();
    m_button->hide();
    m_label->setText(tr("Finding the matching conversations…"));
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection =
        connect(m_walk, &bridge::MatchingIds::finished, this,
                [this, act, connection](bool ok, bool, const bridge::ApiError &error) {
                    disconnect(*connection);
                    m_gathering = false;
                    m_cancel->hide();
                    m_button->show();
                    const QStringList ids = m_walk->ids();
                    if (!ok) {
                        if (!error.headline().isEmpty())
                            m_window->errorBanner()->showActionError(
                                tr("Could not read every matching conversation: %1").arg(error.headline()),
                                error.requestId);
                        update();
                        return;
                    }
                    clear(); // handed over: the next action is the selection's again
                    act(ids);
                });
    m_walk->start(m_window->controller()->query().filter);
}

void SelectAllBar::update() {
    if (m_gathering)
        return;
    bridge::BrowsingController *controller = m_window->controller();
    const int rows = controller->model()->rowCount();
    const int selected = int(m_window->conversationView()->selectionModel()->selectedRows().size());
    const bridge::Pagination &pagination = controller->pagination();
    const bool morePages =
        pagination.cursored ? (pagination.hasNext() || pagination.page > 1) : pagination.total > rows;
    if (m_whole) {
        m_label->setText(pagination.cursored
                             ? tr("All matching conversations, on every page, are selected.")
                             : tr("All %1 matching conversations are selected.").arg(pagination.total));
        m_button->setText(tr("Clear selection"));
        show();
        return;
    }
    if (rows == 0 || selected != rows || rows < 2 || !morePages) {
        hide();
        return;
    }
    m_label->setText(tr("All %Ln conversations on this page are selected.", nullptr, rows)); // never 1
    m_button->setText(pagination.cursored ? tr("Select all matching")
                                          : tr("Select all %L1 matching").arg(pagination.total));
    show();
}
