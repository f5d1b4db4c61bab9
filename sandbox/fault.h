#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace bridge::sandbox {

//! A broken answer the sandbox can give instead of the real one.
enum class Fault {
    None,
    MalformedJson,     //!< 200 with a body that is not JSON
    WrongTypes,        //!< 200 JSON with wrongly typed fields
    OversizedBody,     //!< 200 valid-looking JSON of 9 MiB
    CutShortBody,      //!< Content-Length N, fewer bytes, then close
    DropConnection,    //!< abort without answering; the request is not processed
    DropAfterHandling, //!< process the request, then abort without answering
};

//! The command-line / control-endpoint name: "malformed-json", "drop-connection", ...
QString faultName(Fault fault);
std::optional<Fault> faultFromName(const QString &name);

//! The body of OversizedBody: {"conversations":[item,item,...] and tail, a little over 9 MiB.
//! tail closes the object: ",\"cursor\":null}" say.
QByteArray oversizedListBody(const QByteArray &item, const QByteArray &tail);

} // namespace bridge::sandbox
