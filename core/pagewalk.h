#pragma once

#include "conversationpage.h"
#include "listquery.h"

namespace bridge {

//! The step of a walk over every page of a list, the same for numbered pages (classic) and cursors
//! (Connect): whether a page was the last, and the query of the page after it.
namespace PageWalk {

//! An empty page ends a walk too: a server that keeps promising pages but sends none is not followed.
inline bool isLast(const ConversationPage &page) {
    return !page.pagination.hasNext() || page.conversations.isEmpty();
}

//! The page after the one query asked for (its cursor, for a cursored list).
inline ListQuery next(const ListQuery &query, const Pagination &pagination) {
    return query.withPage(query.page + 1, pagination.cursored ? pagination.nextCursor : QString());
}

} // namespace PageWalk

} // namespace bridge
