#include "fuzzymatch.h"

#include <algorithm>
#include <limits>

namespace bridge {

namespace {

constexpr int MatchScore = 16;
constexpr int WordStartBonus = 24;
constexpr int FirstCharBonus = 8;
constexpr int ConsecutiveBonus = 20;
constexpr int GapPenalty = 3; //!< per character skipped between two matches
constexpr int MaxGapPenalty = 15;
constexpr int LeadingPenalty = 1; //!< per character before the first match
constexpr int MaxLeadingPenalty = 6;
constexpr int Unreachable = std::numeric_limits<int>::min() / 2;

//! The folded characters of text, each with the index of the character it came from.
struct Folded {
    QString chars;
    QList<int> origin;
};

void appendFolded(Folded &out, QChar c, int origin) {
    // One character's canonical decomposition keeps its base letter first; the marks go.
    const QString decomposed = QString(c).normalized(QString::NormalizationForm_D);
    for (const QChar part : decomposed) {
        const QChar::Category category = part.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
            category == QChar::Mark_Enclosing)
            continue;
        for (const QChar folded : QString(part).toCaseFolded()) {
            out.chars.append(folded);
            out.origin.append(origin);
        }
    }
}

Folded fold(const QString &text) {
    Folded out;
    out.chars.reserve(text.size());
    out.origin.reserve(text.size());
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size()) { // kept whole, never folded
            out.chars.append(text.at(i));
            out.origin.append(i);
            out.chars.append(text.at(i + 1));
            out.origin.append(i + 1);
            ++i;
            continue;
        }
        appendFolded(out, text.at(i), i);
    }
    return out;
}

bool isWordStart(const QString &text, int i) {
    if (i == 0)
        return true;
    const QChar before = text.at(i - 1);
    const QChar here = text.at(i);
    if (!before.isLetterOrNumber())
        return here.isLetterOrNumber();
    return before.isLower() && here.isUpper(); // camelCase
}

} // namespace

QString foldForMatching(const QString &text) {
    return fold(text).chars;
}

std::optional<FuzzyMatch> fuzzyMatch(const QString &pattern, const QString &text) {
    QString wanted = foldForMatching(pattern);
    wanted.removeIf([](QChar c) { return c.isSpace(); });
    if (wanted.isEmpty())
        return FuzzyMatch{};
    const Folded folded = fold(text);
    const int m = int(wanted.size());
    const int n = int(folded.chars.size());
    if (m > n)
        return std::nullopt;

    // best[j][i]: the best score of pattern[0..j] with pattern[j] on folded[i]; from[j][i] where
    // pattern[j-1] was. Word starts are judged on the text as given (its capitals included).
    QList<QList<int>> best(m, QList<int>(n, Unreachable));
    QList<QList<int>> from(m, QList<int>(n, -1));
    auto bonus = [&](int i) {
        const int origin = folded.origin.at(i);
        const bool firstOfOrigin = i == 0 || folded.origin.at(i - 1) != origin;
        int score = MatchScore;
        if (firstOfOrigin && isWordStart(text, origin))
            score += WordStartBonus;
        if (i == 0)
            score += FirstCharBonus;
        return score;
    };
    for (int i = 0; i < n; ++i) {
        if (folded.chars.at(i) == wanted.at(0))
            best[0][i] = bonus(i) - qMin(i * LeadingPenalty, MaxLeadingPenalty);
    }
    for (int j = 1; j < m; ++j) {
        for (int i = j; i < n; ++i) {
            if (folded.chars.at(i) != wanted.at(j))
                continue;
            for (int k = j - 1; k < i; ++k) {
                if (best[j - 1][k] == Unreachable)
                    continue;
                const int gap = i - k - 1;
                const int link = gap == 0 ? ConsecutiveBonus : -qMin(gap * GapPenalty, MaxGapPenalty);
                const int score = best[j - 1][k] + link + bonus(i);
                if (score > best[j][i]) {
                    best[j][i] = score;
                    from[j][i] = k;
                }
            }
        }
    }
    int end = -1;
    for (int i = m - 1; i < n; ++i) {
        if (best[m - 1][i] != Unreachable && (end < 0 || best[m - 1][i] > best[m - 1][end]))
            end = i;
    }
    if (end < 0)
        return std::nullopt;

    FuzzyMatch match;
    match.score = best[m - 1][end] - (n - m) / 8; // a shorter text wins a tie
    QList<int> positions(m);
    for (int j = m - 1, i = end; j >= 0; i = from[j][i], --j)
        positions[j] = folded.origin.at(i);
    // A character folded into two ("ß" → "ss") is one position.
    positions.erase(std::unique(positions.begin(), positions.end()), positions.end());
    match.positions = positions;
    return match;
}

} // namespace bridge

namespace bridge {

QList<int> fuzzyRank(const QString &pattern, const QStringList &texts) {
    QList<QPair<int, int>> scored; // score, index
    for (int i = 0; i < texts.size(); ++i) {
        if (const auto match = fuzzyMatch(pattern, texts.at(i)))
            scored.append({match->score, i});
    }
    std::stable_sort(scored.begin(), scored.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    QList<int> out;
    out.reserve(scored.size());
    for (const auto &entry : scored)
        out.append(entry.second);
    return out;
}

} // namespace bridge
