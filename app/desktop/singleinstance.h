#pragma once

#include <QLockFile>
#include <QObject>
#include <QString>

#include <memory>

class QLocalServer;

//! One running Bridge Desk per key: the first process to claim a key becomes the primary and
//! listens on a local socket in the user's runtime directory (0700, so other users can neither
//! see nor take it); a later process with the same key asks the primary to come forward and
//! should then exit. Plumbing only: it knows nothing of the core or of which window to raise.
class SingleInstance : public QObject {
    Q_OBJECT
public:
    enum class Role {
        Primary,   //!< this process owns the key and listens; activationRequested() may fire
        Secondary, //!< another process owns the key and was asked to come forward: exit now
        Standalone //!< the key could be neither taken nor reached: run on without the guarantee
    };

    //! \a key names the instance group, e.g. "default" (a profile) or "sandbox"; it is combined
    //! with the user id, so users never collide, and hashed into a file name.
    explicit SingleInstance(const QString &key, QObject *parent = nullptr);
    ~SingleInstance() override;

    //! Takes the key or hands over to the primary holding it. Runs before the event loop: it may
    //! wait up to \a timeoutMs on the socket (plain blocking socket calls, no nested event loop).
    Role claim(int timeoutMs = 2000);

    //! Where the socket lives (for messages and tests).
    QString serverName() const { return m_serverName; }

    //! The key for this launch: BRIDGE_DESK_INSTANCE_KEY when set ("none": take no part), else
    //! the profile together with any BRIDGE_BASE_URL / BRIDGE_WORKSPACE_ID / BRIDGE_API_KEY
    //! override (another connection is another window) and a non-default config directory
    //! (another set of profiles). Empty, so no single instance, for
    //! --sandbox: every sandbox window runs its own server with its own data, and tests and
    //! benchmarks start many at once.
    static QString keyFor(bool sandbox, const QString &profile);

signals:
    //! Primary only: a later launch asked this instance to come forward (once per launch).
    void activationRequested();

private:
    void acceptConnections();

    QString m_serverName;
    QLockFile m_lock;
    std::unique_ptr<QLocalServer> m_server;
};
