#pragma once

#include <QString>

class QAction;
class QLineEdit;

//! Line-edit icon buttons a screen reader can name. QLineEdit's own clear button and the buttons
//! of actions added with QLineEdit::addAction() take their accessible name from the action's text,
//! which Qt leaves empty for the clear button.
namespace ClearButton {

//! Turns on the edit's clear button and names it "Clear".
void enable(QLineEdit *edit);

//! Names an icon action of a line edit (the warning sign) and the button that shows it, so the button
//! is not read as just "button".
void name(QLineEdit *edit, QAction *action, const QString &text);

} // namespace ClearButton
