#pragma once

#include "conversation.h"

#include <QScrollArea>
#include <optional>

class QFormLayout;
class QLabel;
class QPushButton;
class QVBoxLayout;

//! Everything about the selected conversation: name, status, id (with Copy ID), workspace, team,
//! created and updated times, and each participant with type, role, joined and last seen.
class DetailsPane : public QScrollArea {
    Q_OBJECT
public:
    explicit DetailsPane(QWidget *parent = nullptr);

    //! Shows conversation, or a short hint when there is none.
    void setConversation(const std::optional<bridge::Conversation> &conversation);
    std::optional<bridge::Conversation> conversation() const { return m_conversation; }

    QPushButton *copyIdButton() const { return m_copyId; }
    QPushButton *archiveButton() const { return m_archive; }
    QPushButton *reactivateButton() const { return m_reactivate; }
    QPushButton *renameButton() const { return m_rename; }

signals:
    //! Copy ID put the id on the clipboard.
    void idCopied(const QString &id);
    //! The action buttons, for the conversation shown (which need not be on the page).
    void archiveRequested(const QString &id);
    void reactivateRequested(const QString &id);
    void renameRequested(const bridge::Conversation &conversation);

private:
    void fillParticipants(QVBoxLayout *layout, QLabel *heading, const QString &title,
                          const QList<bridge::Participant> &people, const QString &emptyText);
    QString when(const QDateTime &time) const;

    std::optional<bridge::Conversation> m_conversation;
    QWidget *m_content;
    QLabel *m_placeholder;
    QWidget *m_details;
    QLabel *m_title;
    QLabel *m_status;
    QLabel *m_id;
    QPushButton *m_copyId;
    QPushButton *m_archive;
    QPushButton *m_reactivate;
    QPushButton *m_rename;
    QLabel *m_workspace;
    QLabel *m_team;
    QLabel *m_created;
    QLabel *m_updated;
    QLabel *m_customersHeading;
    QVBoxLayout *m_customers;
    QLabel *m_agentsHeading;
    QVBoxLayout *m_agents;
};
