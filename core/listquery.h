#pragma once

#include "fielderror.h"
#include "participantref.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace bridge {

//! The filters and page of a list call.
struct ListQuery {
    static constexpr int MinLimit = 20;
    static constexpr int MaxLimit = 100;

    QString status;                             //!< empty: any status
    std::optional<ParticipantRef> externalUser; //!< type may be Unspecified (left out of the query)
    std::optional<ParticipantRef> internalUser;
    int page = 1;
    int limit = MinLimit;

    //! Every problem the server would reject, tied to its parameter. Empty when the query is sendable.
    FieldErrors validate() const;

    //! The query string exactly as it goes on the wire, without '?': stable order
    //! (status, externalUser, internalUser, page, limit), RFC 3986 encoding, '+' as %2B,
    //! brackets as %5B/%5D. Page and limit are always sent.
    QByteArray encoded() const;

    //! The same filters on another page.
    ListQuery withPage(int newPage) const;

    friend bool operator==(const ListQuery &, const ListQuery &) = default;
};

//! Percent-encodes one query key or value: unreserved characters (RFC 3986) stay, everything else,
//! '+' included, becomes %XX of its UTF-8 bytes.
QByteArray percentEncodeQueryComponent(const QString &text);

} // namespace bridge
