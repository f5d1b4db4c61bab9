#include "profilemanager.h"

#include "bridgeclient.h"
#include "credentialstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QSettings>

#include <memory>

namespace bridge {

namespace {
const QString kCurrentKey = QStringLiteral("currentProfile");
const QString kDefault = QStringLiteral("default");
constexpr int MaxNameLength = 64;
} // namespace

struct ProfileManager::Stores {
    //! One store per profile, kept: with no keychain, a secret saved this session lives in its store.
    QHash<QString, CredentialStore *> byName;
};

ProfileManager::ProfileManager(QSettings *settings, BridgeClient *client, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_stores(std::make_unique<Stores>())
    , m_client(client) {
    if (!m_settings) {
        m_settings = new QSettings(this);
    }
}

ProfileManager::~ProfileManager() = default;

void ProfileManager::setKeychainService(const QString &service) {
    m_keychainService = service;
    for (CredentialStore *store : std::as_const(m_stores->byName))
        store->setKeychainService(service);
}

QStringList ProfileManager::profiles() const {
    m_settings->beginGroup(QStringLiteral("profiles"));
    QStringList names = m_settings->childGroups();
    m_settings->endGroup();
    for (const QString &always : {kDefault, current()}) {
        if (!names.contains(always))
            names.append(always);
    }
    names.sort(Qt::CaseInsensitive);
    return names;
}

QString ProfileManager::current() const {
    const QString name = m_settings->value(kCurrentKey).toString();
    return name.isEmpty() ? kDefault : name;
}

QString ProfileManager::nameProblem(const QString &name) const {
    if (name.trimmed().isEmpty())
        return tr("A profile needs a name.");
    if (name != name.trimmed())
        return tr("A profile name cannot start or end with spaces.");
    if (name.size() > MaxNameLength)
        return tr("A profile name is at most 64 characters.");
    if (name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\')))
        return tr("A profile name cannot contain / or \\.");
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Separator_Line ||
            c.category() == QChar::Separator_Paragraph)
            return tr("A profile name cannot contain control characters.");
    }
    if (profiles().contains(name))
        return tr("A profile with this name exists already.");
    return {};
}

QString ProfileManager::settingsGroup(const QString &profile) {
    return QStringLiteral("profiles/") + profile;
}

ClientOptions ProfileManager::withCredentials(ClientOptions options, const Credentials &credentials) {
    options.baseUrl = credentials.baseUrl;
    options.workspaceId = credentials.workspaceId;
    options.apiKey = credentials.apiKey;
    options.secret = credentials.secret;
    return options;
}

CredentialStore *ProfileManager::storeFor(const QString &profile) {
    CredentialStore *&store = m_stores->byName[profile];
    if (!store) {
        store = new CredentialStore(m_settings, this);
        store->setProfile(profile);
        if (!m_keychainService.isEmpty())
            store->setKeychainService(m_keychainService);
    }
    return store;
}

bool ProfileManager::add(const QString &name, const Credentials &credentials) {
    if (!nameProblem(name).isEmpty())
        return false;
    CredentialStore *store = storeFor(name);
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(store, &CredentialStore::saved, this,
                          [this, name, connection](const Credentials &saved, const QString &notice) {
                              disconnect(*connection);
                              emit profilesChanged();
                              emit added(name, saved.isComplete() || !saved.workspaceId.isEmpty(), notice);
                          });
    store->save(credentials);
    return true;
}

bool ProfileManager::rename(const QString &from, const QString &to) {
    if (!profiles().contains(from) || !nameProblem(to).isEmpty())
        return false;
    CredentialStore *oldStore = storeFor(from);
    auto loadedConn = std::make_shared<QMetaObject::Connection>();
    *loadedConn =
        connect(oldStore, &CredentialStore::loaded, this,
                [this, from, to, oldStore, loadedConn](const Credentials &loaded, const QString &) {
                    disconnect(*loadedConn);
                    CredentialStore *newStore = storeFor(to);
                    auto savedConn = std::make_shared<QMetaObject::Connection>();
                    *savedConn = connect(
                        newStore, &CredentialStore::saved, this,
                        [this, from, to, oldStore, savedConn](const Credentials &, const QString &notice) {
                            disconnect(*savedConn);
                            if (current() == from)
                                m_settings->setValue(kCurrentKey, to);
                            auto removedConn = std::make_shared<QMetaObject::Connection>();
                            *removedConn = connect(oldStore, &CredentialStore::removed, this,
                                                   [this, from, to, notice, removedConn] {
                                                       disconnect(*removedConn);
                                                       m_stores->byName.take(from)->deleteLater();
                                                       emit profilesChanged();
                                                       emit renamed(from, to, true, notice);
                                                   });
                            oldStore->remove();
                        });
                    newStore->save(loaded);
                });
    oldStore->load(QProcessEnvironment());
    return true;
}

bool ProfileManager::remove(const QString &name) {
    if (name == current() || !profiles().contains(name))
        return false;
    CredentialStore *store = storeFor(name);
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(store, &CredentialStore::removed, this, [this, name, connection] {
        disconnect(*connection);
        if (CredentialStore *gone = m_stores->byName.take(name))
            gone->deleteLater();
        emit profilesChanged();
        emit removed(name);
    });
    store->remove();
    return true;
}

bool ProfileManager::switchTo(const QString &name) {
    if (!profiles().contains(name))
        return false;
    // Nothing of the old profile may answer any more: its calls never call back.
    if (m_client)
        m_client->cancelAll();
    m_settings->setValue(kCurrentKey, name);
    emit switching(name);
    load(name);
    return true;
}

void ProfileManager::loadCurrent() {
    load(current());
}

void ProfileManager::load(const QString &profile) {
    const quint64 serial = ++m_loadSerial;
    CredentialStore *store = storeFor(profile);
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection =
        connect(store, &CredentialStore::loaded, this,
                [this, profile, serial, connection](const Credentials &credentials, const QString &notice) {
                    disconnect(*connection);
                    if (serial != m_loadSerial || profile != current())
                        return; // switched elsewhere meanwhile
                    emit switched(profile, credentials, notice);
                });
    store->load(QProcessEnvironment());
}

} // namespace bridge
