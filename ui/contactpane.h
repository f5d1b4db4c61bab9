#pragma once

#include "attributedefinition.h"
#include "contact.h"
#include "participantref.h"

#include <QScrollArea>
#include <optional>

class QFormLayout;
class QLabel;
class QPushButton;

namespace bridge {
class ContactDialect;
}

//! Beside the contacts table: the selected contact's fields and custom attributes (by their
//! definitions' names, closed values as their words), and what can be done with the contact:
//! Edit…, its conversations, a new (ghost) conversation with it, and Delete… where the API
//! generation has it (ContactDialect::supports()).
//!
//! Object names: contactEdit, contactConversations, contactNewConversation, contactNewGhost,
//! contactDelete, contactAttributes (the attributes' form).
class ContactPane : public QScrollArea {
    Q_OBJECT
public:
    explicit ContactPane(QWidget *parent = nullptr);

    //! Which actions show (Delete only where supported).
    void setDialect(const bridge::ContactDialect &dialect);
    void setDefinitions(const QList<bridge::AttributeDefinition> &definitions);
    void setContact(const std::optional<bridge::Contact> &contact);
    const std::optional<bridge::Contact> &contact() const { return m_contact; }

    //! The identifier a conversation with contact names it by: its email, else its cellphone;
    //! nullopt when it has neither.
    static std::optional<bridge::ParticipantRef> customerOf(const bridge::Contact &contact);

    QPushButton *editButton() const { return m_edit; }
    QPushButton *conversationsButton() const { return m_conversations; }
    QPushButton *newConversationButton() const { return m_newConversation; }
    QPushButton *newGhostButton() const { return m_newGhost; }
    QPushButton *deleteButton() const { return m_delete; }

signals:
    void editRequested(const bridge::Contact &contact);
    void deleteRequested(const bridge::Contact &contact);
    void conversationsRequested(const bridge::ParticipantRef &customer);
    void newConversationRequested(const bridge::ParticipantRef &customer, bool ghost);

private:
    void fill();
    QLabel *addValue(QFormLayout *form, const QString &name, const QString &value);

    std::optional<bridge::Contact> m_contact;
    QList<bridge::AttributeDefinition> m_definitions;
    QLabel *m_title;
    QFormLayout *m_fields;
    QFormLayout *m_attributes;
    QLabel *m_noAttributes;
    QPushButton *m_edit;
    QPushButton *m_conversations;
    QPushButton *m_newConversation;
    QPushButton *m_newGhost;
    QPushButton *m_delete;
};
