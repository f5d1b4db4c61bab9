#pragma once

#include <QByteArray>
#include <QStringList>

namespace bridge {

//! What one endpoint call sends, before any attempt is built: pure data, built by the
//! endpoint classes and turned into signed attempts by RequestFactory.
struct RequestSpec {
    QByteArray method; //!< "GET", "POST", "PATCH"
    QStringList
        pathSegments; //!< after the base URL's path, not yet encoded: {"v1","workspaces",ws,"conversations"}
    QByteArray query; //!< already encoded, without '?'; empty for none
    QByteArray body;  //!< exact bytes; empty for GET
    bool retryable = false; //!< true for GET only: POST and PATCH are never retried on their own
};

} // namespace bridge
