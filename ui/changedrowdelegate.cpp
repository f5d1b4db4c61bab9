#include "changedrowdelegate.h"

#include "conversationtablemodel.h"

#include <QPainter>

namespace {

constexpr int kDotSize = 7;
constexpr int kDotSpace = kDotSize + 6;

bool isChanged(const QModelIndex &index) {
    return index.data(bridge::ConversationTableModel::ChangedRole).toBool();
}

} // namespace

ChangedRowDelegate::ChangedRowDelegate(QObject *parent)
    : QStyledItemDelegate(parent) {}

void ChangedRowDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    if (isChanged(index))
        option->font.setBold(true);
}

void ChangedRowDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const {
    if (index.column() != 0 || !isChanged(index)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The first column: the dot in a strip on the left, the text after it.
    QStyleOptionViewItem opt = option;
    opt.rect.adjust(kDotSpace, 0, 0, 0);
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    background.icon = {};
    const QWidget *widget = option.widget;
    const QStyle *style = widget ? widget->style() : nullptr;
    if (style)
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &background, painter, widget);
    QStyledItemDelegate::paint(painter, opt, index);

    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QColor dot = selected ? option.palette.color(QPalette::HighlightedText)
                                : option.palette.color(QPalette::Highlight);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(dot);
    const QRect r = option.rect;
    painter->drawEllipse(QRectF(r.left() + (kDotSpace - kDotSize) / 2.0 + 2,
                                r.center().y() - kDotSize / 2.0 + 0.5, kDotSize, kDotSize));
    painter->restore();
}
