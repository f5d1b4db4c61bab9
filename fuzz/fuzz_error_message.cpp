// libFuzzer target: JsonDecoder::errorMessage, which reads whatever a failing server sent.
#include "jsondecoder.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)bridge::JsonDecoder::errorMessage(body);
    return 0;
}
