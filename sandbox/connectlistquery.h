#pragma once

#include "connectproblems.h"
#include "conversationstore.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace bridge::sandbox {

//! What a Connect list asks for: limit (1..100, default 20), cursor, and the filter: status (one
//! of the five, exactly), externalUserIdentifier[Type] (ID, EMAIL, PHONE) and
//! internalUserIdentifier[Type] (ID, EMAIL); a type needs its identifier. Unknown parameters are
//! ignored.
struct ConnectListQuery {
    int limit = 20;
    QString cursor; //!< empty: the first page
    ConversationFilter filter;

    //! The query in rawQuery (decoded as QueryDecoder does: a bare '+' is a space); nullopt once
    //! problems holds what is wrong with it.
    static std::optional<ConnectListQuery> read(const QByteArray &rawQuery, ConnectProblems &problems);
    //! filter written the same way each time, for cursors: limit and cursor are not part of it.
    static QString filterKey(const ConversationFilter &filter);
};

} // namespace bridge::sandbox
