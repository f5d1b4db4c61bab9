#include "exporter.h"

#include "apidialect.h"

#include "bridgeclient.h"
#include "csv.h"
#include "jsonencoder.h"
#include "pagewalk.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSaveFile>

namespace bridge {

Exporter::Exporter(BridgeClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client) {}

Exporter::~Exporter() {
    m_call.cancel();
    if (m_file)
        m_file->cancelWriting();
}

QByteArray Exporter::csvHeader() {
    return Csv::line({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("status"),
                      QStringLiteral("customers"), QStringLiteral("agents"), QStringLiteral("teamId"),
                      QStringLiteral("createdAt"), QStringLiteral("updatedAt")});
}

QByteArray Exporter::csvRow(const Conversation &c) {
    return Csv::line({c.id, c.name, c.status.raw(), joinedIdentifiers(c.externalParticipants, u";"),
                      joinedIdentifiers(c.internalParticipants, u";"), c.teamId,
                      JsonEncoder::dateTime(c.createdAt), JsonEncoder::dateTime(c.updatedAt)});
}

bool Exporter::start(const ConversationFilter &filter, Format format, const QString &fileName) {
    if (m_running)
        return false;
    auto file = std::make_unique<QSaveFile>(fileName);
    if (!file->open(QIODevice::WriteOnly)) {
        m_errorString = QCoreApplication::translate("bridge::Exporter", "Cannot write %1: %2")
                            .arg(fileName, file->errorString());
        return false;
    }
    m_file = std::move(file);
    m_device = m_file.get();
    return begin(filter, format);
}

bool Exporter::start(const ConversationFilter &filter, Format format, QIODevice *device) {
    if (m_running || !device || !device->isWritable()) {
        if (!m_running)
            m_errorString = QCoreApplication::translate("bridge::Exporter", "The output is not writable.");
        return false;
    }
    m_file.reset();
    m_device = device;
    return begin(filter, format);
}

bool Exporter::begin(const ConversationFilter &filter, Format format) {
    m_query = {};
    m_query.filter = filter;
    m_query.limit = PageLimit;
    m_format = format;
    m_pagesDone = 0;
    m_totalPages = 0;
    m_rowsWritten = 0;
    m_peakRowsHeld = 0;
    m_errorString.clear();
    m_running = true;
    if (!write(format == Format::Csv ? csvHeader() : QByteArray("["))) {
        if (m_file)
            m_file->cancelWriting();
        m_file.reset();
        m_device = nullptr;
        m_running = false;
        return false;
    }
    fetch(1, QString());
    return true;
}

void Exporter::fetch(int page, const QString &cursor) {
    m_call = m_client->list(
        m_query.withPage(page, cursor), this, [this, page](const Expected<ConversationPage> &r) {
            m_call = {};
            if (!r.ok()) {
                fail(r.error());
                return;
            }
            const QList<Conversation> &rows = r.value().conversations;
            m_peakRowsHeld = qMax(m_peakRowsHeld, int(rows.size()));
            QByteArray bytes;
            for (const Conversation &c : rows) {
                if (m_format == Format::Csv) {
                    bytes += csvRow(c);
                } else {
                    bytes += m_rowsWritten == 0 ? "\n" : ",\n";
                    bytes += QJsonDocument(m_client->dialect().toJson(c)).toJson(QJsonDocument::Compact);
                }
                ++m_rowsWritten;
            }
            // A cursored list has no total: the count grows one ahead while there is more.
            const Pagination &pagination = r.value().pagination;
            m_totalPages =
                pagination.cursored ? page + (pagination.hasNext() ? 1 : 0) : pagination.totalPages;
            const bool last = PageWalk::isLast(r.value());
            if (last && m_format == Format::Json)
                bytes += m_rowsWritten == 0 ? "]\n" : "\n]\n";
            if (!write(bytes)) {
                ApiError error;
                error.kind = ApiError::Kind::InvalidInput;
                error.detail = m_errorString;
                fail(error);
                return;
            }
            m_pagesDone = page;
            emit progress(m_pagesDone, qMax(m_totalPages, m_pagesDone));
            if (!m_running)
                return; // cancelled from a slot
            if (!last) {
                const ListQuery next = PageWalk::next(m_query.withPage(page, {}), pagination);
                fetch(next.page, next.cursor);
                return;
            }
            if (m_file && !m_file->commit()) {
                ApiError error;
                error.kind = ApiError::Kind::InvalidInput;
                error.detail = m_file->errorString();
                m_errorString = QCoreApplication::translate("bridge::Exporter", "Cannot save the export: %1")
                                    .arg(error.detail);
                m_file.reset();
                fail(error);
                return;
            }
            m_file.reset();
            m_device = nullptr;
            m_running = false;
            emit finished(true, false, {});
        });
}

bool Exporter::write(const QByteArray &bytes) {
    if (m_device->write(bytes) == bytes.size())
        return true;
    m_errorString = QCoreApplication::translate("bridge::Exporter", "Cannot write the export: %1")
                        .arg(m_device->errorString());
    return false;
}

void Exporter::abandon() {
    // Nothing half-written is left: the save file is discarded, an older file of that name stays.
    m_call.cancel();
    m_call = {};
    if (m_file)
        m_file->cancelWriting();
    m_file.reset();
    m_device = nullptr;
    m_running = false;
}

void Exporter::fail(const ApiError &error) {
    abandon();
    if (m_errorString.isEmpty())
        m_errorString = error.line();
    emit finished(false, false, error);
}

void Exporter::cancel() {
    if (!m_running)
        return;
    abandon();
    emit finished(false, true, {});
}

} // namespace bridge
