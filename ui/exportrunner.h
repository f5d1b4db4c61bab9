#pragma once

#include "conversationfilter.h"
#include "exporter.h"

#include <QFileDialog>
#include <QObject>
#include <QPointer>
#include <QProgressDialog>

namespace bridge {
class BridgeClient;
}

//! File ▸ Export…: asks where to (a non-native file dialog offering CSV and JSON), then exports
//! every conversation of the current filter through core's Exporter with a progress dialog that
//! can cancel. The file appears only when the export is complete.
class ExportRunner : public QObject {
    Q_OBJECT
public:
    //! client not owned; window: parent of the dialogs.
    ExportRunner(bridge::BridgeClient *client, QWidget *window);

    //! Opens the file dialog for filter (window-modal, non-blocking); the export starts on accept.
    void chooseFileAndExport(const bridge::ConversationFilter &filter);
    //! Starts at once (tests, scripts): false when running or the file cannot be written.
    bool start(const bridge::ConversationFilter &filter, bridge::Exporter::Format format,
               const QString &fileName);

    bridge::Exporter *exporter() const { return m_exporter; }
    QProgressDialog *progressDialog() const { return m_progress; }
    QFileDialog *fileDialog() const { return m_fileDialog; }

    //! CSV unless the name ends in .json.
    static bridge::Exporter::Format formatFor(const QString &fileName);

signals:
    //! Once per start(): the sentence shown to the agent ("Exported 240 conversations to …").
    void finished(bool ok, const QString &message);

private:
    void onFinished(bool ok, bool cancelled, const bridge::ApiError &error);

    bridge::Exporter *m_exporter;
    QWidget *m_window;
    QPointer<QProgressDialog> m_progress;
    QPointer<QFileDialog> m_fileDialog;
    QString m_fileName;
};
