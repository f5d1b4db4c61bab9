// libFuzzer target: JsonDecoder::decodePage on any bytes. It must return a page or an error
// sentence naming the place, never crash, and a page it accepts must respect the contract.
#include "jsondecoder.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto result = bridge::JsonDecoder::decodePage(body);
    if (const auto *page = std::get_if<bridge::ConversationPage>(&result)) {
        for (const bridge::Conversation &c : page->conversations) {
            // Required dates: an accepted conversation always has them.
            if (!c.createdAt.isValid() || !c.updatedAt.isValid())
                std::abort();
        }
    } else if (std::get<QString>(result).isEmpty()) {
        std::abort(); // a failure always says what was wrong
    }
    return 0;
}
