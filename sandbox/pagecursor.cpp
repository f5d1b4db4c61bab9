#include "pagecursor.h"

#include "samebytes.h"

#include <QMessageAuthenticationCode>
#include <QtEndian>

namespace bridge::sandbox {

namespace {
constexpr qsizetype kOffsetBytes = 4;
constexpr qsizetype kHashBytes = 8;
constexpr qsizetype kMacBytes = 8;
constexpr auto kEncoding = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
} // namespace

PageCursor::PageCursor(QByteArray key)
    : m_key(std::move(key)) {}

QByteArray PageCursor::filterHash(const QString &filterKey) const {
    return QCryptographicHash::hash(filterKey.toUtf8(), QCryptographicHash::Sha256).left(kHashBytes);
}

QByteArray PageCursor::mac(const QByteArray &payload) const {
    return QMessageAuthenticationCode::hash(payload, m_key, QCryptographicHash::Sha256).left(kMacBytes);
}

QString PageCursor::make(qsizetype offset, const QString &filterKey) const {
    QByteArray payload(kOffsetBytes, Qt::Uninitialized);
    qToBigEndian(quint32(offset), payload.data());
    payload += filterHash(filterKey);
    return QString::fromLatin1(QByteArray(payload + mac(payload)).toBase64(kEncoding));
}

std::optional<qsizetype> PageCursor::read(const QString &cursor, const QString &filterKey,
                                          QString &problem) const {
    const QByteArray text = cursor.toLatin1();
    const auto decoded =
        QByteArray::fromBase64Encoding(text, kEncoding | QByteArray::AbortOnBase64DecodingErrors);
    const QByteArray bytes = decoded.decoded;
    const qsizetype payloadSize = kOffsetBytes + kHashBytes;
    if (!decoded || bytes.size() != payloadSize + kMacBytes || bytes.toBase64(kEncoding) != text ||
        !sameBytes(mac(bytes.left(payloadSize)), bytes.mid(payloadSize))) {
        problem = QStringLiteral("cursor \"%1\" was not made by this server").arg(cursor);
        return std::nullopt;
    }
    if (bytes.mid(kOffsetBytes, kHashBytes) != filterHash(filterKey)) {
        problem = QStringLiteral("this cursor belongs to another filter: ask for the first page of this one "
                                 "without a cursor");
        return std::nullopt;
    }
    return qsizetype(qFromBigEndian<quint32>(bytes.constData()));
}

} // namespace bridge::sandbox
