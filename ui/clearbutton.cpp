#include "clearbutton.h"

#include <QAction>
#include <QCoreApplication>
#include <QLineEdit>

namespace ClearButton {

void enable(QLineEdit *edit) {
    edit->setClearButtonEnabled(true);
    // Qt names its clear action so, and gives it no text: the button it shows is read as "button".
    if (auto *clear = edit->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction")))
        name(clear, QCoreApplication::translate("ClearButton", "Clear"));
}

void name(QAction *action, const QString &text) {
    action->setText(text);
    action->setIconText(text);
}

} // namespace ClearButton
