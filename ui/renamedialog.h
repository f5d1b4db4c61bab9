#pragma once

#include <QDialog>

class FieldHint;
class QLineEdit;
class QPushButton;

//! Asks for a conversation's new name, checking it as the agent types (conversationNameProblem).
//! Rename is enabled when the name is acceptable and differs from the current one.
//! Object names: name, nameHint, renameButton.
class RenameDialog : public QDialog {
    Q_OBJECT
public:
    RenameDialog(const QString &conversationId, const QString &currentName, QWidget *parent = nullptr);

    QString conversationId() const { return m_id; }
    QString name() const; //!< trimmed
    QLineEdit *nameField() const { return m_name; }

signals:
    //! Accepted with an acceptable, different name.
    void renameRequested(const QString &conversationId, const QString &name);

private:
    void validate();

    QString m_id;
    QString m_current;
    QLineEdit *m_name;
    FieldHint *m_hint;
    QPushButton *m_rename;
};
