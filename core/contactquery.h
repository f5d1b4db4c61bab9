#pragma once

#include <QByteArray>
#include <QString>

namespace bridge {

//! One page of a contacts list: a search text (names, email or phone), an owner (Connect filters by
//! the owner's email, classic by the owner's id: the dialect writes it under its own name), and a
//! position (page number, or for an API that pages by cursor the cursor of this page).
struct ContactQuery {
    static constexpr int DefaultLimit = 20;

    QString search;
    QString owner;
    int page = 1;
    int limit = DefaultLimit;
    QString cursor; //!< cursored lists: the cursor of this page, from the page before; empty for page 1

    //! A stable text naming this search and position (cursor included), for caches: equal queries,
    //! equal keys. Not a wire form.
    QByteArray key() const;
    //! The same search on another page (and its cursor, for a cursored list).
    ContactQuery withPage(int newPage, const QString &pageCursor = {}) const;

    friend bool operator==(const ContactQuery &, const ContactQuery &) = default;
};

} // namespace bridge
