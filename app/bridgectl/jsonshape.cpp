#include "jsonshape.h"

#include "connectjson.h"
#include "jsonencoder.h"

using namespace bridge;

const JsonShape &JsonShape::of(ApiGeneration generation) {
    static const JsonShape classic{[](const ConversationPage &p) { return JsonEncoder::toJson(p); },
                                   [](const Conversation &c) { return JsonEncoder::toJson(c); }};
    static const JsonShape connect{[](const ConversationPage &p) { return connectjson::toJson(p); },
                                   [](const Conversation &c) { return connectjson::toJson(c); }};
    switch (generation) {
    case ApiGeneration::Classic:
        return classic;
    case ApiGeneration::Connect:
        return connect;
    }
    return classic;
}
