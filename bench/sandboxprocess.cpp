#include "sandboxprocess.h"

#include <QTextStream>

SandboxProcess::~SandboxProcess() {
    stop();
}

bool SandboxProcess::start(int count, bridge::ApiGeneration api, int timeoutMs) {
    m_count = count;
    m_process.setProgram(QStringLiteral(BRIDGE_SANDBOX_EXE));
    m_process.setArguments({QStringLiteral("--port"), QStringLiteral("0"),
                            QStringLiteral("--print-credentials"), QStringLiteral("--count"),
                            QString::number(count), QStringLiteral("--seed"), QStringLiteral("7"),
                            QStringLiteral("--api"), bridge::apiGenerationName(api)});
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start();
    if (!m_process.waitForStarted(timeoutMs)) {
        QTextStream(stderr) << "bridge-bench: cannot start " << m_process.program() << Qt::endl;
        return false;
    }
    // Blocking reads are fine here: this is set-up, outside every timed region.
    QByteArray output;
    // "api=" is the last line of the credentials, in either generation.
    while (!output.contains("\napi=") || !output.endsWith('\n')) {
        if (!m_process.waitForReadyRead(timeoutMs)) {
            QTextStream(stderr) << "bridge-bench: the sandbox printed no credentials" << Qt::endl;
            return false;
        }
        output += m_process.readAllStandardOutput();
    }
    for (const QByteArray &line : output.split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq < 0)
            continue;
        const QByteArray key = line.left(eq);
        const QByteArray value = line.mid(eq + 1).trimmed();
        if (key == "url")
            m_options.baseUrl = QUrl(QString::fromUtf8(value));
        else if (key == "workspace")
            m_options.workspaceId = QString::fromUtf8(value);
        else if (key == "api-key")
            m_options.apiKey = QString::fromUtf8(value);
        else if (key == "secret")
            m_options.secret = value;
    }
    m_options.generation = api;
    if (api == bridge::ApiGeneration::Connect) {
        // Connect: the API key is the secret, sent as x-api-key; there is no classic key.
        m_options.secret = m_options.apiKey.toUtf8();
        m_options.apiKey.clear();
    }
    m_options.maxRetries = 0;
    return m_options.baseUrl.isValid() && !m_options.secret.isEmpty();
}

void SandboxProcess::stop() {
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000))
        m_process.kill();
    m_process.waitForFinished(5000);
}
