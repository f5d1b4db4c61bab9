#pragma once

#include "connectionsettings.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

class QSettings;

namespace bridge {

class BridgeClient;
class CredentialStore;

//! Named connection profiles (QSettings groups "profiles/<name>", the secret in the keychain under
//! "<name>/secret", both through CredentialStore) and the current one ("currentProfile"). Switching
//! cancels every call in flight on the client (nobody hears back from the old profile), then loads
//! the new profile's ConnectionSettings; the caller applies them (toClientOptions()) and reloads its
//! views. Renaming and removing take the whole of a profile's settings along.
//! View state per profile is the UI's: settingsGroup(name) names a group it may use.
class ProfileManager : public QObject {
    Q_OBJECT
public:
    //! settings: not owned (nullptr: the app's QSettings). client may be null.
    explicit ProfileManager(QSettings *settings, BridgeClient *client, QObject *parent = nullptr);
    ~ProfileManager() override;

    void setKeychainService(const QString &service); //!< tests use their own

    QStringList profiles() const; //!< sorted; always holds "default" and current()
    QString current() const;      //!< remembered; "default" the first time
    //! "" when fine, else why not: empty, '/' or '\\', control characters, longer than 64, taken.
    QString nameProblem(const QString &name) const;
    static QString settingsGroup(const QString &profile); //!< "profiles/<name>"

    //! Saves a new profile's connection settings; added() after the secret is stored (or refused).
    //! False (nothing emitted) when nameProblem() refuses the name.
    bool add(const QString &name, const ConnectionSettings &settings);
    //! Copies settings and secret to the new name, then removes the old; renamed() at the end.
    //! Renaming the current profile keeps it current.
    bool rename(const QString &from, const QString &to);
    //! Removes the settings and wipes the keychain secret; removed() when done. The current
    //! profile cannot be removed (switch first).
    bool remove(const QString &name);

    //! Cancels the client's calls (BridgeClient::cancelAll), makes name current (remembered),
    //! emits switching(name) at once, then loads its settings: switched() with them.
    //! A load of a profile switched away from before it finished is dropped.
    bool switchTo(const QString &name);
    //! Loads the current profile's settings (startup): switched() with them.
    void loadCurrent();

    //! The store of a profile, kept for the manager's life (with no keychain it holds the secret
    //! saved this session): for a settings dialog editing or creating that profile. Not owned.
    CredentialStore *credentialStore(const QString &profile) { return storeFor(profile); }

signals:
    void profilesChanged();
    //! Right after the old profile's calls were cancelled: clear views, show "loading".
    void switching(const QString &profile);
    //! The connection settings of the (still) current profile, BRIDGE_* overrides not applied.
    void switched(const QString &profile, const bridge::ConnectionSettings &settings, const QString &notice);
    void added(const QString &profile, bool ok, const QString &notice);
    void renamed(const QString &from, const QString &to, bool ok, const QString &notice);
    void removed(const QString &profile);

private:
    CredentialStore *storeFor(const QString &profile);
    void load(const QString &profile);

    struct Stores;
    QSettings *m_settings;
    std::unique_ptr<Stores> m_stores;
    QPointer<BridgeClient> m_client;
    QString m_keychainService;
    quint64 m_loadSerial = 0;
};

} // namespace bridge
