// CredentialStore against a real keychain and against none.
//
// Registered twice (tests/core/CMakeLists.txt):
//  - tst_credentialstore runs under tests/with-keyring.sh: a private D-Bus session with an
//    unlocked gnome-keyring in a throw-away HOME. The wrapper sets BRIDGE_TEST_KEYRING=1; the
//    keychain cases are skipped without it, so that running the binary by hand never touches
//    the developer's own keyring.
//  - tst_credentialstore_nokeychain runs the no-keychain cases (selected by name on the command
//    line) with DBUS_SESSION_BUS_ADDRESS pointing nowhere.

#include "connectionsettings.h"
#include "credentials.h"
#include "credentialstore.h"

#include <qt6keychain/keychain.h>

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using bridge::ApiGeneration;
using bridge::ConnectionSettings;
using bridge::Credentials;
using bridge::CredentialStore;

class TestCredentialStore : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void sourceNames();
    void applyEnvironmentOverridesNonEmptyOnly();
    void preferencesAreStoredWithTheProfile();
    void answersNeverReachADestroyedContext();
    void connectEnvironmentPicksTheGeneration();
    void storedGenerationIsRead();

    // Real keychain (under tests/with-keyring.sh)
    void keychainSaveThenLoadInFreshStore();
    void keychainSecretIsInGnomeKeyring();
    void keychainSecretNeverInAFile();
    void keychainEnvironmentWinsAndIsNotSaved();
    void keychainRemoveDeletesEverything();
    void keychainProfilesKeepSeparateSecrets();
    void keychainMissingEntryIsNoSecretWithoutNotice();
    void keychainAnswersComeFromTheEventLoopOnce();
    void keychainConnectProfileKeepsItsKeyThere();
    void keychainConnectEnvironmentKeyIsNeverSaved();

    // No keychain (DBUS_SESSION_BUS_ADDRESS pointing nowhere)
    void noKeychainSaveIsSessionOnly();
    void noKeychainSecretNotWrittenToAnyFile();
    void noKeychainLoadInFreshStoreHasNoSecret();
    void noKeychainLoadInSameStoreKeepsSessionSecret();
    void noKeychainRemoveWipesSessionSecret();
    void noKeychainEnvironmentSecretNeedsNoKeychain();

private:
    std::unique_ptr<CredentialStore> makeStore(const QString &profile = QStringLiteral("default"));
    // Each runs one operation and checks that it answered once, from the event loop.
    bool load(CredentialStore &store, const QProcessEnvironment &env, Credentials &out, QString &notice);
    bool save(CredentialStore &store, const Credentials &c, Credentials &out, QString &notice);
    bool remove(CredentialStore &store);
    QByteArray allBytesUnder(const QString &dir) const;
    QString secretToolLookup(const QString &profile, const QByteArray &type) const;

    static Credentials sample(const QByteArray &secret) {
        Credentials c;
        c.baseUrl = QUrl(QStringLiteral("https://bridge.example/api"));
        c.workspaceId = QStringLiteral("ws_abc123");
        c.apiKey = QStringLiteral("ak_test_key");
        c.secret = secret;
        return c;
    }

    //! A Connect profile: the API key is the secret, nothing in apiKey.
    static Credentials connectSample(const QByteArray &key) {
        Credentials c;
        c.generation = ApiGeneration::Connect;
        c.baseUrl = QUrl(QStringLiteral("https://api-connect-us.bridge.new"));
        c.workspaceId = QStringLiteral("5a9d1c3e-7b2f-4e8a-9c61-0d4f8b2a7e13");
        c.secret = key;
        return c;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    QString m_service;
    QByteArray m_secret;
};

void TestCredentialStore::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

void TestCredentialStore::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings =
        std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    // A service and a secret of this run only: no leftovers from another run can make a case pass.
    const QString run = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_service = QStringLiteral("BridgeDeskTest-") + run;
    m_secret = QByteArrayLiteral("sk_test_") + run.toLatin1().replace('-', 'x');
}

void TestCredentialStore::cleanup() {
    m_settings.reset();
    m_dir.reset();
}

std::unique_ptr<CredentialStore> TestCredentialStore::makeStore(const QString &profile) {
    auto store = std::make_unique<CredentialStore>(m_settings.get());
    store->setKeychainService(m_service);
    store->setProfile(profile);
    return store;
}

//! Waits for exactly one answer: none synchronously inside the call, one from the event loop,
//! and no second one shortly after.
static bool exactlyOnceFromEventLoop(const int &answers, const char *what) {
    if (answers != 0) {
        qWarning("%s answered synchronously inside the call", what);
        return false;
    }
    if (!QTest::qWaitFor([&] { return answers > 0; }, 15000)) {
        qWarning("%s did not answer within 15 s", what);
        return false;
    }
    QTest::qWait(50);
    if (answers != 1) {
        qWarning("%s answered %d times", what, answers);
        return false;
    }
    return true;
}

bool TestCredentialStore::load(CredentialStore &store, const QProcessEnvironment &env, Credentials &out,
                               QString &notice) {
    int answers = 0;
    store.load(env, this, [&](const ConnectionSettings &settings, const QString &text) {
        ++answers;
        out = settings.credentials;
        notice = text;
    });
    return exactlyOnceFromEventLoop(answers, "load()");
}

bool TestCredentialStore::save(CredentialStore &store, const Credentials &c, Credentials &out,
                               QString &notice) {
    int answers = 0;
    store.save(ConnectionSettings{c}, this, [&](const ConnectionSettings &settings, const QString &text) {
        ++answers;
        out = settings.credentials;
        notice = text;
    });
    return exactlyOnceFromEventLoop(answers, "save()");
}

bool TestCredentialStore::remove(CredentialStore &store) {
    int answers = 0;
    store.remove(this, [&] { ++answers; });
    return exactlyOnceFromEventLoop(answers, "remove()");
}

static bool underKeyringWrapper() {
    return qEnvironmentVariable("BRIDGE_TEST_KEYRING") == QLatin1String("1");
}

static bool withoutSessionBus() {
    return qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(QLatin1String("nonexistent"));
}

// QSKIP returns from the function it is written in: these must be macros, not helpers.
#define REQUIRE_KEYRING()                                                                                    \
    do {                                                                                                     \
        if (!underKeyringWrapper())                                                                          \
            QSKIP("needs tests/with-keyring.sh (a private, unlocked gnome-keyring)");                        \
    } while (false)

#define REQUIRE_NO_KEYCHAIN()                                                                                \
    do {                                                                                                     \
        if (underKeyringWrapper())                                                                           \
            QSKIP("a keychain is present: this case runs as tst_credentialstore_nokeychain");                \
        if (!withoutSessionBus())                                                                            \
            QSKIP("needs DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent (tests/core/CMakeLists.txt)");      \
    } while (false)

QByteArray TestCredentialStore::allBytesUnder(const QString &dir) const {
    QByteArray all;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

//! What gnome-keyring holds, asked through secret-tool: QtKeychain's libsecret backend stores
//! attributes user=<key>, server=<service>, type=plaintext|base64 (binary data goes base64).
QString TestCredentialStore::secretToolLookup(const QString &profile, const QByteArray &type) const {
    QProcess p;
    p.start(QStringLiteral("secret-tool"),
            {QStringLiteral("lookup"), QStringLiteral("user"), profile + QStringLiteral("/secret"),
             QStringLiteral("server"), m_service, QStringLiteral("type"), QString::fromLatin1(type)});
    if (!p.waitForStarted(5000))
        return QStringLiteral("<secret-tool did not start (libsecret-tools): %1>").arg(p.errorString());
    if (!p.waitForFinished(10000))
        return QStringLiteral("<secret-tool did not finish>");
    return QString::fromUtf8(p.readAllStandardOutput());
}

// ---------------------------------------------------------------------------------------------

void TestCredentialStore::sourceNames() {
    QCOMPARE(Credentials::sourceName(Credentials::Source::Keychain), QStringLiteral("keychain"));
    QCOMPARE(Credentials::sourceName(Credentials::Source::Environment), QStringLiteral("environment"));
    QCOMPARE(Credentials::sourceName(Credentials::Source::SessionOnly), QStringLiteral("this session only"));
    QCOMPARE(Credentials::sourceName(Credentials::Source::Sandbox), QStringLiteral("sandbox"));
    QCOMPARE(Credentials::sourceName(Credentials::Source::None), QStringLiteral("none"));
}

void TestCredentialStore::applyEnvironmentOverridesNonEmptyOnly() {
    Credentials c = sample("stored");
    c.secretSource = Credentials::Source::Keychain;
    QProcessEnvironment env;
    env.insert(QStringLiteral("BRIDGE_WORKSPACE_ID"), QStringLiteral("ws_env"));
    env.insert(QStringLiteral("BRIDGE_API_KEY"), QString()); // present but empty: ignored
    const Credentials out = CredentialStore::applyEnvironment(c, env);
    QCOMPARE(out.baseUrl, c.baseUrl);
    QCOMPARE(out.workspaceId, QStringLiteral("ws_env"));
    QCOMPARE(out.apiKey, c.apiKey);
    QCOMPARE(out.secret, QByteArray("stored"));
    QCOMPARE(out.secretSource, Credentials::Source::Keychain);

    env.insert(QStringLiteral("BRIDGE_BASE_URL"), QStringLiteral("http://127.0.0.1:8080/x"));
    env.insert(QStringLiteral("BRIDGE_API_KEY"), QStringLiteral("ak_env"));
    env.insert(QStringLiteral("BRIDGE_SECRET_KEY"), QStringLiteral("sk_env"));
    const Credentials all = CredentialStore::applyEnvironment(c, env);
    QCOMPARE(all.baseUrl, QUrl(QStringLiteral("http://127.0.0.1:8080/x")));
    QCOMPARE(all.apiKey, QStringLiteral("ak_env"));
    QCOMPARE(all.secret, QByteArray("sk_env"));
    QCOMPARE(all.secretSource, Credentials::Source::Environment);
    QCOMPARE(c.secret, QByteArray("stored")); // the argument was a copy
}

void TestCredentialStore::preferencesAreStoredWithTheProfile() {
    // With or without a keychain: the secret comes from the environment, so none is asked.
    QProcessEnvironment env;
    env.insert(QStringLiteral("BRIDGE_SECRET_KEY"), QString::fromLatin1(m_secret));
    ConnectionSettings settings{sample(m_secret)};
    settings.credentials.secretSource = Credentials::Source::Environment;
    settings.signQueryString = true;
    settings.timeoutSeconds = 45;
    settings.offlineCopy = true;
    settings.offlineCopyRate = 2.5;
    settings.agentIdentifier = QStringLiteral("ana.souza@bridge.example");
    auto store = makeStore(QStringLiteral("work"));
    int answers = 0;
    store->save(settings, this, [&](const ConnectionSettings &saved, const QString &) {
        ++answers;
        QCOMPARE(saved, settings);
    });
    QTRY_COMPARE_WITH_TIMEOUT(answers, 1, 15000);
    QCOMPARE(m_settings->value(QStringLiteral("profiles/work/signQueryString")).toBool(), true);
    QCOMPARE(m_settings->value(QStringLiteral("profiles/work/timeoutSeconds")).toInt(), 45);
    QCOMPARE(m_settings->value(QStringLiteral("profiles/work/offlineCopy")).toBool(), true);
    QCOMPARE(m_settings->value(QStringLiteral("profiles/work/offlineCopyRate")).toDouble(), 2.5);
    QCOMPARE(m_settings->value(QStringLiteral("profiles/work/agentIdentifier")).toString(),
             QStringLiteral("ana.souza@bridge.example"));

    ConnectionSettings loaded;
    auto fresh = makeStore(QStringLiteral("work"));
    fresh->load(env, this, [&](const ConnectionSettings &s, const QString &) { loaded = s; });
    QTRY_COMPARE_WITH_TIMEOUT(loaded.credentials.workspaceId, settings.credentials.workspaceId, 15000);
    QCOMPARE(loaded, settings);
    QCOMPARE(loaded.toClientOptions().timeoutMs, 45000);
    QVERIFY(loaded.toClientOptions().signQueryString);

    // The identifier cleared: nothing of it is left in the profile.
    settings.agentIdentifier.clear();
    answers = 0;
    store->save(settings, this, [&](const ConnectionSettings &, const QString &) { ++answers; });
    QTRY_COMPARE_WITH_TIMEOUT(answers, 1, 15000);
    QVERIFY(!m_settings->contains(QStringLiteral("profiles/work/agentIdentifier")));
    loaded = {};
    auto again = makeStore(QStringLiteral("work"));
    again->load(env, this, [&](const ConnectionSettings &s, const QString &) { loaded = s; });
    QTRY_COMPARE_WITH_TIMEOUT(loaded.credentials.workspaceId, settings.credentials.workspaceId, 15000);
    QVERIFY(loaded.agentIdentifier.isEmpty());

    // What earlier versions kept under connection/<profile> is read, and moved into the profile's group.
    m_settings->setValue(QStringLiteral("connection/old/signQueryString"), true);
    m_settings->setValue(QStringLiteral("connection/old/timeoutSeconds"), 90);
    m_settings->setValue(QStringLiteral("profiles/old/workspaceId"), QStringLiteral("ws_old"));
    loaded = {};
    auto old = makeStore(QStringLiteral("old"));
    old->load(env, this, [&](const ConnectionSettings &s, const QString &) { loaded = s; });
    QTRY_COMPARE_WITH_TIMEOUT(loaded.credentials.workspaceId, QStringLiteral("ws_old"), 15000);
    QVERIFY(loaded.signQueryString);
    QCOMPARE(loaded.timeoutSeconds, 90);
    QVERIFY(!m_settings->contains(QStringLiteral("connection/old/signQueryString")));
    QVERIFY(!m_settings->contains(QStringLiteral("connection/old/timeoutSeconds")));
    QCOMPARE(m_settings->value(QStringLiteral("profiles/old/timeoutSeconds")).toInt(), 90);

    // Nothing stored: the defaults.
    loaded = {};
    loaded.timeoutSeconds = 0;
    auto unsaved = makeStore(QStringLiteral("fresh"));
    unsaved->load(env, this, [&](const ConnectionSettings &s, const QString &) { loaded = s; });
    QTRY_COMPARE_WITH_TIMEOUT(loaded.timeoutSeconds, ConnectionSettings::DefaultTimeoutSeconds, 15000);
    QVERIFY(!loaded.signQueryString);
    QVERIFY(!loaded.offlineCopy); // off unless the agent asks for it
    QCOMPARE(loaded.offlineCopyRate, ConnectionSettings::DefaultOfflineCopyRate);
    QVERIFY(loaded.agentIdentifier.isEmpty()); // unknown until the agent says

    // A Connect profile with no base URL stored gets Connect's default host, not classic's.
    m_settings->setValue(QStringLiteral("profiles/connect/api"), QStringLiteral("connect"));
    m_settings->setValue(QStringLiteral("profiles/connect/workspaceId"), QStringLiteral("ws_connect"));
    loaded = {};
    auto connect = makeStore(QStringLiteral("connect"));
    connect->load(QProcessEnvironment(), this,
                  [&](const ConnectionSettings &s, const QString &) { loaded = s; });
    QTRY_COMPARE_WITH_TIMEOUT(loaded.credentials.workspaceId, QStringLiteral("ws_connect"), 15000);
    QCOMPARE(loaded.credentials.generation, bridge::ApiGeneration::Connect);
    QCOMPARE(loaded.credentials.baseUrl, QUrl(QStringLiteral("https://api-connect-us.bridge.new")));
}

void TestCredentialStore::answersNeverReachADestroyedContext() {
    // Like BridgeClient's calls: a caller that went away (a closed dialog) is never called back.
    QProcessEnvironment env;
    env.insert(QStringLiteral("BRIDGE_SECRET_KEY"), QStringLiteral("sk_env"));
    auto store = makeStore();
    int answers = 0;
    {
        QObject gone;
        store->load(env, &gone, [&](const ConnectionSettings &, const QString &) { ++answers; });
        store->save(ConnectionSettings{sample(m_secret)}, &gone,
                    [&](const ConnectionSettings &, const QString &) { ++answers; });
        store->remove(&gone, [&] { ++answers; });
    }
    // QtKeychain runs its jobs one after the other: once a later one has answered, so have these.
    QVERIFY(remove(*store));
    QTest::qWait(100);
    QCOMPARE(answers, 0);
}

void TestCredentialStore::connectEnvironmentPicksTheGeneration() {
    QCOMPARE(CredentialStore::secretVariable(ApiGeneration::Connect), QStringLiteral("BRIDGE_API_KEY"));
    QCOMPARE(CredentialStore::secretVariable(ApiGeneration::Classic), QStringLiteral("BRIDGE_SECRET_KEY"));

    Credentials stored = sample("stored");
    stored.secretSource = Credentials::Source::Keychain;
    QProcessEnvironment env;
    env.insert(QStringLiteral("BRIDGE_API"), QStringLiteral(" Connect "));
    env.insert(QStringLiteral("BRIDGE_API_KEY"), QStringLiteral("bk_env_key"));
    env.insert(QStringLiteral("BRIDGE_SECRET_KEY"),
               QStringLiteral("sk_not_connects")); // not Connect's variable
    const Credentials c = CredentialStore::applyEnvironment(stored, env);
    QCOMPARE(c.generation, ApiGeneration::Connect);
    QCOMPARE(c.secret, QByteArray("bk_env_key")); // the key is the secret
    QCOMPARE(c.secretSource, Credentials::Source::Environment);
    QCOMPARE(c.apiKey, stored.apiKey); // untouched: in Connect BRIDGE_API_KEY is not the classic key
    QCOMPARE(c.secretName(), QStringLiteral("API key"));

    // Without the key, Connect keeps the stored secret; a generation it does not know changes nothing.
    env.remove(QStringLiteral("BRIDGE_API_KEY"));
    const Credentials noKey = CredentialStore::applyEnvironment(stored, env);
    QCOMPARE(noKey.generation, ApiGeneration::Connect);
    QCOMPARE(noKey.secret, QByteArray("stored"));
    QCOMPARE(noKey.secretSource, Credentials::Source::Keychain);
    env.insert(QStringLiteral("BRIDGE_API"), QStringLiteral("v2"));
    QCOMPARE(CredentialStore::applyEnvironment(stored, env).generation, ApiGeneration::Classic);
    QCOMPARE(CredentialStore::applyEnvironment(stored, env).secret, QByteArray("sk_not_connects"));

    // And the client options follow.
    QCOMPARE(ConnectionSettings{c}.toClientOptions().generation, ApiGeneration::Connect);
    QCOMPARE(ConnectionSettings{c}.toClientOptions().secret, QByteArray("bk_env_key"));
}

void TestCredentialStore::storedGenerationIsRead() {
    // With or without a keychain: every secret comes from the environment, so none is asked.
    m_settings->setValue(QStringLiteral("profiles/modern/api"), QStringLiteral("connect"));
    m_settings->setValue(QStringLiteral("profiles/modern/workspaceId"), QStringLiteral("ws_modern"));
    m_settings->setValue(QStringLiteral("profiles/old/workspaceId"), QStringLiteral("ws_old"));
    m_settings->setValue(QStringLiteral("profiles/old/apiKey"), QStringLiteral("ak_old"));
    m_settings->sync();

    QProcessEnvironment connectEnv;
    connectEnv.insert(QStringLiteral("BRIDGE_API_KEY"), QStringLiteral("bk_from_env"));
    Credentials c;
    QString notice;
    QVERIFY(load(*makeStore(QStringLiteral("modern")), connectEnv, c, notice));
    QCOMPARE(c.generation, ApiGeneration::Connect);
    QCOMPARE(c.workspaceId, QStringLiteral("ws_modern"));
    QCOMPARE(c.secret, QByteArray("bk_from_env"));
    QCOMPARE(c.secretSource, Credentials::Source::Environment);
    QVERIFY(c.apiKey.isEmpty());
    QVERIFY(c.isComplete()); // Connect needs no classic key

    // A profile from before Connect existed has no "api": it is classic, and there BRIDGE_API_KEY is
    // the classic key, not the secret.
    QProcessEnvironment classicEnv = connectEnv;
    classicEnv.insert(QStringLiteral("BRIDGE_SECRET_KEY"), QStringLiteral("sk_from_env"));
    QVERIFY(load(*makeStore(QStringLiteral("old")), classicEnv, c, notice));
    QCOMPARE(c.generation, ApiGeneration::Classic);
    QCOMPARE(c.workspaceId, QStringLiteral("ws_old"));
    QCOMPARE(c.apiKey, QStringLiteral("bk_from_env"));
    QCOMPARE(c.secret, QByteArray("sk_from_env"));

    // BRIDGE_API picks the generation for this run only: saving what was loaded leaves "api" alone.
    QProcessEnvironment overridden = classicEnv;
    overridden.insert(QStringLiteral("BRIDGE_API"), QStringLiteral("connect"));
    auto store = makeStore(QStringLiteral("old"));
    QVERIFY(load(*store, overridden, c, notice));
    QCOMPARE(c.generation, ApiGeneration::Connect);
    QCOMPARE(c.secret, QByteArray("bk_from_env"));
    Credentials saved;
    QVERIFY(save(*store, c, saved, notice));
    QVERIFY(!m_settings->contains(QStringLiteral("profiles/old/api")));
    QVERIFY(!allBytesUnder(m_dir->path()).contains("bk_from_env"));
}

// --- real keychain ---------------------------------------------------------------------------

void TestCredentialStore::keychainSaveThenLoadInFreshStore() {
    REQUIRE_KEYRING();
    Credentials c;
    QString notice;
    {
        auto store = makeStore();
        QVERIFY(save(*store, sample(m_secret), c, notice));
        QCOMPARE(c.secretSource, Credentials::Source::Keychain);
        QVERIFY2(notice.isEmpty(), qPrintable(notice));
        QVERIFY(store->keychainAvailable());
    }
    auto fresh = makeStore();
    QVERIFY(load(*fresh, QProcessEnvironment(), c, notice));
    QVERIFY2(notice.isEmpty(), qPrintable(notice));
    QCOMPARE(c.secret, m_secret);
    QCOMPARE(c.secretSource, Credentials::Source::Keychain);
    QCOMPARE(c.baseUrl, sample({}).baseUrl);
    QCOMPARE(c.workspaceId, sample({}).workspaceId);
    QCOMPARE(c.apiKey, sample({}).apiKey);
    QVERIFY(c.isComplete());
    QVERIFY(remove(*fresh));
}

void TestCredentialStore::keychainSecretIsInGnomeKeyring() {
    REQUIRE_KEYRING();
    Credentials c;
    QString notice;
    auto store = makeStore(QStringLiteral("work"));
    QVERIFY(save(*store, sample(m_secret), c, notice));
    QCOMPARE(c.secretSource, Credentials::Source::Keychain);

    // Outside our code: the Secret Service itself has it, under service / "<profile>/secret".
    QCOMPARE(secretToolLookup(QStringLiteral("work"), "base64").toLatin1(), m_secret.toBase64());
    // And QtKeychain on its own reads it back.
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(QStringLiteral("work/secret"));
    QByteArray read;
    int error = -1;
    connect(job, &QKeychain::Job::finished, this, [&](QKeychain::Job *j) {
        error = j->error();
        read = static_cast<QKeychain::ReadPasswordJob *>(j)->binaryData();
    });
    job->start();
    QTRY_VERIFY_WITH_TIMEOUT(error != -1, 15000);
    QCOMPARE(error, int(QKeychain::NoError));
    QCOMPARE(read, m_secret);

    QVERIFY(remove(*store));
    QCOMPARE(secretToolLookup(QStringLiteral("work"), "base64"), QString());
}

void TestCredentialStore::keychainSecretNeverInAFile() {
    REQUIRE_KEYRING();
    Credentials c;
    QString notice;
    auto store = makeStore();
    QVERIFY(save(*store, sample(m_secret), c, notice));
    QVERIFY(load(*makeStore(), QProcessEnvironment(), c, notice));
    QCOMPARE(c.secret, m_secret);

    QFile file(m_settings->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray ini = file.readAll();
    QVERIFY2(ini.contains("ws_abc123"), ini.constData()); // it is the file the store writes to
    QVERIFY2(!ini.contains(m_secret), ini.constData());
    QVERIFY(!ini.contains(m_secret.toBase64()));

    const QByteArray everything = allBytesUnder(m_dir->path());
    QVERIFY(!everything.contains(m_secret));
    QVERIFY(!everything.contains(m_secret.toBase64()));
    // Nor in clear anywhere under the wrapper's HOME, where gnome-keyring keeps its encrypted files.
    const QByteArray home = allBytesUnder(QDir::homePath());
    QVERIFY(!home.contains(m_secret));
    QVERIFY(!home.contains(m_secret.toBase64()));
    QVERIFY(remove(*store));
}

void TestCredentialStore::keychainEnvironmentWinsAndIsNotSaved() {
    REQUIRE_KEYRING();
    Credentials c;
    QString notice;
    QVERIFY(save(*makeStore(), sample(m_secret), c, notice));

    QProcessEnvironment env;
    env.insert(QStringLiteral("BRIDGE_BASE_URL"), QStringLiteral("http://127.0.0.1:9/env"));
    env.insert(QStringLiteral("BRIDGE_WORKSPACE_ID"), QStringLiteral("ws_env"));
    env.insert(QStringLiteral("BRIDGE_API_KEY"), QStringLiteral("ak_env"));
    env.insert(QStringLiteral("BRIDGE_SECRET_KEY"), QStringLiteral("sk_env_secret"));

    auto store = makeStore();
    Credentials withEnv;
    QVERIFY(load(*store, env, withEnv, notice));
    QVERIFY2(notice.isEmpty(), qPrintable(notice));
    QCOMPARE(withEnv.baseUrl, QUrl(QStringLiteral("http://127.0.0.1:9/env")));
    QCOMPARE(withEnv.workspaceId, QStringLiteral("ws_env"));
    QCOMPARE(withEnv.apiKey, QStringLiteral("ak_env"));
    QCOMPARE(withEnv.secret, QByteArray("sk_env_secret"));
    QCOMPARE(withEnv.secretSource, Credentials::Source::Environment);

    // Saving what load() gave back keeps the stored values: the environment is for this run only.
    QVERIFY(save(*store, withEnv, c, notice));
    QCOMPARE(c.secretSource, Credentials::Source::Environment);
    const QByteArray files = allBytesUnder(m_dir->path());
    QVERIFY(!files.contains("sk_env_secret"));
    QVERIFY(!files.contains("ws_env"));
    QVERIFY(!files.contains("ak_env"));
    QVERIFY(!files.contains("127.0.0.1"));

    QVERIFY(load(*makeStore(), QProcessEnvironment(), c, notice));
    QCOMPARE(c.baseUrl, sample({}).baseUrl);
    QCOMPARE(c.workspaceId, sample({}).workspaceId);
    QCOMPARE(c.apiKey, sample({}).apiKey);
    QCOMPARE(c.secret, m_secret);
    QCOMPARE(c.secretSource, Credentials::Source::Keychain);

    // A field the user changed after an environment load is a real change, and is saved.
    Credentials edited = withEnv;
    edited.apiKey = QStringLiteral("ak_edited");
    QVERIFY(save(*store, edited, c, notice));
    QVERIFY(load(*makeStore(), QProcessEnvironment(), c, notice));
    QCOMPARE(c.apiKey, QStringLiteral("ak_edited"));
    QCOMPARE(c.workspaceId, sample({}).workspaceId);
    QCOMPARE(c.secret, m_secret);
    QVERIFY(remove(*store));
}

void TestCredentialStore::keychainRemoveDeletesEverything() {
    REQUIRE_KEYRING();
    Credentials c;
    QString notice;
    auto store = makeStore();
    QVERIFY(save(*store, sample(m_secret), c, notice));
    QCOMPARE(secretToolLookup(QStringLiteral("default"), "base64").toLatin1(), m_secret.toBase64());

    QVERIFY(remove(*store));
    QCOMPARE(secretToolLookup(QStringLiteral("default"), "base64"), QString());
    QVERIFY(!allBytesUnder(m_dir->path()).contains("ak_test_key"));

    QVERIFY(load(*makeStore(), QProcessEnvironment(), c, notice));
    QVERIFY2(notice.isEmpty(), qPrintable(notice));
    QVERIFY(c.secret.isEmpty());
    QCOMPARE(c.secretSource, Credentials::Source::None);
    QVERIFY(c.workspaceId.isEmpty());
    QVERIFY(c.apiKey.isEmpty());
    QCOMPARE(c.baseUrl, QUrl(QStringLiteral("https://api.bridge.new"))); // the default again
}

void TestCredentialStore::keychainProfilesKeepSeparateSecrets() {
    REQUIRE_KEYRING();
    Credentials c;
    QString notice;
    const QByteArray other = m_secret + "_other";
    Credentials b = sample(other);
    b.workspaceId = QStringLiteral("ws_second");
    QVERIFY(save(*makeStore(QStringLiteral("first")), sample(m_secret), c, notice));
    QVERIFY(save(*makeStore(QStringLiteral("second")), b, c, notice));

    QVERIFY(load(*makeStore(QStringLiteral("first")), QProcessEnvironment(), c, notice));
    QCOMPARE(c.secret, m_secret);
    QCOMPARE(c.workspaceId, QStringLiteral("ws_abc123"));
    QVERIFY(load(*makeStore(QStringLiteral("second")), QProcessEnvironment(), c, notice));
    QCOMPARE(c.secret, other);
    QCOMPARE(c.workspaceId, QStringLiteral("ws_second"));

    QVERIFY(remove(*makeStore(QStringLiteral("first"))));
    QVERIFY(load(*makeStore(QStringLiteral("first")), QProcessEnvironment(), c, notice));
    QVERIFY(c.secret.isEmpty());
    QVERIFY(load(*makeStore(QStringLiteral("second")), QProcessEnvironment(), c, notice));
    QCOMPARE(c.secret, other);
    QCOMPARE(c.workspaceId, QStringLiteral("ws_second"));
    QVERIFY(remove(*makeStore(QStringLiteral("second"))));
}

void TestCredentialStore::keychainMissingEntryIsNoSecretWithoutNotice() {
    REQUIRE_KEYRING();
    Credentials c;
    QString notice;
    auto store = makeStore(QStringLiteral("never-saved"));
    QVERIFY(load(*store, QProcessEnvironment(), c, notice));
    QVERIFY2(notice.isEmpty(), qPrintable(notice));
    QVERIFY(c.secret.isEmpty());
    QCOMPARE(c.secretSource, Credentials::Source::None);
    QCOMPARE(c.baseUrl, QUrl(QStringLiteral("https://api.bridge.new")));
    QVERIFY(store->keychainAvailable());
}

void TestCredentialStore::keychainAnswersComeFromTheEventLoopOnce() {
    REQUIRE_KEYRING();
    auto store = makeStore();
    // Several operations in flight at once: each answers once, none synchronously.
    int saved = 0;
    int loaded = 0;
    const auto countLoaded = [&loaded](const ConnectionSettings &, const QString &) { ++loaded; };
    store->save(ConnectionSettings{sample(m_secret)}, this,
                [&saved](const ConnectionSettings &, const QString &) { ++saved; });
    store->load(QProcessEnvironment(), this, countLoaded);
    QProcessEnvironment env;
    env.insert(QStringLiteral("BRIDGE_SECRET_KEY"), QStringLiteral("sk_env"));
    store->load(env, this, countLoaded);
    QCOMPARE(saved, 0);
    QCOMPARE(loaded, 0);
    QTRY_COMPARE_WITH_TIMEOUT(loaded, 2, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(saved, 1, 15000);
    QTest::qWait(100);
    QCOMPARE(saved, 1);
    QCOMPARE(loaded, 2);
    QVERIFY(remove(*store));
}

void TestCredentialStore::keychainConnectProfileKeepsItsKeyThere() {
    REQUIRE_KEYRING();
    const QByteArray key = "bk_" + m_secret;
    Credentials c;
    QString notice;
    auto store = makeStore(QStringLiteral("connect"));
    QVERIFY(save(*store, connectSample(key), c, notice));
    QCOMPARE(c.secretSource, Credentials::Source::Keychain);
    QCOMPARE(m_settings->value(QStringLiteral("profiles/connect/api")).toString(), QStringLiteral("connect"));
    QCOMPARE(secretToolLookup(QStringLiteral("connect"), "base64").toLatin1(), key.toBase64());
    QVERIFY(!allBytesUnder(m_dir->path()).contains(key));

    QVERIFY(load(*makeStore(QStringLiteral("connect")), QProcessEnvironment(), c, notice));
    QVERIFY2(notice.isEmpty(), qPrintable(notice));
    QCOMPARE(c.generation, ApiGeneration::Connect);
    QCOMPARE(c.secret, key);
    QCOMPARE(c.secretSource, Credentials::Source::Keychain);
    QCOMPARE(c.workspaceId, connectSample({}).workspaceId);
    QVERIFY(c.apiKey.isEmpty());
    QVERIFY(c.isComplete());
    QVERIFY(remove(*store));
    QCOMPARE(secretToolLookup(QStringLiteral("connect"), "base64"), QString());
}

void TestCredentialStore::keychainConnectEnvironmentKeyIsNeverSaved() {
    REQUIRE_KEYRING();
    Credentials c;
    QString notice;
    QVERIFY(save(*makeStore(), sample(m_secret), c, notice)); // a classic profile, its secret stored

    const QByteArray envKey = "bk_env_" + m_secret;
    QProcessEnvironment env;
    env.insert(QStringLiteral("BRIDGE_API"), QStringLiteral("connect"));
    env.insert(QStringLiteral("BRIDGE_API_KEY"), QString::fromLatin1(envKey));
    auto store = makeStore();
    Credentials withEnv;
    QVERIFY(load(*store, env, withEnv, notice));
    QVERIFY2(notice.isEmpty(), qPrintable(notice));
    QCOMPARE(withEnv.generation, ApiGeneration::Connect);
    QCOMPARE(withEnv.secret, envKey);
    QCOMPARE(withEnv.secretSource, Credentials::Source::Environment);

    QVERIFY(save(*store, withEnv, c, notice));
    QCOMPARE(c.secretSource, Credentials::Source::Environment);
    // Neither the settings file nor the keychain took it; the stored profile is as it was.
    QVERIFY(!allBytesUnder(m_dir->path()).contains(envKey));
    QCOMPARE(secretToolLookup(QStringLiteral("default"), "base64").toLatin1(), m_secret.toBase64());
    QCOMPARE(m_settings->value(QStringLiteral("profiles/default/api")).toString(), QStringLiteral("classic"));
    QVERIFY(load(*makeStore(), QProcessEnvironment(), c, notice));
    QCOMPARE(c.generation, ApiGeneration::Classic);
    QCOMPARE(c.secret, m_secret);
    QCOMPARE(c.apiKey, sample({}).apiKey);

    // A profile that has no secret yet: the key of this run does not become its secret either.
    auto fresh = makeStore(QStringLiteral("fresh"));
    QVERIFY(load(*fresh, env, withEnv, notice));
    QVERIFY(save(*fresh, withEnv, c, notice));
    QCOMPARE(secretToolLookup(QStringLiteral("fresh"), "base64"), QString());
    QCOMPARE(secretToolLookup(QStringLiteral("fresh"), "plaintext"), QString());
    QVERIFY(!allBytesUnder(m_dir->path()).contains(envKey));
    QVERIFY(remove(*store));
    QVERIFY(remove(*fresh));
}

// --- no keychain -----------------------------------------------------------------------------

void TestCredentialStore::noKeychainSaveIsSessionOnly() {
    REQUIRE_NO_KEYCHAIN();
    Credentials c;
    QString notice;
    auto store = makeStore();
    QVERIFY(store->keychainAvailable()); // nobody asked yet
    QVERIFY(save(*store, sample(m_secret), c, notice));
    QCOMPARE(c.secretSource, Credentials::Source::SessionOnly);
    QCOMPARE(c.secret, m_secret); // still usable for this session
    QVERIFY2(notice.contains(QLatin1String("keychain"), Qt::CaseInsensitive), qPrintable(notice));
    QVERIFY2(notice.contains(QLatin1String("this session only")), qPrintable(notice));
    QVERIFY2(!notice.contains(QString::fromLatin1(m_secret)), qPrintable(notice));
    QVERIFY(!store->keychainAvailable());
    qInfo("notice: %s", qPrintable(notice));
    // The non-secret fields are saved all the same.
    QVERIFY(load(*makeStore(), QProcessEnvironment(), c, notice));
    QCOMPARE(c.workspaceId, QStringLiteral("ws_abc123"));
    QCOMPARE(c.apiKey, QStringLiteral("ak_test_key"));
}

void TestCredentialStore::noKeychainSecretNotWrittenToAnyFile() {
    REQUIRE_NO_KEYCHAIN();
    Credentials c;
    QString notice;
    auto store = makeStore();
    QVERIFY(save(*store, sample(m_secret), c, notice));
    QVERIFY(load(*store, QProcessEnvironment(), c, notice));
    QCOMPARE(c.secret, m_secret);
    const QByteArray everything = allBytesUnder(m_dir->path());
    QVERIFY(everything.contains("ak_test_key")); // the settings file is there and was searched
    QVERIFY(!everything.contains(m_secret));
    QVERIFY(!everything.contains(m_secret.toBase64()));
    // QtKeychain's insecure fallback would have written to QSettings(service): it is off.
    QVERIFY2(!QFile::exists(QSettings(m_service).fileName()), qPrintable(QSettings(m_service).fileName()));
}

void TestCredentialStore::noKeychainLoadInFreshStoreHasNoSecret() {
    REQUIRE_NO_KEYCHAIN();
    Credentials c;
    QString notice;
    QVERIFY(save(*makeStore(), sample(m_secret), c, notice));
    auto fresh = makeStore();
    QVERIFY(load(*fresh, QProcessEnvironment(), c, notice));
    QVERIFY(c.secret.isEmpty());
    QCOMPARE(c.secretSource, Credentials::Source::None);
    QCOMPARE(c.workspaceId, QStringLiteral("ws_abc123"));
    // Documented choice: a keychain that cannot be asked is reported, so that "no secret stored"
    // and "the secret cannot be read" do not look alike to the user.
    QVERIFY2(notice.contains(QLatin1String("keychain"), Qt::CaseInsensitive), qPrintable(notice));
    QVERIFY(!fresh->keychainAvailable());
    qInfo("notice: %s", qPrintable(notice));
}

void TestCredentialStore::noKeychainLoadInSameStoreKeepsSessionSecret() {
    REQUIRE_NO_KEYCHAIN();
    Credentials c;
    QString notice;
    auto store = makeStore();
    QVERIFY(save(*store, sample(m_secret), c, notice));
    QVERIFY(load(*store, QProcessEnvironment(), c, notice));
    QCOMPARE(c.secret, m_secret);
    QCOMPARE(c.secretSource, Credentials::Source::SessionOnly);
    QVERIFY2(notice.contains(QLatin1String("this session only")), qPrintable(notice));
    // Another profile of the same store does not see it.
    store->setProfile(QStringLiteral("other"));
    QVERIFY(load(*store, QProcessEnvironment(), c, notice));
    QVERIFY(c.secret.isEmpty());
    QCOMPARE(c.secretSource, Credentials::Source::None);
}

void TestCredentialStore::noKeychainRemoveWipesSessionSecret() {
    REQUIRE_NO_KEYCHAIN();
    Credentials c;
    QString notice;
    auto store = makeStore();
    QVERIFY(save(*store, sample(m_secret), c, notice));
    QVERIFY(remove(*store));
    QVERIFY(load(*store, QProcessEnvironment(), c, notice));
    QVERIFY(c.secret.isEmpty());
    QCOMPARE(c.secretSource, Credentials::Source::None);
    QVERIFY(c.workspaceId.isEmpty());
}

void TestCredentialStore::noKeychainEnvironmentSecretNeedsNoKeychain() {
    REQUIRE_NO_KEYCHAIN();
    Credentials c;
    QString notice;
    QProcessEnvironment env;
    env.insert(QStringLiteral("BRIDGE_SECRET_KEY"), QStringLiteral("sk_from_env"));
    auto store = makeStore();
    QVERIFY(load(*store, env, c, notice));
    QCOMPARE(c.secret, QByteArray("sk_from_env"));
    QCOMPARE(c.secretSource, Credentials::Source::Environment);
    QVERIFY2(notice.isEmpty(), qPrintable(notice));
    // Saving it does not try the keychain: nothing to report, nothing written.
    QVERIFY(save(*store, c, c, notice));
    QCOMPARE(c.secretSource, Credentials::Source::Environment);
    QVERIFY2(notice.isEmpty(), qPrintable(notice));
    QVERIFY(store->keychainAvailable());
    QVERIFY(!allBytesUnder(m_dir->path()).contains("sk_from_env"));
}

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
