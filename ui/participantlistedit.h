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
class ParticipantTypeBox;

//! Rows of [identifier][type][channel][remove], an "Add" button under them, and a hint under each
//! row. The types are the API generation's (setTypes(); Email and Phone until set); the type follows
//! the identifier as it is typed ('@' → email, a '+' or digits → phone, else an ID where there are
//! IDs) until the agent picks one in the combo box. The channel choice ("No channel" or one of the
//! workspace's provider channels) shows only once setChannels() gave it some. Always keeps at least
//! one row. Shows problems; finds none itself.
class ParticipantListEdit : public QWidget {
    Q_OBJECT
public:
    struct Texts {
        QString add;              //!< "Add customer"
        QString identifierName;   //!< accessible name of row n's field, "%1" = n: "Customer %1"
        QString typeName;         //!< "Customer %1 type"
        QString removeName;       //!< "Remove customer %1"
        QString channelName = {}; //!< "Customer %1 channel"
    };

    explicit ParticipantListEdit(const Texts &texts, QWidget *parent = nullptr);
    ~ParticipantListEdit() override;

    //! The types every row offers, in order (ApiDialect::customerTypes() or agentTypes()).
    void setTypes(const QList<bridge::ParticipantType> &types);
    const QList<bridge::ParticipantType> &types() const { return m_types; }
    //! The channels a row may pick (the workspace's provider channels); none hides the choice.
    void setChannels(const QList<bridge::ProviderChannel> &channels);
    const QList<bridge::ProviderChannel> &channels() const { return m_channels; }

    //! Identifiers trimmed of leading and trailing spaces (agents paste), with their type and channel.
    QList<bridge::ParticipantRef> participants() const;
    void setParticipants(const QList<bridge::ParticipantRef> &participants);
    //! Row row's identifier and type (a completion chosen); typing on detects the type again unless
    //! the given one is not what detection says of the identifier.
    void setParticipant(int row, const bridge::ParticipantRef &participant);

    int rowCount() const;
    QLineEdit *identifierEdit(int row) const;
    ParticipantTypeBox *typeCombo(int row) const;
    QComboBox *channelCombo(int row) const;
    QAbstractButton *removeButton(int row) const;
    QAbstractButton *addButton() const;

    //! Problems per row (empty: none) and for the list as a whole; shown as given.
    void setRowProblem(int row, const QString &problem);
    QString rowProblem(int row) const;
    void setListProblem(const QString &problem);

    //! A row is touched once its identifier was edited or left; only then does a form shout.
    bool isRowTouched(int row) const;

    //! "WhatsApp +15550100001": a channel as people name it.
    static QString channelText(const bridge::ProviderChannel &channel);

public slots:
    void addRow();
    void removeRow(int row);

signals:
    //! Any change of content, type, channel or rows, by the agent or by code.
    void changed();
    //! A row became touched (see isRowTouched()).
    void touched();

private:
    struct Row;
    Row *createRow();
    void renumber();
    void fillChannels(Row *row, const bridge::ProviderChannel &chosen);
    void chainTabs();

    Texts m_texts;
    QList<bridge::ParticipantType> m_types;
    QList<bridge::ProviderChannel> m_channels;
    QList<Row *> m_rows;
    QVBoxLayout *m_rowsLayout;
    QPushButton *m_addButton;
    FieldHint *m_listHint;
};
