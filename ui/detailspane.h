#pragma once

#include "conversation.h"
#include "participantref.h"
#include "personside.h"

#include <QScrollArea>
#include <optional>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace bridge {
class StatusVocabulary;
}

//! Everything about the selected conversation: name, status, id (with Copy ID), workspace, team,
//! created and updated times, and each participant with identifier type, role, joined and last seen.
//! Its buttons ask for what the agent can do to it: Archive / Re-activate where the API generation
//! has those actions, Set status… where it has not (setStatuses()), Rename…, Add customer…,
//! Add agent… and a Remove button beside each person. The pane changes nothing itself.
//!
//! Object names: archiveButton, reactivateButton, setStatusButton, renameButton, addCustomerButton,
//! addAgentButton, removePersonButton (one per person; accessible name "Remove <identifier>").
class DetailsPane : public QScrollArea {
    Q_OBJECT
public:
    explicit DetailsPane(QWidget *parent = nullptr);

    //! The statuses of the profile's API generation: their names, and which buttons change a status.
    void setStatuses(const bridge::StatusVocabulary &statuses);
    //! Shows conversation, or a short hint when there is none.
    void setConversation(const std::optional<bridge::Conversation> &conversation);
    std::optional<bridge::Conversation> conversation() const { return m_conversation; }

    QPushButton *copyIdButton() const { return m_copyId; }
    QPushButton *archiveButton() const { return m_archive; }
    QPushButton *reactivateButton() const { return m_reactivate; }
    QPushButton *setStatusButton() const { return m_setStatus; }
    QPushButton *renameButton() const { return m_rename; }
    QPushButton *addButton(PersonSide side) const;
    //! The Remove button beside the person shown at index on side; null when there is none.
    QToolButton *removeButton(PersonSide side, int index) const;

signals:
    //! Copy ID put the id on the clipboard.
    void idCopied(const QString &id);
    //! The action buttons, for the conversation shown (which need not be on the page).
    void archiveRequested(const QString &id);
    void reactivateRequested(const QString &id);
    void setStatusRequested(const bridge::Conversation &conversation);
    void renameRequested(const bridge::Conversation &conversation);
    void addPersonRequested(const bridge::Conversation &conversation, PersonSide side);
    void removePersonRequested(const bridge::Conversation &conversation, PersonSide side,
                               const bridge::ParticipantRef &person);

private:
    struct People {
        QLabel *heading = nullptr;
        QPushButton *add = nullptr;
        QVBoxLayout *rows = nullptr;
        QList<QToolButton *> removeButtons;
    };
    void buildPeople(People &people, PersonSide side, const QString &addText, QVBoxLayout *into);
    void fillPeople(People &people, PersonSide side, const QString &title,
                    const QList<bridge::Participant> &list, const QString &emptyText);
    QWidget *personRow(const bridge::Participant &person, PersonSide side, People &people);
    void showStatus(const bridge::Conversation &c);
    QString when(const QDateTime &time) const;

    const bridge::StatusVocabulary *m_statuses;
    std::optional<bridge::Conversation> m_conversation;
    bool m_filled = false; //!< the widgets show m_conversation
    QWidget *m_content;
    QLabel *m_placeholder;
    QWidget *m_details;
    QLabel *m_title;
    QLabel *m_status;
    QLineEdit *m_id;
    QPushButton *m_copyId;
    QPushButton *m_archive;
    QPushButton *m_reactivate;
    QPushButton *m_setStatus;
    QPushButton *m_rename;
    QLineEdit *m_workspace;
    QLineEdit *m_team;
    QLabel *m_created;
    QLabel *m_updated;
    People m_customers;
    People m_agents;
};
