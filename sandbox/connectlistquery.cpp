#include "connectlistquery.h"

#include "connectcodes.h"
#include "connectdataset.h"
#include "jsonwriter.h"
#include "querydecoder.h"

namespace bridge::sandbox {

using namespace connectcode;

namespace {
std::optional<UserFilter> userFilter(const QueryDecoder::Items &query, const QString &side,
                                     const QStringList &types, ConnectProblems &problems) {
    const QString name = side + QLatin1String("UserIdentifier");
    const auto identifier = QueryDecoder::value(query, name);
    const auto type = QueryDecoder::value(query, name + QLatin1String("Type"));
    if (!identifier && !type)
        return std::nullopt;
    if (!identifier)
        problems.add(kInvalid, QStringLiteral("%1Type needs %1").arg(name));
    else if (identifier->isEmpty())
        problems.add(kInvalid, QStringLiteral("%1 must not be empty").arg(name));
    if (type && !types.contains(*type)) {
        problems.add(
            kInvalid,
            QStringLiteral("%1Type must be one of %2, not \"%3\"").arg(name, types.join(u", "), *type));
    }
    return UserFilter{identifier.value_or(QString()), type.value_or(QString())};
}
} // namespace

std::optional<ConnectListQuery> ConnectListQuery::read(const QByteArray &rawQuery,
                                                       ConnectProblems &problems) {
    const QueryDecoder::Items query = QueryDecoder::decode(rawQuery);
    const qsizetype before = problems.count();
    ConnectListQuery result;
    const auto limit = QueryDecoder::integer(query, QStringLiteral("limit"), 20, 1, 100);
    if (!limit)
        problems.add(kInvalid, QStringLiteral("limit must be an integer between 1 and 100"));
    result.limit = limit.value_or(0);
    result.cursor = QueryDecoder::value(query, QStringLiteral("cursor")).value_or(QString());
    if (const auto status = QueryDecoder::value(query, QStringLiteral("status"))) {
        if (!ConnectDataset::statuses().contains(*status)) {
            problems.add(kInvalid, QStringLiteral("status must be one of %1, not \"%2\"")
                                       .arg(ConnectDataset::statuses().join(u", "), *status));
        }
        result.filter.status = *status;
    }
    result.filter.externalUser =
        userFilter(query, QStringLiteral("external"),
                   {QStringLiteral("ID"), QStringLiteral("EMAIL"), QStringLiteral("PHONE")}, problems);
    result.filter.internalUser = userFilter(query, QStringLiteral("internal"),
                                            {QStringLiteral("ID"), QStringLiteral("EMAIL")}, problems);
    if (problems.count() != before)
        return std::nullopt;
    return result;
}

QString ConnectListQuery::filterKey(const ConversationFilter &filter) {
    // JSON, so that no identifier can pass for another field.
    const auto user = [](const std::optional<UserFilter> &f) {
        return f ? JsonWriter::array({JsonWriter::string(f->identifier), JsonWriter::string(f->type)})
                 : QByteArray("null");
    };
    return QString::fromUtf8(JsonWriter::array(
        {JsonWriter::string(filter.status), user(filter.externalUser), user(filter.internalUser)}));
}

} // namespace bridge::sandbox
