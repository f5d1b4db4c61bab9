// The real window on a Connect profile, against an in-process Connect sandbox (--api connect): cursor
// paging without totals or Last, the five status filters, the details pane's people and Set status…,
// a GHOST conversation with a WhatsApp channel, bulk status changes, the request inspector for
// requests that are not signed, and the keyboard on the new controls.
#include "addpersondialog.h"
#include "apidialect.h"
#include "browsingcontroller.h"
#include "bulkprogresspanel.h"
#include "conversationcommands.h"
#include "conversationtablemodel.h"
#include "createconversationdialog.h"
#include "detailspane.h"
#include "errorbanner.h"
#include "exporter.h"
#include "exportrunner.h"
#include "filterbar.h"
#include "identifierfield.h"
#include "importdialog.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "pagerbar.h"
#include "participantlistedit.h"
#include "participanttypebox.h"
#include "profilemanager.h"
#include "requestinspector.h"
#include "requestlog.h"
#include "setstatusdialog.h"
#include "statusbadgedelegate.h"
#include "windowfixture.h"

#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using bridge::ConversationStatus;
using bridge::ConversationTableModel;
using bridge::sandbox::SandboxConfig;

class TestMainWindowConnect : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void firstPageByCursor();
    void nextPreviousAndFirst();
    void lastPageSaysSo();
    void fiveStatusFilters();
    void customerFilterTakesAnIdNotAName();
    void detailsShowTypesRolesAndLastSeen();
    void createsGhostWithWhatsAppChannel();
    void createProblemsLandOnTheirRows();
    void addsAndRemovesAnAgent();
    void refusedAgentRollsBackAndIsNotSentAgain();
    void setsStatusFromDetails();
    void setsStatusInBulk();
    void requestInspectorForUnsignedRequests();
    void keyboardReachesTheNewControls();
    void badgesReadableAndDistinct();
    void exportsEveryPageByCursor();
    void importsIdsAndConnectStatuses();
    void profileSwitchBetweenGenerations();

private:
    MainWindow *window() const { return m_desk.window.get(); }
    QString pagerText() const { return window()->pagerBar()->label()->text(); }
    bool idle() const { return m_desk.idle(); }
    QStringList shownIds() const;
    QJsonObject onServer(const QString &id) const;
    static QStringList identifiers(const QJsonObject &conversation, const char *side);
    //! Selects row of the table as a click does, and waits for the details pane to show it.
    bridge::Conversation pick(int row);
    QList<bridge::sandbox::ReceivedRequest> received(const QByteArray &method) const;
    //! On its indicator: a radio button takes clicks on its indicator and text only.
    static void clickRadio(QRadioButton *button) {
        QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
    }

    testing::WindowFixture m_desk;
};

void TestMainWindowConnect::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BridgeDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindowconnect"));
}

void TestMainWindowConnect::init() {
    QVERIFY(m_desk.start(SandboxConfig::forApi(SandboxConfig::Api::Connect)));
    QVERIFY(m_desk.open());
    QCOMPARE(m_desk.client->dialect().generation(), bridge::ApiGeneration::Connect);
}

void TestMainWindowConnect::cleanup() {
    m_desk.reset();
}

QStringList TestMainWindowConnect::shownIds() const {
    QStringList ids;
    for (int row = 0; row < m_desk.rows(); ++row)
        ids << window()->proxyModel()->index(row, 0).data(ConversationTableModel::IdRole).toString();
    return ids;
}

QJsonObject TestMainWindowConnect::onServer(const QString &id) const {
    const auto all = m_desk.server->conversations();
    for (const QJsonObject &c : all) {
        if (c.value(QLatin1String("id")).toString() == id)
            return c;
    }
    return {};
}

QStringList TestMainWindowConnect::identifiers(const QJsonObject &conversation, const char *side) {
    QStringList out;
    const QJsonArray people =
        conversation.value(QLatin1String("participants")).toObject().value(QLatin1String(side)).toArray();
    for (const QJsonValue &p : people)
        out << p.toObject().value(QLatin1String("identifier")).toString();
    return out;
}

bridge::Conversation TestMainWindowConnect::pick(int row) {
    QTableView *view = window()->conversationView();
    view->setFocus();
    view->selectRow(row);
    const QVariant value =
        window()->proxyModel()->index(row, 0).data(ConversationTableModel::ConversationRole);
    [&] { QTRY_VERIFY(window()->detailsPane()->isVisible()); }();
    return value.value<bridge::Conversation>();
}

QList<bridge::sandbox::ReceivedRequest> TestMainWindowConnect::received(const QByteArray &method) const {
    QList<bridge::sandbox::ReceivedRequest> out;
    const auto all = m_desk.server->receivedRequests();
    for (const auto &r : all) {
        if (r.method == method)
            out << r;
    }
    return out;
}

//! No totals in Connect: the page's own count and whether more follow; no Last button, ever.
void TestMainWindowConnect::firstPageByCursor() {
    QCOMPARE(pagerText(), QStringLiteral("Page 1 · 20 conversations · more"));
    QAccessibleInterface *label = QAccessible::queryAccessibleInterface(window()->pagerBar()->label());
    QVERIFY(label);
    QCOMPARE(label->text(QAccessible::Name), pagerText());
    QVERIFY(!window()->pagerBar()->lastButton()->isVisible());
    QVERIFY(!window()->actions()->lastPage->isVisible());
    QVERIFY(!window()->controller()->canGoLast());
    QVERIFY(window()->actions()->nextPage->isEnabled());
    QVERIFY(!window()->actions()->previousPage->isEnabled());
    // Page sizes within Connect's limits (1..100); the request asks for exactly that many.
    QComboBox *sizes = window()->pagerBar()->pageSizeBox();
    QCOMPARE(sizes->count(), 3);
    QCOMPARE(sizes->currentText(), QStringLiteral("20"));
    const auto lists = received("GET");
    QVERIFY(!lists.isEmpty());
    QVERIFY2(lists.first().path.endsWith("/conversations"), lists.first().path.constData());
    QVERIFY2(lists.first().rawQuery.contains("limit=20"), lists.first().rawQuery.constData());
    QVERIFY(!lists.first().rawQuery.contains("page="));
    // Ctrl+End has nowhere to go.
    const qsizetype before = m_desk.server->receivedRequests().size();
    QTest::keyClick(window()->conversationView(), Qt::Key_End, Qt::ControlModifier);
    QTest::qWait(100); // nothing may happen; there is no signal to wait for
    QCOMPARE(window()->controller()->query().page, 1);
    QCOMPARE(m_desk.server->receivedRequests().size(), before);
    // The status badges speak Connect's names.
    const QModelIndex status = window()->proxyModel()->index(0, int(ConversationTableModel::Column::Status));
    const QString raw = status.data(ConversationTableModel::RawValueRole).toString();
    QCOMPARE(raw, raw.toUpper());
    QCOMPARE(status.data().toString(),
             bridge::StatusVocabulary::connect().displayName(ConversationStatus(raw)));
}

void TestMainWindowConnect::nextPreviousAndFirst() {
    const QStringList first = shownIds();
    QTest::keyClick(window()->conversationView(), Qt::Key_PageDown, Qt::ControlModifier);
    QTRY_COMPARE(pagerText(), QStringLiteral("Page 2 · 20 conversations · more"));
    QTRY_VERIFY(idle());
    const QStringList second = shownIds();
    QCOMPARE(second.size(), 20);
    QVERIFY(second.first() != first.first());
    QVERIFY(window()->actions()->previousPage->isEnabled());
    // Page 2 was asked for by the cursor page 1 gave, never by number.
    const auto lists = received("GET");
    QVERIFY(std::any_of(lists.cbegin(), lists.cend(),
                        [](const auto &r) { return r.rawQuery.contains("cursor="); }));
    QVERIFY(std::none_of(lists.cbegin(), lists.cend(),
                         [](const auto &r) { return r.rawQuery.contains("page="); }));

    QTest::mouseClick(window()->pagerBar()->findChild<QToolButton *>(QStringLiteral("nextPageButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(pagerText(), QStringLiteral("Page 3 · 20 conversations · more"));
    QTest::mouseClick(window()->pagerBar()->findChild<QToolButton *>(QStringLiteral("previousPageButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(pagerText(), QStringLiteral("Page 2 · 20 conversations · more"));
    QTRY_COMPARE(shownIds(), second);
    QTest::mouseClick(window()->pagerBar()->findChild<QToolButton *>(QStringLiteral("firstPageButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(pagerText(), QStringLiteral("Page 1 · 20 conversations · more"));
    QTRY_COMPARE(shownIds(), first);
    QVERIFY(!window()->actions()->previousPage->isEnabled());
}

//! 240 conversations at 100 a page: the third page holds 40 and says it is the last.
void TestMainWindowConnect::lastPageSaysSo() {
    QComboBox *sizes = window()->pagerBar()->pageSizeBox();
    sizes->setFocus();
    QTest::keyClick(sizes, Qt::Key_Down);
    QTest::keyClick(sizes, Qt::Key_Down);
    QTRY_COMPARE(window()->controller()->query().limit, 100);
    QTRY_COMPARE(pagerText(), QStringLiteral("Page 1 · 100 conversations · more"));
    QVERIFY(received("GET").last().rawQuery.contains("limit=100"));
    window()->actions()->nextPage->trigger();
    QTRY_COMPARE(pagerText(), QStringLiteral("Page 2 · 100 conversations · more"));
    window()->actions()->nextPage->trigger();
    QTRY_COMPARE(pagerText(), QStringLiteral("Page 3 · 40 conversations · last page"));
    QTRY_VERIFY(idle());
    QCOMPARE(m_desk.rows(), 40);
    QVERIFY(!window()->actions()->nextPage->isEnabled());
    QVERIFY(!window()->pagerBar()->lastButton()->isVisible());
    QVERIFY(!pagerText().contains(QStringLiteral(" of ")));
}

//! Connect finds people by an exact email, phone or ID (a UUID): a name gets the sentence that says so
//! and is not sent; a customer's ID typed as it is applies without choosing a type.
void TestMainWindowConnect::customerFilterTakesAnIdNotAName() {
    IdentifierField *customer = window()->filterBar()->customerField();
    const int requestsBefore = int(m_desk.server->receivedRequests().size());
    QTest::keyClicks(customer->lineEdit(), QStringLiteral("zoe"));
    QTest::keyClick(customer->lineEdit(), Qt::Key_Return);
    QCOMPARE(customer->problem(),
             QStringLiteral("Needs an exact email address, +phone number or ID — the API "
                            "has no partial search."));
    QVERIFY(!window()->controller()->query().filter.customer.has_value());
    QCOMPARE(int(m_desk.server->receivedRequests().size()), requestsBefore);

    QString id;
    for (const QJsonObject &c : m_desk.server->conversations()) {
        for (const QJsonValue &p :
             c.value(QLatin1String("participants")).toObject().value(QLatin1String("externals")).toArray()) {
            if (id.isEmpty() && p.toObject().value(QLatin1String("identifierType")) == QLatin1String("ID"))
                id = p.toObject().value(QLatin1String("identifier")).toString();
        }
    }
    QVERIFY(bridge::looksLikeUuid(id));
    customer->lineEdit()->clear();
    QTest::keyClicks(customer->lineEdit(), id);
    QCOMPARE(customer->typeBox()->type(), bridge::ParticipantType::Id);
    QTest::keyClick(customer->lineEdit(), Qt::Key_Return);
    QTRY_VERIFY(window()->controller()->query().filter.customer.has_value());
    QTRY_VERIFY(idle() && m_desk.rows() > 0);
    for (int row = 0; row < m_desk.rows(); ++row)
        QVERIFY(identifiers(onServer(window()->controller()->model()->conversationAt(row)->id), "externals")
                    .contains(id));
    QVERIFY(received("GET").last().rawQuery.contains("externalUserIdentifierType=ID"));
}

void TestMainWindowConnect::fiveStatusFilters() {
    FilterBar *filters = window()->filterBar();
    const QStringList five = {QStringLiteral("ACTIVE"), QStringLiteral("GHOST"), QStringLiteral("RELEASED"),
                              QStringLiteral("NOT_ASSIGNED_TO_HUMAN"), QStringLiteral("BLOCKED")};
    for (const QString &raw : five) {
        QToolButton *button = filters->statusButton(ConversationStatus(raw));
        QVERIFY2(button && button->isVisible(), qPrintable(raw));
        QVERIFY(button->accessibleName().startsWith(QStringLiteral("Status: ")));
    }
    QCOMPARE(
        filters->statusButton(ConversationStatus(QStringLiteral("NOT_ASSIGNED_TO_HUMAN")))->accessibleName(),
        QStringLiteral("Status: Not assigned to a human"));
    QVERIFY(!filters->statusButton(ConversationStatus(QStringLiteral("archived")))); // classic's, not here
    int visible = 0;
    for (QToolButton *b : filters->findChildren<QToolButton *>())
        visible += b->isVisible() && b->accessibleName().startsWith(QStringLiteral("Status: "));
    QCOMPARE(visible, 6); // All and the five

    const auto all = m_desk.server->conversations();
    const int blocked = int(std::count_if(all.cbegin(), all.cend(), [](const QJsonObject &c) {
        return c.value(QLatin1String("status")) == QLatin1String("BLOCKED");
    }));
    QVERIFY(blocked > 0);
    QTest::mouseClick(filters->statusButton(ConversationStatus(QStringLiteral("BLOCKED"))), Qt::LeftButton);
    QTRY_COMPARE(window()->controller()->query().filter.status.raw(), QStringLiteral("BLOCKED"));
    QTRY_VERIFY(idle() && m_desk.rows() == qMin(blocked, 20));
    for (int row = 0; row < m_desk.rows(); ++row)
        QCOMPARE(window()->controller()->model()->conversationAt(row)->status.raw(),
                 QStringLiteral("BLOCKED"));
    QVERIFY(received("GET").last().rawQuery.contains("status=BLOCKED"));
    QCOMPARE(pagerText(), QStringLiteral("Page 1 · %1 conversations · %2")
                              .arg(qMin(blocked, 20))
                              .arg(blocked > 20 ? QStringLiteral("more") : QStringLiteral("last page")));
}

void TestMainWindowConnect::detailsShowTypesRolesAndLastSeen() {
    const bridge::Conversation c = pick(0);
    DetailsPane *pane = window()->detailsPane();
    QVERIFY(!c.externalParticipants.isEmpty());
    // UUIDs and long addresses: the pane takes the width its content needs, never a sideways scroll.
    for (int row : {0, 1, 3}) {
        pick(row);
        QTRY_VERIFY2(!pane->horizontalScrollBar()->isVisible(), qPrintable(QString::number(row)));
    }
    pick(0);
    const auto labels = pane->findChildren<QLabel *>();
    for (const bridge::Participant &p : c.externalParticipants + c.internalParticipants) {
        const auto it = std::find_if(labels.cbegin(), labels.cend(),
                                     [&p](QLabel *l) { return l->accessibleName() == p.identifier; });
        QVERIFY2(it != labels.cend(), qPrintable(p.identifier));
        const QString text = (*it)->text();
        const QString type = ParticipantTypeBox::displayName(bridge::participantTypeFromWire(p.type));
        QVERIFY2(!type.isEmpty() && text.contains(QStringLiteral("<span>%1 · ").arg(type)), qPrintable(text));
        if (!p.role.isEmpty())
            QVERIFY2(text.contains(p.role), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Last seen")), qPrintable(text));
    }
    // Connect has no Archive: Set status… instead; people can be added on either side.
    QVERIFY(!pane->archiveButton()->isVisible());
    QVERIFY(!pane->reactivateButton()->isVisible());
    QVERIFY(pane->setStatusButton()->isVisible());
    QVERIFY(pane->addButton(PersonSide::Customer)->isVisible());
    QVERIFY(pane->addButton(PersonSide::Agent)->isVisible());
    QVERIFY(pane->removeButton(PersonSide::Customer, 0));
    QCOMPARE(pane->removeButton(PersonSide::Customer, 0)->accessibleName(),
             QStringLiteral("Remove %1").arg(c.externalParticipants.first().identifier));
    QVERIFY(!window()->actions()->archive->isVisible());
    QVERIFY(window()->actions()->setStatus->isVisible());
    QVERIFY(window()->actions()->setStatus->isEnabled());
}

//! Ctrl+Shift+N: GHOST preselected; the customer's channel picked from the workspace's WhatsApp
//! channels; what the sandbox received is exactly that.
void TestMainWindowConnect::createsGhostWithWhatsAppChannel() {
    QTest::keyClick(window(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    CreateConversationDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window()->findChild<CreateConversationDialog *>()) && dialog->isVisible());
    QVERIFY(dialog->findChild<QRadioButton *>(QStringLiteral("statusGhost"))->isChecked());
    auto *customers = dialog->findChild<ParticipantListEdit *>(QStringLiteral("customers"));
    QCOMPARE(customers->types(),
             (QList<bridge::ParticipantType>{bridge::ParticipantType::Email, bridge::ParticipantType::Phone,
                                             bridge::ParticipantType::Id}));
    QComboBox *channel = customers->channelCombo(0);
    QTRY_VERIFY(channel->isVisible()); // once the workspace's channels answered
    QCOMPARE(channel->count(), 4);     // No channel, two WhatsApp numbers, one HEYGIA
    QCOMPARE(channel->itemText(0), QStringLiteral("No channel"));
    QCOMPARE(channel->itemText(1), QStringLiteral("WhatsApp +15550100001"));
    QCOMPARE(channel->accessibleName(), QStringLiteral("Customer 1 channel"));

    QTest::keyClicks(customers->identifierEdit(0), QStringLiteral("ghost.customer@example.com"));
    QCOMPARE(customers->typeCombo(0)->type(), bridge::ParticipantType::Email);
    channel->setFocus();
    QTest::keyClick(channel, Qt::Key_Down);
    QCOMPARE(channel->currentText(), QStringLiteral("WhatsApp +15550100001"));
    QVERIFY(dialog->problems().isEmpty());
    const QString name = QStringLiteral("Ghost by WhatsApp");
    dialog->findChild<QLineEdit *>(QStringLiteral("name"))->setText(name);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("createButton")), Qt::LeftButton);

    QTRY_COMPARE(received("POST").size(), 1);
    const QJsonObject body = QJsonDocument::fromJson(received("POST").first().body).object();
    const QJsonObject customer = body.value(QLatin1String("participants"))
                                     .toObject()
                                     .value(QLatin1String("externals"))
                                     .toArray()
                                     .first()
                                     .toObject();
    QCOMPARE(customer.value(QLatin1String("identifier")).toString(),
             QStringLiteral("ghost.customer@example.com"));
    QCOMPARE(customer.value(QLatin1String("identifierType")).toString(), QStringLiteral("EMAIL"));
    QCOMPARE(customer.value(QLatin1String("messageProviderType")).toString(), QStringLiteral("WHATSAPP"));
    QCOMPARE(customer.value(QLatin1String("providerChannelId")).toString(), QStringLiteral("+15550100001"));
    QCOMPARE(body.value(QLatin1String("status")).toString(), QStringLiteral("GHOST"));
    QCOMPARE(body.value(QLatin1String("name")).toString(), name);

    // The window shows it, selected.
    QTRY_VERIFY(window()->detailsPane()->conversation() &&
                window()->detailsPane()->conversation()->name == name);
    const QString id = window()->detailsPane()->conversation()->id;
    QCOMPARE(onServer(id).value(QLatin1String("status")).toString(), QStringLiteral("GHOST"));
    QCOMPARE(received("POST").size(), 1);
}

//! Connect's own rules, before anything is sent: an agent is named by email or ID (a phone number
//! is refused on its row), a customer's ID has no spaces.
void TestMainWindowConnect::createProblemsLandOnTheirRows() {
    window()->actions()->newConversation->trigger();
    CreateConversationDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window()->findChild<CreateConversationDialog *>()) && dialog->isVisible());
    QVERIFY(dialog->findChild<QRadioButton *>(QStringLiteral("statusActive"))->isChecked());
    auto *customers = dialog->findChild<ParticipantListEdit *>(QStringLiteral("customers"));
    QTest::keyClicks(customers->identifierEdit(0), QStringLiteral("7d1f3a2b 9c4e"));
    QCOMPARE(customers->typeCombo(0)->type(), bridge::ParticipantType::Id);
    dialog->findChild<QRadioButton *>(QStringLiteral("assignAgents"))->setChecked(true);
    auto *agents = dialog->findChild<ParticipantListEdit *>(QStringLiteral("agents"));
    QCOMPARE(agents->typeCombo(0)->count(), 2); // email, ID
    QTest::keyClicks(agents->identifierEdit(0), QStringLiteral("+15551234567"));
    QVERIFY(agents->typeCombo(0)->type() != bridge::ParticipantType::Phone);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("createButton")), Qt::LeftButton);
    dialog->submit(); // Create is disabled while there are problems: Enter and submit() say why
    QVERIFY(!customers->rowProblem(0).isEmpty());
    QVERIFY(!agents->rowProblem(0).isEmpty());
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("createButton"))->isEnabled());
    QCOMPARE(received("POST").size(), 0);
    // Fixed: the customer by ID, the agent by ID.
    customers->identifierEdit(0)->setText(QStringLiteral("7d1f3a2b-9c4e-4f6a-8b2d-1e5c7a9b3d40"));
    agents->identifierEdit(0)->setText(QStringLiteral("6f1c2b9e-4d3a-4b8e-9f00-2c1d5e7a9b31"));
    QCOMPARE(agents->typeCombo(0)->type(), bridge::ParticipantType::Id);
    QVERIFY2(dialog->problems().isEmpty(), qPrintable(dialog->problems().value(0).message));
    QVERIFY(customers->rowProblem(0).isEmpty());
    dialog->reject();
}

void TestMainWindowConnect::addsAndRemovesAnAgent() {
    const bridge::Conversation c = pick(0);
    const QString agent = QStringLiteral("new.agent@example.com");
    QVERIFY(!identifiers(onServer(c.id), "internals").contains(agent));
    QTest::mouseClick(window()->detailsPane()->addButton(PersonSide::Agent), Qt::LeftButton);
    AddPersonDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window()->findChild<AddPersonDialog *>()) && dialog->isVisible());
    QCOMPARE(dialog->typeBox()->types(),
             (QList<bridge::ParticipantType>{bridge::ParticipantType::Email, bridge::ParticipantType::Id}));
    QVERIFY(!dialog->addButton()->isEnabled());
    QTest::keyClicks(dialog->identifierEdit(), agent);
    QVERIFY(dialog->addButton()->isEnabled());
    QTest::keyClick(dialog->identifierEdit(), Qt::Key_Return);

    // At once on the row (optimistic), then as the server has it.
    QTRY_COMPARE(received("PATCH").size(), 1);
    const QJsonObject add = QJsonDocument::fromJson(received("PATCH").first().body).object();
    QCOMPARE(add.value(QLatin1String("participants")).toObject().value(QLatin1String("internals")).toObject(),
             QJsonObject({{QLatin1String("add"), QJsonArray{QJsonObject{{QLatin1String("identifier"), agent},
                                                                        {QLatin1String("identifierType"),
                                                                         QLatin1String("EMAIL")}}}}}));
    QTRY_VERIFY(identifiers(onServer(c.id), "internals").contains(agent));
    QTRY_VERIFY(window()->statusBar()->currentMessage().startsWith(QStringLiteral("Added %1").arg(agent)));
    const auto shown = [this] { return *window()->detailsPane()->conversation(); };
    const auto indexOf = [&shown](const QString &who) {
        const auto people = shown().internalParticipants;
        for (qsizetype i = 0; i < people.size(); ++i) {
            if (people.at(i).identifier == who)
                return int(i);
        }
        return -1;
    };
    QTRY_VERIFY(indexOf(agent) >= 0);

    QToolButton *remove = window()->detailsPane()->removeButton(PersonSide::Agent, indexOf(agent));
    QVERIFY(remove);
    QCOMPARE(remove->accessibleName(), QStringLiteral("Remove %1").arg(agent));
    QTest::mouseClick(remove, Qt::LeftButton);
    QTRY_COMPARE(received("PATCH").size(), 2);
    const QJsonObject gone = QJsonDocument::fromJson(received("PATCH").last().body).object();
    QVERIFY2(gone.value(QLatin1String("participants"))
                 .toObject()
                 .value(QLatin1String("internals"))
                 .toObject()
                 .contains(QLatin1String("remove")),
             received("PATCH").last().body.constData());
    QTRY_VERIFY(!identifiers(onServer(c.id), "internals").contains(agent));
    QTRY_COMPARE(indexOf(agent), -1);
    QTRY_VERIFY(window()->statusBar()->currentMessage().startsWith(QStringLiteral("Removed %1").arg(agent)));
}

//! The server refuses: the row goes back to what the server holds, the agent is told, and the
//! PATCH is never sent again.
void TestMainWindowConnect::refusedAgentRollsBackAndIsNotSentAgain() {
    const bridge::Conversation c = pick(1);
    m_desk.server->failIds({c.id}, 409);
    window()->commands()->changePeople(
        c, PersonSide::Agent, {QStringLiteral("refused.agent@example.com"), bridge::ParticipantType::Email},
        true);
    // Optimistic first.
    const int row = window()->controller()->model()->rowOf(c.id);
    QVERIFY(row >= 0);
    const auto agents = [this, row] {
        QStringList ids;
        for (const auto &p : window()->controller()->model()->conversationAt(row)->internalParticipants)
            ids << p.identifier;
        return ids;
    };
    QVERIFY(agents().contains(QStringLiteral("refused.agent@example.com")));
    QTRY_VERIFY(window()->errorBanner()->isVisible());
    QVERIFY2(window()->errorBanner()->label()->text().contains(QStringLiteral("Could not add refused.agent")),
             qPrintable(window()->errorBanner()->label()->text()));
    QTRY_VERIFY(!agents().contains(QStringLiteral("refused.agent@example.com")));
    QCOMPARE(agents(), identifiers(onServer(c.id), "internals"));
    QTest::qWait(200); // a re-send would come now; there is no signal for something that must not happen
    QCOMPARE(received("PATCH").size(), 1);
}

void TestMainWindowConnect::setsStatusFromDetails() {
    int row = 0;
    while (window()->controller()->model()->conversationAt(row)->status.raw() == QLatin1String("BLOCKED"))
        ++row;
    const QString id = window()->controller()->model()->conversationAt(row)->id;
    const int shownRow =
        window()->proxyModel()->mapFromSource(window()->controller()->model()->index(row, 0)).row();
    const bridge::Conversation c = pick(shownRow);
    QCOMPARE(c.id, id);
    QTest::mouseClick(window()->detailsPane()->setStatusButton(), Qt::LeftButton);
    SetStatusDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window()->findChild<SetStatusDialog *>()) && dialog->isVisible());
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->findChildren<QRadioButton *>().size(), 5);
    QRadioButton *now = dialog->choice(c.status);
    QVERIFY(now && now->isChecked());
    QVERIFY(now->text().endsWith(QStringLiteral("(now)")));
    QVERIFY(!dialog->setButton()->isEnabled()); // its status already
    clickRadio(dialog->choice(ConversationStatus(QStringLiteral("BLOCKED"))));
    QVERIFY(dialog->setButton()->isEnabled());
    QTest::mouseClick(dialog->setButton(), Qt::LeftButton);

    QTRY_COMPARE(received("PATCH").size(), 1);
    QCOMPARE(received("PATCH").first().body, QByteArray(R"({"status":"BLOCKED"})"));
    QTRY_COMPARE(onServer(id).value(QLatin1String("status")).toString(), QStringLiteral("BLOCKED"));
    QTRY_COMPARE(window()
                     ->controller()
                     ->model()
                     ->conversationAt(window()->controller()->model()->rowOf(id))
                     ->status.raw(),
                 QStringLiteral("BLOCKED"));
    QTRY_VERIFY(window()->statusBar()->currentMessage().contains(QStringLiteral("to Blocked")));
}

void TestMainWindowConnect::setsStatusInBulk() {
    QTableView *view = window()->conversationView();
    view->setFocus();
    view->selectionModel()->select(
        QItemSelection(window()->proxyModel()->index(0, 0), window()->proxyModel()->index(2, 0)),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QStringList ids = window()->commands()->selectedIds();
    QCOMPARE(ids.size(), 3);
    QCOMPARE(window()->actions()->setStatus->text(), QStringLiteral("Set &Status of 3 Conversations…"));
    QTest::keyClick(view, Qt::Key_T, Qt::ControlModifier);
    SetStatusDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window()->findChild<SetStatusDialog *>()) && dialog->isVisible());
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    clickRadio(dialog->choice(ConversationStatus(QStringLiteral("RELEASED"))));
    QTest::mouseClick(dialog->setButton(), Qt::LeftButton);

    BulkProgressPanel *panel = nullptr;
    QTRY_VERIFY((panel = window()->commands()->bulkPanel()) && panel->isFinished());
    QCOMPARE(panel->summaryLabel()->text(), QStringLiteral("3 set to Released"));
    QCOMPARE(received("PATCH").size(), 3);
    for (const QString &id : ids)
        QCOMPARE(onServer(id).value(QLatin1String("status")).toString(), QStringLiteral("RELEASED"));
}

//! Nothing is signed in Connect: no string-to-sign tab; the key masked in the headers; Copy as curl
//! leaves the key to the shell.
void TestMainWindowConnect::requestInspectorForUnsignedRequests() {
    RequestInspector *inspector = window()->requestInspector();
    inspector->show();
    QTableView *table = inspector->table();
    QTRY_VERIFY(table->model()->rowCount() > 0);
    table->selectRow(0);
    auto *tabs = inspector->findChild<QTabWidget *>(QStringLiteral("requestDetails"));
    auto *stringToSign = inspector->findChild<QPlainTextEdit *>(QStringLiteral("stringToSign"));
    QVERIFY(!tabs->isTabVisible(tabs->indexOf(stringToSign)));
    const QString headers = inspector->findChild<QPlainTextEdit *>(QStringLiteral("headers"))->toPlainText();
    const QString key = m_desk.server->config().apiKey;
    QVERIFY2(headers.contains(QStringLiteral("x-api-key: ") + QString(key.size(), QLatin1Char('*')),
                              Qt::CaseInsensitive),
             qPrintable(headers));
    QVERIFY(!headers.contains(key));
    QVERIFY(!headers.contains(QStringLiteral("Signature"), Qt::CaseInsensitive));
    QVERIFY(inspector->copyCurlButton()->toolTip().contains(QStringLiteral("$BRIDGE_API_KEY")));

    QApplication::clipboard()->clear();
    QTest::mouseClick(inspector->copyCurlButton(), Qt::LeftButton);
    const QString curl = QApplication::clipboard()->text();
    QVERIFY2(curl.contains(QStringLiteral("\"x-api-key: $BRIDGE_API_KEY\""), Qt::CaseInsensitive),
             qPrintable(curl));
    QVERIFY(!curl.contains(key));
    QVERIFY(curl.startsWith(QStringLiteral("curl ")));
    QVERIFY(window()->statusBar()->currentMessage().contains(QStringLiteral("BRIDGE_API_KEY")));
}

//! Tab reaches every new control of the details pane and leaves it again; the mnemonics land.
void TestMainWindowConnect::keyboardReachesTheNewControls() {
    pick(0);
    DetailsPane *pane = window()->detailsPane();
    pane->copyIdButton()->setFocus(Qt::TabFocusReason);
    QSet<QWidget *> seen;
    QWidget *start = QApplication::focusWidget();
    QVERIFY(start);
    bool leftThePane = false;
    for (int i = 0; i < 60 && !leftThePane; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        seen.insert(now);
        leftThePane = !pane->isAncestorOf(now);
    }
    QVERIFY2(leftThePane, "Tab never left the details pane: a keyboard trap");
    QVERIFY(seen.contains(pane->setStatusButton()));
    QVERIFY(seen.contains(pane->addButton(PersonSide::Customer)));
    QVERIFY(seen.contains(pane->addButton(PersonSide::Agent)));
    QVERIFY(seen.contains(pane->removeButton(PersonSide::Customer, 0)));

    // Alt+E: Add agent…; Alt+S: Set status…; Alt+M: Add customer…. (A mnemonic works in the
    // active window: each waits for the window to be active again after a dialog.)
    QVERIFY(QTest::qWaitForWindowActive(window()));
    QTest::keyClick(window(), Qt::Key_E, Qt::AltModifier);
    AddPersonDialog *add = nullptr;
    QTRY_VERIFY((add = window()->findChild<AddPersonDialog *>()) && add->isVisible());
    QCOMPARE(add->windowTitle(), QStringLiteral("Add Agent"));
    QTRY_COMPARE(QApplication::focusWidget(), add->identifierEdit());
    QTest::keyClick(add->identifierEdit(), Qt::Key_Escape);
    QTRY_VERIFY(!window()->findChild<AddPersonDialog *>());
    window()->activateWindow(); // what the window manager does when a dialog closes; offscreen does not
    QVERIFY(QTest::qWaitForWindowActive(window()));
    QTest::keyClick(window(), Qt::Key_M, Qt::AltModifier);
    QTRY_VERIFY((add = window()->findChild<AddPersonDialog *>()) && add->isVisible());
    QCOMPARE(add->windowTitle(), QStringLiteral("Add Customer"));
    QTest::keyClick(add->identifierEdit(), Qt::Key_Escape);
    QTRY_VERIFY(!window()->findChild<AddPersonDialog *>());
    window()->activateWindow(); // what the window manager does when a dialog closes; offscreen does not
    QVERIFY(QTest::qWaitForWindowActive(window()));
    QTest::keyClick(window(), Qt::Key_S, Qt::AltModifier);
    SetStatusDialog *set = nullptr;
    QTRY_VERIFY((set = window()->findChild<SetStatusDialog *>()) && set->isVisible());
    QVERIFY(QTest::qWaitForWindowActive(set));
    // Its choices carry mnemonics of their own: Alt+B picks Blocked.
    QTest::keyClick(set, Qt::Key_B, Qt::AltModifier);
    QTRY_VERIFY(set->choice(ConversationStatus(QStringLiteral("BLOCKED")))->isChecked()); // an animated click
    QTest::keyClick(set, Qt::Key_Escape);
    QTRY_VERIFY(!window()->findChild<SetStatusDialog *>());
    QCOMPARE(received("PATCH").size(), 0);
}

//! Every status of either generation has a fill that holds white text at 4.5:1; BLOCKED differs
//! from ACTIVE in hue and clearly in lightness (for colour-blind eyes too).
void TestMainWindowConnect::badgesReadableAndDistinct() {
    const auto luminance = [](const QColor &c) {
        const auto linear = [](qreal v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
    };
    QSet<QRgb> fills;
    for (const auto *statuses :
         {&bridge::StatusVocabulary::classic(), &bridge::StatusVocabulary::connect()}) {
        for (const ConversationStatus &status : statuses->values(bridge::StatusVocabulary::Filter)) {
            const QColor fill = StatusBadgeDelegate::badgeColor(status);
            const qreal contrast = 1.05 / (luminance(fill) + 0.05);
            QVERIFY2(contrast >= 4.5, qPrintable(QStringLiteral("%1: %2").arg(status.raw()).arg(contrast)));
            if (statuses == &bridge::StatusVocabulary::connect())
                fills.insert(fill.rgb());
        }
    }
    QCOMPARE(fills.size(), 5); // each of Connect's five its own
    const QColor active = StatusBadgeDelegate::badgeColor(ConversationStatus(QStringLiteral("ACTIVE")));
    const QColor blocked = StatusBadgeDelegate::badgeColor(ConversationStatus(QStringLiteral("BLOCKED")));
    QVERIFY(qAbs(active.hslHue() - blocked.hslHue()) > 90);
    QVERIFY((luminance(active) + 0.05) / (luminance(blocked) + 0.05) > 1.8);
}

//! The export walks the cursors to the last page and never claims a number of pages.
void TestMainWindowConnect::exportsEveryPageByCursor() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("all.csv"));
    ExportRunner *runner = window()->exportRunner();
    QSignalSpy finished(runner, &ExportRunner::finished);
    QStringList labels;
    connect(runner->exporter(), &bridge::Exporter::progress, this, [&labels, runner] {
        if (runner->progressDialog())
            labels << runner->progressDialog()->labelText();
    });
    QVERIFY(runner->start(window()->controller()->query().filter, bridge::Exporter::Format::Csv, file));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QVERIFY(finished.first().at(0).toBool());
    QCOMPARE(finished.first().at(1).toString(), QStringLiteral("Exported 240 conversations to %1").arg(file));
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(csv.readAll().count("\r\n"), 241);
    QVERIFY(!labels.isEmpty());
    for (const QString &label : std::as_const(labels)) {
        QVERIFY2(label.startsWith(QStringLiteral("Exporting page ")) &&
                     !label.contains(QStringLiteral(" of ")),
                 qPrintable(label));
    }
    const auto lists = received("GET");
    QVERIFY(std::count_if(lists.cbegin(), lists.cend(),
                          [](const auto &r) { return r.rawQuery.contains("cursor="); }) >= 2);
}

//! A CSV in Connect's words (an ID customer, GHOST in either case) previews ready and creates them.
void TestMainWindowConnect::importsIdsAndConnectStatuses() {
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("connect.csv"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("customer,type,name,status\r\n"
                  "7d1f3a2b-9c4e-4f6a-8b2d-1e5c7a9b3d40,id,By contact ID,GHOST\r\n"
                  "import.connect@example.com,,By email,ghost\r\n"
                  "broken@example.com,,Archived is classic's,archived\r\n");
    }
    const int before = m_desk.server->conversationCount();
    auto *dialog = qobject_cast<ImportDialog *>(window()->openImportDialog());
    QVERIFY(dialog);
    if (auto *chooser = dialog->findChild<QFileDialog *>(QStringLiteral("importFileDialog")))
        chooser->reject();
    dialog->setFileName(file);
    QTableWidget *table = dialog->rowTable();
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("ready"));
    QCOMPARE(table->item(1, 1)->text(), QStringLiteral("ready"));
    QVERIFY(table->item(2, 1)->text() != QStringLiteral("ready")); // no "archived" in Connect
    QCOMPARE(dialog->createButton()->text(), QStringLiteral("C&reate 2 Conversations"));
    QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->resultsLabel()->isVisible(), 15000);
    QCOMPARE(m_desk.server->conversationCount(), before + 2);
    const auto posts = received("POST");
    QCOMPARE(posts.size(), 2);
    const QJsonObject first = QJsonDocument::fromJson(posts.first().body).object();
    QCOMPARE(first.value(QLatin1String("status")).toString(), QStringLiteral("GHOST"));
    QCOMPARE(first.value(QLatin1String("participants"))
                 .toObject()
                 .value(QLatin1String("externals"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("identifierType"))
                 .toString(),
             QStringLiteral("ID"));
    dialog->reject();
}

//! The profile picks the generation: switching from a classic profile to a Connect one (and back)
//! changes the filters, the pager and the actions with the rows.
void TestMainWindowConnect::profileSwitchBetweenGenerations() {
    bridge::sandbox::SandboxServer classic; // a classic workspace beside the Connect one
    QVERIFY(classic.listenLoopback() != 0);
    QSettings settings;
    bridge::ProfileManager profiles(&settings, m_desk.client.get());
    profiles.setKeychainService(QStringLiteral("BridgeDeskUiTest"));
    QSignalSpy added(&profiles, &bridge::ProfileManager::added);
    QVERIFY(profiles.add(QStringLiteral("connect"), testing::sandboxSettings(*m_desk.server)));
    QTRY_COMPARE_WITH_TIMEOUT(added.size(), 1, 20000);
    QVERIFY(profiles.add(QStringLiteral("classic"), testing::sandboxSettings(classic)));
    QTRY_COMPARE_WITH_TIMEOUT(added.size(), 2, 20000);
    settings.setValue(QStringLiteral("currentProfile"), QStringLiteral("connect"));
    window()->setProfileManager(&profiles);
    connect(&profiles, &bridge::ProfileManager::switched, this,
            [this](const QString &, const bridge::ConnectionSettings &to, const QString &) {
                m_desk.client->setOptions(to.toClientOptions(m_desk.client->options()));
                window()->setConnection(to.credentials, false);
            });

    profiles.switchTo(QStringLiteral("classic"));
    QTRY_VERIFY(idle() && m_desk.rows() == 20 &&
                pagerText() == QStringLiteral("Page 1 of 12 · 240 conversations"));
    FilterBar *filters = window()->filterBar();
    QVERIFY(filters->statusButton(ConversationStatus(QStringLiteral("archived")))->isVisible());
    QVERIFY(!filters->statusButton(ConversationStatus(QStringLiteral("BLOCKED"))));
    QVERIFY(window()->pagerBar()->lastButton()->isVisible());
    QVERIFY(window()->actions()->lastPage->isEnabled());
    pick(0);
    QVERIFY(!window()->detailsPane()->setStatusButton()->isVisible());
    QVERIFY(window()->detailsPane()->archiveButton()->isVisible() ||
            window()->detailsPane()->reactivateButton()->isVisible());
    QVERIFY(window()->actions()->archive->isVisible());
    QVERIFY(!window()->actions()->setStatus->isVisible());

    profiles.switchTo(QStringLiteral("connect"));
    QTRY_VERIFY(idle() && m_desk.rows() == 20 &&
                pagerText() == QStringLiteral("Page 1 · 20 conversations · more"));
    QVERIFY(filters->statusButton(ConversationStatus(QStringLiteral("BLOCKED")))->isVisible());
    QVERIFY(!filters->statusButton(ConversationStatus(QStringLiteral("archived"))));
    QVERIFY(!window()->pagerBar()->lastButton()->isVisible());
    QVERIFY(!window()->actions()->archive->isVisible());
    QVERIFY(window()->actions()->setStatus->isVisible());
    for (const bridge::Conversation &c : window()->controller()->model()->conversations())
        QCOMPARE(c.workspaceId, m_desk.server->config().workspaceId);
}

QTEST_MAIN(TestMainWindowConnect)
#include "tst_mainwindowconnect.moc"
