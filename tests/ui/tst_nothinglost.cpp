// Nothing lost, nothing doubled, through the window: a create whose answer is lost (the sandbox
// creates the conversation, then drops the connection) is reported as "may have been created", the
// dialog keeps everything typed, its Check button shows the agent the customer's conversations in
// the window, and the server holds exactly one new conversation. (Double clicks and Enter-mashing on
// Create are tested on the dialog itself, tst_createconversationdialog.) And an archive whose answer is
// lost after the server applied it leaves the row as the server has it.
#include "bridgeclient.h"
#include "browsingcontroller.h"
#include "conversationtablemodel.h"
#include "createconversationdialog.h"
#include "errorbanner.h"
#include "filterbar.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "participantlistedit.h"
#include "participanttypebox.h"
#include "sandboxserver.h"
#include "windowfixture.h"

#include <QAction>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include <algorithm>

using bridge::ConversationTableModel;
using bridge::sandbox::Fault;
using bridge::sandbox::SandboxServer;

class TestNothingLost : public QObject {
    Q_OBJECT

    testing::WindowFixture m_desk;

    static void type(QLineEdit *edit, const QString &text) {
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }
    int rows() const { return m_desk.window->proxyModel()->rowCount(); }
    bool idle() const { return !m_desk.window->controller()->isLoading(); }
    int serverCount(const QString &name) const {
        int n = 0;
        const auto all = m_desk.server->conversations();
        for (const QJsonObject &c : all)
            n += c.value(QStringLiteral("name")).toString() == name;
        return n;
    }
    int posts() const {
        int n = 0;
        const auto all = m_desk.server->receivedRequests();
        for (const auto &r : all)
            n += r.method == "POST";
        return n;
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("BridgeDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_nothinglost"));
    }

    void init() {
        QVERIFY(m_desk.start());
        // The client's default retries; page 1, then the prefetch of page 2, so the fault hits the create.
        QVERIFY(m_desk.open({.maxRetries = bridge::ClientOptions{}.maxRetries, .activate = false}));
    }

    void cleanup() { m_desk.reset(); }

    void lostCreateAnswerThroughTheWindow() {
        const QString name = QStringLiteral("Lost answer – Zoë");
        const QString customer = QStringLiteral("lost.answer@example.com");
        const int before = m_desk.server->conversationCount();

        m_desk.window->actions()->newGhostConversation->trigger(); // Ctrl+Shift+N
        QPointer<CreateConversationDialog> dialog; // deleted on close: a wrong turn fails, not crashes
        QTRY_VERIFY((dialog = m_desk.window->findChild<CreateConversationDialog *>()) && dialog->isVisible());
        auto *customers = dialog->findChild<ParticipantListEdit *>(QStringLiteral("customers"));
        auto *agents = dialog->findChild<ParticipantListEdit *>(QStringLiteral("agents"));
        QVERIFY(customers && agents);
        type(customers->identifierEdit(0), customer);
        QTest::mouseClick(customers->addButton(), Qt::LeftButton);
        type(customers->identifierEdit(1), QStringLiteral("+1 555 0100 200"));
        dialog->findChild<QRadioButton *>(QStringLiteral("assignAgents"))->click();
        type(agents->identifierEdit(0), QStringLiteral("agent.smith@example.com"));
        auto *nameEdit = dialog->findChild<QLineEdit *>(QStringLiteral("name"));
        type(nameEdit, QStringLiteral("Lost answer "));
        nameEdit->insert(QStringLiteral("– Zoë")); // not Latin-1: as a paste or an input method gives it
        auto *create = dialog->findChild<QPushButton *>(QStringLiteral("createButton"));
        QVERIFY(create && create->isEnabled());

        m_desk.server->injectNext(Fault::DropAfterHandling);
        QTest::mouseClick(create, Qt::LeftButton);
        auto *banner = dialog->findChild<QWidget *>(QStringLiteral("banner"));
        auto *bannerText = dialog->findChild<QLabel *>(QStringLiteral("bannerText"));
        QVERIFY(banner && bannerText);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog || banner->isVisible(), 10000);
        QVERIFY2(dialog, "the dialog closed: the create was answered");

        // Told it may exist, and how to check.
        QVERIFY2(bannerText->text().contains(QStringLiteral("may or may not have been created")),
                 qPrintable(bannerText->text()));
        QVERIFY2(bannerText->text().contains(QStringLiteral("Check")), qPrintable(bannerText->text()));
        auto *check = dialog->findChild<QPushButton *>(QStringLiteral("checkButton"));
        QVERIFY(check && check->isVisible() && check->isEnabled());

        // The server holds exactly one, and nothing was sent twice.
        QTest::qWait(300);
        QCOMPARE(m_desk.server->conversationCount(), before + 1);
        QCOMPARE(serverCount(name), 1);
        QCOMPARE(posts(), 1);

        // The dialog kept everything typed.
        auto keptAll = [&] {
            QVERIFY(dialog->isVisible());
            QCOMPARE(customers->rowCount(), 2);
            QCOMPARE(customers->identifierEdit(0)->text(), customer);
            QCOMPARE(customers->identifierEdit(1)->text(), QStringLiteral("+1 555 0100 200"));
            QCOMPARE(customers->typeCombo(1)->currentData().toString(), QStringLiteral("phone"));
            QVERIFY(dialog->findChild<QRadioButton *>(QStringLiteral("assignAgents"))->isChecked());
            QCOMPARE(agents->identifierEdit(0)->text(), QStringLiteral("agent.smith@example.com"));
            QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("name"))->text(), name);
            QVERIFY(dialog->findChild<QRadioButton *>(QStringLiteral("statusGhost"))->isChecked());
        };
        keptAll();

        // Check: the window lists that customer's ghost conversations; the lost one is there, once.
        QTest::mouseClick(check, Qt::LeftButton);
        QTRY_VERIFY(idle() && m_desk.window->controller()->query().filter.customer.has_value());
        QCOMPARE(m_desk.window->controller()->query().filter.customer->identifier, customer);
        QCOMPARE(m_desk.window->filterBar()->filter().status.raw(), QStringLiteral("ghost"));
        QTRY_COMPARE(rows(), 1);
        const auto shown = m_desk.window->controller()->model()->conversationAt(0);
        QVERIFY(shown);
        QCOMPARE(shown->name, name);
        keptAll();

        // Creating again asks first; Enter does not confirm; closing sends nothing.
        QTest::mouseClick(create, Qt::LeftButton);
        QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("createAnywayButton"))->isVisible());
        QTest::keyClick(dialog, Qt::Key_Return);
        dialog->reject();
        QTest::qWait(300);
        QCOMPARE(posts(), 1);
        QCOMPARE(serverCount(name), 1);
    }

    // An archive whose answer is lost after the server applied it: the row must end as the
    // server has it (archived), not rolled back to the copy from before, and nothing is re-sent.
    void lostPatchAnswerLeavesTheRowAsTheServerHasIt() {
        QString id;
        for (int row = 0; row < rows() && id.isEmpty(); ++row) {
            const auto c = m_desk.window->controller()->model()->conversationAt(row);
            if (c && c->status.raw() == QLatin1String("active"))
                id = c->id;
        }
        QVERIFY(!id.isEmpty());
        const int sourceRow = m_desk.window->controller()->model()->rowOf(id);
        m_desk.window->conversationView()->selectionModel()->setCurrentIndex(
            m_desk.window->proxyModel()->mapFromSource(
                m_desk.window->controller()->model()->index(sourceRow, 0)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QVERIFY(m_desk.window->actions()->archive->isEnabled());

        m_desk.server->clearReceivedRequests();
        m_desk.server->injectNext(Fault::DropAfterHandling);
        m_desk.window->actions()->archive->trigger(); // Ctrl+E
        auto statusOf = [this, &id] {
            const int row = m_desk.window->controller()->model()->rowOf(id);
            return row < 0 ? QString()
                           : m_desk.window->controller()->model()->conversationAt(row)->status.raw();
        };
        auto serverStatus = [this, &id] {
            const auto all = m_desk.server->conversations();
            for (const QJsonObject &c : all) {
                if (c.value(QStringLiteral("id")).toString() == id)
                    return c.value(QStringLiteral("status")).toString();
            }
            return QString();
        };
        QTRY_VERIFY_WITH_TIMEOUT(m_desk.window->errorBanner()->isVisible(), 10000);
        QCOMPARE(serverStatus(), QStringLiteral("archived")); // the server did it
        QTRY_COMPARE(statusOf(), serverStatus());             // and the row says so
        QTest::qWait(300);
        QCOMPARE(statusOf(), QStringLiteral("archived"));
        int patches = 0;
        const auto received = m_desk.server->receivedRequests();
        for (const auto &r : received)
            patches += r.method == "PATCH";
        QCOMPARE(patches, 1); // never re-sent
        qInfo().noquote() << m_desk.window->errorBanner()->label()->text();
    }
};

QTEST_MAIN(TestNothingLost)
#include "tst_nothinglost.moc"
