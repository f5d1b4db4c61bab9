#pragma once

#include "conversation.h"
#include "conversationupdate.h"
#include "participantref.h"
#include "personside.h"

#include <QDialog>

class FieldHint;
class ParticipantTypeBox;
class QLineEdit;
class QPushButton;

namespace bridge {
class ApiDialect;
}

//! "Add customer…" / "Add agent…" on a conversation: one identifier with its type (the types the
//! API generation names that side by), checked as the agent types by the generation's own rules
//! (ApiDialect::validate of the ConversationUpdate it would send) and against the people already on
//! the conversation. Add is enabled when nothing is wrong.
//!
//! Object names: identifier, identifierHint, type, addButton.
class AddPersonDialog : public QDialog {
    Q_OBJECT
public:
    AddPersonDialog(const bridge::ApiDialect &dialect, PersonSide side,
                    const bridge::Conversation &conversation, QWidget *parent = nullptr);

    bridge::ParticipantRef person() const;
    //! The update that adds person() on its side.
    bridge::ConversationUpdate update() const;
    //! "" when person() may be added, else why not (nothing typed yet: "").
    QString problem() const;

    QLineEdit *identifierEdit() const { return m_identifier; }
    ParticipantTypeBox *typeBox() const { return m_type; }
    QPushButton *addButton() const { return m_add; }

signals:
    //! Accepted with a person that may be added.
    void personChosen(const bridge::Conversation &conversation, PersonSide side,
                      const bridge::ParticipantRef &person);

private:
    void refresh();

    const bridge::ApiDialect &m_dialect;
    PersonSide m_side;
    bridge::Conversation m_conversation;
    QLineEdit *m_identifier;
    ParticipantTypeBox *m_type;
    FieldHint *m_hint;
    QPushButton *m_add;
    bool m_typeChosen = false;
};
