// A status is the server's spelling, kept exactly: equality, emptiness, no case folding, no mapping.
#include "conversationstatus.h"

#include <QTest>
#include <QVariant>

using namespace bridge;

class TestConversationStatus : public QObject {
    Q_OBJECT
private slots:
    void emptyMeansAny() {
        const ConversationStatus none;
        QVERIFY(none.isEmpty());
        QCOMPARE(none.raw(), QString());
        QVERIFY(none == ConversationStatus(QString()));
        QVERIFY(!ConversationStatus(QStringLiteral("active")).isEmpty());
    }

    void rawIsKeptExactly_data() {
        QTest::addColumn<QString>("raw");
        QTest::newRow("classic") << QStringLiteral("ghost");
        QTest::newRow("connect, upper case") << QStringLiteral("NOT_ASSIGNED_TO_HUMAN");
        QTest::newRow("unknown, mixed case") << QStringLiteral("Escalated");
        QTest::newRow("spaces kept") << QStringLiteral(" active ");
        QTest::newRow("non-ASCII") << QStringLiteral("gel\u00f6scht");
    }

    void rawIsKeptExactly() {
        QFETCH(QString, raw);
        const ConversationStatus status(raw);
        QCOMPARE(status.raw(), raw);
        QVERIFY(!status.isEmpty());
    }

    void equalityIsBySpelling() {
        const ConversationStatus active(QStringLiteral("active"));
        QVERIFY(active == ConversationStatus(QStringLiteral("active")));
        QVERIFY(active != ConversationStatus(QStringLiteral("ACTIVE"))); // another generation's value
        QVERIFY(active != ConversationStatus(QStringLiteral("active ")));
        QVERIFY(active != ConversationStatus());
    }

    void travelsInAVariant() {
        const ConversationStatus status(QStringLiteral("archived"));
        const QVariant v = QVariant::fromValue(status);
        QVERIFY(v.canConvert<ConversationStatus>());
        QCOMPARE(v.value<ConversationStatus>().raw(), QStringLiteral("archived"));
    }
};

QTEST_GUILESS_MAIN(TestConversationStatus)
#include "tst_conversationstatus.moc"
