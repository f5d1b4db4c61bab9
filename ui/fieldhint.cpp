#include "fieldhint.h"

#include "themecolors.h"

#include <QPalette>
#include <QVBoxLayout>

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

QLabel *FieldHint::explanation(const QString &text, QWidget *parent) {
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QVBoxLayout *FieldHint::withHint(QWidget *field, QWidget *line) {
    auto *box = new QVBoxLayout;
    box->setSpacing(2);
    box->addWidget(field);
    box->addWidget(line);
    return box;
}

QVBoxLayout *FieldHint::withHint(QLayout *field, QWidget *line) {
    auto *box = new QVBoxLayout;
    box->setSpacing(2);
    box->addLayout(field);
    box->addWidget(line);
    return box;
}

void FieldHint::setProblem(const QString &problem) {
    if (problem == text() && isHidden() == problem.isEmpty())
        return;
    setText(problem);
    setVisible(!problem.isEmpty());
    if (m_field)
        m_field->setAccessibleDescription(problem);
}
