#include "savedviewsdock.h"

#include "apidialect.h"
#include "bridgeclient.h"
#include "browsingcontroller.h"
#include "conversationtablemodel.h"
#include "filterbar.h"
#include "mainactions.h"
#include "mainviews.h"
#include "mainwindow.h"
#include "menulookup.h"
#include "savedviewsmodel.h"
#include "statusvocabulary.h"
#include "viewnamedialog.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPainter>
#include <QSettings>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QVBoxLayout>

using bridge::SavedViewsModel;

namespace {

const auto ShownKey = QStringLiteral("ui/savedViewsShown");

//! A view's name, elided, with its count right-aligned in the placeholder colour; bold when shown.
class SavedViewDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        if (index.data(SavedViewsModel::ActiveRole).toBool())
            opt.font.setBold(true);
        const QVariant count = index.data(SavedViewsModel::CountRole);
        const QString countText = count.isValid() ? QLocale().toString(count.toLongLong()) : QString();
        const QFontMetrics metrics(opt.font);
        const int countWidth = countText.isEmpty() ? 0 : metrics.horizontalAdvance(countText) + 12;
        const QRect textRect = opt.rect.adjusted(0, 0, -countWidth, 0);
        opt.text = metrics.elidedText(opt.text, Qt::ElideRight, qMax(0, textRect.width() - 16));
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        if (countText.isEmpty())
            return;
        painter->save();
        const bool selected = opt.state & QStyle::State_Selected;
        painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
        painter->setFont(opt.font);
        painter->drawText(opt.rect.adjusted(0, 0, -8, 0), Qt::AlignRight | Qt::AlignVCenter, countText);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(qMax(size.height(), option.fontMetrics.height() + 10));
        return size;
    }
};

QAction *listAction(QListView *list, const QString &objectName, const QString &text,
                    const QKeySequence &shortcut = {}) {
    auto *action = new QAction(text, list);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetShortcut); // the list's own keys, never the window's
    list->addAction(action);
    return action;
}

} // namespace

SavedViewsDock::SavedViewsDock(bridge::BridgeClient *client, MainWindow *window)
    : QDockWidget(tr("Saved Views"), window)
    , m_client(client)
    , m_window(window)
    , m_model(new SavedViewsModel(nullptr, this))
    , m_list(new QListView(this)) {
    setObjectName(QStringLiteral("savedViewsDock"));
    setFeatures(QDockWidget::DockWidgetClosable);
    setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);

    m_list->setObjectName(QStringLiteral("savedViewsList"));
    m_list->setAccessibleName(tr("Saved views"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new SavedViewDelegate(m_list));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setDropIndicatorShown(true);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_list->setFocusPolicy(Qt::StrongFocus);

    auto *empty = new QLabel(tr("Save the filters you use often here: View ▸ Save Current View… (%1).")
                                 .arg(QKeySequence(Qt::CTRL | Qt::Key_D).toString(QKeySequence::NativeText)),
                             this);
    empty->setWordWrap(true);
    empty->setForegroundRole(QPalette::PlaceholderText);
    empty->setObjectName(QStringLiteral("savedViewsEmpty"));

    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(6, 0, 0, 6);
    layout->setSpacing(6);
    m_addButton = new QToolButton(body);
    m_addButton->setObjectName(QStringLiteral("saveViewButton"));
    m_addButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    layout->addWidget(m_list, 1);
    layout->addWidget(empty);
    layout->addWidget(m_addButton, 0, Qt::AlignLeft);
    setWidget(body);
    setMinimumWidth(160);

    buildActions();
    m_addButton->setDefaultAction(m_save);
    addToViewMenu();
    window->addDockWidget(Qt::LeftDockWidgetArea, this);
    window->resizeDocks({this}, {200}, Qt::Horizontal);
    showAsRemembered();

    auto updateEmpty = [this, empty] {
        empty->setVisible(m_model->rowCount() == 0);
        showAsRemembered();
        updateActions();
    };
    connect(m_model, &SavedViewsModel::viewsChanged, this, updateEmpty);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &SavedViewsDock::updateActions);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SavedViewsDock::updateActions);
    connect(m_list, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { open(index.row()); });
    connect(m_list, &QAbstractItemView::clicked, this,
            [this](const QModelIndex &index) { open(index.row()); });

    bridge::BrowsingController *controller = window->controller();
    connect(controller, &bridge::BrowsingController::queryChanged, this,
            [this](const bridge::ListQuery &query) { m_model->setActiveFilter(query.filter); });
    connect(controller, &bridge::BrowsingController::pageShown, this, &SavedViewsDock::noteShownPage);
    updateEmpty();
}

void SavedViewsDock::buildActions() {
    m_save = new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("Save Current &View…"), m_window);
    m_save->setObjectName(QStringLiteral("saveCurrentView"));
    m_save->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_save->setToolTip(tr("Save the filters and search shown under a name (%1)")
                           .arg(m_save->shortcut().toString(QKeySequence::NativeText)));
    m_window->addAction(m_save);
    connect(m_save, &QAction::triggered, this, &SavedViewsDock::saveCurrent);

    m_toggle = toggleViewAction();
    m_toggle->setObjectName(QStringLiteral("toggleSavedViews"));
    m_toggle->setText(tr("&Saved Views"));
    m_toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_window->addAction(m_toggle);
    connect(m_toggle, &QAction::triggered, this, [this](bool shown) {
        QSettings().setValue(ShownKey, shown);
        if (shown)
            m_list->setFocus(Qt::ShortcutFocusReason);
    });

    auto *openView = listAction(m_list, QStringLiteral("openView"), tr("&Open"));
    connect(openView, &QAction::triggered, this, [this] { open(currentRow()); });
    m_rename = listAction(m_list, QStringLiteral("renameView"), tr("Re&name…"));
    connect(m_rename, &QAction::triggered, this, &SavedViewsDock::renameCurrent);
    m_delete = listAction(m_list, QStringLiteral("deleteView"), tr("&Delete"), QKeySequence::Delete);
    connect(m_delete, &QAction::triggered, this, &SavedViewsDock::deleteCurrent);
    m_moveUp =
        listAction(m_list, QStringLiteral("moveViewUp"), tr("Move &Up"), QKeySequence(Qt::ALT | Qt::Key_Up));
    connect(m_moveUp, &QAction::triggered, this, [this] { moveCurrent(-1); });
    m_moveDown = listAction(m_list, QStringLiteral("moveViewDown"), tr("Move Do&wn"),
                            QKeySequence(Qt::ALT | Qt::Key_Down));
    connect(m_moveDown, &QAction::triggered, this, [this] { moveCurrent(1); });
    auto *separator = new QAction(m_list);
    separator->setSeparator(true);
    m_list->addAction(separator);
    m_list->addAction(m_save);

    for (int i = 0; i < 9; ++i) {
        auto *action = new QAction(m_window);
        action->setObjectName(QStringLiteral("openSavedView%1").arg(i + 1));
        action->setProperty("paletteHidden", true); // the palette lists the views themselves
        action->setProperty("shortcutFixed", true); // Ctrl+digit: the nth view, always
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        m_window->addAction(action);
        connect(action, &QAction::triggered, this, [this, i] { open(i); });
        m_openActions << action;
    }
}

void SavedViewsDock::addToViewMenu() {
    // The View menu is the one holding Refresh: found through it, so MainActions needs no hook.
    QMenu *view = menuHolding(m_window->actions()->refresh);
    if (!view)
        return;
    QMenu *saved = new QMenu(tr("Sa&ved Views"), view);
    saved->setObjectName(QStringLiteral("savedViewsMenu"));
    saved->addAction(m_toggle);
    saved->addAction(m_save);
    saved->addSeparator();
    saved->addActions(m_openActions);
    view->addSeparator();
    view->addMenu(saved);
}

void SavedViewsDock::closeEvent(QCloseEvent *event) {
    QSettings().setValue(ShownKey, false); // its close button, or View ▸ Saved Views
    QDockWidget::closeEvent(event);
}

void SavedViewsDock::showAsRemembered() {
    // Until the agent shows or hides it, the sidebar is there when there are views to list, so
    // a window without any keeps the table's width.
    const QVariant shown = QSettings().value(ShownKey);
    setVisible(shown.isValid() ? shown.toBool() : m_model->rowCount() > 0);
}

void SavedViewsDock::setGroup(const QString &group) {
    m_model->setGroup(group);
    m_model->setActiveFilter(m_window->controller()->query().filter);
}

int SavedViewsDock::currentRow() const {
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void SavedViewsDock::updateActions() {
    const int row = currentRow();
    const int count = m_model->rowCount();
    m_rename->setEnabled(row >= 0);
    m_delete->setEnabled(row >= 0);
    m_moveUp->setEnabled(row > 0);
    m_moveDown->setEnabled(row >= 0 && row + 1 < count);
    for (int i = 0; i < m_openActions.size(); ++i) {
        QAction *action = m_openActions.at(i);
        const bool exists = i < count;
        action->setVisible(exists); // hidden actions of a window keep no shortcut: Ctrl+digit stays free
        action->setEnabled(exists);
        action->setText(exists ? m_model->view(i).name : QString());
    }
}

void SavedViewsDock::open(int row) {
    if (row < 0 || row >= m_model->rowCount())
        return;
    const bridge::SavedView view = m_model->view(row);
    bridge::BrowsingController *controller = m_window->controller();
    bridge::ListQuery query = controller->query();
    query.filter = view.filter;
    query.page = 1;
    query.cursor.clear();
    const bridge::ApiDialect &dialect = m_client->dialect();
    query.limit =
        qBound(qMax(dialect.minLimit(), bridge::ListQuery::MinLimit), view.pageSize, dialect.maxLimit());
    if (!dialect.validate(query).isEmpty()) {
        emit notice(tr("“%1” uses filters this profile's server does not have.").arg(view.name));
        return;
    }
    m_window->views()->showConversations();
    m_list->setCurrentIndex(m_model->index(row));
    if (query == controller->query() && controller->isLoading() && view.search == m_window->storeSearchText())
        return; // a double click: the first click's load is on its way
    m_window->filterBar()->setFilter(query.filter);
    controller->setQuery(query);
    m_window->setStoreSearchText(view.search);
}

QString SavedViewsDock::suggestedName() const {
    const bridge::ConversationFilter &filter = m_window->controller()->query().filter;
    QStringList parts;
    if (!filter.status.isEmpty())
        parts << m_client->dialect().statuses().displayName(filter.status);
    if (filter.customer)
        parts << filter.customer->identifier;
    if (filter.agent)
        parts << tr("agent %1").arg(filter.agent->identifier);
    const QString search = m_window->storeSearchText();
    if (!search.isEmpty())
        parts << tr("“%1”").arg(search);
    QString name = parts.isEmpty() ? tr("All conversations") : parts.join(QStringLiteral(" — "));
    return name.left(bridge::SavedViews::MaxNameLength).trimmed();
}

void SavedViewsDock::saveCurrent() {
    auto *dialog = new ViewNameDialog(
        tr("Save Current View"), suggestedName(),
        [this](const QString &name) { return m_model->nameProblem(name, m_model->views().indexOf(name)); },
        [this](const QString &name) { return m_model->views().indexOf(name) >= 0; }, m_window);
    dialog->setObjectName(QStringLiteral("saveViewDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ViewNameDialog::nameChosen, this, [this](const QString &name) {
        const bridge::ListQuery &query = m_window->controller()->query();
        if (!m_model->save({name, query.filter, query.limit, m_window->storeSearchText()}))
            return;
        const int row = m_model->views().indexOf(name);
        m_list->setCurrentIndex(m_model->index(row));
        if (isHidden())
            m_toggle->trigger();
        emit notice(row < 9 ? tr("Saved view “%1” (Ctrl+%2)").arg(name).arg(row + 1)
                            : tr("Saved view “%1”").arg(name));
    });
    dialog->open();
}

void SavedViewsDock::renameCurrent() {
    const int row = currentRow();
    if (row < 0)
        return;
    auto *dialog = new ViewNameDialog(
        tr("Rename View"), m_model->view(row).name,
        [this, row](const QString &name) { return m_model->nameProblem(name, row); }, {}, m_window);
    dialog->setObjectName(QStringLiteral("renameViewDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ViewNameDialog::nameChosen, this, [this, row](const QString &name) {
        m_model->rename(row, name);
        m_list->setFocus(Qt::OtherFocusReason);
    });
    dialog->open();
}

void SavedViewsDock::deleteCurrent() {
    const int row = currentRow();
    if (row < 0)
        return;
    const QString name = m_model->view(row).name;
    m_model->remove(row);
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(qMin(row, m_model->rowCount() - 1)));
    emit notice(tr("Deleted view “%1”").arg(name));
}

void SavedViewsDock::moveCurrent(int by) {
    const int row = currentRow();
    if (row < 0 || !m_model->move(row, row + by))
        return;
    m_list->setCurrentIndex(m_model->index(row + by));
    updateActions();
}

void SavedViewsDock::noteShownPage() {
    // Classic says how many match; a cursored list never does, and an older count would mislead.
    const bridge::Pagination &pagination = m_window->controller()->pagination();
    m_model->setCount(m_window->controller()->query().filter, pagination.cursored ? -1 : pagination.total);
}
