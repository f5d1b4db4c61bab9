#pragma once

#include "conversationfilter.h"
#include "fielderror.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace bridge {

//! One page of a list call: a filter and a position (page number and page size, and for an API that
//! pages by cursor the cursor the page is loaded with). Its wire form is the ApiDialect's business.
struct ListQuery {
    static constexpr int MinLimit = 20; //!< the window's smallest page size (and classic's minimum)
    static constexpr int MaxLimit = 100;

    ConversationFilter filter;
    int page = 1;
    int limit = MinLimit;
    QString cursor; //!< cursored lists: the cursor of this page, from the page before; empty for page 1

    //! A stable text naming this filter and position (cursor included), for caches: equal queries,
    //! equal keys. Not a wire form.
    QByteArray key() const;

    //! The same filters on another page (and its cursor, for a cursored list).
    ListQuery withPage(int newPage, const QString &pageCursor = {}) const;

    friend bool operator==(const ListQuery &, const ListQuery &) = default;
};

//! Percent-encodes one query key or value: unreserved characters (RFC 3986) stay, everything else,
//! '+' included, becomes %XX of its UTF-8 bytes.
QByteArray percentEncodeQueryComponent(const QString &text);

//! Appends key=value to a query string ('&' between parameters); key is already encoded.
void appendQueryParameter(QByteArray &out, const QByteArray &encodedKey, const QString &value);

} // namespace bridge
