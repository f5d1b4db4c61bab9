#include "exporter.h"

#include "bridgeclient.h"

#include <QSaveFile>

namespace bridge {

Exporter::Exporter(BridgeClient *client, QObject *parent) : QObject(parent), m_client(client) {}
Exporter::~Exporter() = default;
bool Exporter::start(const ListQuery &, Format, const QString &) { return false; }
bool Exporter::start(const ListQuery &, Format, QIODevice *) { return false; }
void Exporter::cancel() {}
QByteArray Exporter::csvHeader() { return "id,name,status,customers,agents,teamId,createdAt,updatedAt\r\n"; }
QByteArray Exporter::csvRow(const Conversation &) { return {}; }
void Exporter::fetch(int) {}
void Exporter::fail(const ApiError &) {}
bool Exporter::begin(const ListQuery &, Format) { return false; }
bool Exporter::write(const QByteArray &) { return false; }

} // namespace bridge
