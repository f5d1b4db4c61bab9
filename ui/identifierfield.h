#pragma once

#include "participantref.h"

#include <QWidget>
#include <optional>

class QAction;
class ParticipantTypeBox;
class QLineEdit;

//! A participant identifier as a filter: a line edit and a small type choice beside it (Email /
//! Phone, and ID where the API generation has it: setTypes()). The type follows what is typed ('@'
//! means email, a '+' or digits phone, anything else an ID, else phone) until the agent picks one by
//! hand; clearing the text hands the choice back to detection.
class IdentifierField : public QWidget {
    Q_OBJECT
public:
    //! name: what the field is ("Customer"), used for the accessible names and the placeholder.
    IdentifierField(const QString &name, const QString &placeholder, QWidget *parent = nullptr);

    //! The trimmed identifier with its type; nullopt when the field is empty.
    std::optional<bridge::ParticipantRef> value() const;
    void setValue(const std::optional<bridge::ParticipantRef> &value);
    //! The types offered (ApiDialect::customerTypes() or agentTypes()); Email and Phone until set.
    void setTypes(const QList<bridge::ParticipantType> &types);

    //! "" when empty or fine, else the core's sentence about the identifier.
    QString problem() const;
    //! Shows or hides the warning marker inside the field (its tooltip is problem()).
    void setProblemShown(bool shown);

    QLineEdit *lineEdit() const { return m_edit; }
    ParticipantTypeBox *typeBox() const { return m_type; }

signals:
    void returnPressed();
    //! The text or the type changed by the user.
    void edited();

private:
    void detectType();
    QLineEdit *m_edit;
    ParticipantTypeBox *m_type;
    QAction *m_warning;
    bool m_typeChosenByHand = false;
};
