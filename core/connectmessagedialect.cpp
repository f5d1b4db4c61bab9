#include "connectmessagedialect.h"

#include "jsonkind.h"
#include "newconversation.h" // appendJsonString

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace bridge {

namespace {

QStringList workspacePath(const QString &workspaceId) {
    return {QStringLiteral("bridge"), QStringLiteral("api"), QStringLiteral("v1"),
            QStringLiteral("workspaces"), workspaceId};
}

//! "where: expected what, got …"; where empty means the whole body.
QString wrong(const QString &where, const QString &what, const QJsonValue &got) {
    return (where.isEmpty() ? QStringLiteral("the answer") : where) + QStringLiteral(": expected ") + what +
           QStringLiteral(", got ") + jsonKind(got);
}

//! A non-empty string member, or the error naming it.
bool readString(const QJsonObject &object, const QString &where, const char *key, QString &out,
                QString &error) {
    const QJsonValue value = object.value(QLatin1String(key));
    const QString place = where + QLatin1String(key);
    if (!value.isString()) {
        error = wrong(place, QStringLiteral("a string"), value);
        return false;
    }
    if (value.toString().isEmpty()) {
        error = place + QStringLiteral(": expected a non-empty string");
        return false;
    }
    out = value.toString();
    return true;
}

bool parse(const QByteArray &body, QJsonDocument &document, QString &error) {
    QJsonParseError parseError;
    document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        error =
            QStringLiteral("not JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset);
        return false;
    }
    return true;
}

//! One slot: {"mediaId", "presignUrl": {"url", "method": "PUT", "headers": {...}}}.
bool readSlot(const QJsonValue &value, const QString &where, UploadSlot &slot, QString &error) {
    if (!value.isObject()) {
        error = wrong(where, QStringLiteral("a JSON object"), value);
        return false;
    }
    const QJsonObject object = value.toObject();
    if (!readString(object, where + QLatin1Char('.'), "mediaId", slot.mediaId, error))
        return false;
    const QString presignWhere = where + QStringLiteral(".presignUrl");
    const QJsonValue presign = object.value(QLatin1String("presignUrl"));
    if (!presign.isObject()) {
        error = wrong(presignWhere, QStringLiteral("a JSON object"), presign);
        return false;
    }
    const QJsonObject p = presign.toObject();
    QString url;
    QString method;
    if (!readString(p, presignWhere + QLatin1Char('.'), "url", url, error) ||
        !readString(p, presignWhere + QLatin1Char('.'), "method", method, error))
        return false;
    slot.url = QUrl(url, QUrl::StrictMode);
    const QString scheme = slot.url.scheme();
    if (!slot.url.isValid() || slot.url.host().isEmpty() ||
        (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
        error = presignWhere + QStringLiteral(".url: expected an http(s) address");
        return false;
    }
    if (method != QLatin1String("PUT")) {
        error = presignWhere + QStringLiteral(".method: expected \"PUT\", got \"%1\"").arg(method.left(20));
        return false;
    }
    slot.method = method.toLatin1();
    const QJsonValue headers = p.value(QLatin1String("headers"));
    if (!headers.isObject()) {
        error = wrong(presignWhere + QStringLiteral(".headers"), QStringLiteral("a JSON object"), headers);
        return false;
    }
    const QJsonObject h = headers.toObject();
    for (auto it = h.begin(); it != h.end(); ++it) {
        const QString place = presignWhere + QStringLiteral(".headers.") + it.key();
        if (!it.value().isString()) {
            error = wrong(place, QStringLiteral("a string"), it.value());
            return false;
        }
        // A line break would start a header of its own.
        const QString text = it.value().toString();
        if (it.key().isEmpty() || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r')) ||
            it.key().contains(QLatin1Char(':'))) {
            error = place + QStringLiteral(": not a usable header");
            return false;
        }
        slot.headers.append({it.key().toLatin1(), text.toUtf8()});
    }
    return true;
}

} // namespace

QByteArray ConnectMessageDialect::filesBody(const QList<PreparedAttachment> &files) {
    QByteArray out = "[";
    for (qsizetype i = 0; i < files.size(); ++i) {
        const PreparedAttachment &file = files.at(i);
        out += i > 0 ? ",{\"name\":" : "{\"name\":";
        appendJsonString(out, file.attachment.name);
        out += ",\"fileType\":";
        appendJsonString(out, fileTypeWire(file.attachment.fileType));
        out += ",\"checksumBase64\":";
        appendJsonString(out, QString::fromLatin1(file.checksumBase64));
        out += ",\"contentType\":";
        appendJsonString(out, file.attachment.contentType);
        out += '}';
    }
    out += ']';
    return out;
}

QByteArray ConnectMessageDialect::messageBody(const OutgoingMessage &message, const QStringList &mediaIds) {
    QByteArray out = "{\"conversationId\":";
    appendJsonString(out, message.conversationId);
    out += ",\"messageBody\":";
    appendJsonString(out, message.text);
    out += ",\"enableExternalBroadcast\":";
    out += message.audience == OutgoingMessage::Audience::Customer ? "true" : "false";
    if (!message.replyToMessageId.isEmpty()) {
        out += ",\"replyToMessageId\":";
        appendJsonString(out, message.replyToMessageId);
    }
    if (!mediaIds.isEmpty()) {
        out += ",\"mediaIds\":[";
        for (qsizetype i = 0; i < mediaIds.size(); ++i) {
            out += i > 0 ? "," : "";
            appendJsonString(out, mediaIds.at(i));
        }
        out += ']';
    }
    out += '}';
    return out;
}

RequestSpec ConnectMessageDialect::files(const QString &workspaceId,
                                         const QList<PreparedAttachment> &files) const {
    // Retryable: a slot handed out twice is never used, and nothing reaches the customer here.
    return {QByteArrayLiteral("POST"),
            workspacePath(workspaceId) << QStringLiteral("files"),
            {},
            filesBody(files),
            true};
}

RequestSpec ConnectMessageDialect::send(const QString &workspaceId, const OutgoingMessage &message,
                                        const QStringList &mediaIds) const {
    // Never retried: a lost answer is reported as "may or may not have been sent", never sent twice.
    return {QByteArrayLiteral("POST"),
            workspacePath(workspaceId) << QStringLiteral("messages"),
            {},
            messageBody(message, mediaIds),
            false};
}

JsonDecoder::Result<QList<UploadSlot>> ConnectMessageDialect::decodeSlots(const QByteArray &body,
                                                                          qsizetype expected) const {
    QJsonDocument document;
    QString error;
    if (!parse(body, document, error))
        return error;
    if (!document.isArray())
        return wrong(QString(), QStringLiteral("an array of upload slots"),
                     document.isObject() ? QJsonValue(document.object()) : QJsonValue());
    const QJsonArray items = document.array();
    if (items.size() != expected)
        return QStringLiteral("the answer: expected %1 upload slots (one per file), got %2")
            .arg(expected)
            .arg(items.size());
    QList<UploadSlot> found;
    for (qsizetype i = 0; i < items.size(); ++i) {
        UploadSlot slot;
        if (!readSlot(items.at(i), QStringLiteral("[%1]").arg(i), slot, error))
            return error;
        found.append(slot);
    }
    return found;
}

JsonDecoder::Result<SentMessage> ConnectMessageDialect::decodeSent(const QByteArray &body) const {
    QJsonDocument document;
    QString error;
    if (!parse(body, document, error))
        return error;
    if (!document.isObject())
        return wrong(QString(), QStringLiteral("a JSON object"), QJsonValue(document.array()));
    const QJsonObject object = document.object();
    SentMessage sent;
    if (!readString(object, QString(), "messageId", sent.messageId, error) ||
        !readString(object, QString(), "messagingProduct", sent.messagingProduct, error))
        return error;
    return sent;
}

} // namespace bridge
