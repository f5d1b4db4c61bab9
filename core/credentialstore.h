#pragma once

#include "connectionsettings.h"

#include <QObject>
#include <QProcessEnvironment>
#include <QString>

#include <functional>

class QSettings;

namespace bridge {

//! Keeps the connection settings of one profile (ConnectionSettings, whole). Everything but the
//! secret goes to QSettings, group "profiles/<profile>": the API generation ("api"), base URL,
//! workspace, classic's API key, the signing convention and the timeout. The secret goes to the OS keychain
//! through QtKeychain (service "BridgeDesk", key "<profile>/secret"), asynchronously, never to a file. With
//! no keychain backend the secret is kept in memory for this session only, and every result says so plainly:
//! there is no plaintext fallback.
//!
//! Every operation answers once, through a callback called from the event loop (never inside the
//! call), bound to a context object as BridgeClient's are: when the context is destroyed first,
//! nothing is called (the store still finishes the work).
class CredentialStore : public QObject {
    Q_OBJECT
public:
    //! settings: the settings and notice (empty, or a sentence for people: "No keychain is available: ...").
    using Answer = std::function<void(const ConnectionSettings &settings, const QString &notice)>;

    //! settings: where non-secret fields live (not owned); nullptr means a QSettings of the app's own.
    explicit CredentialStore(QSettings *settings = nullptr, QObject *parent = nullptr);
    ~CredentialStore() override;

    void setProfile(const QString &profile); //!< default "default"
    QString profile() const;
    void setKeychainService(const QString &service); //!< default "BridgeDesk"; tests use their own

    //! Reads the stored values, then the secret from the keychain, then applies the BRIDGE_*
    //! variables of env on top (not saved); then done. Preferences written by earlier versions under
    //! "connection/<profile>" are moved into the profile's group on the way.
    void load(const QProcessEnvironment &env, QObject *context, Answer done);
    //! load() with the process's environment.
    void load(QObject *context, Answer done) {
        load(QProcessEnvironment::systemEnvironment(), context, std::move(done));
    }

    //! Writes everything but the secret, then the secret to the keychain; then done with what was
    //! saved. When the keychain is unavailable, the secret is kept for this session only
    //! (secretSource == SessionOnly) and the notice says so.
    void save(const ConnectionSettings &settings, QObject *context, Answer done);

    //! Removes the profile's settings and its keychain entry, and wipes the in-memory secret; then done.
    void remove(QObject *context, std::function<void()> done);

    //! The BRIDGE_API / BRIDGE_BASE_URL / BRIDGE_WORKSPACE_ID / BRIDGE_API_KEY / BRIDGE_SECRET_KEY
    //! overrides. BRIDGE_API (classic|connect) picks the generation first; in Connect BRIDGE_API_KEY is
    //! the secret (secretVariable()). A secret taken from the environment has secretSource Environment.
    static Credentials applyEnvironment(Credentials credentials, const QProcessEnvironment &env);
    //! The variable that carries the secret: BRIDGE_SECRET_KEY (classic) or BRIDGE_API_KEY (Connect).
    static QString secretVariable(ApiGeneration generation);

    //! False once the keychain has answered that it has no backend (with libsecret that answer is
    //! OtherError, e.g. no session bus or no Secret Service); true before anyone asked, and again
    //! after any answer from a working keychain.
    bool keychainAvailable() const;

private:
    struct Private;
    Private *d;
};

} // namespace bridge
