#pragma once

#include "apierror.h"
#include "callhandle.h"
#include "fielderror.h"
#include "newconversation.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <memory>

class QFile;

namespace bridge {

class ApiDialect;
class BridgeClient;

//! One data row of an import file, read and checked.
struct CsvImportRow {
    enum class Outcome { Pending, Created, Failed, Skipped, Unknown, Check };

    int rowNumber = 0;  //!< 1 for the first data row (the header is row 0)
    int lineNumber = 0; //!< where it starts in the file
    QStringList values; //!< the row as written, in the file's column order
    //! Stable across edits elsewhere in the file: a hash of what would be sent (normalized), then
    //! "-n" for the n-th row with that same content.
    QString key;
    NewConversation conversation;
    FieldErrors problems; //!< empty: ready to send
    // From a previous run's results file, or from this run:
    Outcome outcome = Outcome::Pending;
    QString conversationId; //!< when Created
    QString error;          //!< when Failed / Unknown / Check

    bool isValid() const { return problems.isEmpty(); }
};

//! Everything known before anything is sent.
struct CsvImportPreview {
    QString fileName;
    QString resultsFileName; //!< fileName + ".results.csv"
    QStringList header;      //!< the file's columns, as written
    QStringList warnings;    //!< unknown columns, ignored
    QString fileError;       //!< unreadable, not UTF-8, bad CSV, no customer column: nothing can run
    QList<CsvImportRow> rows;

    int validCount() const;
    int invalidCount() const;
    int alreadyCreatedCount() const; //!< Created in the results file: skipped on run
    int checkCount() const;          //!< Unknown/Check in the results file: never re-sent
    int toSendCount() const;         //!< valid, and not created/unknown before
    bool canRun() const { return fileError.isEmpty(); }
};

//! Bulk creation of conversations from a UTF-8 CSV with a header row. Columns: customer (required),
//! type (email|phone, or id in Connect; detected when empty), name, team, agents (';'-separated,
//! exclusive with team), status (one a new conversation may have in the profile's generation, in
//! either case; ghost when empty); other columns are warned about and ignored.
//!
//! preview() validates every row offline. run() creates the sendable rows one at a time and
//! appends each outcome to FILE.results.csv (the row's columns + outcome,id,error,rowKey), flushed
//! after every row, so an interruption loses nothing. Running the same file again reads that
//! results file: rows Created are skipped; rows whose answer was lost (unknown) are never
//! re-sent — they become "check" (refresh and look) — as the contract requires for a lost POST.
//! Invalid rows are written as failed with their problems and never sent.
class CsvImport : public QObject {
    Q_OBJECT
public:
    static QStringList knownColumns(); //!< customer, type, name, team, agents, status
    static QString resultsFileName(const QString &fileName);
    static QString
    outcomeName(CsvImportRow::Outcome outcome); //!< "created", "failed", "skipped", "unknown", "check", ""

    explicit CsvImport(BridgeClient *client, QObject *parent = nullptr);
    ~CsvImport() override;

    //! Reads and validates the file and its results file (if any). Synchronous, no network.
    //! api: the profile's generation, whose types and statuses the rows must use.
    static CsvImportPreview preview(const QString &fileName, const ApiDialect &api);
    //! The same from bytes (tests, previews of pasted text); no results file.
    static CsvImportPreview previewBytes(const QByteArray &utf8, const QString &fileName,
                                         const ApiDialect &api);

    //! Starts creating; false when running or the preview cannot run, or the results file cannot be
    //! written (errorString()). Emits rowFinished per row (skipped ones too), progress, finished().
    bool run(const CsvImportPreview &preview);
    //! Stops after the row in flight (its outcome is still written); finished(true) follows.
    //! Rows not reached stay Pending and are not written: the next run sends them.
    void cancel();

    bool isRunning() const { return m_running; }
    QString errorString() const { return m_errorString; }
    const CsvImportPreview &state() const { return m_state; } //!< the rows with their outcomes so far

    int createdCount() const; //!< created now or before
    int failedCount() const;
    int checkCount() const;
    //! "18 created, 2 skipped (created before), 1 failed, 1 to check"
    QString summary() const;

signals:
    void progress(int done, int total);
    void rowFinished(const bridge::CsvImportRow &row);
    //! Once per run(). cancelled: cancel() was called and rows were left.
    void finished(bool cancelled);

private:
    void next();
    void record(CsvImportRow &row);
    void finish(bool cancelled);
    QByteArray resultLine(const CsvImportRow &row) const;

    BridgeClient *m_client;
    CsvImportPreview m_state;
    std::unique_ptr<QFile> m_results;
    qsizetype m_index = 0;
    int m_done = 0;
    CallHandle m_call;
    bool m_running = false;
    bool m_cancelRequested = false;
    QString m_errorString;
};

} // namespace bridge

Q_DECLARE_METATYPE(bridge::CsvImportRow)
