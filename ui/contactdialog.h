#pragma once

#include "callhandle.h"
#include "contact.h"
#include "contactdialect.h"
#include "contactdraft.h"
#include "expected.h"

#include <QDialog>
#include <QHash>

class ErrorBanner;
class FieldHint;
class QFormLayout;
class QLineEdit;
class QPushButton;

namespace bridge {
class BridgeClient;
}

//! New Contact… and Edit…: first and last name, cellphone, email and owner. Checks the draft with
//! the profile's ContactDialect as the agent types (a field shouts once it was edited or left, or
//! after Save), shows each problem under its field, sends nothing while there is one, and sends
//! one request on Save; a failure stays open with everything typed and the error in a banner.
//! Closing while sending cancels: the dialog is never called back after that.
//!
//! Object names: firstName, lastName, cellphone, email, owner (and <name>Hint), saveButton, banner.
class ContactDialog : public QDialog {
    Q_OBJECT
public:
    //! A new contact.
    explicit ContactDialog(bridge::BridgeClient *client, QWidget *parent = nullptr);
    //! Editing contact.
    ContactDialog(bridge::BridgeClient *client, const bridge::Contact &contact, QWidget *parent = nullptr);
    ~ContactDialog() override;

    bridge::ContactDraft draft() const;
    bridge::FieldErrors problems() const;
    bool isRequestInFlight() const { return m_call.isRunning(); }
    QLineEdit *field(const QString &name) const { return m_fields.value(name); }
    FieldHint *hint(const QString &name) const { return m_hints.value(name); }

public slots:
    void submit();

signals:
    //! The server saved the contact; the dialog then closes.
    void saved(const bridge::Contact &contact);

protected:
    void done(int result) override;

private:
    void build();
    QLineEdit *addField(const QString &name, const QString &label, const QString &placeholder);
    void refresh();
    void finish(const bridge::Expected<bridge::Contact> &answer);

    bridge::BridgeClient *m_client;
    bridge::ContactOperation m_operation;
    QString m_contactId;
    bridge::CallHandle m_call;
    bool m_submitAttempted = false;
    QHash<QString, QLineEdit *> m_fields;
    QHash<QString, FieldHint *> m_hints;
    QHash<QString, bool> m_touched;
    QStringList m_order;
    QFormLayout *m_form = nullptr;
    FieldHint *m_otherHint = nullptr;
    ErrorBanner *m_banner = nullptr;
    QPushButton *m_save = nullptr;
};
