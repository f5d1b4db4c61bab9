#pragma once

#include "apierror.h"
#include "bulkprogresspanel.h"
#include "conversation.h"
#include "conversationupdate.h"
#include "personside.h"
#include "statusvocabulary.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <functional>

class MainActions;
class QTableView;
class QWidget;

namespace bridge {
class BridgeClient;
class ConversationActions;
class ConversationTableModel;
} // namespace bridge

//! What the agent does to conversations from the window: Archive and Re-activate (where the API
//! generation has them) or Set status… (where it has not), and Rename… on the selection (actions,
//! context menu, details pane); adding and removing customers and agents (details pane); bulk runs
//! with a BulkProgressPanel when several rows are selected; and Open by ID…. The rules (optimistic
//! change, rollback, at most once) are core's ConversationActions and BulkQueue; this class turns
//! them into dialogs and messages. It asks the client's dialect what the generation offers.
class ConversationCommands : public QObject {
    Q_OBJECT
public:
    //! None owned. window: parent of the dialogs and panels; view: shows model through a proxy.
    ConversationCommands(bridge::BridgeClient *client, bridge::ConversationTableModel *model,
                         QTableView *view, MainActions *actions, QWidget *window);
    ~ConversationCommands() override;

    bridge::ConversationActions *conversationActions() const { return m_actions; }
    //! The selected rows' ids, in view order.
    QStringList selectedIds() const;
    //! Asked for the ids Archive / Re-activate / Set status… act on; it calls back once it has
    //! them (later: all the pages of a filter are read first), or never when the agent cancelled.
    using TargetProvider = std::function<void(std::function<void(const QStringList &)>)>;
    //! While set, those actions act on what provider gives ("Select all N matching") instead of
    //! the selected rows; an empty provider goes back to the selection.
    void setTargets(TargetProvider provider) { m_targets = std::move(provider); }

    //! One id: an optimistic single action; several: a bulk run with a progress panel.
    void archive(const QStringList &ids);
    void reactivate(const QStringList &ids);
    //! Opens the rename dialog (window-modal, non-blocking) for one conversation.
    void rename(const bridge::Conversation &conversation);
    //! Opens Set status… for the conversations (non-blocking); one: optimistic, several: a bulk run.
    void chooseStatus(const QStringList &ids);
    //! Sets one status on the conversations at once (what Set status… does once chosen).
    void setStatusTo(const QStringList &ids, const bridge::ConversationStatus &status);
    //! Opens Add customer… / Add agent… for conversation (non-blocking), then adds the person.
    void addPerson(const bridge::Conversation &conversation, PersonSide side);
    //! Adds or removes one person: an optimistic change of the row, rolled back when refused.
    void changePeople(const bridge::Conversation &conversation, PersonSide side,
                      const bridge::ParticipantRef &person, bool add);
    //! Opens the Open by ID dialog.
    void openById();

    //! The panel of the last bulk run (null before the first, or after it was closed when done).
    BulkProgressPanel *bulkPanel() const { return m_panel; }
    //! Shows the status actions of the client's generation (Archive and Re-activate, or Set status…)
    //! and enables them and Rename for the selection.
    void updateActions();

signals:
    //! An action the server refused (the row is back to what the server holds).
    void failed(const QString &text, const bridge::ApiError &error);
    //! A passing message for the status bar ("Archived “Refund”").
    void notice(const QString &text);
    //! The server's copy after a successful action (also for a conversation not on the page).
    void conversationUpdated(const bridge::Conversation &conversation);
    //! Open by ID fetched it.
    void conversationOpened(const bridge::Conversation &conversation);

private:
    void setStatus(const QStringList &ids, bridge::StatusAction action);
    //! The single-conversation path: the optimistic action, and the texts it reports with.
    void applyOne(const QString &id, const QString &label, const bridge::ConversationUpdate &update,
                  const QString &doneText, const QString &failedText);
    void runBulk(const QStringList &ids, const bridge::ConversationUpdate &update, const QString &title,
                 const QString &doneText);
    void onActionFinished(const QString &id, bool ok, const bridge::ApiError &error);
    QString labelFor(const QString &id) const;

    bridge::BridgeClient *m_client;
    bridge::ConversationTableModel *m_model;
    QTableView *m_view;
    MainActions *m_mainActions;
    QWidget *m_window;
    bridge::ConversationActions *m_actions;
    QPointer<BulkProgressPanel> m_panel;
    struct Pending {
        QString doneText;   //!< "Archived “Refund”"
        QString failedText; //!< "Could not archive “Refund”"
    };
    QHash<QString, Pending> m_pending;
    TargetProvider m_targets;
    //! Runs act on the ids the actions act on: the provider's, else the selection's.
    void withTargets(const std::function<void(const QStringList &)> &act);
};
