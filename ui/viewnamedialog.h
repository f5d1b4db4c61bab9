#pragma once

#include <QDialog>
#include <functional>

class FieldHint;
class QLineEdit;
class QPushButton;

//! Asks a saved view's name, checking it as the agent types. problemOf says why a name cannot be
//! used ("" when it can); replacing says whether a name would save over an existing view (Save then
//! reads Replace and a line says so). Object names: viewName, viewNameHint, saveViewButton.
class ViewNameDialog : public QDialog {
    Q_OBJECT
public:
    ViewNameDialog(const QString &title, const QString &initial,
                   std::function<QString(const QString &)> problemOf,
                   std::function<bool(const QString &)> replacing, QWidget *parent = nullptr);

    QString name() const; //!< as typed (a name with spaces around it is refused, not trimmed)
    QLineEdit *nameField() const { return m_name; }

signals:
    //! Accepted with an acceptable name.
    void nameChosen(const QString &name);

private:
    void validate();

    std::function<QString(const QString &)> m_problemOf;
    std::function<bool(const QString &)> m_replacing;
    QLineEdit *m_name;
    FieldHint *m_hint;
    QPushButton *m_save;
    QString m_saveText;
};
