#pragma once

#include <QLabel>
#include <QPointer>

//! The small red line under a form field that says what is wrong with it. Hidden while there is
//! nothing to say. The field it explains gets the same sentence as its accessible description,
//! so a screen reader announces it with the field.
class FieldHint : public QLabel {
    Q_OBJECT
public:
    explicit FieldHint(QWidget *field, QWidget *parent = nullptr);

    //! Empty hides the hint.
    void setProblem(const QString &problem);
    QString problem() const { return text(); }

private:
    QPointer<QWidget> m_field;
};
