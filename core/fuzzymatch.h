#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace bridge {

//! How well a pattern matched a text: higher is better; positions are the matched characters'
//! indexes in the text as given (for highlighting), ascending.
struct FuzzyMatch {
    int score = 0;
    QList<int> positions;
};

//! text lower-cased with its accents dropped ("Björn Ærø" → "bjorn ærø"): what matching compares.
QString foldForMatching(const QString &text);

//! Whether pattern's characters appear in text in order (a subsequence), case- and
//! accent-insensitive, spaces in pattern ignored; nullopt when they do not. Among the ways they
//! appear, the best scoring one: a character at a word's start (after a space or punctuation, or a
//! capital after a small letter) and one right after the previous match score higher, gaps cost,
//! and a shorter text wins a tie. An empty pattern matches everything with score 0.
std::optional<FuzzyMatch> fuzzyMatch(const QString &pattern, const QString &text);

} // namespace bridge

namespace bridge {

//! Indexes of the texts pattern matches (fuzzyMatch), best first; equal scores keep the given order.
QList<int> fuzzyRank(const QString &pattern, const QStringList &texts);

} // namespace bridge
