#pragma once

#include "participantref.h"

#include <QList>
#include <QWidget>

class QAbstractButton;
class QComboBox;
class QLineEdit;
class QPushButton;
class QVBoxLayout;
class FieldHint;

//! Rows of [identifier][email/phone][remove], an "Add" button under them, and a hint under each
//! row. The type follows the identifier as it is typed ('@' → email, else phone) until the agent
//! picks one in the combo box. Always keeps at least one row. Shows problems; finds none itself.
class ParticipantListEdit : public QWidget {
    Q_OBJECT
public:
    struct Texts {
        QString add;            //!< "Add customer"
        QString identifierName; //!< accessible name of row n's field, "%1" = n: "Customer %1"
        QString typeName;       //!< "Customer %1 type"
        QString removeName;     //!< "Remove customer %1"
        QString placeholder;    //!< "name@example.com or +15551234567"
    };

    explicit ParticipantListEdit(const Texts &texts, QWidget *parent = nullptr);
    ~ParticipantListEdit() override;

    //! Identifiers trimmed of leading and trailing spaces (agents paste), with their type.
    QList<bridge::ParticipantRef> participants() const;
    void setParticipants(const QList<bridge::ParticipantRef> &participants);

    int rowCount() const;
    QLineEdit *identifierEdit(int row) const;
    QComboBox *typeCombo(int row) const;
    QAbstractButton *removeButton(int row) const;
    QAbstractButton *addButton() const;

    //! Problems per row (empty: none) and for the list as a whole; shown as given.
    void setRowProblem(int row, const QString &problem);
    QString rowProblem(int row) const;
    void setListProblem(const QString &problem);

    //! A row is touched once its identifier was edited or left; only then does a form shout.
    bool isRowTouched(int row) const;

public slots:
    void addRow();
    void removeRow(int row);

signals:
    //! Any change of content, type or rows, by the agent or by code.
    void changed();
    //! A row became touched (see isRowTouched()).
    void touched();

private:
    struct Row;
    Row *createRow();
    void renumber();
    void setRowType(Row *row, bridge::ParticipantType type);

    Texts m_texts;
    QList<Row *> m_rows;
    QVBoxLayout *m_rowsLayout;
    QPushButton *m_addButton;
    FieldHint *m_listHint;
};
