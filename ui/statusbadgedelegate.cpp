#include "statusbadgedelegate.h"

#include "conversationtablemodel.h"
#include "statusvocabulary.h"
#include "themecolors.h"

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
    // Every fill holds white text at 4.5:1 or more. Both generations' values, by their spelling in
    // lower case (classic "active" and Connect "ACTIVE" are the same green).
    struct Fill {
        const char *status;
        QRgb rgb;
    };
    static constexpr Fill fills[] = {
        {"active", 0x2e7d32},                // green 800 (5.1:1)
        {"ghost", 0x6a3db0},                 // violet (7.2:1)
        {"archived", 0x455a64},              // blue grey 700 (7.2:1)
        {"released", 0x1565c0},              // blue 800 (5.7:1)
        {"not_assigned_to_human", 0xa34700}, // burnt orange (6.0:1)
        // Dark red: a hue apart from Active's green and much darker, so the two differ for
        // colour-blind eyes too (9.8:1).
        {"blocked", 0x8e0000},
    };
    const QString key = status.raw().toLower();
    for (const Fill &fill : fills) {
        if (key == QLatin1String(fill.status))
            return QColor(fill.rgb);
    }
    return QColor(0x61, 0x61, 0x61); // grey 700: unknown statuses
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
    const QColor fill = badgeColor(status(index));
    painter->fillPath(path, fill);
    if (option.state & QStyle::State_Selected) {
        painter->setPen(QPen(option.palette.color(QPalette::HighlightedText), 1));
        painter->drawPath(path);
    } else if (ThemeColors::isDark(option.palette)) {
        // A dark fill on a dark row: a lighter rim keeps the badge's shape visible.
        painter->setPen(QPen(fill.lighter(170), 1));
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
