#include "fieldshortcuts.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>

FieldShortcuts::FieldShortcuts(QWidget *window)
    : QObject(window)
    , m_window(window) {
    qApp->installEventFilter(this);
}

FieldShortcuts::~FieldShortcuts() {
    qApp->removeEventFilter(this);
}

bool FieldShortcuts::keptByFields(const QKeyEvent *key) {
    static const QKeySequence::StandardKey kept[] = {
        QKeySequence::Copy,
        QKeySequence::Cut,
        QKeySequence::Paste,
        QKeySequence::Undo,
        QKeySequence::Redo,
        QKeySequence::SelectAll,
        QKeySequence::MoveToNextWord,
        QKeySequence::MoveToPreviousWord,
        QKeySequence::SelectNextWord,
        QKeySequence::SelectPreviousWord,
        QKeySequence::DeleteEndOfWord,
        QKeySequence::DeleteStartOfWord,
    };
    for (const QKeySequence::StandardKey standard : kept) {
        if (key->matches(standard))
            return true;
    }
    return false;
}

bool FieldShortcuts::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() != QEvent::ShortcutOverride)
        return false;
    auto *field = qobject_cast<QWidget *>(watched);
    if (!field || field->window() != m_window ||
        !(qobject_cast<QLineEdit *>(field) || qobject_cast<QAbstractSpinBox *>(field->parentWidget())))
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    if (!(key->modifiers() & Qt::ControlModifier) || keptByFields(key))
        return false;
    const QKeySequence pressed(key->keyCombination());
    const QList<QAction *> actions = m_window->findChildren<QAction *>();
    for (const QAction *action : actions) {
        if (action->isEnabled() && action->shortcuts().contains(pressed)) {
            event->ignore(); // not overridden: the shortcut goes to the action
            return true;
        }
    }
    return false;
}
