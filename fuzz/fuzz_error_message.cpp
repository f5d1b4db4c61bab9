// libFuzzer target: JsonDecoder::errorMessage and JsonDecoder::errorCode (Connect's error codes), which
// read whatever a failing server sent, and what ApiError::line() makes of them.
#include "apierror.h"
#include "jsondecoder.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    bridge::ApiError error;
    error.kind = bridge::ApiError::Kind::Http;
    error.httpStatus = 403;
    error.method = QStringLiteral("GET");
    error.path = QStringLiteral("/bridge/api/v1/workspaces/ws/conversations");
    error.serverMessage = bridge::JsonDecoder::errorMessage(body);
    error.code = bridge::JsonDecoder::errorCode(body);
    // A code, when there is one, is always visible in the line (for support tickets).
    if (!error.code.isEmpty() && !error.line().contains(error.code))
        std::abort();
    return 0;
}
