#pragma once

#include "apierror.h"
#include "callhandle.h"
#include "conversation.h"
#include "listquery.h"

#include <QObject>
#include <QString>
#include <memory>

class QSaveFile;

namespace bridge {

class BridgeClient;

//! Exports every conversation matching a filter, all pages with
//! limit 100, streamed to a file as CSV or JSON. Each page is written as it arrives and dropped
//! (peakRowsHeld() shows it never holds more than one page). The file is a QSaveFile: it appears
//! under its name only when the export succeeded; a cancelled or failed export leaves nothing
//! behind (no partial file, the previous file of that name untouched).
//!
//! CSV header: id,name,status,customers,agents,teamId,createdAt,updatedAt — participants'
//! identifiers joined by ';', dates RFC 3339 UTC. JSON: an array of conversations in the API's
//! shape (JsonEncoder), one per line.
class Exporter : public QObject {
    Q_OBJECT
public:
    enum class Format { Csv, Json };
    Q_ENUM(Format)
    static constexpr int PageLimit = 100;

    explicit Exporter(BridgeClient *client, QObject *parent = nullptr);
    ~Exporter() override;

    //! Starts; false (and nothing emitted) when already running or the file cannot be opened
    //! (errorString() says why). Pages of PageLimit conversations.
    bool start(const ConversationFilter &filter, Format format, const QString &fileName);
    //! Same, but into an already open device (stdout for bridgectl); it is not closed, and what
    //! was written before a failure stays written.
    bool start(const ConversationFilter &filter, Format format, QIODevice *device);
    //! Stops after nothing more: the call in flight is dropped, the file discarded; finished() fires.
    void cancel();

    bool isRunning() const { return m_running; }
    QString errorString() const { return m_errorString; }
    int rowsWritten() const { return m_rowsWritten; }
    int peakRowsHeld() const { return m_peakRowsHeld; } //!< most conversations held at once

    static QByteArray csvHeader();
    static QByteArray csvRow(const Conversation &conversation);

signals:
    //! After each page was written. totalPages is known from the first page on.
    void progress(int pagesDone, int totalPages);
    //! Once per successful start(). ok: the file is complete and committed; cancelled: cancel()
    //! was called; else error says why (the file is discarded).
    void finished(bool ok, bool cancelled, const bridge::ApiError &error);

private:
    void fetch(int page, const QString &cursor); //!< cursor: for a cursored list
    void abandon();                              // stops the call and discards the file, reporting nothing
    void fail(const ApiError &error);
    bool begin(const ConversationFilter &filter, Format format);
    bool write(const QByteArray &bytes);

    BridgeClient *m_client;
    std::unique_ptr<QSaveFile> m_file;
    QIODevice *m_device = nullptr;
    ListQuery m_query;
    Format m_format = Format::Csv;
    CallHandle m_call;
    bool m_running = false;
    int m_pagesDone = 0;
    int m_totalPages = 0;
    int m_rowsWritten = 0;
    int m_peakRowsHeld = 0;
    QString m_errorString;
};

} // namespace bridge
