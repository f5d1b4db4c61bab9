#pragma once
// The test harness, as processes: a bridge-sandbox process (with its control routes) and a
// bridge-desk-testable process observed through its --test-probe socket. Header-only; for the
// end-to-end tests (tests/e2e). sandboxfixture.h is the same in process.
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <QMap>
#include <QProcess>
#include <QTcpSocket>
#include <QTest>
#include <QUrl>

namespace testing {

inline const QString Bin = QStringLiteral(BRIDGE_BINARY_DIR);

//! Asks process to end, and kills it when it has not within 5 s.
inline void stopProcess(QProcess &process) {
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(5000)) {
        process.kill();
        process.waitForFinished(2000);
    }
}

//! What a finished command-line process said: exit code (-1: still running after the timeout, -2:
//! crashed), stdout and stderr.
struct ProcessRun {
    int exitCode = -1;
    QString out;
    QString err;
};

//! Runs program with arguments in env to its end (killed after timeoutMs).
inline ProcessRun runProcess(const QString &program, const QStringList &arguments,
                             const QProcessEnvironment &env, int timeoutMs = 30000) {
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    ProcessRun run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(2000);
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

//! A bridge-sandbox process on loopback with --control; restartable on the same port.
class SandboxProcess {
public:
    ~SandboxProcess() { stop(); }

    //! port 0: any free port. Extra arguments go to the command line (--api connect: the Connect
    //! generation, which prints no secret= line).
    bool start(quint16 port = 0, const QStringList &extra = {}) {
        m_process.setProgram(Bin + QStringLiteral("/sandbox/bridge-sandbox"));
        m_process.setArguments(QStringList{QStringLiteral("--port"), QString::number(port),
                                           QStringLiteral("--print-credentials"),
                                           QStringLiteral("--control")} +
                               extra);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start();
        if (!m_process.waitForStarted(10000))
            return false;
        QByteArray printed;
        QElapsedTimer clock;
        clock.start();
        // "api=" is the last line, in either generation (Connect prints no secret=).
        while (!(printed.contains("\napi=") && printed.endsWith('\n')) && clock.elapsed() < 15000) {
            m_process.waitForReadyRead(200);
            printed += m_process.readAllStandardOutput();
        }
        for (const QByteArray &line : printed.split('\n')) {
            const qsizetype eq = line.indexOf('=');
            if (eq > 0)
                m_credentials.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
        }
        return m_credentials.value(QStringLiteral("url")).startsWith(QStringLiteral("http://127.0.0.1:"));
    }

    void stop() { stopProcess(m_process); }
    //! The way a server goes away under a client: no goodbye.
    void kill() {
        m_process.kill();
        m_process.waitForFinished(5000);
    }

    QString url() const { return m_credentials.value(QStringLiteral("url")); }
    quint16 port() const { return quint16(QUrl(url()).port()); }
    QString workspace() const { return m_credentials.value(QStringLiteral("workspace")); }
    QString apiKey() const { return m_credentials.value(QStringLiteral("api-key")); }
    QString secret() const { return m_credentials.value(QStringLiteral("secret")); } //!< classic only
    QString api() const { return m_credentials.value(QStringLiteral("api")); }       //!< "classic", "connect"

    //! One control request ({prefix}/_sandbox/ROUTE) over a fresh connection; the JSON answer.
    QJsonObject control(const QByteArray &method, const QByteArray &route,
                        const QByteArray &body = {}) const {
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), port());
        if (!socket.waitForConnected(5000))
            return {};
        socket.write(method + " /_sandbox/" + route +
                     " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                     "Content-Length: " +
                     QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        // Read up to the end of the body (Content-Length): the server may keep the connection open.
        QByteArray answer;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 5000) {
            const qsizetype headerEnd = answer.indexOf("\r\n\r\n");
            if (headerEnd >= 0) {
                const QByteArray head = answer.left(headerEnd).toLower();
                const qsizetype at = head.indexOf("content-length:");
                const qsizetype length =
                    at < 0 ? -1 : head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toLongLong();
                if (length >= 0 && answer.size() - headerEnd - 4 >= length)
                    return QJsonDocument::fromJson(answer.mid(headerEnd + 4, length)).object();
            }
            if (socket.state() != QAbstractSocket::ConnectedState && !socket.bytesAvailable())
                break;
            socket.waitForReadyRead(100);
            answer += socket.readAll();
        }
        return QJsonDocument::fromJson(answer.mid(answer.indexOf("\r\n\r\n") + 4)).object();
    }
    QJsonObject setFaults(const QByteArray &json) const { return control("POST", "faults", json); }
    QJsonObject reset() const { return control("POST", "reset"); }
    QJsonObject state() const { return control("GET", "state"); }

    QProcess &process() { return m_process; }

private:
    QProcess m_process;
    QMap<QString, QString> m_credentials;
};

//! A bridge-desk-testable process (bridge-desk with the test probe) with a --test-probe socket.
class DeskProcess {
public:
    ~DeskProcess() { stop(); }

    bool start(const QString &probeSocket, const QProcessEnvironment &env, const QStringList &extra = {}) {
        m_socketName = probeSocket;
        QProcessEnvironment own = env;
        if (!own.contains(QStringLiteral("BRIDGE_DESK_INSTANCE_KEY")))
            own.insert(QStringLiteral("BRIDGE_DESK_INSTANCE_KEY"),
                       QStringLiteral("none")); // no single-instance hand-over
        m_process.setProcessEnvironment(own);
        m_process.setProgram(Bin + QStringLiteral("/app/bridge-desk-testable"));
        m_process.setArguments(QStringList{QStringLiteral("--test-probe"), probeSocket} + extra);
        m_process.start();
        if (!m_process.waitForStarted(10000))
            return false;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 20000 && m_process.state() == QProcess::Running) {
            m_socket.connectToServer(m_socketName);
            if (m_socket.waitForConnected(500))
                return true;
            QTest::qWait(100);
        }
        return false;
    }

    bool running() const { return m_process.state() == QProcess::Running; }

    //! Sends one probe command, returns its JSON answer (empty when the app is gone).
    QJsonObject ask(const QByteArray &command) {
        if (m_socket.state() != QLocalSocket::ConnectedState)
            return {};
        m_socket.write(command + '\n');
        m_socket.flush();
        QElapsedTimer clock;
        clock.start();
        while (!m_socket.canReadLine() && clock.elapsed() < 5000) {
            if (!m_socket.waitForReadyRead(200) && m_socket.state() != QLocalSocket::ConnectedState)
                return {};
        }
        return QJsonDocument::fromJson(m_socket.readLine()).object();
    }
    QJsonObject state() { return ask("state"); }

    //! Polls the state until pred holds or timeoutMs passes; every state seen goes to onEach.
    template <typename Pred, typename Each> QJsonObject waitFor(Pred pred, int timeoutMs, Each onEach) {
        QElapsedTimer clock;
        clock.start();
        QJsonObject s = state();
        onEach(s);
        while (!pred(s) && clock.elapsed() < timeoutMs && running()) {
            QTest::qWait(50);
            s = state();
            onEach(s);
        }
        return s;
    }
    template <typename Pred> QJsonObject waitFor(Pred pred, int timeoutMs) {
        return waitFor(pred, timeoutMs, [](const QJsonObject &) {});
    }

    //! Asks the window to close (Ctrl+Q) and waits for a normal exit; kills it otherwise.
    int quit() {
        if (!running())
            return exitCode();
        ask("quit");
        if (!m_process.waitForFinished(10000)) {
            m_process.kill();
            m_process.waitForFinished(2000);
            return -1;
        }
        return exitCode();
    }
    void stop() {
        m_socket.abort();
        stopProcess(m_process);
    }
    int exitCode() const {
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -2;
    }
    QByteArray standardError() { return m_stderr += m_process.readAllStandardError(); }
    QProcess &process() { return m_process; }

private:
    QProcess m_process;
    QLocalSocket m_socket;
    QString m_socketName;
    QByteArray m_stderr;
};

inline QStringList rows(const QJsonObject &state) {
    QStringList out;
    for (const QJsonValue &v : state.value(QLatin1String("rows")).toArray())
        out.append(v.toString());
    return out;
}
inline QString banner(const QJsonObject &state) {
    return state.value(QLatin1String("banner")).toString();
}
inline bool loading(const QJsonObject &state) {
    return state.value(QLatin1String("loading")).toBool();
}
//! A page is shown, no load is under way and no error shows.
inline bool settled(const QJsonObject &state) {
    return !rows(state).isEmpty() && !loading(state) && banner(state).isEmpty();
}

} // namespace testing
