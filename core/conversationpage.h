#pragma once

#include "conversation.h"
#include "pagination.h"

#include <QList>

namespace bridge {

//! One page of the list endpoint.
struct ConversationPage {
    QList<Conversation> conversations;
    Pagination pagination;

    friend bool operator==(const ConversationPage &, const ConversationPage &) = default;
};

} // namespace bridge
