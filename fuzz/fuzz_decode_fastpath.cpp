// libFuzzer target: the decoder's fast path (JsonFastReader) against the DOM path on any bytes.
// A value the fast path returns must be the DOM path's value, and decodePage / decodeConversation
// (fast path first) must answer exactly as the DOM path does, error sentences included.
#include "jsondecoder.h"
#include "jsonfastreader.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto domPage = bridge::JsonDecoder::decodePageThroughDom(body);
    if (const auto fast = bridge::JsonFastReader::page(body)) {
        const auto *page = std::get_if<bridge::ConversationPage>(&domPage);
        if (!page || !(*page == *fast))
            std::abort();
    }
    if (!(bridge::JsonDecoder::decodePage(body) == domPage))
        std::abort();

    const auto domOne = bridge::JsonDecoder::decodeConversationThroughDom(body);
    if (const auto fast = bridge::JsonFastReader::conversation(body)) {
        const auto *one = std::get_if<bridge::Conversation>(&domOne);
        if (!one || !(*one == *fast))
            std::abort();
    }
    if (!(bridge::JsonDecoder::decodeConversation(body) == domOne))
        std::abort();
    return 0;
}
