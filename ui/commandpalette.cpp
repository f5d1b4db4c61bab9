#include "commandpalette.h"

#include "fuzzymatch.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace {

constexpr int CommandRole = Qt::UserRole + 1; //!< index into the palette's commands
constexpr int DetailRole = Qt::UserRole + 2;

//! The command's text on the left, its detail (shortcut, kind) right-aligned and muted.
class CommandDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString detail = index.data(DetailRole).toString();
        const QFontMetrics metrics(opt.font);
        const int detailWidth = detail.isEmpty() ? 0 : metrics.horizontalAdvance(detail) + 24;
        opt.text = metrics.elidedText(opt.text, Qt::ElideRight, qMax(0, opt.rect.width() - detailWidth - 16));
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        if (detail.isEmpty())
            return;
        painter->save();
        const bool selected = opt.state & QStyle::State_Selected;
        painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
        painter->drawText(opt.rect.adjusted(0, 0, -10, 0), Qt::AlignRight | Qt::AlignVCenter, detail);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(qMax(size.height(), option.fontMetrics.height() + 12));
        return size;
    }
};

} // namespace

CommandPalette::CommandPalette(std::function<QList<PaletteCommand>()> source, QWidget *window)
    : QFrame(window, Qt::Tool | Qt::FramelessWindowHint)
    , m_source(std::move(source))
    , m_window(window)
    , m_search(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_nothing(new QLabel(tr("Nothing matches."), this))
    , m_model(new QStandardItemModel(this)) {
    setObjectName(QStringLiteral("commandPalette"));
    setAccessibleName(tr("Command palette"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_search->setObjectName(QStringLiteral("paletteSearch"));
    m_search->setAccessibleName(tr("Command"));
    m_search->setPlaceholderText(tr("Type a command, a view, a profile or a conversation"));
    m_search->installEventFilter(this);
    m_list->setObjectName(QStringLiteral("paletteList"));
    m_list->setAccessibleName(tr("Matching commands"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new CommandDelegate(m_list));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setFocusPolicy(Qt::NoFocus); // typing goes on in the search field; arrows move here
    m_list->setUniformItemSizes(true);
    m_nothing->setForegroundRole(QPalette::PlaceholderText);
    m_nothing->setAlignment(Qt::AlignCenter);
    m_nothing->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    layout->addWidget(m_search);
    layout->addWidget(m_nothing);
    layout->addWidget(m_list, 1);

    connect(m_search, &QLineEdit::textChanged, this, &CommandPalette::refilter);
    connect(m_list, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) {
        m_list->setCurrentIndex(index);
        runCurrent();
    });
}

void CommandPalette::popUp() {
    m_hadKeyboard = false;
    m_commands = m_source();
    m_search->clear();
    refilter();
    const int width = qBound(360, m_window->width() * 3 / 5, 720);
    const int height = qBound(240, m_window->height() * 3 / 5, 520);
    const QPoint topCentre = m_window->mapToGlobal(QPoint(m_window->width() / 2, 0));
    setGeometry(topCentre.x() - width / 2, topCentre.y() + 48, width, height);
    show();
    raise();
    activateWindow();
    m_search->setFocus(Qt::PopupFocusReason);
}

QStringList CommandPalette::shownTexts() const {
    QStringList out;
    for (int row = 0; row < m_model->rowCount(); ++row)
        out << m_model->item(row)->text();
    return out;
}

void CommandPalette::refilter() {
    QStringList texts;
    texts.reserve(m_commands.size());
    for (const PaletteCommand &command : m_commands)
        texts << (command.matchText.isEmpty() ? command.text : command.matchText);
    const QList<int> ranked = bridge::fuzzyRank(m_search->text(), texts);
    QList<int> ordered;
    for (const int index : ranked) { // what can run first, greyed ones after
        if (m_commands.at(index).enabled)
            ordered << index;
    }
    for (const int index : ranked) {
        if (!m_commands.at(index).enabled)
            ordered << index;
    }
    m_model->clear();
    for (const int index : ordered) {
        const PaletteCommand &command = m_commands.at(index);
        auto *item = new QStandardItem(command.text);
        item->setData(index, CommandRole);
        item->setData(command.detail, DetailRole);
        item->setData(command.detail.isEmpty() ? command.text
                                               : command.text + QStringLiteral(", ") + command.detail,
                      Qt::AccessibleTextRole);
        item->setFlags(command.enabled ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags);
        m_model->appendRow(item);
    }
    m_nothing->setVisible(ordered.isEmpty());
    m_list->setVisible(!ordered.isEmpty());
    if (!ordered.isEmpty() && m_commands.at(ordered.first()).enabled)
        m_list->setCurrentIndex(m_model->index(0, 0));
}

void CommandPalette::moveCurrent(int by) {
    // Greyed rows come last and never take the selection.
    int runnable = 0;
    while (runnable < m_model->rowCount() && m_model->item(runnable)->isEnabled())
        ++runnable;
    if (runnable == 0)
        return;
    const int row = m_list->currentIndex().isValid() ? m_list->currentIndex().row() : -1;
    m_list->setCurrentIndex(m_model->index(qBound(0, row + by, runnable - 1), 0));
}

void CommandPalette::runCurrent() {
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid() || !(current.flags() & Qt::ItemIsEnabled))
        return;
    const PaletteCommand command = m_commands.value(current.data(CommandRole).toInt());
    hide();
    m_window->activateWindow();
    if (command.run)
        command.run();
    emit commandRun(command.text);
}

void CommandPalette::changeEvent(QEvent *event) {
    QFrame::changeEvent(event);
    if (event->type() != QEvent::ActivationChange || !isVisible())
        return;
    if (isActiveWindow())
        m_hadKeyboard = true;
    else if (m_hadKeyboard)
        hide();
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event) {
    if (watched != m_search || event->type() != QEvent::KeyPress)
        return QFrame::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const int page = qMax(1, m_list->viewport()->height() / qMax(1, m_list->sizeHintForRow(0)) - 1);
    switch (key->key()) {
    case Qt::Key_Up:
        moveCurrent(-1);
        return true;
    case Qt::Key_Down:
        moveCurrent(1);
        return true;
    case Qt::Key_PageUp:
        moveCurrent(-page);
        return true;
    case Qt::Key_PageDown:
        moveCurrent(page);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        runCurrent();
        return true;
    case Qt::Key_Escape:
        hide();
        m_window->activateWindow();
        return true;
    default:
        return QFrame::eventFilter(watched, event);
    }
}
