#pragma once

#include "conversation.h"
#include "conversationpage.h"
#include "participantref.h"

#include <QByteArray>
#include <QString>
#include <variant>

namespace bridge {

//! Strict decoding of server answers against the contract. A failure names the place:
//! "conversations[3].createdAt: expected an RFC 3339 date-time". Unknown extra fields are ignored;
//! unknown status values are kept as they came.
class JsonDecoder {
public:
    template <typename T> using Result = std::variant<T, QString>; //!< the value, or the error sentence

    //! A page or a conversation straight from the bytes when the body is plain and right
    //! (JsonFastReader), else through Qt's JSON DOM, which words the error. Same values either way.
    static Result<ConversationPage> decodePage(const QByteArray &body);
    static Result<Conversation> decodeConversation(const QByteArray &body);
    //! The same, always through the DOM (no fast path): for tests and fuzzing that compare the two.
    static Result<ConversationPage> decodePageThroughDom(const QByteArray &body);
    static Result<Conversation> decodeConversationThroughDom(const QByteArray &body);

    //! The Connect shapes (api-connect.md): participants nested as participants.externals/internals
    //! with identifierType, nullable name and status, and a page's "cursor" instead of pagination.
    //! Through the fast path when it understands the body, else the DOM, as above.
    static Result<ConversationPage> decodeConnectPage(const QByteArray &body);
    static Result<Conversation> decodeConnectConversation(const QByteArray &body);
    static Result<ConversationPage> decodeConnectPageThroughDom(const QByteArray &body);
    static Result<Conversation> decodeConnectConversationThroughDom(const QByteArray &body);
    //! {"providerChannels": [{"provider", "identifier"}]}.
    static Result<QList<ProviderChannel>> decodeProviderChannels(const QByteArray &body);

    //! An error body's machine code: "code", then "errorCode", then "error.code" (strings). Empty when
    //! the body is not JSON or has none.
    static QString errorCode(const QByteArray &body);

    //! The human part of an error body: "message", then "error", then "detail" (strings, or an
    //! object's "message"). Empty when the body is not JSON or carries none of them.
    static QString errorMessage(const QByteArray &body);

    //! RFC 3339 date-time, with offset or Z and optional fractions (rfc3339.h). Invalid QDateTime
    //! when it isn't one.
    static QDateTime parseDateTime(const QString &text);
};

} // namespace bridge
