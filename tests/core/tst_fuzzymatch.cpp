// The command palette's matching: subsequences only, case- and accent-insensitive, word starts and
// runs of letters ranked first, positions for highlighting in the text as given.
#include "fuzzymatch.h"

#include <QTest>

using namespace bridge;

namespace {

//! QStrings of UTF-8 literals (the tests are built without casts from const char *).
QStringList strings(std::initializer_list<const char *> texts) {
    QStringList out;
    for (const char *text : texts)
        out << QString::fromUtf8(text);
    return out;
}

//! The texts that match pattern, best first (ties keep the given order).
QStringList ranked(const QString &pattern, const QStringList &texts) {
    QStringList out;
    for (const int index : fuzzyRank(pattern, texts))
        out << texts.at(index);
    return out;
}

} // namespace

class TestFuzzyMatch : public QObject {
    Q_OBJECT
private slots:
    void subsequenceOrNothing_data() {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("matches");
        QTest::newRow("empty pattern") << ""
                                       << "Refresh" << true;
        QTest::newRow("prefix") << "ref"
                                << "Refresh" << true;
        QTest::newRow("scattered") << "nwcv"
                                   << "New Conversation" << true;
        QTest::newRow("letters further on") << "cn"
                                            << "New Conversation…" << true; // the n of "Conversation"
        QTest::newRow("wrong order") << "fer"
                                     << "Refresh" << false;
        QTest::newRow("letter missing") << "refz"
                                        << "Refresh" << false;
        QTest::newRow("longer than text") << "refreshes"
                                          << "Refresh" << false;
        QTest::newRow("case") << "REFRESH"
                              << "refresh" << true;
        QTest::newRow("spaces ignored") << "new  conv"
                                        << "New Conversation" << true;
        QTest::newRow("accent in text") << "bjorn"
                                        << "Björn Öberg" << true;
        QTest::newRow("accent in pattern") << "björn"
                                           << "BJORN" << true;
        QTest::newRow("accents both ways") << "éa"
                                           << "Ea" << true;
        QTest::newRow("not a letter of it") << "ø"
                                            << "o" << false; // ø has no decomposition: a letter of its own
    }
    void subsequenceOrNothing() {
        QFETCH(QString, pattern);
        QFETCH(QString, text);
        QFETCH(bool, matches);
        QCOMPARE(fuzzyMatch(pattern, text).has_value(), matches);
    }

    void wordStartsAndRunsRankFirst() {
        // "nc" takes the word starts of New Conversation over the letters inside a word.
        QCOMPARE(
            ranked(QStringLiteral("nc"), {QStringLiteral("Sync Now"), QStringLiteral("New Conversation")}),
            strings({"New Conversation", "Sync Now"}));
        // A run of letters beats the same letters scattered.
        QCOMPARE(
            ranked(QStringLiteral("arch"), {QStringLiteral("Add Reply Channel"), QStringLiteral("Archive")}),
            strings({"Archive", "Add Reply Channel"}));
        // camelCase and punctuation are word starts too.
        QCOMPARE(ranked(QStringLiteral("ob"), {QStringLiteral("probe"), QStringLiteral("openById")}),
                 strings({"openById", "probe"}));
        // The same match in a shorter text wins.
        QCOMPARE(ranked(QStringLiteral("ghost"), {QStringLiteral("Ghost conversations of the VIP customers"),
                                                  QStringLiteral("Ghost")}),
                 strings({"Ghost", "Ghost conversations of the VIP customers"}));
        // Ties keep the order given; texts that do not match are left out.
        QCOMPARE(
            ranked(QStringLiteral("a"), {QStringLiteral("xa"), QStringLiteral("ya"), QStringLiteral("zz")}),
            strings({"xa", "ya"}));
        // The first letter of the text counts most.
        QVERIFY(fuzzyMatch(QStringLiteral("r"), QStringLiteral("Refresh"))->score >
                fuzzyMatch(QStringLiteral("r"), QStringLiteral("Go Right"))->score);
    }

    void bestAlignmentNotTheFirstOne() {
        // The first letters found ("Pre*view*") are not the best: the word "View" is.
        const auto match = fuzzyMatch(QStringLiteral("view"), QStringLiteral("Preview View"));
        QVERIFY(match);
        QCOMPARE(match->positions, (QList<int>{8, 9, 10, 11}));
        const auto words = fuzzyMatch(QStringLiteral("sv"), QStringLiteral("Save Current View"));
        QVERIFY(words);
        QCOMPARE(words->positions, (QList<int>{0, 13})); // S…V at the word starts, not "a…v" inside
    }

    void positionsAreInTheTextAsGiven() {
        // "é" spelled as e + combining accent (two QChars) before the match: positions stay on the original.
        const QString decomposed = QStringLiteral("Rene\u0301 Ba");
        const auto match = fuzzyMatch(QStringLiteral("reneb"), decomposed);
        QVERIFY(match);
        QCOMPARE(match->positions, (QList<int>{0, 1, 2, 3, 6}));
        QCOMPARE(foldForMatching(QStringLiteral("Björn ÅSA")), QStringLiteral("bjorn asa"));
    }
};

QTEST_GUILESS_MAIN(TestFuzzyMatch)
#include "tst_fuzzymatch.moc"
