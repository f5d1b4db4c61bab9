#pragma once

class QLineEdit;
class QScrollArea;
class QString;
class QWidget;

//! Asks a side pane's splitter for the width the pane's content needs (a long address, a UUID that
//! cannot wrap, a row of buttons), at least minimum, so nothing hides behind a sideways scroll bar;
//! the table beside it makes room. Call it after the content changed.
void fitPaneToContent(QScrollArea *pane, int minimum);

//! An id: selectable and copyable like a label, but it never widens the pane. A UUID has no place a
//! line may break (no break before a digit after a hyphen), so a label would push the pane wider than
//! the window gives it; a flat read-only field shows what fits, and the whole value as its tooltip.
QLineEdit *idField(const QString &accessibleName, QWidget *parent);
//! Shows text in an idField from its start (where ids differ), the whole of it as the tooltip.
void showId(QLineEdit *field, const QString &text);
