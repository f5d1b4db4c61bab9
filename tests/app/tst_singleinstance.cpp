// SingleInstance: one primary per key, a later claim hands over and is told to exit, keys and
// users never collide, a crashed primary's lock and socket are taken over. Then bridge-desk
// itself, as two processes: the second launch exits 0 at once and the first is asked forward.
#include "singleinstance.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

class TestSingleInstance : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void firstIsPrimarySecondHandsOver();
    void keysAreIndependent();
    void releasedKeyCanBeTakenAgain();
    void crashedPrimaryIsTakenOver();
    void keyFromEnvironment();
    void secondLaunchRaisesFirst();
    void sandboxWindowsAreIndependent();
    void measuringRunsStayOut();

private:
    static QString uniqueKey() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }
    QProcessEnvironment deskEnvironment(const QString &key) const;
    static bool waitForFile(const QString &path, int timeoutMs);

    QTemporaryDir m_runtime;
};

void TestSingleInstance::initTestCase() {
    QVERIFY(m_runtime.isValid());
    // A private runtime directory (0700, as QStandardPaths requires) for this run and its children,
    // so parallel test runs and a real Bridge Desk never meet.
    QVERIFY(QFile::setPermissions(m_runtime.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    qputenv("XDG_RUNTIME_DIR", m_runtime.path().toLocal8Bit());
    for (const char *name :
         {"BRIDGE_DESK_INSTANCE_KEY", "BRIDGE_BASE_URL", "BRIDGE_WORKSPACE_ID", "BRIDGE_API_KEY"})
        qunsetenv(name);
}

void TestSingleInstance::firstIsPrimarySecondHandsOver() {
    const QString key = uniqueKey();
    SingleInstance first(key);
    QCOMPARE(first.claim(), SingleInstance::Role::Primary);
    QVERIFY(first.serverName().startsWith(m_runtime.path()));
    QSignalSpy asked(&first, &SingleInstance::activationRequested);

    SingleInstance second(key);
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(second.claim(), SingleInstance::Role::Secondary);
    QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
    QTRY_COMPARE(asked.count(), 1);

    SingleInstance third(key);
    QCOMPARE(third.claim(), SingleInstance::Role::Secondary);
    QTRY_COMPARE(asked.count(), 2);
}

void TestSingleInstance::keysAreIndependent() {
    SingleInstance a(uniqueKey());
    SingleInstance b(uniqueKey());
    QVERIFY(a.serverName() != b.serverName());
    QCOMPARE(a.claim(), SingleInstance::Role::Primary);
    QCOMPARE(b.claim(), SingleInstance::Role::Primary);
    // Two profiles are different keys; so is the same profile on other credentials from the environment.
    QVERIFY(SingleInstance::keyFor(false, QStringLiteral("work")) !=
            SingleInstance::keyFor(false, QStringLiteral("default")));
    const QString plain = SingleInstance::keyFor(false, QStringLiteral("default"));
    qputenv("BRIDGE_WORKSPACE_ID", "ws_other");
    QVERIFY(SingleInstance::keyFor(false, QStringLiteral("default")) != plain);
    qunsetenv("BRIDGE_WORKSPACE_ID");
    // Another config directory (a test harness's private HOME) holds other profiles: another key.
    const QByteArray oldConfig = qgetenv("XDG_CONFIG_HOME");
    qputenv("XDG_CONFIG_HOME", QByteArray(m_runtime.path().toLocal8Bit() + "/other-config"));
    QVERIFY(SingleInstance::keyFor(false, QStringLiteral("default")) != plain);
    if (oldConfig.isEmpty())
        qunsetenv("XDG_CONFIG_HOME");
    else
        qputenv("XDG_CONFIG_HOME", oldConfig);
}

void TestSingleInstance::releasedKeyCanBeTakenAgain() {
    const QString key = uniqueKey();
    {
        SingleInstance first(key);
        QCOMPARE(first.claim(), SingleInstance::Role::Primary);
    }
    SingleInstance again(key);
    QCOMPARE(again.claim(), SingleInstance::Role::Primary);
    QVERIFY(QFileInfo::exists(again.serverName()));
}

void TestSingleInstance::crashedPrimaryIsTakenOver() {
    // What a crash leaves: a lock naming a process that no longer exists, and a socket file.
    const QString key = uniqueKey();
    SingleInstance probe(key);
    QString lockPath = probe.serverName();
    lockPath.replace(QLatin1String(".socket"), QLatin1String(".lock"));
    QProcess gone;
    gone.start(QStringLiteral("true"), {});
    QVERIFY(gone.waitForFinished());
    const qint64 deadPid = gone.processId() > 0 ? gone.processId() : 999999;
    {
        QFile lock(lockPath);
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(QByteArray::number(deadPid) + "\nbridge-desk\n" + QSysInfo::machineHostName().toUtf8() +
                   "\n");
        QFile socket(probe.serverName());
        QVERIFY(socket.open(QIODevice::WriteOnly));
    }
    SingleInstance next(key);
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(next.claim(), SingleInstance::Role::Primary);
    QVERIFY(clock.elapsed() < 1000);
    SingleInstance later(key);
    QSignalSpy asked(&next, &SingleInstance::activationRequested);
    QCOMPARE(later.claim(), SingleInstance::Role::Secondary);
    QTRY_COMPARE(asked.count(), 1);
}

void TestSingleInstance::keyFromEnvironment() {
    qputenv("BRIDGE_DESK_INSTANCE_KEY", "run-42");
    QCOMPARE(SingleInstance::keyFor(true, QStringLiteral("default")), QStringLiteral("run-42"));
    qputenv("BRIDGE_DESK_INSTANCE_KEY", "none");
    QVERIFY(SingleInstance::keyFor(false, QStringLiteral("default")).isEmpty());
    qunsetenv("BRIDGE_DESK_INSTANCE_KEY");
    QCOMPARE(SingleInstance::keyFor(false, QStringLiteral("work")), QStringLiteral("profile:work"));
    // Sandbox windows each run their own server: no single instance unless a key is forced.
    QVERIFY(SingleInstance::keyFor(true, QStringLiteral("default")).isEmpty());
}

QProcessEnvironment TestSingleInstance::deskEnvironment(const QString &key) const {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_runtime.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_runtime.path() + QLatin1String("/config"));
    env.insert(QStringLiteral("BRIDGE_DESK_INSTANCE_KEY"), key);
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("bridge.*.debug=false"));
    return env;
}

bool TestSingleInstance::waitForFile(const QString &path, int timeoutMs) {
    QElapsedTimer clock;
    clock.start();
    while (!QFileInfo::exists(path)) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QTest::qWait(20);
    }
    return true;
}

void TestSingleInstance::secondLaunchRaisesFirst() {
    const QString key = uniqueKey();
    const QString socket = SingleInstance(key).serverName();

    QProcess first;
    first.setProcessEnvironment(deskEnvironment(key));
    first.start(QStringLiteral(BRIDGE_DESK_EXE), {QStringLiteral("--sandbox")});
    QVERIFY(first.waitForStarted());
    QVERIFY2(waitForFile(socket, 20000), qPrintable(QString::fromLocal8Bit(first.readAllStandardError())));

    QProcess second;
    second.setProcessEnvironment(deskEnvironment(key));
    QElapsedTimer clock;
    clock.start();
    second.start(QStringLiteral(BRIDGE_DESK_EXE), {QStringLiteral("--sandbox")});
    QVERIFY(second.waitForFinished(10000));
    qInfo("second launch exited after %lld ms", qint64(clock.elapsed()));
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QCOMPARE(second.exitCode(), 0);
    QVERIFY(QString::fromLocal8Bit(second.readAllStandardError()).contains(QLatin1String("come forward")));

    QByteArray firstLog;
    QTRY_VERIFY_WITH_TIMEOUT(
        (firstLog += first.readAllStandardError()).contains("asked this window to come forward"), 10000);
    QCOMPARE(first.state(), QProcess::Running);

    first.terminate();
    QVERIFY(first.waitForFinished(10000));
}

void TestSingleInstance::sandboxWindowsAreIndependent() {
    // Without a forced key two sandbox windows both run (tests and benchmarks start many).
    QProcessEnvironment env = deskEnvironment(QString());
    env.remove(QStringLiteral("BRIDGE_DESK_INSTANCE_KEY"));
    QProcess first;
    first.setProcessEnvironment(env);
    first.start(QStringLiteral(BRIDGE_DESK_EXE), {QStringLiteral("--sandbox")});
    QVERIFY(first.waitForStarted());
    QProcess second;
    second.setProcessEnvironment(env);
    second.start(QStringLiteral(BRIDGE_DESK_EXE), {QStringLiteral("--sandbox")});
    QVERIFY(second.waitForStarted());
    QVERIFY(!second.waitForFinished(1500)); // still running: not handed over
    QCOMPARE(first.state(), QProcess::Running);
    for (QProcess *p : {&first, &second}) {
        p->terminate();
        QVERIFY(p->waitForFinished(10000));
    }
}

void TestSingleInstance::measuringRunsStayOut() {
    // --exit-after-load (the startup benchmark) neither hands over nor brings a window forward.
    const QString key = uniqueKey();
    SingleInstance primary(key);
    QCOMPARE(primary.claim(), SingleInstance::Role::Primary);
    QSignalSpy asked(&primary, &SingleInstance::activationRequested);

    QProcess run;
    run.setProcessEnvironment(deskEnvironment(key));
    run.start(QStringLiteral(BRIDGE_DESK_EXE),
              {QStringLiteral("--sandbox"), QStringLiteral("--exit-after-load")});
    const bool finished = run.waitForFinished(60000);
    const QByteArray log = run.readAllStandardError();
    QVERIFY2(finished, log.constData());
    QVERIFY2(run.exitStatus() == QProcess::NormalExit && run.exitCode() == 0,
             qPrintable(QStringLiteral("exit status %1, code %2; stderr:\n%3")
                            .arg(int(run.exitStatus()))
                            .arg(run.exitCode())
                            .arg(QString::fromLocal8Bit(log))));
    QVERIFY2(log.contains("first-rows-ms"), log.constData());
    QTest::qWait(100);
    QCOMPARE(asked.count(), 0);
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
