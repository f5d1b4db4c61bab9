#pragma once

#include <QtGlobal>

namespace bridge {

struct Pagination {
    int page = 1;
    int limit = 20;
    qint64 total = 0;
    int totalPages = 0;

    friend bool operator==(const Pagination &, const Pagination &) = default;
};

} // namespace bridge
