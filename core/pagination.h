#pragma once

#include <QString>
#include <QtGlobal>

namespace bridge {

//! Where a page sits in its list. Numbered (classic: page, totalPages and total from the server) or
//! cursored (Connect: no totals, only the cursor of the next page, empty on the last page). A
//! cursored page's number and limit are those it was asked for.
struct Pagination {
    int page = 1;
    int limit = 20;
    qint64 total = 0;   //!< numbered only
    int totalPages = 0; //!< numbered only
    bool cursored = false;
    QString nextCursor; //!< cursored only: opaque, never parsed or built; empty on the last page

    //! Whether a page follows this one.
    bool hasNext() const { return cursored ? !nextCursor.isEmpty() : page < totalPages; }

    friend bool operator==(const Pagination &, const Pagination &) = default;
};

} // namespace bridge
