#include "credentialstore.h"

#include "logging.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QHash>
#include <QPointer>
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
const QString kEnvApi = QStringLiteral("BRIDGE_API");

const QString kKeyApi = QStringLiteral("api");
const QString kKeyBaseUrl = QStringLiteral("baseUrl");
const QString kKeyWorkspaceId = QStringLiteral("workspaceId");
const QString kKeyApiKey = QStringLiteral("apiKey");
const QString kKeySignQueryString = QStringLiteral("signQueryString");
const QString kKeyTimeoutSeconds = QStringLiteral("timeoutSeconds");
const QString kKeyOfflineCopy = QStringLiteral("offlineCopy");
const QString kKeyOfflineCopyRate = QStringLiteral("offlineCopyRate");
const QString kKeyAgentIdentifier = QStringLiteral("agentIdentifier");

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

//! done, called only while context lives (when one was given): the store's answers are bound to
//! their caller as BridgeClient's are, so a closed dialog is never called back.
template <typename Done> auto boundTo(QObject *context, Done done) {
    return [guard = QPointer<QObject>(context), hadContext = context != nullptr,
            done = std::move(done)](const auto &...args) {
        if ((hadContext && !guard) || !done)
            return;
        done(args...);
    };
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
        std::optional<ApiGeneration> generation;
        std::optional<QUrl> baseUrl;
        std::optional<QString> workspaceId;
        std::optional<QString> apiKey;
    };
    QHash<QString, Overrides> overrides;

    QString group() const { return QStringLiteral("profiles/") + profile; }
    //! Where versions before ConnectionSettings kept the signing convention and the timeout.
    QString legacyGroup() const { return QStringLiteral("connection/") + profile; }
    QString keychainKey() const { return profile + QStringLiteral("/secret"); }
    QString sessionKey() const { return service + QLatin1Char('\n') + profile; }

    //! A keychain job on this profile's entry, deleted once it has finished.
    template <typename Job> Job *newJob() const {
        auto *job = new Job(service);
        job->setAutoDelete(true);
        job->setInsecureFallback(false);
        job->setKey(keychainKey());
        return job;
    }

    //! Moves preferences left under "connection/<profile>" into the profile's group (values already
    //! there win), so they go with the profile when it is renamed or removed.
    void migrateLegacyPreferences() {
        settings->beginGroup(legacyGroup());
        const QStringList keys = settings->childKeys();
        QVariantMap legacy;
        for (const QString &key : keys)
            legacy.insert(key, settings->value(key));
        settings->endGroup();
        if (keys.isEmpty())
            return;
        settings->beginGroup(group());
        for (const QString &key : {kKeySignQueryString, kKeyTimeoutSeconds}) {
            if (legacy.contains(key) && !settings->contains(key))
                settings->setValue(key, legacy.value(key));
        }
        settings->endGroup();
        settings->remove(legacyGroup());
        settings->sync();
        qCDebug(lcCreds) << "moved the connection preferences of profile" << profile << "into its group";
    }

    ConnectionSettings readSettings() {
        migrateLegacyPreferences();
        ConnectionSettings s;
        settings->beginGroup(group());
        // Profiles from before the Connect generation existed have no "api": they are classic.
        s.credentials.generation =
            apiGenerationFromName(settings->value(kKeyApi).toString()).value_or(ApiGeneration::Classic);
        const QString url = settings->value(kKeyBaseUrl).toString();
        s.credentials.baseUrl =
            url.isEmpty() ? ClientOptions::defaultBaseUrl(s.credentials.generation) : QUrl(url);
        s.credentials.workspaceId = settings->value(kKeyWorkspaceId).toString();
        s.credentials.apiKey = settings->value(kKeyApiKey).toString();
        s.signQueryString = settings->value(kKeySignQueryString, false).toBool();
        const int timeout =
            settings->value(kKeyTimeoutSeconds, ConnectionSettings::DefaultTimeoutSeconds).toInt();
        s.timeoutSeconds = timeout > 0 ? timeout : ConnectionSettings::DefaultTimeoutSeconds;
        s.offlineCopy = settings->value(kKeyOfflineCopy, false).toBool();
        const double rate =
            settings->value(kKeyOfflineCopyRate, ConnectionSettings::DefaultOfflineCopyRate).toDouble();
        s.offlineCopyRate = rate > 0 ? rate : ConnectionSettings::DefaultOfflineCopyRate;
        s.agentIdentifier = settings->value(kKeyAgentIdentifier).toString().trimmed();
        settings->endGroup();
        return s;
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

QString CredentialStore::secretVariable(ApiGeneration generation) {
    return generation == ApiGeneration::Connect ? kEnvApiKey : kEnvSecretKey;
}

Credentials CredentialStore::applyEnvironment(Credentials credentials, const QProcessEnvironment &env) {
    if (const auto generation = apiGenerationFromName(envValue(env, kEnvApi)))
        credentials.generation = *generation;
    if (const QString url = envValue(env, kEnvBaseUrl); !url.isEmpty())
        credentials.baseUrl = QUrl(url);
    if (const QString ws = envValue(env, kEnvWorkspaceId); !ws.isEmpty())
        credentials.workspaceId = ws;
    const QString key = envValue(env, kEnvApiKey);
    if (credentials.generation == ApiGeneration::Classic && !key.isEmpty())
        credentials.apiKey = key;
    if (const QString secret = envValue(env, secretVariable(credentials.generation)); !secret.isEmpty()) {
        wipe(credentials.secret);
        credentials.secret = secret.toUtf8();
        credentials.secretSource = Credentials::Source::Environment;
    }
    return credentials;
}

void CredentialStore::load(const QProcessEnvironment &env, QObject *context, Answer done) {
    const ConnectionSettings stored = d->readSettings();
    auto answer = boundTo(context, std::move(done));
    const auto withEnvironment = [env](ConnectionSettings settings) {
        settings.credentials = applyEnvironment(std::move(settings.credentials), env);
        return settings;
    };

    // Remember what the environment puts on top, so that saving this result keeps the stored values.
    Private::Overrides o;
    o.generation = apiGenerationFromName(envValue(env, kEnvApi));
    const ApiGeneration generation = o.generation.value_or(stored.credentials.generation);
    if (!envValue(env, kEnvBaseUrl).isEmpty())
        o.baseUrl = QUrl(envValue(env, kEnvBaseUrl));
    if (!envValue(env, kEnvWorkspaceId).isEmpty())
        o.workspaceId = envValue(env, kEnvWorkspaceId);
    if (generation == ApiGeneration::Classic && !envValue(env, kEnvApiKey).isEmpty())
        o.apiKey = envValue(env, kEnvApiKey);
    d->overrides.insert(d->profile, o);

    const QString profile = d->profile;
    qCDebug(lcCreds) << "loading profile" << profile;

    if (!envValue(env, secretVariable(generation)).isEmpty()) {
        // The environment wins anyway: do not ask (and maybe prompt) the keychain for nothing.
        qCDebug(lcCreds) << "secret of profile" << profile << "taken from" << secretVariable(generation);
        QMetaObject::invokeMethod(
            this, [answer, result = withEnvironment(stored)] { answer(result, QString()); },
            Qt::QueuedConnection);
        return;
    }

    // Parentless and auto-deleted: QtKeychain's backends call back into the job, so it must
    // outlive this store if need be; the context object below keeps the answer from reaching us then.
    auto *job = d->newJob<QKeychain::ReadPasswordJob>();
    const QString sessionKey = d->sessionKey();
    connect(job, &QKeychain::Job::finished, this,
            [this, answer, withEnvironment, stored, profile, sessionKey](QKeychain::Job *j) {
                auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
                ConnectionSettings result = stored;
                Credentials &credentials = result.credentials;
                QString notice;
                const QKeychain::Error error = read->error();
                d->noteKeychainAnswer(error);
                const auto session = d->sessionSecrets.constFind(sessionKey);
                const bool haveSession = session != d->sessionSecrets.constEnd();

                if (error == QKeychain::NoError) {
                    credentials.secret = read->binaryData();
                    credentials.secretSource = credentials.secret.isEmpty() ? Credentials::Source::None
                                                                            : Credentials::Source::Keychain;
                    qCDebug(lcCreds) << "secret key of profile" << profile << "read from the keychain";
                } else if (haveSession) {
                    // Kept by save() when the keychain would not take it: still good for this session.
                    credentials.secret = session.value();
                    credentials.secretSource = Credentials::Source::SessionOnly;
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
                answer(withEnvironment(result), notice);
            });
    job->start();
}

void CredentialStore::save(const ConnectionSettings &settings, QObject *context, Answer done) {
    const QString profile = d->profile;
    const Private::Overrides o = d->overrides.value(profile);
    const Credentials &credentials = settings.credentials;
    auto answer = boundTo(context, std::move(done));

    // Values that came from the environment in load() are not written: saving what load()
    // returned must not turn a BRIDGE_* variable of this run into a stored setting. A field the
    // user changed to something else is written.
    d->settings->beginGroup(d->group());
    if (!(o.generation && *o.generation == credentials.generation))
        d->settings->setValue(kKeyApi, apiGenerationName(credentials.generation));
    if (!(o.baseUrl && *o.baseUrl == credentials.baseUrl))
        d->settings->setValue(kKeyBaseUrl, credentials.baseUrl.toString());
    if (!(o.workspaceId && *o.workspaceId == credentials.workspaceId))
        d->settings->setValue(kKeyWorkspaceId, credentials.workspaceId);
    if (!(o.apiKey && *o.apiKey == credentials.apiKey))
        d->settings->setValue(kKeyApiKey, credentials.apiKey);
    d->settings->setValue(kKeySignQueryString, settings.signQueryString);
    d->settings->setValue(kKeyTimeoutSeconds, settings.timeoutSeconds);
    d->settings->setValue(kKeyOfflineCopy, settings.offlineCopy);
    d->settings->setValue(kKeyOfflineCopyRate, settings.offlineCopyRate);
    if (settings.agentIdentifier.isEmpty()) // unknown: nothing to keep
        d->settings->remove(kKeyAgentIdentifier);
    else
        d->settings->setValue(kKeyAgentIdentifier, settings.agentIdentifier);
    d->settings->endGroup();
    d->settings->remove(d->legacyGroup()); // superseded by what was just written
    d->settings->sync();
    if (d->settings->status() != QSettings::NoError)
        qCWarning(lcCreds) << "could not write the settings of profile" << profile << d->settings->status();

    if (credentials.secretSource == Credentials::Source::Environment) {
        // The secret of this run came from BRIDGE_SECRET_KEY: it is never stored.
        qCDebug(lcCreds) << "profile" << profile << "saved; secret key from the environment left unsaved";
        QMetaObject::invokeMethod(
            this, [answer, settings] { answer(settings, QString()); }, Qt::QueuedConnection);
        return;
    }

    const QString sessionKey = d->sessionKey();
    if (credentials.secret.isEmpty()) {
        // No secret: the profile has none any more, so neither has the keychain.
        wipe(d->sessionSecrets[sessionKey]);
        d->sessionSecrets.remove(sessionKey);
        auto *job = d->newJob<QKeychain::DeletePasswordJob>();
        connect(job, &QKeychain::Job::finished, this, [this, answer, settings, profile](QKeychain::Job *j) {
            const QKeychain::Error error = j->error();
            d->noteKeychainAnswer(error);
            if (error != QKeychain::NoError && error != QKeychain::EntryNotFound)
                qCWarning(lcCreds) << "keychain delete for profile" << profile
                                   << "failed:" << errorName(error) << j->errorString();
            ConnectionSettings result = settings;
            result.credentials.secretSource = Credentials::Source::None;
            answer(result, QString());
        });
        job->start();
        return;
    }

    auto *job = d->newJob<QKeychain::WritePasswordJob>();
    job->setBinaryData(credentials.secret);
    connect(job, &QKeychain::Job::finished, this,
            [this, answer, settings, profile, sessionKey](QKeychain::Job *j) {
                const QKeychain::Error error = j->error();
                d->noteKeychainAnswer(error);
                ConnectionSettings result = settings;
                QString notice;
                if (error == QKeychain::NoError) {
                    result.credentials.secretSource = Credentials::Source::Keychain;
                    if (auto it = d->sessionSecrets.find(sessionKey); it != d->sessionSecrets.end()) {
                        wipe(it.value());
                        d->sessionSecrets.erase(it);
                    }
                    qCDebug(lcCreds) << "profile" << profile << "saved; secret key in the keychain";
                } else {
                    // No plaintext fallback: the secret stays in memory, and the user is told.
                    result.credentials.secretSource = Credentials::Source::SessionOnly;
                    wipe(d->sessionSecrets[sessionKey]);
                    d->sessionSecrets[sessionKey] = settings.credentials.secret;
                    notice = keptForSessionNotice(keychainProblem(error, j->errorString()));
                    qCWarning(lcCreds)
                        << "keychain write for profile" << profile << "failed:" << errorName(error)
                        << j->errorString() << "- secret key kept for this session only";
                }
                answer(result, notice);
            });
    job->start();
}

void CredentialStore::remove(QObject *context, std::function<void()> done) {
    const QString profile = d->profile;
    d->settings->remove(d->group());
    d->settings->remove(d->legacyGroup());
    d->settings->sync();
    d->overrides.remove(profile);
    if (auto it = d->sessionSecrets.find(d->sessionKey()); it != d->sessionSecrets.end()) {
        wipe(it.value());
        d->sessionSecrets.erase(it);
    }

    auto *job = d->newJob<QKeychain::DeletePasswordJob>();
    connect(job, &QKeychain::Job::finished, this,
            [this, profile, answer = boundTo(context, std::move(done))](QKeychain::Job *j) {
                const QKeychain::Error error = j->error();
                d->noteKeychainAnswer(error);
                if (error != QKeychain::NoError && error != QKeychain::EntryNotFound)
                    qCWarning(lcCreds) << "keychain delete for profile" << profile
                                       << "failed:" << errorName(error) << j->errorString();
                else
                    qCDebug(lcCreds) << "profile" << profile << "removed";
                answer();
            });
    job->start();
}

} // namespace bridge
