// The classic status vocabulary against api-contract.md, and a second table of other values beside
// it, to show a generation is a table of its own and never a mapping.
#include "statusvocabulary.h"

#include <QTest>

using namespace bridge;

Q_DECLARE_METATYPE(bridge::StatusAction)

namespace {

ConversationStatus status(const char *raw) {
    return ConversationStatus(QString::fromLatin1(raw));
}

QStringList raws(const QList<ConversationStatus> &statuses) {
    QStringList out;
    for (const ConversationStatus &s : statuses)
        out.append(s.raw());
    return out;
}

} // namespace

class TestStatusVocabulary : public QObject {
    Q_OBJECT
private slots:
    void classicConstantsAreTheContractsSpelling() {
        QCOMPARE(ClassicStatus::active().raw(), QStringLiteral("active"));
        QCOMPARE(ClassicStatus::archived().raw(), QStringLiteral("archived"));
        QCOMPARE(ClassicStatus::ghost().raw(), QStringLiteral("ghost"));
    }

    void classicValuesPerUse() {
        const StatusVocabulary &v = StatusVocabulary::classic();
        // The filter bar's order: Active, Ghost, Archived.
        QCOMPARE(
            raws(v.values(StatusVocabulary::Filter)),
            (QStringList{QStringLiteral("active"), QStringLiteral("ghost"), QStringLiteral("archived")}));
        QCOMPARE(raws(v.values(StatusVocabulary::Create)),
                 (QStringList{QStringLiteral("active"), QStringLiteral("ghost")}));
        QCOMPARE(
            raws(v.values(StatusVocabulary::Update)),
            (QStringList{QStringLiteral("active"), QStringLiteral("ghost"), QStringLiteral("archived")}));
    }

    void allows_data() {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<bool>("filter");
        QTest::addColumn<bool>("create");
        QTest::addColumn<bool>("update");
        QTest::newRow("active") << QStringLiteral("active") << true << true << true;
        QTest::newRow("ghost") << QStringLiteral("ghost") << true << true << true;
        QTest::newRow("archived") << QStringLiteral("archived") << true << false << true;
        QTest::newRow("empty") << QString() << false << false << false;
        QTest::newRow("other case") << QStringLiteral("Active") << false << false << false;
        QTest::newRow("connect value") << QStringLiteral("ACTIVE") << false << false << false;
        QTest::newRow("unknown") << QStringLiteral("deleted") << false << false << false;
    }

    void allows() {
        QFETCH(QString, raw);
        QFETCH(bool, filter);
        QFETCH(bool, create);
        QFETCH(bool, update);
        const StatusVocabulary &v = StatusVocabulary::classic();
        const ConversationStatus s(raw);
        QCOMPARE(v.allows(StatusVocabulary::Filter, s), filter);
        QCOMPARE(v.allows(StatusVocabulary::Create, s), create);
        QCOMPARE(v.allows(StatusVocabulary::Update, s), update);
        QCOMPARE(v.isKnown(s), filter || create || update);
    }

    void displayNames() {
        const StatusVocabulary &v = StatusVocabulary::classic();
        QCOMPARE(v.displayName(status("active")), QStringLiteral("Active"));
        QCOMPARE(v.displayName(status("ghost")), QStringLiteral("Ghost"));
        QCOMPARE(v.displayName(status("archived")), QStringLiteral("Archived"));
        // Unknown values exactly as they came, never "fixed".
        QCOMPARE(v.displayName(status("escalated")), QStringLiteral("escalated"));
        QCOMPARE(v.displayName(status("ACTIVE")), QStringLiteral("ACTIVE"));
        QCOMPARE(v.displayName(ConversationStatus()), QString());
    }

    void offers_data() {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<bool>("archive");
        QTest::addColumn<bool>("reactivate");
        QTest::newRow("active: archive only") << QStringLiteral("active") << true << false;
        QTest::newRow("archived: re-activate only") << QStringLiteral("archived") << false << true;
        QTest::newRow("ghost: both") << QStringLiteral("ghost") << true << true;
        QTest::newRow("unknown: both") << QStringLiteral("snoozed") << true << true;
    }

    void offers() {
        QFETCH(QString, raw);
        QFETCH(bool, archive);
        QFETCH(bool, reactivate);
        const StatusVocabulary &v = StatusVocabulary::classic();
        QCOMPARE(v.offers(ConversationStatus(raw), StatusAction::Archive), archive);
        QCOMPARE(v.offers(ConversationStatus(raw), StatusAction::Reactivate), reactivate);
    }

    void actions() {
        const StatusVocabulary &v = StatusVocabulary::classic();
        QCOMPARE(v.target(StatusAction::Archive).raw(), QStringLiteral("archived"));
        QCOMPARE(v.target(StatusAction::Reactivate).raw(), QStringLiteral("active"));
        QCOMPARE(v.actionSetting(status("archived")), std::optional(StatusAction::Archive));
        QCOMPARE(v.actionSetting(status("active")), std::optional(StatusAction::Reactivate));
        QCOMPARE(v.actionSetting(status("ghost")), std::nullopt);
        // One spelling, one place: what the bulk panel and the summary say.
        QCOMPARE(v.doneText(StatusAction::Archive), QStringLiteral("archived"));
        QCOMPARE(v.doneText(StatusAction::Reactivate), QStringLiteral("re-activated"));
    }

    void anotherGenerationIsATableOfItsOwn() {
        // Shaped like Connect's (api-connect.md): upper-case values, no archive.
        const StatusVocabulary other(
            {{QStringLiteral("ACTIVE"), "Active", StatusVocabulary::Filter | StatusVocabulary::Create, {}},
             {QStringLiteral("GHOST"), "Ghost", StatusVocabulary::Filter | StatusVocabulary::Create, {}},
             {QStringLiteral("RELEASED"), "Released", 0, {}}},
            {});
        QVERIFY(other.isKnown(status("RELEASED")));
        QVERIFY(!other.isKnown(status("active"))); // the classic value is not mapped onto ACTIVE
        QVERIFY(!StatusVocabulary::classic().isKnown(status("ACTIVE")));
        QVERIFY(other.allows(StatusVocabulary::Filter, status("GHOST")));
        QVERIFY(!other.allows(StatusVocabulary::Update, status("RELEASED")));
        QCOMPARE(other.displayName(status("RELEASED")), QStringLiteral("Released"));
        QCOMPARE(other.displayName(status("BLOCKED")), QStringLiteral("BLOCKED"));
        // A generation without an action never offers it, whatever the status.
        QVERIFY(!other.offers(status("ACTIVE"), StatusAction::Archive));
        QVERIFY(!other.offers(status("BLOCKED"), StatusAction::Archive));
        QVERIFY(other.target(StatusAction::Archive).isEmpty());
        QCOMPARE(other.doneText(StatusAction::Archive), QString());
    }
};

QTEST_GUILESS_MAIN(TestStatusVocabulary)
#include "tst_statusvocabulary.moc"
