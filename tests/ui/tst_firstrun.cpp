// The first start with nothing stored, in process (DeskSession, as bridge-desk wires it): the
// settings dialog opens; Cancel leaves the window open in its Not connected state, from which
// Settings… (saved against an in-process sandbox) or Try the sandbox connects it. No keychain.
#include "desksession.h"
#include "errorbanner.h"
#include "mainwindow.h"
#include "notconnectedpanel.h"
#include "sandboxfixture.h"
#include "settingsdialog.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QUuid>

namespace {

SettingsDialog *visibleSettingsDialog() {
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *dialog = qobject_cast<SettingsDialog *>(w); dialog && dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

QString freshProfile() {
    return QStringLiteral("firstrun-") + QUuid::createUuid().toString(QUuid::Id128);
}

} // namespace

class TestFirstRun : public QObject {
    Q_OBJECT

    //! Starts a session on a profile with nothing stored and cancels its settings dialog.
    MainWindow *cancelFirstSettings(DeskSession &session) {
        MainWindow *opened = nullptr;
        connect(&session, &DeskSession::windowOpened, this,
                [&opened](MainWindow *window) { opened = window; });
        session.startWithStoredCredentials();
        if (!QTest::qWaitFor([] { return visibleSettingsDialog() != nullptr; }, 10000))
            return nullptr;
        visibleSettingsDialog()->reject();
        const bool seen = QTest::qWaitFor([&] { return opened != nullptr; }, 5000);
        disconnect(&session, &DeskSession::windowOpened, this, nullptr);
        return seen ? opened : nullptr;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void cancelLeavesNotConnectedWindow() {
        DeskSession session(freshProfile());
        MainWindow *window = cancelFirstSettings(session);
        QVERIFY2(window, "Cancel on the first-start settings must open the window, not quit");
        QVERIFY(window->isVisible());
        QVERIFY(!window->isConnected());
        QVERIFY(QApplication::quitOnLastWindowClosed()); // closing it ends the application (exit 0)

        NotConnectedPanel *panel = window->notConnectedPanel();
        QVERIFY(panel->isVisible());
        QCOMPARE(panel->label()->text(), QStringLiteral("Not connected to Bridge yet."));
        QVERIFY(!window->conversationView()->isVisible()); // no list
        QVERIFY(!window->errorBanner()->isVisible());      // nothing failed: nothing was asked
        QCOMPARE(panel->settingsButton()->accessibleName(), QStringLiteral("Settings…"));
        QCOMPARE(panel->sandboxButton()->accessibleName(), QStringLiteral("Try the sandbox"));

        // Both buttons reachable from the keyboard.
        QApplication::setActiveWindow(window);
        QVERIFY(QTest::qWaitForWindowActive(window));
        panel->settingsButton()->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(panel->settingsButton()->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY(panel->sandboxButton()->hasFocus());
        QVERIFY(window->close());
    }

    void settingsFromNotConnectedConnects() {
        testing::Sandbox sandbox;
        DeskSession session(freshProfile());
        MainWindow *window = cancelFirstSettings(session);
        QVERIFY(window);

        QTest::mouseClick(window->notConnectedPanel()->settingsButton(), Qt::LeftButton);
        QTRY_VERIFY(visibleSettingsDialog());
        SettingsDialog *dialog = visibleSettingsDialog();
        dialog->setSettings(testing::sandboxSettings(*sandbox.server));
        QSignalSpy saved(dialog, &SettingsDialog::saved);
        dialog->save();
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);

        QVERIFY(window->isConnected());
        QVERIFY(!window->notConnectedPanel()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(window->conversationView()->model()->rowCount() > 0, 10000);
        QVERIFY(!window->errorBanner()->isVisible());
        if (visibleSettingsDialog()) // the no-keychain notice waits for its OK
            visibleSettingsDialog()->accept();
        QVERIFY(window->close());
    }

    void trySandboxFromNotConnected() {
        DeskSession session(freshProfile());
        MainWindow *window = cancelFirstSettings(session);
        QVERIFY(window);

        QTest::mouseClick(window->notConnectedPanel()->sandboxButton(), Qt::LeftButton);
        QVERIFY(window->isConnected());
        QVERIFY(window->windowTitle().contains(QStringLiteral("(sandbox)")));
        QTRY_VERIFY_WITH_TIMEOUT(window->conversationView()->model()->rowCount() > 0, 10000);
        QVERIFY(!window->errorBanner()->isVisible());
        QVERIFY(window->close());
    }

    void dialogSandboxSpeaksTheChosenApi() {
        DeskSession session(freshProfile());
        MainWindow *window = nullptr;
        connect(&session, &DeskSession::windowOpened, this,
                [&window](MainWindow *opened) { window = opened; });
        session.startWithStoredCredentials();
        QTRY_VERIFY_WITH_TIMEOUT(visibleSettingsDialog(), 10000);
        SettingsDialog *dialog = visibleSettingsDialog();
        dialog->setGeneration(bridge::ApiGeneration::Classic);
        QSignalSpy requested(dialog, &SettingsDialog::sandboxRequested);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("sandboxButton")), Qt::LeftButton);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first().value<bridge::ApiGeneration>(), bridge::ApiGeneration::Classic);
        QTRY_VERIFY(window != nullptr);
        QVERIFY(window->isConnected());
        QTRY_VERIFY_WITH_TIMEOUT(window->conversationView()->model()->rowCount() > 0, 10000);
        QVERIFY(window->close());
    }
};

QTEST_MAIN(TestFirstRun)
#include "tst_firstrun.moc"
