// The window and the local store: a second start shows the rows kept by the first at once, marked
// cached, and keeps them when the server is gone; the search box finds kept rows as the agent types.
#include "conversationstore.h"
#include "conversationtablemodel.h"
#include "storesearchbox.h"
#include "windowfixture.h"

#include <QLabel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

class TestCachedStart : public QObject {
    Q_OBJECT

    QStringList shownIds(const MainWindow &window) const {
        QStringList ids;
        const auto &rows = window.controller()->model()->conversations();
        for (const bridge::Conversation &c : rows)
            ids.append(c.id);
        return ids;
    }

private slots:
    void secondStartShowsCachedRowsWithoutTheServer() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("stores/work.sqlite"));
        testing::WindowFixture fixture;
        QVERIFY(fixture.start());
        QVERIFY(fixture.open());
        const bridge::ConnectionSettings settings = testing::sandboxSettings(*fixture.server);
        QStringList firstRun;
        {
            bridge::ConversationStore store(path);
            fixture.window->setConversationStore(&store); // page 1 is already shown: kept now
            firstRun = shownIds(*fixture.window);
            QCOMPARE(firstRun.size(), 20);
            fixture.window->close(); // remembers the view, as quitting does
            fixture.window.reset();
        } // the store finishes its writes

        // The server is gone: the same address, nobody listening.
        fixture.server.reset();
        bridge::ClientOptions base;
        base.maxRetries = 0;
        fixture.client->setOptions(settings.toClientOptions(base));
        fixture.window = std::make_unique<MainWindow>(fixture.client.get(), settings.credentials, true);
        bridge::ConversationStore store(path);
        fixture.window->setConversationStore(&store);
        fixture.window->show();
        // At once, before any answer: no event loop has run since the window asked the server.
        QCOMPARE(shownIds(*fixture.window), firstRun);
        QLabel *line = fixture.window->storeLine();
        QVERIFY(line->isVisibleTo(fixture.window.get()));
        QVERIFY2(line->text().contains(QStringLiteral("(cached)")), qPrintable(line->text()));
        // The server does not answer: the rows stay, and the line says why they are old.
        QTRY_VERIFY_WITH_TIMEOUT(line->text().contains(QStringLiteral("did not answer")), 15000);
        QCOMPARE(shownIds(*fixture.window), firstRun);
    }

    void searchBoxFindsKeptRowsAndEscapeReturns() {
        QTemporaryDir dir;
        testing::WindowFixture fixture;
        QVERIFY(fixture.start());
        QVERIFY(fixture.open());
        bridge::ConversationStore store(dir.filePath(QStringLiteral("stores/work.sqlite")));
        fixture.window->setConversationStore(&store);
        store.flush();
        const QStringList page = shownIds(*fixture.window);
        const bridge::Conversation wanted = fixture.window->controller()->model()->conversations().at(7);

        QTest::keyClick(fixture.window.get(), Qt::Key_F, Qt::ControlModifier);
        StoreSearchBox *box = fixture.window->searchBox();
        QTRY_VERIFY(box->hasFocus());
        QTest::keyClicks(box, wanted.id.mid(2, 8).toUpper());
        const QStringList found = shownIds(*fixture.window);
        QVERIFY2(found.contains(wanted.id), qPrintable(found.join(u',')));
        QVERIFY(found.size() < page.size());
        const QString line = fixture.window->storeLine()->text();
        QVERIFY2(line.contains(QStringLiteral("in 20 cached conversations")), qPrintable(line));

        QTest::keyClick(box, Qt::Key_Escape);
        QCOMPARE(shownIds(*fixture.window), page);
        QVERIFY(!fixture.window->storeLine()->isVisibleTo(fixture.window.get()));
        QTest::keyClick(box, Qt::Key_Escape);
        QTRY_VERIFY(fixture.window->conversationView()->hasFocus());
    }
};

QTEST_MAIN(TestCachedStart)
#include "tst_cachedstart.moc"
