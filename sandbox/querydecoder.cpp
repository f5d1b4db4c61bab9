#include "querydecoder.h"

#include <QRegularExpression>

namespace bridge::sandbox {

QString QueryDecoder::decodeComponent(QByteArray component) {
    component.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(component));
}

QueryDecoder::Items QueryDecoder::decode(const QByteArray &rawQuery) {
    Items items;
    const QList<QByteArray> parts = rawQuery.split('&');
    for (const QByteArray &part : parts) {
        if (part.isEmpty())
            continue;
        const qsizetype equals = part.indexOf('=');
        const QByteArray key = equals < 0 ? part : part.left(equals);
        const QByteArray value = equals < 0 ? QByteArray() : part.mid(equals + 1);
        items.append({decodeComponent(key), decodeComponent(value)});
    }
    return items;
}

std::optional<QString> QueryDecoder::value(const Items &items, const QString &key) {
    std::optional<QString> found;
    for (const auto &[name, value] : items) {
        if (name == key)
            found = value;
    }
    return found;
}

std::optional<int> QueryDecoder::integer(const Items &items, const QString &key, int defaultValue,
                                         int minimum, int maximum) {
    const auto text = value(items, key);
    if (!text)
        return defaultValue;
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,9}$"));
    if (!digits.match(*text).hasMatch())
        return std::nullopt;
    const int number = text->toInt();
    if (number < minimum || number > maximum)
        return std::nullopt;
    return number;
}

} // namespace bridge::sandbox
