#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QPair>

namespace bridge::sandbox {

//! One request as the sandbox saw it on the wire, kept for tests to inspect.
struct ReceivedRequest {
    QByteArray method;
    QByteArray path;     //!< as received, percent-encoding kept, prefix included, no query
    QByteArray rawQuery; //!< as received, without the "?"
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    int status = 0;       //!< the status the sandbox decided on; 0 when the request was not processed
    bool answered = true; //!< false when a fault dropped the connection instead of answering

    //! The trimmed value of the header called name (any case); empty when absent.
    QByteArray header(const char *name) const {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value.trimmed();
        }
        return {};
    }
};

} // namespace bridge::sandbox

Q_DECLARE_METATYPE(bridge::sandbox::ReceivedRequest)
