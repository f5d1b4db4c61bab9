#pragma once

#include "credentials.h"

#include <QObject>
#include <QProcessEnvironment>
#include <QString>

class QSettings;

namespace bridge {

//! Keeps the connection settings of one profile. Non-secret fields go to QSettings
//! (group "profiles/<profile>"); the secret goes to the OS keychain through QtKeychain
//! (service "BridgeDesk", key "<profile>/secret"), asynchronously, never to a file.
//! With no keychain backend the secret is kept in memory for this session only, and
//! every result says so plainly: there is no plaintext fallback.
class CredentialStore : public QObject {
    Q_OBJECT
public:
    //! settings: where non-secret fields live (not owned); nullptr means a QSettings of the app's own.
    explicit CredentialStore(QSettings *settings = nullptr, QObject *parent = nullptr);
    ~CredentialStore() override;

    void setProfile(const QString &profile); //!< default "default"
    QString profile() const;
    void setKeychainService(const QString &service); //!< default "BridgeDesk"; tests use their own

    //! Reads the stored values, then the secret from the keychain, then applies the
    //! BRIDGE_* variables of env on top (not saved). Emits loaded() once.
    void load(const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

    //! Writes the non-secret fields, then the secret to the keychain. Emits saved() once.
    //! When the keychain is unavailable, the secret is kept for this session only
    //! (secretSource == SessionOnly) and notice says so.
    void save(const Credentials &credentials);

    //! Removes the profile's fields and its keychain entry, and wipes the in-memory secret. Emits removed().
    void remove();

    //! The BRIDGE_BASE_URL / BRIDGE_WORKSPACE_ID / BRIDGE_API_KEY / BRIDGE_SECRET_KEY overrides.
    //! A secret taken from the environment has secretSource Environment.
    static Credentials applyEnvironment(Credentials credentials, const QProcessEnvironment &env);

    //! False once the keychain has answered that it has no backend (with libsecret that answer is
    //! OtherError, e.g. no session bus or no Secret Service); true before anyone asked, and again
    //! after any answer from a working keychain.
    bool keychainAvailable() const;

signals:
    //! notice: empty, or a sentence for people ("No keychain is available: ...").
    void loaded(const bridge::Credentials &credentials, const QString &notice);
    void saved(const bridge::Credentials &credentials, const QString &notice);
    void removed();

private:
    struct Private;
    Private *d;
};

} // namespace bridge
