// The offline copy in the main window's status bar, against an in-process sandbox (classic and
// Connect): progress in conversations or pages, Pause / Resume by keyboard (the button's shortcut,
// and Space on the focused button), none without a sink.
#include "offlinecopybar.h"
#include "windowfixture.h"

#include "conversationsink.h"

#include <QLabel>
#include <QPushButton>
#include <QStatusBar>

using namespace bridge;

namespace {

class MemorySink : public ConversationSink {
public:
    QHash<QString, Conversation> rows;
    QHash<QString, QByteArray> checkpoints;
    void keepConversations(const QList<Conversation> &conversations, const QDateTime &) override {
        for (const Conversation &c : conversations)
            rows.insert(c.id, c);
    }
    void keepCheckpoint(const QString &key, const QByteArray &state) override {
        checkpoints.insert(key, state);
    }
    QByteArray checkpoint(const QString &key) const override { return checkpoints.value(key); }
};

} // namespace

class TestOfflineCopyBar : public QObject {
    Q_OBJECT

    testing::WindowFixture m_fixture;

private slots:
    void cleanup() { m_fixture.reset(); }

    void noSinkNoCopy() {
        QVERIFY(m_fixture.start());
        QVERIFY(m_fixture.open({}));
        m_fixture.window->setOfflineCopy(nullptr, true, {});
        QVERIFY(m_fixture.window->offlineCopyBar());
        QVERIFY(!m_fixture.window->offlineCopyBar()->copy());
        QVERIFY(m_fixture.window->offlineCopyBar()->isHidden());
    }

    void progressAndPauseByKeyboard_data() {
        QTest::addColumn<bool>("connect");
        QTest::newRow("classic") << false;
        QTest::newRow("connect") << true;
    }
    void progressAndPauseByKeyboard() {
        QFETCH(bool, connect);
        sandbox::SandboxConfig config = sandbox::SandboxConfig::forApi(
            connect ? sandbox::SandboxConfig::Api::Connect : sandbox::SandboxConfig::Api::Classic);
        config.conversationCount = 1200;
        QVERIFY(m_fixture.start(config));
        QVERIFY(m_fixture.open({}));
        m_fixture.server->setLatencyMs(30);
        MemorySink sink;
        OfflineCopyOptions options;
        options.requestsPerSecond = 20;
        m_fixture.window->setOfflineCopy(&sink, true, options);
        OfflineCopyBar *bar = m_fixture.window->offlineCopyBar();
        QVERIFY(bar && bar->copy());
        QVERIFY(bar->isVisible());
        QVERIFY(m_fixture.window->statusBar()->isAncestorOf(bar));

        QTRY_VERIFY_WITH_TIMEOUT(bar->copy()->state().pagesDone >= 2, 20000);

        // The shortcut pauses, from anywhere in the window; pages that land wait, so what the bar
        // says stays put: "Offline copy: 300 of 1,200" (numbered) or "Offline copy: 3 pages" (cursors).
        QTest::keyClick(m_fixture.window.get(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(bar->copy()->status(),
                     OfflineCopy::Status::Paused); // a button's shortcut clicks animated
        const OfflineCopyState &state = bar->copy()->state();
        const QLocale locale;
        const QString progress = connect
                                     ? QStringLiteral("Offline copy: %1 pages").arg(state.pagesDone)
                                     : QStringLiteral("Offline copy: %1 of %2")
                                           .arg(locale.toString(state.kept), locale.toString(qint64(1200)));
        QCOMPARE(bar->statusLabel()->text(), progress + QStringLiteral(" (paused)"));
        QCOMPARE(bar->pauseButton()->text(), QStringLiteral("Resume"));
        QCOMPARE(bar->pauseButton()->accessibleName(), QStringLiteral("Resume the offline copy"));

        // A real button in the tab order: Space on it resumes.
        QVERIFY(bar->pauseButton()->focusPolicy() & Qt::TabFocus);
        bar->pauseButton()->setFocus(Qt::TabFocusReason);
        QTest::keyClick(bar->pauseButton(), Qt::Key_Space);
        QCOMPARE(bar->copy()->status(), OfflineCopy::Status::Walking);

        QTRY_COMPARE_WITH_TIMEOUT(bar->copy()->status(), OfflineCopy::Status::Current, 30000);
        QCOMPARE(sink.rows.size(), 1200);
        QVERIFY(
            bar->statusLabel()->text().startsWith(QStringLiteral("Offline copy: %1 conversations, updated ")
                                                      .arg(QLocale().toString(qint64(1200)))));
        QVERIFY(bar->pauseButton()->isHidden());
    }
};

QTEST_MAIN(TestOfflineCopyBar)
#include "tst_offlinecopybar.moc"
