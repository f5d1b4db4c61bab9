#pragma once

#include "connectionsettings.h"
#include "connectiontester.h"

#include <QDialog>
#include <QHash>

#include <functional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
namespace bridge {
class ConversationStore;
}
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QToolButton;
class FieldHint;

namespace bridge {
class CredentialStore;
}

//! The connection settings (one ConnectionSettings): which API the profile speaks, and the fields that
//! API asks for. Connect (the default for a new profile): host, workspace ID (a UUID) and the API key,
//! which is its secret. Classic (signed): base URL, workspace, API key, secret key and the path-signing
//! convention. Both: the request timeout. Loads from setSettings(), validates as the agent types, tests
//! the unsaved values on demand (and offers to switch the API or the signing convention when the server
//! says so), and saves through the CredentialStore asynchronously (the secret to the keychain). Closes
//! once saved; when the store could keep the secret for this session only, its notice stays on screen
//! until the agent presses OK. The secret is never put in any label, error or log, nor in accessible
//! text while it is hidden. Fields set by BRIDGE_* variables (BRIDGE_API included) are read-only.
//!
//! Object names for tests and tools: api, apiExplanation, baseUrl, baseUrlHint, workspaceId,
//! workspaceIdHint, apiKey, apiKeyHint, secretKey (the secret: classic's secret key, Connect's API key),
//! secretKeyHint, showSecretButton, signQueryString, timeout, offlineCopy, offlineCopyRate, testButton,
//! testResult, switchButton, saveButton, notice, environmentNote, sandboxButton, notificationsEnabled (the
//! global switch of desktop notifications for watched views, kept for the application, not the profile),
//! agentIdentifier and agentIdentifierHint (the agent's own identifier, for "assigned to me"; the
//! profile's, optional).
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    //! store: not owned; it answers the dialog's own save, and only while the dialog exists.
    explicit SettingsDialog(bridge::CredentialStore *store, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    //! Fills the form (load). An invalid/empty base URL shows the API's default. A profile with
    //! nothing in it yet is new: it starts on Connect (or the API BRIDGE_API names).
    void setSettings(const bridge::ConnectionSettings &settings);
    //! First start: also offers "Try the sandbox".
    void setOfferSandbox(bool offer);
    //! Why the form asks again (e.g. the keychain could not be read); shown above the buttons.
    void setLoadNotice(const QString &notice);
    //! Shows the profile's local store (size, age, Clear Cached Data) under the connection. Not owned.
    void setConversationStore(bridge::ConversationStore *store);

    //! The API the form is set to.
    bridge::ApiGeneration generation() const;
    //! Picks the API, as the agent would: the fields follow; a field that shows the other API's
    //! default base URL gets this one's, and each API keeps the secret typed for it.
    void setGeneration(bridge::ApiGeneration generation);

    //! The form's current values, trimmed (not saved); Test connection sends these.
    bridge::ConnectionSettings settings() const;
    //! The credentials part of settings().
    bridge::Credentials credentials() const;

    static constexpr int MinTimeoutSeconds = 5;
    static constexpr int MaxTimeoutSeconds = 300;
    static constexpr int DefaultTimeoutSeconds = bridge::ConnectionSettings::DefaultTimeoutSeconds;

public slots:
    void testConnection();
    void save();

signals:
    //! The store has saved settings (settings.credentials.secretSource says where the secret went);
    //! notice is empty or a sentence for people (e.g. no keychain: this session only). Fires before
    //! the dialog closes.
    void saved(const bridge::ConnectionSettings &settings, const QString &notice);
    //! "Try the sandbox" was pressed, for the API the form is set to; the dialog then closes
    //! (rejected: nothing was saved).
    void sandboxRequested(bridge::ApiGeneration generation);

protected:
    void done(int result) override;

private:
    void buildForm();
    void addApiChoice(QFormLayout *form);
    void addAgentIdentifier(QFormLayout *form);
    //! The fields of the API chosen: labels, placeholders, which rows show.
    void showFieldsOf(bridge::ApiGeneration generation);
    void offerSwitch(const QString &why, const QString &button, std::function<void()> doIt);
    void refresh();
    void formEdited();
    void showTestResult(const bridge::ConnectionTestResult &result);
    static QString connectedText(const bridge::ConnectionTestResult &result);
    void storeSaved(const bridge::ConnectionSettings &settings, const QString &notice);
    void setSecretVisible(bool visible);
    void markEnvironmentFields(const bridge::Credentials &c);
    QString scrubbed(const QString &text) const;

    bridge::CredentialStore *m_store;
    bridge::ConnectionTester *m_tester;
    bool m_saving = false;
    bool m_acknowledging = false; //!< saved with a notice: the Save button has become OK
    bool m_touched = false;       //!< any field edited or left: required fields may shout
    bridge::ApiGeneration m_shownGeneration = bridge::ApiGeneration::Classic;
    //! Per API, the secret typed for it while the other one is shown (never both in the field).
    QHash<int, QString> m_otherSecrets;
    std::function<void()> m_switch; //!< what the Switch button does for the last test's offer

    QWidget *m_form = nullptr;
    QFormLayout *m_formLayout = nullptr;
    QComboBox *m_api = nullptr;
    QLabel *m_apiExplanation = nullptr;
    QLabel *m_baseUrlLabel = nullptr;
    QLabel *m_secretLabel = nullptr;
    int m_apiKeyRow = -1;
    int m_signQueryRow = -1;
    QLineEdit *m_baseUrl = nullptr;
    FieldHint *m_baseUrlHint = nullptr;
    QLineEdit *m_workspaceId = nullptr;
    FieldHint *m_workspaceIdHint = nullptr;
    QLineEdit *m_apiKey = nullptr;
    FieldHint *m_apiKeyHint = nullptr;
    QLineEdit *m_secret = nullptr;
    FieldHint *m_secretHint = nullptr;
    QToolButton *m_showSecret = nullptr;
    QCheckBox *m_signQuery = nullptr;
    QSpinBox *m_timeout = nullptr;
    QCheckBox *m_notify = nullptr;
    QLineEdit *m_agentIdentifier = nullptr;
    QLabel *m_agentIdentifierLine = nullptr; //!< what the field is for
    FieldHint *m_agentIdentifierHint = nullptr;
    QCheckBox *m_offlineCopy = nullptr;
    QDoubleSpinBox *m_offlineCopyRate = nullptr;
    QPushButton *m_testButton = nullptr;
    QLabel *m_testResult = nullptr;
    QPushButton *m_switchButton = nullptr;
    QLabel *m_notice = nullptr;
    QLabel *m_environmentNote = nullptr; //!< which fields BRIDGE_* variables set for this run
    bool m_secretFromEnvironment = false;
    bool m_apiFromEnvironment = false;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_sandboxButton = nullptr;
};
