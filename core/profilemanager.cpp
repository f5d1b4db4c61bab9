#include "profilemanager.h"

#include "bridgeclient.h"
#include "credentialstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QSettings>

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

bool ProfileManager::add(const QString &name, const ConnectionSettings &settings) {
    if (!nameProblem(name).isEmpty())
        return false;
    storeFor(name)->save(
        settings, this, [this, name](const ConnectionSettings &saved, const QString &notice) {
            emit profilesChanged();
            emit added(name, saved.credentials.isComplete() || !saved.credentials.workspaceId.isEmpty(),
                       notice);
        });
    return true;
}

bool ProfileManager::rename(const QString &from, const QString &to) {
    if (!profiles().contains(from) || !nameProblem(to).isEmpty())
        return false;
    // Read the old profile whole (the environment left out), save it under the new name, then
    // remove the old one: settings, preferences and secret.
    CredentialStore *oldStore = storeFor(from);
    oldStore->load(QProcessEnvironment(), this,
                   [this, from, to, oldStore](const ConnectionSettings &loaded, const QString &) {
                       storeFor(to)->save(
                           loaded, this,
                           [this, from, to, oldStore](const ConnectionSettings &, const QString &notice) {
                               if (current() == from)
                                   m_settings->setValue(kCurrentKey, to);
                               oldStore->remove(this, [this, from, to, notice] {
                                   m_stores->byName.take(from)->deleteLater();
                                   emit profilesChanged();
                                   emit renamed(from, to, true, notice);
                               });
                           });
                   });
    return true;
}

bool ProfileManager::remove(const QString &name) {
    if (name == current() || !profiles().contains(name))
        return false;
    storeFor(name)->remove(this, [this, name] {
        if (CredentialStore *gone = m_stores->byName.take(name))
            gone->deleteLater();
        emit profilesChanged();
        emit removed(name);
    });
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
    storeFor(profile)->load(
        QProcessEnvironment(), this,
        [this, profile, serial](const ConnectionSettings &settings, const QString &notice) {
            if (serial != m_loadSerial || profile != current())
                return; // switched elsewhere meanwhile
            emit switched(profile, settings, notice);
        });
}

} // namespace bridge
