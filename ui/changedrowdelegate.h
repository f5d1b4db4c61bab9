#pragma once

#include <QStyledItemDelegate>

//! Marks rows that changed since the agent last looked (ConversationTableModel::ChangedRole): the
//! text is bold, and the first column gets a small accent dot before it. Other rows are drawn as
//! QStyledItemDelegate draws them.
class ChangedRowDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit ChangedRowDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
