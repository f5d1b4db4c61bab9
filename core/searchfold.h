#pragma once

#include <QString>

namespace bridge {

//! Text folded for search: lower case, accents removed and a few letters that Unicode does not
//! decompose spelled in plain Latin ("Björn" → "bjorn", "Ørsted" → "orsted", "Straße" → "strasse"),
//! so that an agent finds a name however it was typed. Stored text and typed queries are folded
//! the same way.
QString foldForSearch(const QString &text);

} // namespace bridge
