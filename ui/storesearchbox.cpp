#include "storesearchbox.h"

#include "clearbutton.h"

#include <QKeyEvent>

StoreSearchBox::StoreSearchBox(QWidget *parent)
    : QLineEdit(parent) {
    setObjectName(QStringLiteral("storeSearch"));
    setPlaceholderText(tr("Search cached conversations (Ctrl+F)"));
    ClearButton::enable(this);
    setAccessibleName(tr("Search cached conversations"));
    setAccessibleDescription(tr("Finds conversations kept on this computer by any part of their name, a "
                                "customer, an agent or their ID, as you type."));
    setMinimumWidth(fontMetrics().averageCharWidth() * 36);
    setMaximumWidth(fontMetrics().averageCharWidth() * 72); // a search box, not a second title bar
}

void StoreSearchBox::focusSearch() {
    setFocus(Qt::ShortcutFocusReason);
    selectAll();
}

void StoreSearchBox::keyPressEvent(QKeyEvent *event) {
    if (event->key() == Qt::Key_Escape) {
        if (text().isEmpty()) {
            emit leaveRequested();
        } else {
            clear();
            emit textEdited(QString());
        }
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}
