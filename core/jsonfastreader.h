#pragma once

#include "conversation.h"
#include "conversationpage.h"

#include <QByteArrayView>
#include <optional>

namespace bridge {

//! JsonDecoder's fast path: reads a page or a conversation straight from the bytes into typed
//! values, without building Qt's JSON DOM first (which alone costs more than the whole walk).
//!
//! It only says yes to what it fully understands: plain JSON (strings in ASCII or valid UTF-8
//! with simple escapes, whole numbers of up to 15 digits, no duplicated contract fields, shallow
//! nesting) that meets the contract. For anything else, valid or not, it gives nullopt and
//! JsonDecoder takes the DOM path, which decides and words the error. So for any bytes, a value
//! from here equals what the DOM path returns; tst_jsonfastreader and fuzz_decode_fastpath
//! check exactly that.
class JsonFastReader {
public:
    static std::optional<ConversationPage> page(QByteArrayView body);
    static std::optional<Conversation> conversation(QByteArrayView body);
    //! The Connect shapes (JsonDecoder::decodeConnectPage), under the same rule.
    static std::optional<ConversationPage> connectPage(QByteArrayView body);
    static std::optional<Conversation> connectConversation(QByteArrayView body);
};

} // namespace bridge
