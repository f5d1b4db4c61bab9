// libFuzzer target: JsonDecoder::decodeConversation (the create/get/update answer) and the strict
// RFC 3339 date reader on any bytes.
#include "jsondecoder.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto result = bridge::JsonDecoder::decodeConversation(body);
    if (const auto *c = std::get_if<bridge::Conversation>(&result)) {
        if (!c->createdAt.isValid() || !c->updatedAt.isValid())
            std::abort();
    } else if (std::get<QString>(result).isEmpty()) {
        std::abort();
    }
    if (size < 128)
        (void)bridge::JsonDecoder::parseDateTime(QString::fromUtf8(body));
    return 0;
}
