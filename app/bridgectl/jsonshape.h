#pragma once

#include "apigeneration.h"
#include "conversation.h"
#include "conversationpage.h"

#include <QJsonObject>

//! The JSON shapes of one API generation, for --json: a script reading bridgectl's output reads
//! what the API itself answers (classic: bridge::JsonEncoder; Connect: connectjson). Picked once,
//! by the profile's generation; nothing else in bridgectl asks which shape to write.
struct JsonShape {
    QJsonObject (*page)(const bridge::ConversationPage &page);
    QJsonObject (*conversation)(const bridge::Conversation &conversation);

    static const JsonShape &of(bridge::ApiGeneration generation);
};
