#include "jsondecoder.h"

#include "jsonfastreader.h"
#include "jsonkind.h"
#include "logging.h"
#include "rfc3339.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QLocale>
#include <QTimeZone>

#include <cmath>
#include <limits>

namespace bridge {

namespace {

constexpr qint64 MaxExactInteger = qint64(1) << 53; // the largest integer every JSON reader keeps exactly

//! A short, quoted sample of a string value for an error message.
QString sample(const QString &text) {
    constexpr qsizetype MaxSample = 40;
    if (text.size() <= MaxSample)
        return QLatin1Char('"') + text + QLatin1Char('"');
    return QLatin1Char('"') + text.left(MaxSample) + QChar(0x2026) + QLatin1Char('"');
}

//! Where a value sits, built on the stack as the walk descends and turned into text
//! ("conversations[3].createdAt") only when something there is wrong: a page decodes without
//! building a single path string.
struct Path {
    const Path *parent = nullptr;
    QLatin1String key; //!< a member; empty for an array item (or the root)
    qsizetype index = -1;

    Path child(QLatin1String member) const { return {this, member, -1}; }
    Path item(qsizetype i) const { return {this, QLatin1String(), i}; }

    QString toString() const {
        if (!parent)
            return key.isEmpty() ? QString() : QString(key);
        QString text = parent->toString();
        if (index >= 0)
            return text + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
        return text.isEmpty() ? QString(key) : text + QLatin1Char('.') + key;
    }
};

//! Walks a decoded document, keeping the first error with the path where it happened.
class Reader {
public:
    QString error;

    bool fail(const Path &path, const QString &what) {
        if (error.isEmpty()) {
            const QString where = path.toString();
            error = (where.isEmpty() ? QStringLiteral("(root)") : where) + QStringLiteral(": ") + what;
        }
        return false;
    }
    bool wrongType(const Path &path, const QString &expected, const QJsonValue &value) {
        return fail(path,
                    QStringLiteral("expected ") + expected + QStringLiteral(", got ") + jsonKind(value));
    }

    bool object(const QJsonValue &value, const Path &path, QJsonObject &out) {
        if (!value.isObject())
            return value.isUndefined() ? fail(path, QStringLiteral("required"))
                                       : wrongType(path, QStringLiteral("a JSON object"), value);
        out = value.toObject();
        return true;
    }

    bool array(const QJsonObject &parent, QLatin1String key, const Path &path, bool required,
               QJsonArray &out) {
        const QJsonValue value = parent.value(key);
        if (value.isArray()) {
            out = value.toArray();
            return true;
        }
        const Path where = path.child(key);
        if (value.isUndefined() || value.isNull())
            return required ? (value.isNull() ? wrongType(where, QStringLiteral("an array"), value)
                                              : fail(where, QStringLiteral("required")))
                            : true;
        return wrongType(where, QStringLiteral("an array"), value);
    }

    enum class Presence { Required, RequiredNonEmpty, Optional };

    bool string(const QJsonObject &parent, QLatin1String key, const Path &path, Presence presence,
                QString &out) {
        const QJsonValue value = parent.value(key);
        if (value.isString()) {
            out = value.toString();
            if (presence == Presence::RequiredNonEmpty && out.isEmpty())
                return fail(path.child(key), QStringLiteral("expected a non-empty string, got \"\""));
            return true;
        }
        const QString expected = presence == Presence::RequiredNonEmpty ? QStringLiteral("a non-empty string")
                                                                        : QStringLiteral("a string");
        if (value.isUndefined())
            return presence == Presence::Optional ? true : fail(path.child(key), QStringLiteral("required"));
        if (value.isNull() && presence == Presence::Optional)
            return true;
        return wrongType(path.child(key), expected, value);
    }

    bool status(const QJsonObject &parent, QLatin1String key, const Path &path, ConversationStatus &out) {
        QString raw;
        if (!string(parent, key, path, Presence::Required, raw))
            return false;
        out = ConversationStatus(std::move(raw)); // unknown values kept exactly as they came
        return true;
    }

    bool dateTime(const QJsonObject &parent, QLatin1String key, const Path &path, bool required,
                  QDateTime &out) {
        const QJsonValue value = parent.value(key);
        static const QString expected = QStringLiteral("an RFC 3339 date-time");
        if (value.isString()) {
            const QString text = value.toString();
            out = JsonDecoder::parseDateTime(text);
            if (!out.isValid())
                return fail(path.child(key),
                            QStringLiteral("expected ") + expected + QStringLiteral(", got ") + sample(text));
            return true;
        }
        if (value.isUndefined())
            return required ? fail(path.child(key), QStringLiteral("required")) : true;
        if (value.isNull() && !required)
            return true;
        return wrongType(path.child(key), expected, value);
    }

    bool wholeNumber(const QJsonObject &parent, QLatin1String key, const Path &path, qint64 max,
                     qint64 &out) {
        const QJsonValue value = parent.value(key);
        const Path where = path.child(key);
        static const QString expected = QStringLiteral("a whole number");
        if (value.isUndefined())
            return fail(where, QStringLiteral("required"));
        if (!value.isDouble())
            return wrongType(where, expected, value);
        const double d = value.toDouble();
        const auto text = [d] { return QString::number(d, 'g', QLocale::FloatingPointShortest); };
        if (!std::isfinite(d) || d != std::floor(d))
            return fail(where, QStringLiteral("expected ") + expected + QStringLiteral(", got ") + text());
        if (d < 0)
            return fail(where, QStringLiteral("expected a whole number of 0 or more, got ") + text());
        const qint64 exact = value.toInteger(-1); // exact even beyond 2^53, -1 when out of qint64 range
        if (exact < 0 || exact > max)
            return fail(where, QStringLiteral("number too large (more than %1)").arg(max));
        out = exact;
        return true;
    }

    bool wholeNumber(const QJsonObject &parent, QLatin1String key, const Path &path, int &out) {
        qint64 wide = 0;
        if (!wholeNumber(parent, key, path, std::numeric_limits<int>::max(), wide))
            return false;
        out = int(wide);
        return true;
    }

    //! typeKey: "type" (classic) or "identifierType" (Connect).
    bool participant(const QJsonValue &value, const Path &path, QLatin1String typeKey, Participant &out) {
        QJsonObject o;
        return object(value, path, o) &&
               string(o, QLatin1String("identifier"), path, Presence::Required, out.identifier) &&
               string(o, typeKey, path, Presence::Required, out.type) &&
               string(o, QLatin1String("role"), path, Presence::Optional, out.role) &&
               dateTime(o, QLatin1String("joinedAt"), path, false, out.joinedAt) &&
               dateTime(o, QLatin1String("lastSeenAt"), path, false, out.lastSeenAt);
    }

    bool participants(const QJsonObject &parent, QLatin1String key, const Path &path, bool required,
                      QList<Participant> &out, QLatin1String typeKey = QLatin1String("type")) {
        QJsonArray items;
        if (!array(parent, key, path, required, items))
            return false;
        const Path where = path.child(key);
        out.reserve(items.size());
        for (qsizetype i = 0; i < items.size(); ++i) {
            Participant p;
            if (!participant(items.at(i), where.item(i), typeKey, p))
                return false;
            out.append(std::move(p));
        }
        return true;
    }

    bool conversation(const QJsonValue &value, const Path &path, Conversation &out) {
        QJsonObject o;
        return object(value, path, o) &&
               string(o, QLatin1String("id"), path, Presence::RequiredNonEmpty, out.id) &&
               string(o, QLatin1String("workspaceId"), path, Presence::Required, out.workspaceId) &&
               participants(o, QLatin1String("externalParticipants"), path, true, out.externalParticipants) &&
               participants(o, QLatin1String("internalParticipants"), path, false,
                            out.internalParticipants) &&
               string(o, QLatin1String("name"), path, Presence::Optional, out.name) &&
               status(o, QLatin1String("status"), path, out.status) &&
               string(o, QLatin1String("teamId"), path, Presence::Optional, out.teamId) &&
               dateTime(o, QLatin1String("createdAt"), path, true, out.createdAt) &&
               dateTime(o, QLatin1String("updatedAt"), path, true, out.updatedAt);
    }

    // The Connect shapes.

    bool connectConversation(const QJsonValue &value, const Path &path, Conversation &out) {
        QJsonObject o;
        QJsonObject people;
        QString status;
        const Path participantsPath = path.child(QLatin1String("participants"));
        const QLatin1String identifierType("identifierType");
        const bool ok = object(value, path, o) &&
                        string(o, QLatin1String("id"), path, Presence::RequiredNonEmpty, out.id) &&
                        string(o, QLatin1String("workspaceId"), path, Presence::Required, out.workspaceId) &&
                        object(o.value(QLatin1String("participants")), participantsPath, people) &&
                        participants(people, QLatin1String("externals"), participantsPath, true,
                                     out.externalParticipants, identifierType) &&
                        participants(people, QLatin1String("internals"), participantsPath, false,
                                     out.internalParticipants, identifierType) &&
                        string(o, QLatin1String("name"), path, Presence::Optional, out.name) &&
                        string(o, QLatin1String("status"), path, Presence::Optional, status) &&
                        dateTime(o, QLatin1String("createdAt"), path, true, out.createdAt) &&
                        dateTime(o, QLatin1String("updatedAt"), path, true, out.updatedAt);
        out.status = ConversationStatus(std::move(status)); // null: no status; unknown values kept
        return ok;
    }

    bool cursor(const QJsonObject &parent, Pagination &out) {
        out.cursored = true;
        return string(parent, QLatin1String("cursor"), Path(), Presence::Optional, out.nextCursor);
    }

    bool pagination(const QJsonObject &parent, Pagination &out) {
        QJsonObject o;
        const Path root;
        const Path path = root.child(QLatin1String("pagination"));
        return object(parent.value(QLatin1String("pagination")), path, o) &&
               wholeNumber(o, QLatin1String("page"), path, out.page) &&
               wholeNumber(o, QLatin1String("limit"), path, out.limit) &&
               wholeNumber(o, QLatin1String("total"), path, MaxExactInteger, out.total) &&
               wholeNumber(o, QLatin1String("totalPages"), path, out.totalPages);
    }
};

//! QJsonParseError::errorString() in Qt's English words, always: errorString() is translated when
//! Qt's own translation is loaded, and its German would land inside this English detail
//! ("not JSON: Ungültiger Wert at offset 1").
QString parseErrorText(QJsonParseError::ParseError error) {
    switch (error) {
    case QJsonParseError::NoError:
        return QStringLiteral("no error occurred");
    case QJsonParseError::UnterminatedObject:
        return QStringLiteral("unterminated object");
    case QJsonParseError::MissingNameSeparator:
        return QStringLiteral("missing name separator");
    case QJsonParseError::UnterminatedArray:
        return QStringLiteral("unterminated array");
    case QJsonParseError::MissingValueSeparator:
        return QStringLiteral("missing value separator");
    case QJsonParseError::IllegalValue:
        return QStringLiteral("illegal value");
    case QJsonParseError::TerminationByNumber:
        return QStringLiteral("invalid termination by number");
    case QJsonParseError::IllegalNumber:
        return QStringLiteral("illegal number");
    case QJsonParseError::IllegalEscapeSequence:
        return QStringLiteral("invalid escape sequence");
    case QJsonParseError::IllegalUTF8String:
        return QStringLiteral("invalid UTF8 string");
    case QJsonParseError::UnterminatedString:
        return QStringLiteral("unterminated string");
    case QJsonParseError::MissingObject:
        return QStringLiteral("object is missing after a comma");
    case QJsonParseError::DeepNesting:
        return QStringLiteral("too deeply nested document");
    case QJsonParseError::DocumentTooLarge:
        return QStringLiteral("too large document");
    case QJsonParseError::GarbageAtEnd:
        return QStringLiteral("garbage at the end of the document");
    }
    return QStringLiteral("unreadable (error %1)").arg(int(error));
}

//! Parses the body into its root object, or sets reader.error.
bool parseRoot(const QByteArray &body, Reader &reader, QJsonObject &root) {
    // A UTF-8 byte order mark is accepted (RFC 8259 §8.1 lets parsers ignore it; QJsonDocument does).
    if (body.trimmed().isEmpty()) {
        reader.error = QStringLiteral("empty body");
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // QJsonDocument only takes an object or an array at the root. A lone string, number, true,
        // false or null is JSON all the same: say what it is rather than "not JSON".
        QJsonParseError wrappedError;
        const QJsonDocument wrapped = QJsonDocument::fromJson('[' + body + ']', &wrappedError);
        if (wrappedError.error == QJsonParseError::NoError && wrapped.array().size() == 1)
            return reader.wrongType(Path(), QStringLiteral("a JSON object"), wrapped.array().first());
        reader.error = QStringLiteral("not JSON: ") + parseErrorText(parseError.error) +
                       QStringLiteral(" at offset ") + QString::number(parseError.offset);
        return false;
    }
    if (!document.isObject())
        return reader.wrongType(Path(), QStringLiteral("a JSON object"),
                                document.isArray() ? QJsonValue(document.array()) : QJsonValue());
    root = document.object();
    return true;
}

QString messageOf(const QJsonValue &value) {
    if (value.isString())
        return value.toString();
    if (value.isObject())
        return messageOf(value.toObject().value(QLatin1String("message")));
    if (value.isArray()) { // e.g. FastAPI: "detail": [{"msg": "..."}]
        QStringList parts;
        for (const QJsonValue &entry : value.toArray()) {
            QString part =
                entry.isObject() ? entry.toObject().value(QLatin1String("msg")).toString() : QString();
            if (part.isEmpty())
                part = messageOf(entry);
            if (!part.isEmpty())
                parts.append(part);
        }
        return parts.join(QStringLiteral("; "));
    }
    return QString();
}

//! One generation's shapes: how a conversation and a page's position are read.
struct Shape {
    bool (Reader::*conversation)(const QJsonValue &, const Path &, Conversation &);
    bool (Reader::*position)(const QJsonObject &, Pagination &);
};

constexpr Shape ClassicShape{&Reader::conversation, &Reader::pagination};
constexpr Shape ConnectShape{&Reader::connectConversation, &Reader::cursor};

JsonDecoder::Result<ConversationPage> pageThroughDom(const QByteArray &body, const Shape &shape) {
    Reader reader;
    QJsonObject root;
    ConversationPage page;
    QJsonArray items;
    const Path rootPath;
    bool ok = parseRoot(body, reader, root) &&
              reader.array(root, QLatin1String("conversations"), rootPath, true, items);
    if (ok) {
        const Path list = rootPath.child(QLatin1String("conversations"));
        page.conversations.reserve(items.size());
        for (qsizetype i = 0; ok && i < items.size(); ++i) {
            Conversation conversation;
            ok = (reader.*shape.conversation)(items.at(i), list.item(i), conversation);
            page.conversations.append(std::move(conversation));
        }
    }
    ok = ok && (reader.*shape.position)(root, page.pagination);
    if (!ok) {
        qCDebug(lcDecode) << "page rejected:" << reader.error;
        return reader.error;
    }
    return page;
}

JsonDecoder::Result<Conversation> conversationThroughDom(const QByteArray &body, const Shape &shape) {
    Reader reader;
    QJsonObject root;
    Conversation conversation;
    if (!parseRoot(body, reader, root) || !(reader.*shape.conversation)(root, Path(), conversation)) {
        qCDebug(lcDecode) << "conversation rejected:" << reader.error;
        return reader.error;
    }
    return conversation;
}

} // namespace

JsonDecoder::Result<ConversationPage> JsonDecoder::decodePage(const QByteArray &body) {
    if (std::optional<ConversationPage> page = JsonFastReader::page(body))
        return std::move(*page);
    return decodePageThroughDom(body);
}

JsonDecoder::Result<Conversation> JsonDecoder::decodeConversation(const QByteArray &body) {
    if (std::optional<Conversation> conversation = JsonFastReader::conversation(body))
        return std::move(*conversation);
    return decodeConversationThroughDom(body);
}

JsonDecoder::Result<ConversationPage> JsonDecoder::decodePageThroughDom(const QByteArray &body) {
    return pageThroughDom(body, ClassicShape);
}

JsonDecoder::Result<Conversation> JsonDecoder::decodeConversationThroughDom(const QByteArray &body) {
    return conversationThroughDom(body, ClassicShape);
}

JsonDecoder::Result<ConversationPage> JsonDecoder::decodeConnectPage(const QByteArray &body) {
    if (std::optional<ConversationPage> page = JsonFastReader::connectPage(body))
        return std::move(*page);
    return decodeConnectPageThroughDom(body);
}

JsonDecoder::Result<Conversation> JsonDecoder::decodeConnectConversation(const QByteArray &body) {
    if (std::optional<Conversation> conversation = JsonFastReader::connectConversation(body))
        return std::move(*conversation);
    return decodeConnectConversationThroughDom(body);
}

JsonDecoder::Result<ConversationPage> JsonDecoder::decodeConnectPageThroughDom(const QByteArray &body) {
    return pageThroughDom(body, ConnectShape);
}

JsonDecoder::Result<Conversation> JsonDecoder::decodeConnectConversationThroughDom(const QByteArray &body) {
    return conversationThroughDom(body, ConnectShape);
}

JsonDecoder::Result<QList<ProviderChannel>> JsonDecoder::decodeProviderChannels(const QByteArray &body) {
    Reader reader;
    QJsonObject root;
    QJsonArray items;
    const Path rootPath;
    QList<ProviderChannel> channels;
    bool ok = parseRoot(body, reader, root) &&
              reader.array(root, QLatin1String("providerChannels"), rootPath, true, items);
    const Path list = rootPath.child(QLatin1String("providerChannels"));
    for (qsizetype i = 0; ok && i < items.size(); ++i) {
        QJsonObject o;
        ProviderChannel channel;
        const Path where = list.item(i);
        ok = reader.object(items.at(i), where, o) &&
             reader.string(o, QLatin1String("provider"), where, Reader::Presence::RequiredNonEmpty,
                           channel.provider) &&
             reader.string(o, QLatin1String("identifier"), where, Reader::Presence::RequiredNonEmpty,
                           channel.identifier);
        channels.append(channel);
    }
    if (!ok)
        return reader.error;
    return channels;
}

QString JsonDecoder::errorCode(const QByteArray &body) {
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonObject root = document.object();
    for (const QJsonValue &value :
         {root.value(QLatin1String("code")), root.value(QLatin1String("errorCode")),
          root.value(QLatin1String("error")).toObject().value(QLatin1String("code"))}) {
        if (value.isString() && !value.toString().trimmed().isEmpty())
            return value.toString().trimmed();
    }
    return QString();
}

QString JsonDecoder::errorMessage(const QByteArray &body) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return QString();
    const QJsonObject root = document.object();
    for (const char *key : {"message", "error", "detail"}) {
        const QString text = messageOf(root.value(QLatin1String(key))).trimmed();
        if (!text.isEmpty())
            return text;
    }
    return QString();
}

QDateTime JsonDecoder::parseDateTime(const QString &text) {
    // Read by hand rather than with a regular expression: a page holds hundreds of these.
    return rfc3339::parse(QStringView(text));
}

} // namespace bridge
