#pragma once

#include "callhandle.h"
#include "conversation.h"
#include "expected.h"
#include "newconversation.h"

#include <QDialog>

class QAbstractButton;
class QButtonGroup;
class ErrorBanner;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class FieldHint;
class ParticipantListEdit;

namespace bridge {
class BridgeClient;
}

//! Creates one conversation in the client's API generation: customers (named by the generation's
//! types, and in Connect each with an optional channel of the workspace's providers), an assignment
//! (nobody / agents / a team, exclusive by construction), an optional name and the status (the values
//! the generation allows a new conversation). Validates as the agent types, sends one POST
//! when Create is pressed, and closes only on success. A failure keeps everything typed and shows
//! the error in a banner; a lost answer says the conversation may exist, offers to check, and
//! never sends again without the agent confirming. Closing while the request is in flight cancels
//! it: the dialog is never called back after that.
//!
//! Widgets carry object names for tests and tools: customers, assignNone, assignAgents, assignTeam,
//! agents, teamId, teamIdHint, name, nameHint, status<DisplayName> (statusActive, statusGhost),
//! createButton, banner, bannerText, checkButton, createAnywayButton.
class CreateConversationDialog : public QDialog {
    Q_OBJECT
public:
    explicit CreateConversationDialog(bridge::BridgeClient *client, QWidget *parent = nullptr);
    ~CreateConversationDialog() override;

    //! Preselects the generation's ghost status (true) or its default one (false).
    void setGhost(bool ghost);

    //! Prefills the first customer (a contact's identifier and type).
    void setCustomer(const bridge::ParticipantRef &customer);
    //! The workspace's loaded conversations: their customers and agents are offered as completions
    //! of the identifier fields (beside the contacts the API finds for what is typed).
    void setKnownConversations(const QList<bridge::Conversation> &conversations);

    //! The request the form describes right now: identifiers and team id trimmed.
    bridge::NewConversation draft() const;
    //! Every problem of draft(); Create is enabled when it is empty and nothing is in flight.
    bridge::FieldErrors problems() const;
    bool isRequestInFlight() const { return m_inFlight; }

public slots:
    //! What Create does. Ignored while a request is in flight (so double clicks and Enter-mashing
    //! send one request); with problems it shows all of them instead of sending; after a lost
    //! answer it asks "Create anyway?" instead of sending.
    void submit();

signals:
    //! After a successful create; the dialog then accepts (closes) itself.
    void created(const bridge::Conversation &conversation);
    //! The agent wants to look for a conversation whose create answer was lost. The dialog stays open.
    void checkRequested();
    //! Every provider's channels have answered (the customers' channel choice shows when there are any).
    void channelsLoaded();

protected:
    void done(int result) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void buildForm();
    void loadChannels();
    void refresh();
    void send();
    void finish(const bridge::Expected<bridge::Conversation> &answer);
    void showBanner(const QString &text, bool offerCheck, bool offerCreateAnyway);
    void hideBanner();
    void setFormEnabled(bool enabled);
    void focusFirstProblem();
    //! Gives every identifier row of the customers and agents a completer (new rows included).
    void attachCompleters();

    bridge::BridgeClient *m_client;
    bridge::CallHandle m_call;
    QList<bridge::CallHandle> m_channelCalls;
    bool m_inFlight = false;
    bool m_submitAttempted = false; //!< Create was pressed once: every problem shows
    bool m_answerLost = false;      //!< the last attempt may have created it: confirm before sending
    bool m_teamTouched = false;
    QList<bridge::ParticipantRef> m_knownCustomers;
    QList<bridge::ParticipantRef> m_knownAgents;

    ErrorBanner *m_banner = nullptr;
    QPushButton *m_checkButton = nullptr;
    QPushButton *m_createAnywayButton = nullptr;

    QWidget *m_form = nullptr;
    ParticipantListEdit *m_customers = nullptr;
    QButtonGroup *m_assignment = nullptr;
    QStackedWidget *m_assignmentPages = nullptr;
    ParticipantListEdit *m_agents = nullptr;
    QLineEdit *m_teamId = nullptr;
    FieldHint *m_teamIdHint = nullptr;
    QLineEdit *m_name = nullptr;
    FieldHint *m_nameHint = nullptr;
    QButtonGroup *m_status = nullptr;
    QList<QRadioButton *> m_statusButtons;
    FieldHint *m_otherHint = nullptr;
    QPushButton *m_createButton = nullptr;
};
