#include "credentialstore.h"

#include "clientoptions.h"
#include "logging.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QHash>
#include <QSettings>

#include <memory>
#include <optional>

namespace bridge {

namespace {

// Messages for people: in the user's language when the application installed a translator.
struct StoreText {
    Q_DECLARE_TR_FUNCTIONS(bridge::CredentialStore)
};

const QString kEnvBaseUrl = QStringLiteral("BRIDGE_BASE_URL");
const QString kEnvWorkspaceId = QStringLiteral("BRIDGE_WORKSPACE_ID");
const QString kEnvApiKey = QStringLiteral("BRIDGE_API_KEY");
const QString kEnvSecretKey = QStringLiteral("BRIDGE_SECRET_KEY");

const QString kKeyBaseUrl = QStringLiteral("baseUrl");
const QString kKeyWorkspaceId = QStringLiteral("workspaceId");
const QString kKeyApiKey = QStringLiteral("apiKey");

//! Overwrites the bytes before letting them go, when this array is their only owner.
//! Best effort: copies made elsewhere (the caller's Credentials, QtKeychain's job, libsecret)
//! are out of reach, and writing through a shared array would only detach and wipe a fresh copy.
void wipe(QByteArray &bytes) {
    if (!bytes.isEmpty() && bytes.isDetached()) {
        volatile char *p = bytes.data();
        for (qsizetype i = 0; i < bytes.size(); ++i)
            p[i] = 0;
    }
    bytes.clear();
}

QString envValue(const QProcessEnvironment &env, const QString &name) {
    return env.value(name); // value() of a missing variable is empty too
}

QString errorName(QKeychain::Error error) {
    switch (error) {
    case QKeychain::NoError:
        return QStringLiteral("NoError");
    case QKeychain::EntryNotFound:
        return QStringLiteral("EntryNotFound");
    case QKeychain::CouldNotDeleteEntry:
        return QStringLiteral("CouldNotDeleteEntry");
    case QKeychain::AccessDeniedByUser:
        return QStringLiteral("AccessDeniedByUser");
    case QKeychain::AccessDenied:
        return QStringLiteral("AccessDenied");
    case QKeychain::NoBackendAvailable:
        return QStringLiteral("NoBackendAvailable");
    case QKeychain::NotImplemented:
        return QStringLiteral("NotImplemented");
    case QKeychain::OtherError:
        return QStringLiteral("OtherError");
    }
    return QStringLiteral("error %1").arg(int(error));
}

//! Errors that mean "there is no usable keychain here" rather than "this entry" or "not now".
//! libsecret reports an unreachable Secret Service (no session bus, no daemon) as OtherError.
bool meansNoKeychain(QKeychain::Error error) {
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented ||
           error == QKeychain::OtherError;
}

//! The first half of a notice: what the keychain said, in words for people.
QString keychainProblem(QKeychain::Error error, const QString &reason) {
    const QString why = reason.isEmpty() ? errorName(error) : reason;
    switch (error) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        return StoreText::tr("No keychain is available (%1)").arg(why);
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return StoreText::tr("The keychain refused access (%1)").arg(why);
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    return StoreText::tr("The keychain failed (%1)").arg(why);
}

//! The whole notice when the secret is kept in memory only: problem is keychainProblem()'s sentence.
QString keptForSessionNotice(const QString &problem) {
    return StoreText::tr(
               "%1: the secret key is kept for this session only and will be asked again next time.")
        .arg(problem);
}

//! The whole notice when a stored secret could not be read: problem is keychainProblem()'s sentence.
QString unreadableNotice(const QString &problem) {
    return StoreText::tr("%1: the stored secret key could not be read. Enter it again; it will be kept for "
                         "this session only.")
        .arg(problem);
}

} // namespace

struct CredentialStore::Private {
    QSettings *settings = nullptr;
    std::unique_ptr<QSettings> ownSettings;
    QString profile = QStringLiteral("default");
    QString service = QStringLiteral("BridgeDesk");
    bool keychainAvailable = true;

    //! Secrets the keychain could not take, by service + profile; they live as long as this store.
    QHash<QString, QByteArray> sessionSecrets;

    //! The environment values the last load() put on top of the stored ones, per profile, so that
    //! save() of what load() returned does not write them (see save()).
    struct Overrides {
        std::optional<QUrl> baseUrl;
        std::optional<QString> workspaceId;
        std::optional<QString> apiKey;
    };
    QHash<QString, Overrides> overrides;

    QString group() const { return QStringLiteral("profiles/") + profile; }
    QString keychainKey() const { return profile + QStringLiteral("/secret"); }
    QString sessionKey() const { return service + QLatin1Char('\n') + profile; }

    Credentials readSettings() const {
        Credentials c;
        settings->beginGroup(group());
        const QString url = settings->value(kKeyBaseUrl).toString();
        c.baseUrl = url.isEmpty() ? ClientOptions::defaultBaseUrl() : QUrl(url);
        c.workspaceId = settings->value(kKeyWorkspaceId).toString();
        c.apiKey = settings->value(kKeyApiKey).toString();
        settings->endGroup();
        return c;
    }

    void noteKeychainAnswer(QKeychain::Error error) {
        if (error == QKeychain::NoError || error == QKeychain::EntryNotFound)
            keychainAvailable = true;
        else if (meansNoKeychain(error))
            keychainAvailable = false;
    }
};

CredentialStore::CredentialStore(QSettings *settings, QObject *parent)
    : QObject(parent)
    , d(new Private) {
    if (settings) {
        d->settings = settings;
    } else {
        d->ownSettings = std::make_unique<QSettings>();
        d->settings = d->ownSettings.get();
    }
}

CredentialStore::~CredentialStore() {
    for (auto it = d->sessionSecrets.begin(); it != d->sessionSecrets.end(); ++it)
        wipe(it.value());
    delete d;
}

void CredentialStore::setProfile(const QString &profile) {
    d->profile = profile.isEmpty() ? QStringLiteral("default") : profile;
}

QString CredentialStore::profile() const {
    return d->profile;
}

void CredentialStore::setKeychainService(const QString &service) {
    d->service = service.isEmpty() ? QStringLiteral("BridgeDesk") : service;
}

bool CredentialStore::keychainAvailable() const {
    return d->keychainAvailable;
}

Credentials CredentialStore::applyEnvironment(Credentials credentials, const QProcessEnvironment &env) {
    if (const QString url = envValue(env, kEnvBaseUrl); !url.isEmpty())
        credentials.baseUrl = QUrl(url);
    if (const QString ws = envValue(env, kEnvWorkspaceId); !ws.isEmpty())
        credentials.workspaceId = ws;
    if (const QString key = envValue(env, kEnvApiKey); !key.isEmpty())
        credentials.apiKey = key;
    if (const QString secret = envValue(env, kEnvSecretKey); !secret.isEmpty()) {
        wipe(credentials.secret);
        credentials.secret = secret.toUtf8();
        credentials.secretSource = Credentials::Source::Environment;
    }
    return credentials;
}

void CredentialStore::load(const QProcessEnvironment &env) {
    const Credentials stored = d->readSettings();

    // Remember what the environment puts on top, so that saving this result keeps the stored values.
    Private::Overrides o;
    if (!envValue(env, kEnvBaseUrl).isEmpty())
        o.baseUrl = QUrl(envValue(env, kEnvBaseUrl));
    if (!envValue(env, kEnvWorkspaceId).isEmpty())
        o.workspaceId = envValue(env, kEnvWorkspaceId);
    if (!envValue(env, kEnvApiKey).isEmpty())
        o.apiKey = envValue(env, kEnvApiKey);
    d->overrides.insert(d->profile, o);

    const QString profile = d->profile;
    qCDebug(lcCreds) << "loading profile" << profile;

    if (!envValue(env, kEnvSecretKey).isEmpty()) {
        // The environment wins anyway: do not ask (and maybe prompt) the keychain for nothing.
        qCDebug(lcCreds) << "secret key of profile" << profile << "taken from BRIDGE_SECRET_KEY";
        const Credentials result = applyEnvironment(stored, env);
        QMetaObject::invokeMethod(
            this, [this, result] { emit loaded(result, QString()); }, Qt::QueuedConnection);
        return;
    }

    // Parentless and auto-deleted: QtKeychain's backends call back into the job, so it must
    // outlive this store if need be; the context object below keeps the answer from reaching us then.
    auto *job = new QKeychain::ReadPasswordJob(d->service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(d->keychainKey());
    const QString sessionKey = d->sessionKey();
    connect(job, &QKeychain::Job::finished, this,
            [this, env, stored, profile, sessionKey](QKeychain::Job *j) {
                auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
                Credentials result = stored;
                QString notice;
                const QKeychain::Error error = read->error();
                d->noteKeychainAnswer(error);
                const auto session = d->sessionSecrets.constFind(sessionKey);
                const bool haveSession = session != d->sessionSecrets.constEnd();

                if (error == QKeychain::NoError) {
                    result.secret = read->binaryData();
                    result.secretSource =
                        result.secret.isEmpty() ? Credentials::Source::None : Credentials::Source::Keychain;
                    qCDebug(lcCreds) << "secret key of profile" << profile << "read from the keychain";
                } else if (haveSession) {
                    // Kept by save() when the keychain would not take it: still good for this session.
                    result.secret = session.value();
                    result.secretSource = Credentials::Source::SessionOnly;
                    if (error != QKeychain::EntryNotFound)
                        notice = keptForSessionNotice(keychainProblem(error, read->errorString()));
                } else if (error == QKeychain::EntryNotFound) {
                    qCDebug(lcCreds) << "no secret key stored for profile" << profile;
                } else {
                    // Not "nothing stored": the keychain could not be asked. Say so, or the user cannot
                    // tell a missing secret from an unreadable one.
                    notice = unreadableNotice(keychainProblem(error, read->errorString()));
                }
                if (error != QKeychain::NoError && error != QKeychain::EntryNotFound)
                    qCWarning(lcCreds) << "keychain read for profile" << profile
                                       << "failed:" << errorName(error) << read->errorString();
                emit loaded(applyEnvironment(result, env), notice);
            });
    job->start();
}

void CredentialStore::save(const Credentials &credentials) {
    const QString profile = d->profile;
    const Private::Overrides o = d->overrides.value(profile);

    // Values that came from the environment in load() are not written: saving what load()
    // returned must not turn a BRIDGE_* variable of this run into a stored setting. A field the
    // user changed to something else is written.
    d->settings->beginGroup(d->group());
    if (!(o.baseUrl && *o.baseUrl == credentials.baseUrl))
        d->settings->setValue(kKeyBaseUrl, credentials.baseUrl.toString());
    if (!(o.workspaceId && *o.workspaceId == credentials.workspaceId))
        d->settings->setValue(kKeyWorkspaceId, credentials.workspaceId);
    if (!(o.apiKey && *o.apiKey == credentials.apiKey))
        d->settings->setValue(kKeyApiKey, credentials.apiKey);
    d->settings->endGroup();
    d->settings->sync();
    if (d->settings->status() != QSettings::NoError)
        qCWarning(lcCreds) << "could not write the settings of profile" << profile << d->settings->status();

    if (credentials.secretSource == Credentials::Source::Environment) {
        // The secret of this run came from BRIDGE_SECRET_KEY: it is never stored.
        qCDebug(lcCreds) << "profile" << profile << "saved; secret key from the environment left unsaved";
        QMetaObject::invokeMethod(
            this, [this, credentials] { emit saved(credentials, QString()); }, Qt::QueuedConnection);
        return;
    }

    const QString sessionKey = d->sessionKey();
    if (credentials.secret.isEmpty()) {
        // No secret: the profile has none any more, so neither has the keychain.
        wipe(d->sessionSecrets[sessionKey]);
        d->sessionSecrets.remove(sessionKey);
        auto *job = new QKeychain::DeletePasswordJob(d->service);
        job->setAutoDelete(true);
        job->setInsecureFallback(false);
        job->setKey(d->keychainKey());
        connect(job, &QKeychain::Job::finished, this, [this, credentials, profile](QKeychain::Job *j) {
            const QKeychain::Error error = j->error();
            d->noteKeychainAnswer(error);
            if (error != QKeychain::NoError && error != QKeychain::EntryNotFound)
                qCWarning(lcCreds) << "keychain delete for profile" << profile
                                   << "failed:" << errorName(error) << j->errorString();
            Credentials result = credentials;
            result.secretSource = Credentials::Source::None;
            emit saved(result, QString());
        });
        job->start();
        return;
    }

    auto *job = new QKeychain::WritePasswordJob(d->service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(d->keychainKey());
    job->setBinaryData(credentials.secret);
    connect(
        job, &QKeychain::Job::finished, this, [this, credentials, profile, sessionKey](QKeychain::Job *j) {
            const QKeychain::Error error = j->error();
            d->noteKeychainAnswer(error);
            Credentials result = credentials;
            QString notice;
            if (error == QKeychain::NoError) {
                result.secretSource = Credentials::Source::Keychain;
                if (auto it = d->sessionSecrets.find(sessionKey); it != d->sessionSecrets.end()) {
                    wipe(it.value());
                    d->sessionSecrets.erase(it);
                }
                qCDebug(lcCreds) << "profile" << profile << "saved; secret key in the keychain";
            } else {
                // No plaintext fallback: the secret stays in memory, and the user is told.
                result.secretSource = Credentials::Source::SessionOnly;
                wipe(d->sessionSecrets[sessionKey]);
                d->sessionSecrets[sessionKey] = credentials.secret;
                notice = keptForSessionNotice(keychainProblem(error, j->errorString()));
                qCWarning(lcCreds) << "keychain write for profile" << profile << "failed:" << errorName(error)
                                   << j->errorString() << "- secret key kept for this session only";
            }
            emit saved(result, notice);
        });
    job->start();
}

void CredentialStore::remove() {
    const QString profile = d->profile;
    d->settings->remove(d->group());
    d->settings->sync();
    d->overrides.remove(profile);
    if (auto it = d->sessionSecrets.find(d->sessionKey()); it != d->sessionSecrets.end()) {
        wipe(it.value());
        d->sessionSecrets.erase(it);
    }

    auto *job = new QKeychain::DeletePasswordJob(d->service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(d->keychainKey());
    connect(job, &QKeychain::Job::finished, this, [this, profile](QKeychain::Job *j) {
        const QKeychain::Error error = j->error();
        d->noteKeychainAnswer(error);
        if (error != QKeychain::NoError && error != QKeychain::EntryNotFound)
            qCWarning(lcCreds) << "keychain delete for profile" << profile << "failed:" << errorName(error)
                               << j->errorString();
        else
            qCDebug(lcCreds) << "profile" << profile << "removed";
        emit removed();
    });
    job->start();
}

} // namespace bridge
