#pragma once

#include <QString>
#include <optional>

namespace bridge {

//! Which of Bridge's two API generations a profile speaks: the signed "classic" one (api-contract.md:
//! HMAC signatures, page numbers with totals) or "Connect" (api-connect.md: one x-api-key header,
//! UUIDs, cursor paging). Both are first-class; what differs on the wire lives in ApiDialect.
enum class ApiGeneration { Classic, Connect };

//! "classic" or "connect": the spelling of settings files, BRIDGE_API and the command line.
inline QString apiGenerationName(ApiGeneration generation) {
    return generation == ApiGeneration::Connect ? QStringLiteral("connect") : QStringLiteral("classic");
}

//! The generation named by text (either case, spaces around ignored); nullopt for anything else.
inline std::optional<ApiGeneration> apiGenerationFromName(const QString &text) {
    const QString name = text.trimmed().toLower();
    if (name == QLatin1String("classic"))
        return ApiGeneration::Classic;
    if (name == QLatin1String("connect"))
        return ApiGeneration::Connect;
    return std::nullopt;
}

} // namespace bridge
