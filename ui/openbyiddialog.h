#pragma once

#include "callhandle.h"
#include "conversation.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace bridge {
class BridgeClient;
}

//! Open by ID (Ctrl+L): the agent pastes a conversation id, Open fetches it (BridgeClient::get).
//! On success opened() fires and the dialog closes; on failure it stays open with the error and
//! the id as typed. Object names: conversationId, error, openButton.
class OpenByIdDialog : public QDialog {
    Q_OBJECT
public:
    //! client: not owned, must outlive the dialog.
    explicit OpenByIdDialog(bridge::BridgeClient *client, QWidget *parent = nullptr);
    ~OpenByIdDialog() override;

    QLineEdit *idField() const { return m_id; }
    QLabel *errorLabel() const { return m_error; }
    QPushButton *openButton() const { return m_open; }

public slots:
    void fetch();

signals:
    void opened(const bridge::Conversation &conversation);

private:
    void setBusy(bool busy);

    bridge::BridgeClient *m_client;
    bridge::CallHandle m_call;
    QLineEdit *m_id;
    QLabel *m_error;
    QPushButton *m_open;
};
