#include "exportrunner.h"

#include "apidialect.h"
#include "apierror.h"
#include "bridgeclient.h"

#include <QDir>
#include <QFileDialog>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>

ExportRunner::ExportRunner(bridge::BridgeClient *client, QWidget *window)
    : QObject(window)
    , m_exporter(new bridge::Exporter(client, this))
    , m_window(window) {
    connect(m_exporter, &bridge::Exporter::progress, this, [this, client](int pagesDone, int totalPages) {
        if (!m_progress)
            return;
        const int rows = m_exporter->rowsWritten();
        if (client->dialect().pagesByCursor()) {
            // No totals: the pages so far and a busy bar, never a count of pages nobody knows.
            m_progress->setMaximum(0);
            m_progress->setLabelText(
                tr("Exporting page %1 (%Ln conversations written)…", nullptr, rows).arg(pagesDone));
            return;
        }
        m_progress->setMaximum(qMax(1, totalPages));
        m_progress->setValue(pagesDone);
        m_progress->setLabelText(tr("Exporting page %1 of %2 (%Ln conversations written)…", nullptr, rows)
                                     .arg(pagesDone)
                                     .arg(totalPages));
    });
    connect(m_exporter, &bridge::Exporter::finished, this, &ExportRunner::onFinished);
}

bridge::Exporter::Format ExportRunner::formatFor(const QString &fileName) {
    return fileName.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ? bridge::Exporter::Format::Json
                                                                          : bridge::Exporter::Format::Csv;
}

void ExportRunner::chooseFileAndExport(const bridge::ConversationFilter &filter) {
    if (m_exporter->isRunning()) {
        if (m_progress)
            m_progress->show();
        return;
    }
    const QString csvFilter = tr("CSV (*.csv)");
    const QString jsonFilter = tr("JSON (*.json)");
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty())
        dir = QDir::homePath();
    auto *dialog =
        new QFileDialog(m_window, tr("Export Conversations"), dir + QStringLiteral("/conversations.csv"));
    dialog->setObjectName(QStringLiteral("exportFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters({csvFilter, jsonFilter});
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog, jsonFilter](const QString &chosen) {
        dialog->setDefaultSuffix(chosen == jsonFilter ? QStringLiteral("json") : QStringLiteral("csv"));
    });
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, filter, dialog, jsonFilter](const QString &file) {
                const bool json =
                    dialog->selectedNameFilter() == jsonFilter || file.endsWith(QLatin1String(".json"));
                start(filter, json ? bridge::Exporter::Format::Json : bridge::Exporter::Format::Csv, file);
            });
    m_fileDialog = dialog;
    dialog->open();
}

bool ExportRunner::start(const bridge::ConversationFilter &filter, bridge::Exporter::Format format,
                         const QString &fileName) {
    if (!m_exporter->start(filter, format, fileName)) {
        if (!m_exporter->isRunning())
            emit finished(false, tr("Could not export to %1: %2")
                                     .arg(QDir::toNativeSeparators(fileName), m_exporter->errorString()));
        return false;
    }
    m_fileName = fileName;
    if (m_progress)
        m_progress->deleteLater();
    m_progress = new QProgressDialog(tr("Exporting…"), tr("Cancel"), 0, 0, m_window);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setWindowTitle(tr("Export"));
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumDuration(0);
    m_progress->setMinimumWidth(420);
    connect(m_progress, &QProgressDialog::canceled, m_exporter, &bridge::Exporter::cancel);
    m_progress->open();
    return true;
}

void ExportRunner::onFinished(bool ok, bool cancelled, const bridge::ApiError &error) {
    if (m_progress) {
        m_progress->disconnect(m_exporter);
        m_progress->close();
        m_progress->deleteLater();
    }
    const QString file = QDir::toNativeSeparators(m_fileName);
    if (ok)
        emit finished(true,
                      tr("Exported %n conversations to %1", nullptr, m_exporter->rowsWritten()).arg(file));
    else if (cancelled)
        emit finished(false, tr("Export cancelled; %1 was not written.").arg(file));
    else
        emit finished(false, tr("Export failed, %1 was not written: %2").arg(file, error.line()));
}
