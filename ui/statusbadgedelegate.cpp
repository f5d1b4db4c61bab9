#include "statusbadgedelegate.h"

#include "conversationtablemodel.h"
#include "statusvocabulary.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace {

constexpr int kHorizontalPadding = 8;
constexpr int kVerticalPadding = 2;
constexpr int kCellMargin = 6;

bridge::ConversationStatus status(const QModelIndex &index) {
    return bridge::ConversationStatus(index.data(bridge::ConversationTableModel::RawValueRole).toString());
}

QFont badgeFont(const QStyleOptionViewItem &option) {
    QFont font = option.font;
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 0.9);
    return font;
}

} // namespace

StatusBadgeDelegate::StatusBadgeDelegate(QObject *parent)
    : QStyledItemDelegate(parent) {}

QColor StatusBadgeDelegate::badgeColor(const bridge::ConversationStatus &status) {
    using namespace bridge;
    const ConversationStatus key(status.raw().toLower());
    if (key == ClassicStatus::active())
        return QColor(0x2e, 0x7d, 0x32); // green 800
    if (key == ClassicStatus::ghost())
        return QColor(0x6a, 0x3d, 0xb0); // violet
    if (key == ClassicStatus::archived())
        return QColor(0x45, 0x5a, 0x64); // blue grey 700
    return QColor(0x61, 0x61, 0x61);     // grey 700: unknown statuses
}

void StatusBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    // Background, selection and focus as the style draws them, without the text.
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    if (text.isEmpty())
        return;

    const QFont font = badgeFont(option);
    const QFontMetrics metrics(font);
    const QRect cell = option.rect.adjusted(kCellMargin, 0, -kCellMargin, 0);
    const int height = qMin(metrics.height() + 2 * kVerticalPadding, cell.height() - 2);
    const int textWidth = metrics.horizontalAdvance(text) + 2; // +2: elidedText() rounds against us
    const int width = qMin(textWidth + 2 * kHorizontalPadding, cell.width());
    const QRectF badge(cell.left(), cell.top() + (cell.height() - height) / 2.0, width, height);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(badge, height / 2.0, height / 2.0);
    painter->fillPath(path, badgeColor(status(index)));
    if (option.state & QStyle::State_Selected) {
        painter->setPen(QPen(option.palette.color(QPalette::HighlightedText), 1));
        painter->drawPath(path);
    }
    painter->setFont(font);
    painter->setPen(Qt::white);
    const QString shown = textWidth + 2 * kHorizontalPadding <= cell.width()
                              ? text
                              : metrics.elidedText(text, Qt::ElideRight, width - 2 * kHorizontalPadding);
    painter->drawText(badge, Qt::AlignCenter, shown);
    painter->restore();
}

QSize StatusBadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const {
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics metrics(badgeFont(option));
    const int width =
        metrics.horizontalAdvance(index.data().toString()) + 2 * kHorizontalPadding + 2 * kCellMargin;
    return {qMax(base.width(), width), qMax(base.height(), metrics.height() + 2 * kVerticalPadding + 4)};
}
