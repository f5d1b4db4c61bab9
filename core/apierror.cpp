#include "apierror.h"

#include <QCoreApplication>
#include <QHash>

namespace bridge {

namespace {

// line() speaks the user's language when the application installed a translator (bridge-desk
// does; bridgectl and the tests do not, so they read English).
struct ErrorText {
    Q_DECLARE_TR_FUNCTIONS(bridge::ApiError)
};

} // namespace

QString ApiError::kindName(Kind kind) {
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::Http:
        return QStringLiteral("http");
    case Kind::Decode:
        return QStringLiteral("decode");
    case Kind::InvalidInput:
        return QStringLiteral("invalid-input");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::Upload:
        return QStringLiteral("upload");
    }
    return {};
}

namespace {

//! What the request was for, in the agent's words, for "this key is not allowed to …".
QString purpose(const QString &method, const QString &path) {
    if (path.endsWith(QLatin1String("/health")))
        return ErrorText::tr("check the connection");
    if (path.contains(QLatin1String("/provider-channels/")))
        return ErrorText::tr("read the workspace's messaging channels");
    if (path.endsWith(QLatin1String("/messages")))
        return ErrorText::tr("send messages");
    if (path.endsWith(QLatin1String("/files")))
        return ErrorText::tr("upload attachments");
    const bool collection = path.endsWith(QLatin1String("/conversations"));
    if (method == QLatin1String("POST"))
        return ErrorText::tr("create conversations");
    if (method == QLatin1String("PATCH"))
        return ErrorText::tr("change this conversation");
    return collection ? ErrorText::tr("list conversations") : ErrorText::tr("read this conversation");
}

} // namespace

QString ApiError::codeSentence(const QString &code) {
    static const QHash<QString, const char *> sentences{
        {QStringLiteral("BRIDGE_CONVERSATION_0001"),
         QT_TRANSLATE_NOOP("bridge::ApiError", "This conversation does not exist (any more).")},
        {QStringLiteral("BRIDGE_CONVERSATION_0002"),
         QT_TRANSLATE_NOOP("bridge::ApiError", "This conversation belongs to another workspace.")},
        {QStringLiteral("BRIDGE_CONVERSATION_0003"),
         QT_TRANSLATE_NOOP("bridge::ApiError",
                           "An active conversation with these same people already exists.")},
        {QStringLiteral("BRIDGE_CONVERSATION_0004"),
         QT_TRANSLATE_NOOP("bridge::ApiError", "This conversation is not active.")},
        {QStringLiteral("BRIDGE_CONVERSATION_0005"),
         QT_TRANSLATE_NOOP("bridge::ApiError", "Bridge could not carry out the operation.")},
        {QStringLiteral("BRIDGE_CONVERSATION_0006"),
         QT_TRANSLATE_NOOP("bridge::ApiError",
                           "The conversation is in an inconsistent state on Bridge's side.")},
        {QStringLiteral("BRIDGE_CONVERSATION_0101"),
         QT_TRANSLATE_NOOP("bridge::ApiError", "This person is already in the conversation.")},
        {QStringLiteral("BRIDGE_CONVERSATION_0102"),
         QT_TRANSLATE_NOOP("bridge::ApiError", "This agent is already in the conversation.")},
        {QStringLiteral("BRIDGE_CONVERSATION_0103"),
         QT_TRANSLATE_NOOP("bridge::ApiError", "This person is not in the conversation.")},
        {QStringLiteral("BRIDGE_CONVERSATION_0104"),
         QT_TRANSLATE_NOOP("bridge::ApiError", "This agent is not in the conversation.")},
        {QStringLiteral("BRIDGE_CONVERSATION_0201"),
         QT_TRANSLATE_NOOP("bridge::ApiError", "A conversation needs at least one customer.")},
        {QStringLiteral("BRIDGE_CONVERSATION_0202"),
         QT_TRANSLATE_NOOP("bridge::ApiError", "A conversation needs at least one agent.")},
        {QStringLiteral("BRIDGE_CONVERSATION_0203"),
         QT_TRANSLATE_NOOP("bridge::ApiError", "Only an admin of the conversation may do this.")},
        {QStringLiteral("BRIDGE_CONVERSATION_0204"),
         QT_TRANSLATE_NOOP("bridge::ApiError", "The last admin cannot be removed from the conversation.")},
        {QStringLiteral("BRIDGE_CONVERSATION_0205"),
         QT_TRANSLATE_NOOP("bridge::ApiError", "The conversation needs more agents than that.")},
        {QStringLiteral("BRIDGE_CONVERSATION_0206"),
         QT_TRANSLATE_NOOP("bridge::ApiError", "The conversation already has the most agents it may have.")},
    };
    const auto it = sentences.constFind(code);
    return it == sentences.constEnd() ? QString() : ErrorText::tr(*it);
}

QString ApiError::lostAnswer() const {
    if (!mayHaveSucceeded)
        return QString();
    if (path.endsWith(QLatin1String("/messages")))
        return QLatin1Char(' ') + ErrorText::tr("The message may or may not have been sent: check the "
                                                "conversation before sending it again.");
    return QLatin1Char(' ') +
           ErrorText::tr("The change may or may not have been made: refresh to check before trying again.");
}

QString ApiError::line() const {
    const QString request = method.isEmpty() ? path : method + QLatin1Char(' ') + path;
    QString text;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Http:
        if (const QString sentence = codeSentence(code); !sentence.isEmpty()) {
            text = ErrorText::tr("%1 (%2, %3 to %4)").arg(sentence, code).arg(httpStatus).arg(request);
            break;
        }
        if (httpStatus == 403) {
            text = ErrorText::tr("This key is not allowed to %1 (403 to %2)")
                       .arg(purpose(method, path), request);
        } else {
            text = ErrorText::tr("Server replied \"%1 %2\" to %3").arg(httpStatus).arg(httpReason, request);
        }
        if (!serverMessage.isEmpty())
            text += QStringLiteral(": ") + serverMessage;
        if (!code.isEmpty())
            text += QStringLiteral(" [") + code + QLatin1Char(']');
        break;
    case Kind::Decode:
        text = ErrorText::tr("Unreadable answer (HTTP %1) to %2: %3").arg(httpStatus).arg(request, detail);
        break;
    case Kind::Timeout:
        text = ErrorText::tr("No answer in time to %1: %2").arg(request, detail);
        break;
    case Kind::Tls:
        text = ErrorText::tr("Secure connection refused for %1: %2").arg(request, detail);
        break;
    case Kind::Network:
        text = ErrorText::tr("Network error on %1: %2").arg(request, detail);
        break;
    case Kind::InvalidInput:
        text = request.isEmpty() ? detail : ErrorText::tr("Not sent, %1: %2").arg(request, detail);
        break;
    case Kind::Cancelled:
        text = ErrorText::tr("Cancelled: %1").arg(request);
        break;
    case Kind::Upload:
        text = detail;
        break;
    }
    return text + lostAnswer();
}

QString ApiError::headline() const {
    QString text;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Http:
        if (const QString sentence = codeSentence(code); !sentence.isEmpty()) {
            text = ErrorText::tr("%1 (%2)").arg(sentence, code);
            break;
        }
        if (httpStatus == 401)
            text = ErrorText::tr("Bridge did not accept these credentials (401).");
        else if (httpStatus == 403)
            text = ErrorText::tr("This key is not allowed to %1 (403).").arg(purpose(method, path));
        else if (httpStatus == 404)
            text = ErrorText::tr("Bridge does not know this address or item (404).");
        else if (httpStatus == 408 || httpStatus == 504)
            text = ErrorText::tr("Bridge did not answer in time (%1).").arg(httpStatus);
        else if (httpStatus == 429)
            text = ErrorText::tr("Bridge asks to slow down: too many requests (429).");
        else if (httpStatus == 502 || httpStatus == 503)
            text = ErrorText::tr("Bridge is unavailable right now (%1).").arg(httpStatus);
        else if (httpStatus >= 500)
            text = ErrorText::tr("Bridge ran into a problem of its own (%1).").arg(httpStatus);
        else
            text = ErrorText::tr("Bridge refused the request (%1).").arg(httpStatus);
        // The server's own words say which field or value; they stay as it wrote them.
        if (!serverMessage.isEmpty() && httpStatus != 502 && httpStatus != 503)
            text += QLatin1Char(' ') + ErrorText::tr("Bridge says: “%1”").arg(serverMessage);
        if (!code.isEmpty())
            text += QStringLiteral(" [") + code + QLatin1Char(']');
        break;
    case Kind::Decode:
        text = ErrorText::tr("Bridge sent an answer this app cannot read (HTTP %1).").arg(httpStatus);
        break;
    case Kind::Timeout:
        text = ErrorText::tr("Bridge did not answer in time.");
        break;
    case Kind::Tls:
        text = ErrorText::tr("The secure connection to Bridge was refused: %1").arg(detail);
        break;
    case Kind::Network:
        text = ErrorText::tr("The connection to Bridge failed: %1").arg(detail);
        break;
    case Kind::InvalidInput:
        text = ErrorText::tr("Not sent: %1").arg(detail);
        break;
    case Kind::Cancelled:
        text = ErrorText::tr("Cancelled.");
        break;
    case Kind::Upload: // already a sentence naming the file and the storage host's answer
        text = detail;
        break;
    }
    return text + lostAnswer();
}

} // namespace bridge
