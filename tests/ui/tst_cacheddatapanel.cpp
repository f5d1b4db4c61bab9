// Settings' cached-data panel over a real SQLite store in a temporary folder: what it says of the
// store, its figures counted again once after a burst of writes, and Clear Cached Data, confirmed by
// keyboard, leaving an empty store.
#include "cacheddatapanel.h"

#include "conversationstore.h"

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace bridge;

namespace {

QList<Conversation> conversations(int count, int from = 0) {
    QList<Conversation> out;
    for (int n = from; n < from + count; ++n) {
        Conversation c;
        c.id = QStringLiteral("conv-%1").arg(n);
        c.name = QStringLiteral("Order %1").arg(n);
        c.status = ConversationStatus(QStringLiteral("active"));
        c.updatedAt = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC).addSecs(n);
        out.append(c);
    }
    return out;
}

} // namespace

class TestCachedDataPanel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void saysWhatIsKeptAndCountsOnceAfterABurst() {
        QTemporaryDir dir;
        ConversationStore store(dir.filePath(QStringLiteral("stores/work.sqlite")));
        CachedDataPanel panel(&store);
        QVERIFY2(panel.summary()->text().startsWith(QLatin1String("No conversations kept on this computer")),
                 qPrintable(panel.summary()->text()));
        QVERIFY(!panel.clearButton()->isEnabled());

        // Thirty pages written one after the other: the figures follow once, at the end.
        for (int page = 0; page < 30; ++page)
            store.keepConversations(conversations(100, page * 100), QDateTime::currentDateTime());
        store.flush();
        QCoreApplication::processEvents();                                              // the writes' signals
        QVERIFY(panel.summary()->text().startsWith(QLatin1String("No conversations"))); // not yet
        QTRY_VERIFY_WITH_TIMEOUT(
            panel.summary()->text().startsWith(QLatin1String("3,000 conversations kept on this computer")),
            CachedDataPanel::RecountMs * 3);
        QVERIFY(panel.clearButton()->isEnabled());
    }

    void clearAsksThenForgetsEverything() {
        QTemporaryDir dir;
        ConversationStore store(dir.filePath(QStringLiteral("stores/work.sqlite")));
        store.keepConversations(conversations(5), QDateTime::currentDateTime());
        store.flush();
        CachedDataPanel panel(&store);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(panel.summary()->text().startsWith(QLatin1String("5 conversations kept")));

        // Cancel first (the default button: Enter keeps everything), then Yes.
        for (const bool yes : {false, true}) {
            bool answered = false;
            auto *poll = new QTimer(this); // the question is up once its own event loop runs
            poll->setInterval(20);
            connect(poll, &QTimer::timeout, this, [&answered, yes, poll] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                if (!box || !box->isVisible())
                    return;
                poll->deleteLater();
                if (yes)
                    QTest::keyClick(box, Qt::Key_Y, Qt::AltModifier);
                else
                    QTest::keyClick(box, Qt::Key_Return);
                answered = true;
            });
            poll->start();
            panel.clearButton()->setFocus();
            QTest::keyClick(panel.clearButton(), Qt::Key_Space);
            QVERIFY(answered);
            if (!yes) {
                store.flush();
                QCOMPARE(store.stats().count, 5);
            }
        }
        QVERIFY(!panel.clearButton()->isEnabled());
        store.flush();
        QCOMPARE(store.stats().count, 0);
        QTRY_VERIFY_WITH_TIMEOUT(panel.summary()->text().startsWith(QLatin1String("No conversations kept")),
                                 CachedDataPanel::RecountMs * 3);
    }
};

QTEST_MAIN(TestCachedDataPanel)
#include "tst_cacheddatapanel.moc"
