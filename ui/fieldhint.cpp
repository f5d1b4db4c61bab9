#include "fieldhint.h"

#include "themecolors.h"

#include <QPalette>

FieldHint::FieldHint(QWidget *field, QWidget *parent)
    : QLabel(parent)
    , m_field(field) {
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    setFont(small);
    setPalette(ThemeColors::withErrorText(palette())); // readable on light and dark themes
    hide();
}

void FieldHint::setProblem(const QString &problem) {
    if (problem == text() && isHidden() == problem.isEmpty())
        return;
    setText(problem);
    setVisible(!problem.isEmpty());
    if (m_field)
        m_field->setAccessibleDescription(problem);
}
