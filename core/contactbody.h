#pragma once

#include "newconversation.h"

#include <QByteArray>

namespace bridge {

//! A compact JSON object written member by member in a fixed order (the contact bodies of both
//! dialects); key() puts the comma.
struct ContactBody {
    QByteArray &out;
    bool first = true;

    void key(const char *name) {
        out += first ? "" : ",";
        first = false;
        out += '"';
        out += name;
        out += "\":";
    }
    //! "name": "text", only when text is not empty.
    void optional(const char *name, const QString &text) {
        if (text.isEmpty())
            return;
        key(name);
        appendJsonString(out, text);
    }
};

} // namespace bridge
