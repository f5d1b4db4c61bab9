// libFuzzer target: the Connect decoders (api-connect.md) on any bytes. The fast path
// (JsonFastReader::connectPage / connectConversation) against the DOM path, as fuzz_decode_fastpath
// does for classic: a value the fast path returns must be the DOM path's value, and
// decodeConnectPage / decodeConnectConversation (fast path first) must answer exactly as the DOM path
// does, error sentences included. An accepted page is cursored and has valid dates on every row; a
// refusal always says what was wrong.
#include "jsondecoder.h"
#include "jsonfastreader.h"

#include <cstdlib>

namespace {

void checkRows(const bridge::Conversation &c) {
    if (c.id.isEmpty() || !c.createdAt.isValid() || !c.updatedAt.isValid())
        std::abort();
}

template <typename T> void checkRefusal(const bridge::JsonDecoder::Result<T> &result) {
    if (const auto *error = std::get_if<QString>(&result); error && error->isEmpty())
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));

    const auto domPage = bridge::JsonDecoder::decodeConnectPageThroughDom(body);
    if (const auto fast = bridge::JsonFastReader::connectPage(body)) {
        const auto *page = std::get_if<bridge::ConversationPage>(&domPage);
        if (!page || !(*page == *fast))
            std::abort();
    }
    if (!(bridge::JsonDecoder::decodeConnectPage(body) == domPage))
        std::abort();
    if (const auto *page = std::get_if<bridge::ConversationPage>(&domPage)) {
        if (!page->pagination.cursored || page->pagination.totalPages != 0)
            std::abort();
        for (const bridge::Conversation &c : page->conversations)
            checkRows(c);
    }
    checkRefusal(domPage);

    const auto domOne = bridge::JsonDecoder::decodeConnectConversationThroughDom(body);
    if (const auto fast = bridge::JsonFastReader::connectConversation(body)) {
        const auto *one = std::get_if<bridge::Conversation>(&domOne);
        if (!one || !(*one == *fast))
            std::abort();
    }
    if (!(bridge::JsonDecoder::decodeConnectConversation(body) == domOne))
        std::abort();
    if (const auto *one = std::get_if<bridge::Conversation>(&domOne))
        checkRows(*one);
    checkRefusal(domOne);

    // The provider-channel answer is read from the same kind of bytes.
    checkRefusal(bridge::JsonDecoder::decodeProviderChannels(body));
    return 0;
}
