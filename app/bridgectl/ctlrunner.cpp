#include "ctlrunner.h"

#include "apidialect.h"
#include "connectjsonencoder.h"
#include "csvimport.h"
#include "ctlconnection.h"
#include "exporter.h"
#include "messagesend.h"
#include "signer.h"
#include "textoutput.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace bridge;
using ctl::jsonText;
using ctl::printErr;
using ctl::printOut;

namespace {

QString escaped(const QByteArray &bytes) {
    QString text = QString::fromUtf8(bytes);
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    return text;
}

} // namespace

CtlRunner::CtlRunner(CtlCommand command, QObject *parent)
    : QObject(parent)
    , m_command(std::move(command)) {
    m_store.setProfile(m_command.profile);
}

void CtlRunner::start() {
    ctl::loadConnection(
        m_store, this, [this](const ConnectionSettings &settings) { run(settings); },
        [this](int code) { emit done(code); });
}

void CtlRunner::fail(const ApiError &error) {
    printErr(error.line());
    emit done(ctl::exitCodeFor(error));
}

void CtlRunner::runSign(const Credentials &credentials) {
    QByteArray body;
    if (!m_command.signBodyFile.isEmpty()) {
        QFile file(m_command.signBodyFile);
        if (!file.open(QIODevice::ReadOnly)) {
            printErr(QStringLiteral("Cannot read %1: %2").arg(m_command.signBodyFile, file.errorString()));
            emit done(2);
            return;
        }
        body = file.readAll();
    }
    QByteArray timestamp = QByteArray::number(QDateTime::currentSecsSinceEpoch());
    if (!m_command.signTimestamp.isEmpty()) {
        bool ok = false;
        m_command.signTimestamp.toLongLong(&ok);
        if (!ok) {
            printErr(QStringLiteral("--timestamp must be Unix time in whole seconds."));
            emit done(2);
            return;
        }
        timestamp = m_command.signTimestamp.toLatin1();
    }
    const QByteArray toSign = Signer::stringToSign(m_command.signMethod, m_command.signPath, body, timestamp);
    printOut(QStringLiteral("string-to-sign: %1\ntimestamp: %2\nsignature: %3\n")
                 .arg(escaped(toSign), QString::fromLatin1(timestamp),
                      QString::fromLatin1(Signer::signature(credentials.secret, toSign))));
    emit done(0);
}

template <typename T> void CtlRunner::report(const Expected<T> &result) {
    if (!result.ok()) {
        fail(result.error());
        return;
    }
    // --json: the API's own shape, so a script reads what the API itself answers.
    const ApiDialect &api = m_client.dialect();
    if constexpr (std::is_same_v<T, ConversationPage>)
        printOut(m_command.json ? jsonText(api.toJson(result.value()))
                                : textoutput::pageTable(result.value()));
    else
        printOut(m_command.json ? jsonText(api.toJson(result.value()))
                                : textoutput::conversationBlock(result.value()));
    emit done(0);
}

void CtlRunner::run(const ConnectionSettings &settings) {
    m_client.setOptions(settings.toClientOptions());
    if (const QString problem = m_command.fitTo(m_client.dialect()); !problem.isEmpty()) {
        printErr(problem);
        emit done(2);
        return;
    }
    connect(&m_client, &BridgeClient::clockSkewDetected, this, [](qint64 offset) {
        printErr(QStringLiteral(
                     "Note: this computer's clock is %1 s %2 the server's; requests are signed with the "
                     "server's time.")
                     .arg(qAbs(offset))
                     .arg(offset > 0 ? QStringLiteral("behind") : QStringLiteral("ahead of")));
    });

    switch (m_command.verb) {
    case CtlCommand::Verb::List:
        if (m_command.listAll)
            runExport();
        else
            m_client.list(m_command.listQuery, this, [this](const auto &r) { report(r); });
        break;
    case CtlCommand::Verb::Create:
        if (!m_command.fromCsv.isEmpty())
            runImport();
        else
            m_client.create(m_command.newConversation, this, [this](const auto &r) { report(r); });
        break;
    case CtlCommand::Verb::Get:
        m_client.get(m_command.conversationId, this, [this](const auto &r) { report(r); });
        break;
    case CtlCommand::Verb::Update:
        m_client.update(m_command.conversationId, m_command.update, this,
                        [this](const auto &r) { report(r); });
        break;
    case CtlCommand::Verb::Channels:
        runChannels(0);
        break;
    case CtlCommand::Verb::Health:
        runHealth();
        break;
    case CtlCommand::Verb::Sign:
        runSign(settings.credentials);
        break;
    case CtlCommand::Verb::Send:
        runSend();
        break;
    }
}

void CtlRunner::runSend() {
    m_client.sendMessage(m_command.message, this, [this](const Expected<SentMessage> &result) {
        if (!result.ok()) {
            fail(result.error());
            return;
        }
        const SentMessage &sent = result.value();
        if (m_command.json) {
            QJsonObject object{{QStringLiteral("messageId"), sent.messageId},
                               {QStringLiteral("messagingProduct"), sent.messagingProduct},
                               {QStringLiteral("mediaIds"), QJsonArray::fromStringList(sent.mediaIds)}};
            printOut(jsonText(object));
        } else {
            printOut(sent.messageId + QLatin1Char('\n'));
        }
        emit done(0);
    });
}

void CtlRunner::runHealth() {
    m_client.health(this, [this](const Expected<bool> &result) {
        if (!result.ok()) {
            fail(result.error());
            return;
        }
        printOut(QStringLiteral("OK: %1 accepts the key.\n").arg(m_client.options().baseUrl.toString()));
        emit done(0);
    });
}

void CtlRunner::runChannels(qsizetype index) {
    if (index == m_command.providers.size()) {
        // Only a generation with provider channels gets here (CtlCommand::fitTo): Connect's shape.
        printOut(m_command.json
                     ? jsonText(ConnectJsonEncoder::channels(m_client.options().workspaceId, m_channels))
                     : textoutput::channelTable(m_channels));
        emit done(0);
        return;
    }
    m_client.providerChannels(m_command.providers.at(index), this,
                              [this, index](const Expected<QList<ProviderChannel>> &result) {
                                  if (!result.ok()) {
                                      fail(result.error());
                                      return;
                                  }
                                  m_channels += result.value();
                                  runChannels(index + 1);
                              });
}

void CtlRunner::runExport() {
    auto *exporter = new Exporter(&m_client, this);
    const Exporter::Format format = m_command.csv ? Exporter::Format::Csv : Exporter::Format::Json;
    bool started = false;
    if (m_command.outputFile.isEmpty()) {
        auto *out = new QFile(this);
        started = out->open(stdout, QIODevice::WriteOnly) &&
                  exporter->start(m_command.listQuery.filter, format, out);
    } else {
        started = exporter->start(m_command.listQuery.filter, format, m_command.outputFile);
    }
    if (!started) {
        printErr(exporter->errorString());
        emit done(2);
        return;
    }
    connect(exporter, &Exporter::finished, this, [this, exporter](bool ok, bool, const ApiError &error) {
        if (!ok) {
            printErr(exporter->errorString().isEmpty() ? error.line() : exporter->errorString());
            emit done(error.kind == ApiError::Kind::InvalidInput && error.httpStatus == 0 ? 2 : 1);
            return;
        }
        if (!m_command.outputFile.isEmpty())
            printErr(QStringLiteral("%1 written to %2")
                         .arg(textoutput::conversations(exporter->rowsWritten()), m_command.outputFile));
        emit done(0);
    });
}

void CtlRunner::runImport() {
    const CsvImportPreview preview = CsvImport::preview(m_command.fromCsv, m_client.dialect());
    if (!preview.canRun()) {
        printErr(preview.fileError);
        emit done(2);
        return;
    }
    for (const QString &warning : preview.warnings)
        printErr(QStringLiteral("Warning: ") + warning);
    printOut(QStringLiteral("%1 rows: %2 to send, %3 created before, %4 to check, %5 with problems\n")
                 .arg(preview.rows.size())
                 .arg(preview.toSendCount())
                 .arg(preview.alreadyCreatedCount())
                 .arg(preview.checkCount())
                 .arg(preview.invalidCount()));
    auto *import = new CsvImport(&m_client, this);
    connect(import, &CsvImport::rowFinished, this, [](const CsvImportRow &row) {
        QString line = QStringLiteral("row %1 (line %2): %3")
                           .arg(row.rowNumber)
                           .arg(row.lineNumber)
                           .arg(CsvImport::outcomeName(row.outcome));
        if (!row.conversationId.isEmpty())
            line += QLatin1Char(' ') + row.conversationId;
        if (!row.error.isEmpty())
            line += QStringLiteral(" — ") + row.error;
        printOut(line + QLatin1Char('\n'));
    });
    connect(import, &CsvImport::finished, this, [this, import](bool) {
        printOut(import->summary() + QLatin1Char('\n'));
        printOut(QStringLiteral("Results: %1\n").arg(import->state().resultsFileName));
        emit done(import->createdCount() == import->state().rows.size() ? 0 : 1);
    });
    if (!import->run(preview)) {
        printErr(import->errorString());
        emit done(2);
    }
}
