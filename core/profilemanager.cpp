#include "profilemanager.h"

#include "bridgeclient.h"
#include "credentialstore.h"

#include <QSettings>

namespace bridge {

ProfileManager::ProfileManager(QSettings *settings, BridgeClient *client, QObject *parent)
    : QObject(parent), m_settings(settings), m_client(client) {}
ProfileManager::~ProfileManager() = default;
void ProfileManager::setKeychainService(const QString &service) { m_keychainService = service; }
QStringList ProfileManager::profiles() const { return {}; }
QString ProfileManager::current() const { return QStringLiteral("default"); }
QString ProfileManager::nameProblem(const QString &) const { return {}; }
QString ProfileManager::settingsGroup(const QString &profile) { return QStringLiteral("profiles/") + profile; }
bool ProfileManager::add(const QString &, const Credentials &) { return false; }
bool ProfileManager::rename(const QString &, const QString &) { return false; }
bool ProfileManager::remove(const QString &) { return false; }
bool ProfileManager::switchTo(const QString &) { return false; }
void ProfileManager::loadCurrent() {}
CredentialStore *ProfileManager::storeFor(const QString &) { return nullptr; }
void ProfileManager::load(const QString &) {}

} // namespace bridge
