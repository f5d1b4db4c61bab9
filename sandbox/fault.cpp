#include "fault.h"

#include <array>
#include <utility>

namespace bridge::sandbox {

namespace {
constexpr std::array<std::pair<Fault, const char *>, 7> kNames{{
    {Fault::None, "none"},
    {Fault::MalformedJson, "malformed-json"},
    {Fault::WrongTypes, "wrong-types"},
    {Fault::OversizedBody, "oversized"},
    {Fault::CutShortBody, "cut-short"},
    {Fault::DropConnection, "drop-connection"},
    {Fault::DropAfterHandling, "drop-after-handling"},
}};
} // namespace

QString faultName(Fault fault) {
    for (const auto &[value, name] : kNames) {
        if (value == fault)
            return QLatin1String(name);
    }
    return QStringLiteral("none");
}

QByteArray oversizedListBody(const QByteArray &item, const QByteArray &tail) {
    constexpr qsizetype size = 9 * 1024 * 1024;
    QByteArray body("{\"conversations\":[");
    body.reserve(size + item.size() + tail.size() + 2);
    while (body.size() < size) {
        body += item;
        body += ',';
    }
    body += item + ']' + tail;
    return body;
}

std::optional<Fault> faultFromName(const QString &name) {
    for (const auto &[value, text] : kNames) {
        if (name == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

} // namespace bridge::sandbox
