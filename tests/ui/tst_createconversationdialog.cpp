// The create-conversation dialog, driven like an agent would, against an in-process sandbox.
#include "bridgeclient.h"
#include "createconversationdialog.h"
#include "fieldhint.h"
#include "participantlistedit.h"
#include "participanttypebox.h"
#include "sandboxfixture.h"
#include "sandboxserver.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace bridge;
using bridge::sandbox::Fault;
using bridge::sandbox::SandboxServer;

class TestCreateConversationDialog : public QObject {
    Q_OBJECT

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<BridgeClient> m_client;
    std::unique_ptr<CreateConversationDialog> m_dialog;

    template <typename T> T *child(const char *name) const {
        T *w = m_dialog->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }
    ParticipantListEdit *customers() const { return child<ParticipantListEdit>("customers"); }
    ParticipantListEdit *agents() const { return child<ParticipantListEdit>("agents"); }
    QPushButton *createButton() const { return child<QPushButton>("createButton"); }
    QString bannerText() const { return child<QLabel>("bannerText")->text(); }
    bool bannerShown() const { return child<QWidget>("banner")->isVisible(); }

    //! Types like an agent: clears the field, then key by key (textEdited fires, the row is touched).
    static void type(QLineEdit *edit, const QString &text) {
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }

    QList<sandbox::ReceivedRequest> posts() const {
        QList<sandbox::ReceivedRequest> out;
        const auto all = m_server->receivedRequests();
        for (const auto &r : all)
            if (r.method == "POST")
                out.append(r);
        return out;
    }

    QJsonObject lastPostBody() const {
        const auto p = posts();
        return p.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(p.constLast().body).object();
    }

    bool serverHas(const QString &id) const {
        const auto all = m_server->conversations();
        for (const QJsonObject &c : all)
            if (c.value(QStringLiteral("id")).toString() == id)
                return true;
        return false;
    }

    //! Presses Create and waits for created(); returns the conversation.
    Conversation createAndWait() {
        QSignalSpy created(m_dialog.get(), &CreateConversationDialog::created);
        [&] { QVERIFY2(createButton()->isEnabled(), qPrintable(problemsText())); }();
        QTest::mouseClick(createButton(), Qt::LeftButton);
        [&] { QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, 10000); }();
        return created.isEmpty() ? Conversation{} : created.at(0).at(0).value<Conversation>();
    }

    QString problemsText() const {
        QStringList out;
        const auto problems = m_dialog->problems();
        for (const auto &p : problems)
            out.append(p.field + QStringLiteral(": ") + p.message);
        return out.join(QLatin1Char('\n'));
    }

private slots:
    void init() {
        m_server = std::make_unique<SandboxServer>();
        QVERIFY(m_server->listenLoopback());
        m_client = std::make_unique<BridgeClient>();
        m_client->setOptions(testing::sandboxOptions(*m_server));
        m_dialog = std::make_unique<CreateConversationDialog>(m_client.get());
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }
    void cleanup() {
        m_dialog.reset();
        m_client.reset();
        m_server.reset();
    }

    void createWithoutAssignment() {
        const int before = m_server->conversationCount();
        QVERIFY(!createButton()->isEnabled()); // nothing typed yet
        type(customers()->identifierEdit(0), QStringLiteral("ann@example.com"));
        QCOMPARE(customers()->typeCombo(0)->currentData().toString(), QStringLiteral("email"));
        type(child<QLineEdit>("name"), QStringLiteral("Billing question"));

        const Conversation c = createAndWait();
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
        QVERIFY(!m_dialog->isVisible());
        QCOMPARE(posts().size(), 1);
        const QJsonObject body = lastPostBody();
        QCOMPARE(body.value(QStringLiteral("externalParticipants")).toArray(),
                 QJsonArray({QJsonObject{{QStringLiteral("identifier"), QStringLiteral("ann@example.com")},
                                         {QStringLiteral("type"), QStringLiteral("email")}}}));
        QVERIFY(!body.contains(QStringLiteral("internalParticipants")));
        QVERIFY(!body.contains(QStringLiteral("teamId")));
        QCOMPARE(body.value(QStringLiteral("name")).toString(), QStringLiteral("Billing question"));
        QCOMPARE(body.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QCOMPARE(m_server->conversationCount(), before + 1);
        QVERIFY(serverHas(c.id));
        QCOMPARE(c.status.raw(), QStringLiteral("active"));
    }

    void createWithAgents() {
        type(customers()->identifierEdit(0), QStringLiteral("ann@example.com"));
        QTest::mouseClick(customers()->addButton(), Qt::LeftButton);
        QCOMPARE(customers()->rowCount(), 2);
        type(customers()->identifierEdit(1), QStringLiteral("+1 555 123 4567"));
        QCOMPARE(customers()->typeCombo(1)->currentData().toString(), QStringLiteral("phone"));

        child<QRadioButton>("assignAgents")->click();
        QVERIFY(agents()->isVisible());
        QVERIFY(!child<QLineEdit>("teamId")->isVisible());
        type(agents()->identifierEdit(0), QStringLiteral("bob@corp.example"));

        const Conversation c = createAndWait();
        QCOMPARE(posts().size(), 1);
        const QJsonObject body = lastPostBody();
        QCOMPARE(body.value(QStringLiteral("externalParticipants")).toArray().size(), 2);
        QCOMPARE(body.value(QStringLiteral("externalParticipants")).toArray().at(1).toObject(),
                 (QJsonObject{{QStringLiteral("identifier"), QStringLiteral("+1 555 123 4567")},
                              {QStringLiteral("type"), QStringLiteral("phone")}}));
        QCOMPARE(body.value(QStringLiteral("internalParticipants")).toArray(),
                 QJsonArray({QJsonObject{{QStringLiteral("identifier"), QStringLiteral("bob@corp.example")},
                                         {QStringLiteral("type"), QStringLiteral("email")}}}));
        QVERIFY(!body.contains(QStringLiteral("teamId")));
        QVERIFY(serverHas(c.id));
        QCOMPARE(c.internalParticipants.size(), 1);
    }

    void createWithTeamTrimsPastedSpaces() {
        type(customers()->identifierEdit(0), QStringLiteral("  ann@example.com "));
        // Fill agents first: switching to Team must leave them out of the request.
        child<QRadioButton>("assignAgents")->click();
        type(agents()->identifierEdit(0), QStringLiteral("bob@corp.example"));
        child<QRadioButton>("assignTeam")->click();
        QVERIFY(!agents()->isVisible());
        type(child<QLineEdit>("teamId"), QStringLiteral(" team_support  "));

        const Conversation c = createAndWait();
        QCOMPARE(posts().size(), 1);
        const QJsonObject body = lastPostBody();
        QCOMPARE(body.value(QStringLiteral("teamId")).toString(), QStringLiteral("team_support"));
        QVERIFY(!body.contains(QStringLiteral("internalParticipants")));
        QCOMPARE(body.value(QStringLiteral("externalParticipants"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("identifier")),
                 QStringLiteral("ann@example.com"));
        QVERIFY(!body.contains(QStringLiteral("name")));
        QCOMPARE(c.teamId, QStringLiteral("team_support"));
        QVERIFY(serverHas(c.id));
    }

    void untouchedFormDoesNotShout() {
        QVERIFY(!createButton()->isEnabled());
        QVERIFY(customers()->rowProblem(0).isEmpty());
        const auto hints = m_dialog->findChildren<FieldHint *>();
        for (const FieldHint *hint : hints)
            QVERIFY2(!hint->isVisible(), qPrintable(hint->text()));
        // Enter on an incomplete form says what is missing instead of doing nothing.
        QTest::keyClick(customers()->identifierEdit(0), Qt::Key_Return);
        QVERIFY(m_dialog->isVisible());
        QVERIFY(customers()->rowProblem(0).contains(QStringLiteral("Required")));
        QCOMPARE(posts().size(), 0);
    }

    void validationMessages() {
        QLineEdit *first = customers()->identifierEdit(0);

        type(first, QStringLiteral("ann@"));
        QVERIFY(customers()->rowProblem(0).contains(QStringLiteral("domain")));
        QVERIFY(!createButton()->isEnabled());
        // The hint is visible and is what a screen reader hears with the field.
        QCOMPARE(first->accessibleDescription(), customers()->rowProblem(0));

        type(first, QStringLiteral("5551234567"));
        QCOMPARE(customers()->typeCombo(0)->currentData().toString(), QStringLiteral("phone"));
        QVERIFY2(customers()->rowProblem(0).contains(QStringLiteral("international")),
                 qPrintable(customers()->rowProblem(0)));
        QVERIFY(!createButton()->isEnabled());

        type(first, QStringLiteral("Ann@Example.com"));
        QVERIFY(customers()->rowProblem(0).isEmpty());
        QVERIFY(createButton()->isEnabled());

        QTest::mouseClick(customers()->addButton(), Qt::LeftButton);
        QVERIFY(createButton()->isEnabled() == false); // the new empty row is not a customer yet
        QVERIFY(customers()->rowProblem(1).isEmpty()); // ...but untouched, so no message
        type(customers()->identifierEdit(1), QStringLiteral("ann@example.com"));
        QVERIFY2(customers()->rowProblem(1).contains(QStringLiteral("twice")),
                 qPrintable(customers()->rowProblem(1)));
        QVERIFY(!createButton()->isEnabled());

        // Removing the duplicate (by its accessible button) makes the form valid again.
        QAbstractButton *remove = customers()->removeButton(1);
        QCOMPARE(remove->accessibleName(), QStringLiteral("Remove customer 2"));
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(customers()->rowCount(), 1);
        QVERIFY(!customers()->removeButton(0)->isEnabled()); // at least one customer
        QVERIFY(createButton()->isEnabled());

        // Team chosen with an empty (or only spaces) id.
        child<QRadioButton>("assignTeam")->click();
        QVERIFY(!createButton()->isEnabled());
        auto *teamHint = child<FieldHint>("teamIdHint");
        QVERIFY(!teamHint->isVisible()); // not touched yet
        type(child<QLineEdit>("teamId"), QStringLiteral("   "));
        QVERIFY(teamHint->isVisible());
        QVERIFY2(teamHint->text().contains(QStringLiteral("team")), qPrintable(teamHint->text()));
        QVERIFY(!createButton()->isEnabled());
        type(child<QLineEdit>("teamId"), QStringLiteral("team_7"));
        QVERIFY(!teamHint->isVisible());
        QVERIFY(createButton()->isEnabled());
        QCOMPARE(posts().size(), 0);
    }

    void typeFollowsInputUntilChosen() {
        QLineEdit *edit = customers()->identifierEdit(0);
        QComboBox *combo = customers()->typeCombo(0);
        QVERIFY(!combo->accessibleName().isEmpty());
        type(edit, QStringLiteral("+4930"));
        QCOMPARE(combo->currentData().toString(), QStringLiteral("phone"));
        QTest::keyClicks(edit, QStringLiteral("@x"));
        QCOMPARE(combo->currentData().toString(), QStringLiteral("email"));
        // The agent picks Phone: typing no longer changes it.
        QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(combo->currentData().toString(), QStringLiteral("phone"));
        QTest::keyClicks(edit, QStringLiteral("y.com"));
        QCOMPARE(combo->currentData().toString(), QStringLiteral("phone"));
        QVERIFY(!createButton()->isEnabled());
    }

    void failureKeepsEverything() {
        m_server->failNext(1, 500);
        QSignalSpy created(m_dialog.get(), &CreateConversationDialog::created);
        type(customers()->identifierEdit(0), QStringLiteral("ann@example.com"));
        child<QRadioButton>("assignTeam")->click();
        type(child<QLineEdit>("teamId"), QStringLiteral("team_7"));
        type(child<QLineEdit>("name"), QStringLiteral("Refund"));
        QTest::mouseClick(createButton(), Qt::LeftButton);
        QVERIFY(m_dialog->isRequestInFlight());
        QVERIFY(!createButton()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(bannerShown(), 10000);

        QVERIFY(m_dialog->isVisible());
        QCOMPARE(created.size(), 0);
        QVERIFY2(bannerText().contains(QStringLiteral("500")), qPrintable(bannerText()));
        QVERIFY(!child<QPushButton>("checkButton")->isVisible()); // a plain failure: nothing was created
        QCOMPARE(customers()->identifierEdit(0)->text(), QStringLiteral("ann@example.com"));
        QCOMPARE(child<QLineEdit>("teamId")->text(), QStringLiteral("team_7"));
        QCOMPARE(child<QLineEdit>("name")->text(), QStringLiteral("Refund"));
        QVERIFY(child<QRadioButton>("assignTeam")->isChecked());
        QVERIFY(customers()->identifierEdit(0)->isEnabled());
        QVERIFY(createButton()->isEnabled());
        QCOMPARE(posts().size(), 1); // a POST is never retried on its own

        // And trying again works.
        const Conversation c = createAndWait();
        QCOMPARE(posts().size(), 2);
        QVERIFY(serverHas(c.id));
    }

    void lostAnswerNeverResends() {
        const int before = m_server->conversationCount();
        m_server->injectNext(Fault::DropAfterHandling);
        QSignalSpy created(m_dialog.get(), &CreateConversationDialog::created);
        QSignalSpy check(m_dialog.get(), &CreateConversationDialog::checkRequested);
        type(customers()->identifierEdit(0), QStringLiteral("ann@example.com"));
        QTest::mouseClick(createButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(bannerShown(), 10000);
        QVERIFY2(bannerText().contains(QStringLiteral("may")), qPrintable(bannerText()));
        QVERIFY(m_dialog->isVisible());
        QCOMPARE(created.size(), 0);
        QCOMPARE(m_server->conversationCount(), before + 1); // it did get created
        QTest::qWait(300);
        QCOMPARE(posts().size(), 1); // and was not sent again

        auto *checkButton = child<QPushButton>("checkButton");
        QVERIFY(checkButton->isVisible());
        QTest::mouseClick(checkButton, Qt::LeftButton);
        QCOMPARE(check.size(), 1);
        QVERIFY(m_dialog->isVisible());

        // Create again asks first, inline; Enter does not confirm.
        auto *anyway = child<QPushButton>("createAnywayButton");
        QVERIFY(!anyway->isVisible());
        QTest::mouseClick(createButton(), Qt::LeftButton);
        QVERIFY(anyway->isVisible());
        QVERIFY2(bannerText().contains(QStringLiteral("anyway")), qPrintable(bannerText()));
        QTest::keyClick(m_dialog.get(), Qt::Key_Return);
        QTest::keyClick(customers()->identifierEdit(0), Qt::Key_Return);
        QTest::qWait(200);
        QCOMPARE(posts().size(), 1);

        QTest::mouseClick(anyway, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, 10000);
        QCOMPARE(posts().size(), 2);
        QCOMPARE(m_server->conversationCount(), before + 2);
    }

    void doubleSubmitSendsOnce() {
        m_server->setLatencyMs(300);
        QSignalSpy created(m_dialog.get(), &CreateConversationDialog::created);
        type(customers()->identifierEdit(0), QStringLiteral("ann@example.com"));
        QTest::mouseDClick(createButton(), Qt::LeftButton);
        QTest::mouseClick(createButton(), Qt::LeftButton);
        for (int i = 0; i < 5; ++i) {
            QTest::keyClick(customers()->identifierEdit(0), Qt::Key_Return);
            QTest::keyClick(m_dialog.get(), Qt::Key_Enter);
        }
        m_dialog->submit(); // the guard in code, not only the disabled button
        m_dialog->submit();
        QVERIFY(m_dialog->isRequestInFlight());
        QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, 10000);
        QTest::qWait(400);
        QCOMPARE(posts().size(), 1);
        QCOMPARE(created.size(), 1);
    }

    void enterCreatesOnce() {
        QSignalSpy created(m_dialog.get(), &CreateConversationDialog::created);
        type(customers()->identifierEdit(0), QStringLiteral("ann@example.com"));
        for (int i = 0; i < 6; ++i)
            QTest::keyClick(customers()->identifierEdit(0), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, 10000);
        QTest::qWait(200);
        QCOMPARE(posts().size(), 1);
    }

    void setGhostPreselectsGhost() {
        QVERIFY(child<QRadioButton>("statusActive")->isChecked());
        m_dialog->setGhost(true);
        QVERIFY(child<QRadioButton>("statusGhost")->isChecked());
        QVERIFY(!child<QRadioButton>("statusActive")->isChecked());
        type(customers()->identifierEdit(0), QStringLiteral("+15551234567"));
        const Conversation c = createAndWait();
        QCOMPARE(lastPostBody().value(QStringLiteral("status")).toString(), QStringLiteral("ghost"));
        QCOMPARE(c.status.raw(), QStringLiteral("ghost"));
        m_dialog->setGhost(false);
        QVERIFY(child<QRadioButton>("statusActive")->isChecked());
    }

    void closingInFlightCancels() {
        m_server->setLatencyMs(300);
        QSignalSpy created(m_dialog.get(), &CreateConversationDialog::created);
        type(customers()->identifierEdit(0), QStringLiteral("ann@example.com"));
        QTest::mouseClick(createButton(), Qt::LeftButton);
        QVERIFY(m_dialog->isRequestInFlight());
        m_dialog->reject();
        QVERIFY(!m_dialog->isRequestInFlight());
        QVERIFY(!m_dialog->isVisible());
        QTest::qWait(700);
        QCOMPARE(created.size(), 0);
        QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
    }

    void destroyingInFlightIsSafe() {
        m_server->setLatencyMs(200);
        type(customers()->identifierEdit(0), QStringLiteral("ann@example.com"));
        QTest::mouseClick(createButton(), Qt::LeftButton);
        m_dialog.reset();
        QTest::qWait(500); // an answer reaching a deleted dialog would crash here
        QVERIFY(true);
    }

    //! Tab from the first customer visits every enabled control once and comes back to it.
    void tabReachesEveryControlAndReturns() {
        m_dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
        QWidget *first = customers()->identifierEdit(0);
        first->setFocus(Qt::TabFocusReason);
        QCOMPARE(QApplication::focusWidget(), first);
        QTest::keyClicks(first, QStringLiteral("bob@example.com")); // Create is enabled: a Tab stop too
        QVERIFY(createButton()->isEnabled());
        const auto describe = [](QWidget *w) -> QString {
            const auto *button = qobject_cast<QAbstractButton *>(w);
            return QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') + w->objectName() +
                   QLatin1Char(' ') + w->accessibleName() + QLatin1Char(' ') +
                   (button ? button->text() : QString());
        };
        QList<QWidget *> seen;
        QStringList order;
        for (int i = 0; i < 40; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *now = QApplication::focusWidget();
            QVERIFY(now);
            if (now == first)
                break;
            order << describe(now);
            QVERIFY2(!seen.contains(now),
                     qPrintable(QStringLiteral("Tab came back to %1 before the first "
                                               "customer; it went: %2")
                                    .arg(describe(now), order.join(QStringLiteral(" -> ")))));
            seen.append(now);
        }
        QCOMPARE(QApplication::focusWidget(), first);
        const QList<QWidget *> expected{
            customers()->typeCombo(0),
            customers()->addButton(),
            child<QRadioButton>("assignNone"),
            child<QRadioButton>("statusActive"),
            child<QLineEdit>("name"),
            createButton(),
            m_dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)};
        for (QWidget *w : expected)
            QVERIFY2(seen.contains(w), qPrintable(QStringLiteral("never reached: %1; Tab went: %2")
                                                      .arg(describe(w), order.join(QStringLiteral(" -> ")))));
    }

    //! Alt+U ("C&ustomers:") puts the cursor in the first customer field, and what is typed lands there.
    void customersMnemonicFocusesFirstCustomer() {
        m_dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
        child<QLineEdit>("name")->setFocus(Qt::OtherFocusReason);
        QTest::keyClick(m_dialog.get(), Qt::Key_U, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), customers()->identifierEdit(0));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("bob@example.com"));
        QCOMPARE(customers()->identifierEdit(0)->text(), QStringLiteral("bob@example.com"));
        // Still so when the first row was removed.
        QTest::mouseClick(customers()->addButton(), Qt::LeftButton);
        QLineEdit *second = customers()->identifierEdit(1);
        customers()->removeRow(0);
        child<QLineEdit>("name")->setFocus(Qt::OtherFocusReason);
        QTest::keyClick(m_dialog.get(), Qt::Key_U, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), second);
    }

    //! Icon-only buttons inside the line edits (clear, warning) are named for a screen reader.
    void lineEditButtonsHaveNames() {
        QTest::mouseClick(customers()->addButton(), Qt::LeftButton);
        const auto buttons = m_dialog->findChildren<QToolButton *>();
        QVERIFY(!buttons.isEmpty());
        for (QToolButton *b : buttons) {
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(b);
            QVERIFY(iface);
            QVERIFY2(
                !iface->text(QAccessible::Name).isEmpty(),
                qPrintable(QStringLiteral("unnamed button in %1").arg(b->parentWidget()->accessibleName())));
        }
    }

    void accessibleNames() {
        QTest::mouseClick(customers()->addButton(), Qt::LeftButton);
        QCOMPARE(customers()->identifierEdit(1)->accessibleName(), QStringLiteral("Customer 2"));
        QCOMPARE(customers()->removeButton(0)->accessibleName(), QStringLiteral("Remove customer 1"));
        QCOMPARE(agents()->removeButton(0)->accessibleName(), QStringLiteral("Remove agent 1"));
        QVERIFY(!child<QLineEdit>("teamId")->accessibleName().isEmpty());
        QVERIFY(createButton()->isDefault());
    }

    //! Classic has no provider channels: the choice never shows, and the create carries none.
    void noChannelChoiceInClassic() {
        CreateConversationDialog dialog(m_client.get());
        QSignalSpy loaded(&dialog, &CreateConversationDialog::channelsLoaded);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_COMPARE(loaded.size(), 1); // each provider answered: none in classic, nothing sent
        auto *list = dialog.findChild<ParticipantListEdit *>(QStringLiteral("customers"));
        QVERIFY(list->channels().isEmpty());
        QVERIFY(!list->channelCombo(0)->isVisible());
        QCOMPARE(list->typeCombo(0)->count(), 2); // email, phone
        QTest::keyClicks(list->identifierEdit(0), QStringLiteral("classic@example.com"));
        QVERIFY(dialog.draft().externalParticipants.first().channel.isEmpty());
        for (const auto &r : m_server->receivedRequests())
            QVERIFY2(!r.path.contains("provider-channels"), r.path.constData());
    }
};

QTEST_MAIN(TestCreateConversationDialog)
#include "tst_createconversationdialog.moc"
