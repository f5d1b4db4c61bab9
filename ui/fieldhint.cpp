#include "fieldhint.h"

#include <QPalette>

FieldHint::FieldHint(QWidget *field, QWidget *parent) : QLabel(parent), m_field(field)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    setFont(small);
    QPalette p = palette();
    p.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28)); // readable on light and mid themes
    setPalette(p);
    hide();
}

void FieldHint::setProblem(const QString &problem)
{
    if (problem == text() && isHidden() == problem.isEmpty())
        return;
    setText(problem);
    setVisible(!problem.isEmpty());
    if (m_field)
        m_field->setAccessibleDescription(problem);
}
