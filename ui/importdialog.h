#pragma once

#include "csvimport.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace bridge {
class BridgeClient;
}

//! File ▸ Import CSV…: choose a file, see every row checked before anything is sent (the problems
//! of each row named), then "Create N conversations": progress, each row's outcome in the table,
//! and the results file (FILE.results.csv) named at the end. Importing the same file again skips
//! the rows created before. Closing while it runs cancels after the row in flight.
//!
//! The table: Row, Check / result, then the file's columns as written. Object names: fileName, chooseButton,
//! summary, rows, progress, createButton, cancelButton, closeButton, resultsLabel.
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    //! client: not owned, must outlive the dialog.
    explicit ImportDialog(bridge::BridgeClient *client, QWidget *parent = nullptr);

    //! Reads and checks the file (no network) and shows the preview.
    void setFileName(const QString &fileName);
    //! Opens the non-native file dialog (non-blocking).
    void chooseFile();

    const bridge::CsvImportPreview &preview() const { return m_preview; }
    bridge::CsvImport *import() const { return m_import; }
    QTableWidget *rowTable() const { return m_rows; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *resultsLabel() const { return m_results; }
    QPushButton *createButton() const { return m_create; }
    QPushButton *cancelButton() const { return m_cancel; }

public slots:
    void create();

signals:
    //! At the end of a run that created at least one conversation: the list should reload.
    void conversationsCreated(int count);

protected:
    void done(int result) override;

private:
    void showPreview();
    void showRow(int tableRow, const bridge::CsvImportRow &row, bool beforeRun);
    void onFinished(bool cancelled);
    int tableRowOf(int rowNumber) const;

    bridge::BridgeClient *m_client;
    bridge::CsvImport *m_import;
    bridge::CsvImportPreview m_preview;
    QLineEdit *m_fileName;
    QPushButton *m_choose;
    QLabel *m_summary;
    QTableWidget *m_rows;
    QProgressBar *m_progress;
    QLabel *m_results;
    QPushButton *m_create;
    QPushButton *m_cancel;
    QPushButton *m_close;
    int m_createdThisRun = 0;
};
