#include "csvimport.h"

#include "bridgeclient.h"

#include <QFile>

namespace bridge {

int CsvImportPreview::validCount() const { return 0; }
int CsvImportPreview::invalidCount() const { return 0; }
int CsvImportPreview::alreadyCreatedCount() const { return 0; }
int CsvImportPreview::checkCount() const { return 0; }
int CsvImportPreview::toSendCount() const { return 0; }

QStringList CsvImport::knownColumns()
{
    return {QStringLiteral("customer"), QStringLiteral("type"), QStringLiteral("name"),
            QStringLiteral("team"), QStringLiteral("agents"), QStringLiteral("status")};
}
QString CsvImport::resultsFileName(const QString &fileName) { return fileName + QStringLiteral(".results.csv"); }
QString CsvImport::outcomeName(CsvImportRow::Outcome) { return {}; }
CsvImport::CsvImport(BridgeClient *client, QObject *parent) : QObject(parent), m_client(client) {}
CsvImport::~CsvImport() = default;
CsvImportPreview CsvImport::preview(const QString &) { return {}; }
CsvImportPreview CsvImport::previewBytes(const QByteArray &, const QString &) { return {}; }
bool CsvImport::run(const CsvImportPreview &) { return false; }
void CsvImport::cancel() {}
int CsvImport::createdCount() const { return 0; }
int CsvImport::failedCount() const { return 0; }
int CsvImport::checkCount() const { return 0; }
QString CsvImport::summary() const { return {}; }
void CsvImport::next() {}
void CsvImport::record(CsvImportRow &) {}

} // namespace bridge
