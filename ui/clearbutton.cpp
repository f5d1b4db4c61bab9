#include "clearbutton.h"

#include <QAction>
#include <QCoreApplication>
#include <QLineEdit>
#include <QToolButton>

namespace ClearButton {

void enable(QLineEdit *edit) {
    edit->setClearButtonEnabled(true);
    // Qt names its clear action so, and gives it no text: the button it shows is read as "button".
    if (auto *clear = edit->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction")))
        name(edit, clear, QCoreApplication::translate("ClearButton", "Clear"));
}

void name(QLineEdit *edit, QAction *action, const QString &text) {
    action->setText(text);
    action->setIconText(text);
    const QList<QToolButton *> buttons = edit->findChildren<QToolButton *>(Qt::FindDirectChildrenOnly);
    for (QToolButton *button : buttons) {
        if (button->defaultAction() == action)
            button->setAccessibleName(text);
    }
}

} // namespace ClearButton
