#include "autorefreshcontrol.h"

#include "browsingcontroller.h"
#include "conversationtablemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QScrollBar>
#include <QTableView>
#include <QToolButton>

using bridge::RefreshWatcher;

AutoRefreshControl::AutoRefreshControl(bridge::BrowsingController *controller, QTableView *view,
                                       QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_view(view)
    , m_watcher(new RefreshWatcher(controller, this))
    , m_interval(new QComboBox(this))
    , m_new(new QToolButton(this)) {
    m_interval->setObjectName(QStringLiteral("refreshInterval"));
    m_interval->setAccessibleName(tr("Auto-refresh interval"));
    m_interval->setToolTip(tr("Reload the page shown in the background, marking what changed"));
    for (const RefreshWatcher::Interval interval : RefreshWatcher::intervals())
        m_interval->addItem(RefreshWatcher::intervalName(interval), int(interval));
    auto *label = new QLabel(tr("Auto-refresh:"), this);
    label->setBuddy(m_interval);

    m_new->setObjectName(QStringLiteral("newConversationsButton"));
    m_new->setAutoRaise(true);
    m_new->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_new->setToolTip(tr("Show the newest conversations"));
    QFont bold = m_new->font();
    bold.setBold(true);
    m_new->setFont(bold);
    m_new->hide();

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_new);
    layout->addWidget(label);
    layout->addWidget(m_interval);

    connect(m_interval, &QComboBox::activated, this, [this](int index) {
        const auto interval = RefreshWatcher::Interval(m_interval->itemData(index).toInt());
        m_watcher->setInterval(interval);
        emit intervalChosen(interval);
    });
    connect(m_watcher, &RefreshWatcher::newConversations, this, [this](int count) {
        m_newCount += count;
        m_new->setText(tr("%n new", nullptr, m_newCount));
        m_new->setAccessibleName(tr("%n new conversations: show them", nullptr, m_newCount));
        m_new->show();
    });
    connect(m_new, &QToolButton::clicked, this, [this] {
        m_view->scrollToTop();
        clearNew();
    });
    // A page other than the one refreshed: the count no longer applies.
    connect(controller, &bridge::BrowsingController::queryChanged, this, &AutoRefreshControl::clearNew);

    // Keep the scroll position while a refresh inserts or removes rows above what the agent reads.
    QAbstractItemModel *model = view->model();
    connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, &AutoRefreshControl::rememberTop);
    connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, &AutoRefreshControl::rememberTop);
    connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, &AutoRefreshControl::rememberTop);
    connect(model, &QAbstractItemModel::rowsInserted, this, &AutoRefreshControl::restoreTop);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &AutoRefreshControl::restoreTop);
    connect(model, &QAbstractItemModel::layoutChanged, this, &AutoRefreshControl::restoreTop);
    connect(model, &QAbstractItemModel::modelReset, this, [this] { m_top = QPersistentModelIndex(); });

    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AutoRefreshControl::markSelectionSeen);
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AutoRefreshControl::markSelectionSeen);
}

void AutoRefreshControl::setInterval(RefreshWatcher::Interval interval) {
    m_interval->setCurrentIndex(qMax(0, m_interval->findData(int(interval))));
    m_watcher->setInterval(interval);
}

void AutoRefreshControl::clearNew() {
    m_newCount = 0;
    m_new->hide();
}

void AutoRefreshControl::rememberTop() {
    if (m_top.isValid())
        return; // the first notification of a batch holds the position before it
    const QScrollBar *bar = m_view->verticalScrollBar();
    if (bar->value() == 0)
        return; // at the top: new rows show up where the agent is looking
    const QModelIndex top = m_view->indexAt(QPoint(0, 0));
    m_top = top;
    m_topOffset = top.isValid() ? m_view->visualRect(top).top() : 0;
}

void AutoRefreshControl::restoreTop() {
    if (!m_top.isValid())
        return;
    const QPersistentModelIndex top = m_top;
    const int offset = m_topOffset;
    m_top = QPersistentModelIndex();
    // Scroll by rows so that the remembered row is where it was (ScrollPerItem or per pixel).
    m_view->scrollTo(top, QAbstractItemView::PositionAtTop);
    const int now = m_view->visualRect(top).top();
    if (now != offset && m_view->verticalScrollMode() == QAbstractItemView::ScrollPerPixel)
        m_view->verticalScrollBar()->setValue(m_view->verticalScrollBar()->value() + now - offset);
}

void AutoRefreshControl::markSelectionSeen() {
    auto *model = m_controller->model();
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        if (index.data(bridge::ConversationTableModel::ChangedRole).toBool())
            model->markSeen(index.data(bridge::ConversationTableModel::IdRole).toString());
    }
}
