#pragma once

#include "conversationfilter.h"
#include "fielderror.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace bridge {

//! One page of a list call: a filter and a position (page number and page size).
struct ListQuery {
    static constexpr int MinLimit = 20;
    static constexpr int MaxLimit = 100;

    ConversationFilter filter;
    int page = 1;
    int limit = MinLimit;

    //! Every problem the server would reject, tied to its parameter (the filter's, then page and
    //! limit). Empty when the query is sendable.
    FieldErrors validate() const;

    //! The query string exactly as it goes on the wire, without '?': stable order
    //! (status, externalUser, internalUser, page, limit), RFC 3986 encoding, '+' as %2B,
    //! brackets as %5B/%5D. Page and limit are always sent. The one place that spells a filter
    //! and a position for the API (the customer is externalUser, the agent internalUser).
    QByteArray encoded() const;

    //! The same filters on another page.
    ListQuery withPage(int newPage) const;

    friend bool operator==(const ListQuery &, const ListQuery &) = default;
};

//! Percent-encodes one query key or value: unreserved characters (RFC 3986) stay, everything else,
//! '+' included, becomes %XX of its UTF-8 bytes.
QByteArray percentEncodeQueryComponent(const QString &text);

} // namespace bridge
