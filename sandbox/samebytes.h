#pragma once

#include <QByteArray>

namespace bridge::sandbox {

//! Compares without stopping at the first difference, so the time taken says nothing about a key.
inline bool sameBytes(const QByteArray &a, const QByteArray &b) {
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

} // namespace bridge::sandbox
