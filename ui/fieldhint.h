#pragma once

#include <QLabel>
#include <QPointer>

class QLayout;
class QVBoxLayout;

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

    //! A muted line that explains a field (not a problem): wrapped plain text in the placeholder colour.
    static QLabel *explanation(const QString &text, QWidget *parent);
    //! A field with the line that goes under it (a FieldHint or an explanation), as every form of
    //! ours lays them out; the caller adds the layout to the form.
    static QVBoxLayout *withHint(QWidget *field, QWidget *line);
    static QVBoxLayout *withHint(QLayout *field, QWidget *line);

private:
    QPointer<QWidget> m_field;
};
