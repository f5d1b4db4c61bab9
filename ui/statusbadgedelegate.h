#pragma once

#include "conversationstatus.h"

#include <QStyledItemDelegate>

//! Draws a conversation status as a rounded, coloured badge. The colour comes from the raw status
//! (ConversationTableModel::RawValueRole): each value of either API generation has its own (classic
//! active, ghost, archived; Connect's ACTIVE, GHOST, RELEASED, NOT_ASSIGNED_TO_HUMAN, BLOCKED); any
//! other status is grey, its text shown exactly as the server sent it. White text on fills dark enough
//! for a 4.5:1 contrast, so the badge reads the same in light and dark palettes (on a dark one with a
//! lighter rim, so its shape shows).
class StatusBadgeDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit StatusBadgeDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    //! The badge fill for a status (its spelling's case ignored).
    static QColor badgeColor(const bridge::ConversationStatus &status);
};
