#include "connectmessages.h"

#include "connectcodes.h"
#include "connectproblems.h"
#include "jsonbody.h"
#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <algorithm>

namespace bridge::sandbox {

using namespace connectcode;

namespace {

// The messages' own codes (the conversation ones are connectcodes.h's).
// 409: the conversation is neither ACTIVE nor GHOST (the reference's "not active").
constexpr char kNotActive[] = "BRIDGE_CONVERSATION_0004";
// 404: replyToMessageId names no message of the conversation.
constexpr char kNoSuchMessage[] = "BRIDGE_MESSAGE_0001";
// 400: a media id this server never handed out; one handed out but never uploaded.
constexpr char kUnknownMedia[] = "BRIDGE_MEDIA_0001";
constexpr char kMediaNotUploaded[] = "BRIDGE_MEDIA_0002";

const QStringList kFileTypes{QStringLiteral("IMAGE"), QStringLiteral("VIDEO"), QStringLiteral("AUDIO"),
                             QStringLiteral("DOCUMENT"), QStringLiteral("STICKER")};

QString newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

//! A required non-empty string member, or a problem naming it.
QString requiredString(const QJsonObject &object, const QString &where, const char *key,
                       ConnectProblems &problems) {
    const QJsonValue value = object.value(QLatin1String(key));
    if (!value.isString() || value.toString().trimmed().isEmpty()) {
        problems.add(kInvalid,
                     QStringLiteral("%1%2 is required: a non-empty string").arg(where, QLatin1String(key)));
        return {};
    }
    return value.toString();
}

} // namespace

ConnectMessages::ConnectMessages(ConversationStore &store)
    : m_store(store) {}

HttpAnswer ConnectMessages::files(const ApiRequest &request) {
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    if (!document.isArray())
        return ConnectProblems::error(400, kNotJson,
                                      QStringLiteral("the body must be a JSON array of files"));
    const QJsonArray items = document.array();
    ConnectProblems problems;
    if (items.isEmpty())
        problems.add(kInvalid, QStringLiteral("at least one file is required"));
    struct File {
        QString name;
        QByteArray checksum;
        QByteArray contentType;
    };
    QList<File> files;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString where = QStringLiteral("[%1].").arg(i);
        if (!items.at(i).isObject()) {
            problems.add(kInvalid, QStringLiteral("[%1] must be an object").arg(i));
            continue;
        }
        const QJsonObject o = items.at(i).toObject();
        File file;
        file.name = requiredString(o, where, "name", problems);
        const QString fileType = requiredString(o, where, "fileType", problems);
        if (!fileType.isEmpty() && !kFileTypes.contains(fileType))
            problems.add(kInvalid,
                         QStringLiteral("%1fileType must be one of %2").arg(where, kFileTypes.join(u", ")));
        const QString checksum = requiredString(o, where, "checksumBase64", problems);
        const auto decoded =
            QByteArray::fromBase64Encoding(checksum.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!checksum.isEmpty() && (!decoded || decoded.decoded.size() != 32))
            problems.add(
                kInvalid,
                QStringLiteral("%1checksumBase64 must be the base64 of a SHA-256 (32 bytes)").arg(where));
        file.checksum = checksum.toLatin1();
        file.contentType = requiredString(o, where, "contentType", problems).toUtf8();
        files.append(file);
    }
    if (!problems.isEmpty())
        return problems.answer(400);

    QList<QByteArray> answers;
    for (const File &file : std::as_const(files)) {
        const QString mediaId = newId();
        const UploadHost::Presigned presigned = m_uploads.presign(mediaId, file.checksum, file.contentType);
        JsonWriter headers;
        for (const auto &[name, value] : presigned.headers)
            headers.add(name.constData(), QString::fromUtf8(value));
        const QByteArray presign = JsonWriter()
                                       .add("url", presigned.url.toString(QUrl::FullyEncoded))
                                       .add("method", u"PUT")
                                       .addRaw("headers", headers.object())
                                       .object();
        answers.append(JsonWriter().add("mediaId", mediaId).addRaw("presignUrl", presign).object());
    }
    return HttpAnswer::json(200, JsonWriter::array(answers));
}

HttpAnswer ConnectMessages::send(const ApiRequest &request) {
    QString why;
    const auto body = JsonBody::object(request.body, why);
    if (!body)
        return ConnectProblems::error(400, kNotJson, why);

    ConnectProblems problems;
    StoredMessage message;
    message.conversationId = requiredString(*body, QString(), "conversationId", problems);
    message.text = requiredString(*body, QString(), "messageBody", problems);
    const QJsonValue broadcast = body->value(QLatin1String("enableExternalBroadcast"));
    if (!broadcast.isBool())
        problems.add(kInvalid, QStringLiteral("enableExternalBroadcast is required: true or false"));
    message.externalBroadcast = broadcast.toBool();
    const QJsonValue reply = body->value(QLatin1String("replyToMessageId"));
    if (reply.isString())
        message.replyToMessageId = reply.toString();
    else if (!reply.isUndefined())
        problems.add(kInvalid, QStringLiteral("replyToMessageId must be a string"));
    const QJsonValue media = body->value(QLatin1String("mediaIds"));
    if (!media.isUndefined() && !media.isArray())
        problems.add(kInvalid, QStringLiteral("mediaIds must be an array of strings"));
    const QJsonArray mediaItems = media.toArray();
    for (qsizetype i = 0; i < mediaItems.size(); ++i) {
        const QString id = mediaItems.at(i).toString();
        if (!mediaItems.at(i).isString())
            problems.add(kInvalid, QStringLiteral("mediaIds[%1] must be a string").arg(i));
        else if (!m_uploads.isKnown(id))
            problems.add(
                kUnknownMedia,
                QStringLiteral("mediaIds[%1]: \"%2\" was not handed out by POST files").arg(i).arg(id));
        else if (!m_uploads.isUploaded(id))
            problems.add(kMediaNotUploaded,
                         QStringLiteral("mediaIds[%1]: \"%2\" was never uploaded").arg(i).arg(id));
        message.mediaIds.append(id);
    }
    if (!problems.isEmpty())
        return problems.answer(400);

    auto conversation = m_store.find(message.conversationId);
    if (!conversation)
        return ConnectProblems::error(
            404, kNoSuchConversation,
            QStringLiteral("conversation \"%1\" not found").arg(message.conversationId));
    const QString status = conversation->status;
    if (status != QLatin1String("ACTIVE") && status != QLatin1String("GHOST"))
        return ConnectProblems::error(
            409, kNotActive,
            QStringLiteral("conversation \"%1\" is %2: messages go only to ACTIVE or GHOST conversations")
                .arg(message.conversationId, status));
    QList<StoredMessage> &thread = m_messages[message.conversationId];
    if (!message.replyToMessageId.isEmpty() &&
        std::none_of(thread.cbegin(), thread.cend(),
                     [&message](const StoredMessage &m) { return m.messageId == message.replyToMessageId; }))
        return ConnectProblems::error(
            404, kNoSuchMessage,
            QStringLiteral("replyToMessageId: no message \"%1\" in this conversation")
                .arg(message.replyToMessageId));

    message.messageId = newId();
    message.sentAt = request.now;
    thread.append(message);
    if (status == QLatin1String("GHOST") && message.externalBroadcast) {
        conversation->status = QStringLiteral("ACTIVE");
        conversation->updatedAt = request.now;
        m_store.replace(*conversation);
    }
    return HttpAnswer::json(
        201, JsonWriter().add("messageId", message.messageId).add("messagingProduct", u"bridge").object());
}

} // namespace bridge::sandbox
