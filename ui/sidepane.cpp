#include "sidepane.h"

#include <QLayout>
#include <QLineEdit>
#include <QPalette>
#include <QScrollArea>
#include <QScrollBar>

void fitPaneToContent(QScrollArea *pane, int minimum) {
    QWidget *content = pane->widget();
    if (!content)
        return;
    if (content->layout())
        content->layout()->activate();
    pane->setMinimumWidth(qMax(minimum, content->minimumSizeHint().width() + 2 * pane->frameWidth() +
                                            pane->verticalScrollBar()->sizeHint().width()));
}

QLineEdit *idField(const QString &accessibleName, QWidget *parent) {
    auto *field = new QLineEdit(parent);
    field->setReadOnly(true);
    field->setFrame(false);
    field->setAccessibleName(accessibleName);
    field->setMinimumWidth(60);
    QPalette palette = field->palette();
    palette.setColor(QPalette::Base, palette.color(QPalette::Window)); // reads as text, not as an input
    field->setPalette(palette);
    return field;
}

void showId(QLineEdit *field, const QString &text) {
    field->setText(text);
    field->setCursorPosition(0); // the start of it, where ids differ
    field->setToolTip(text);
}
