// What changed between two loads of a view (ConversationEvents), and what ChangeNotifier makes of it:
// notices for watched views only, never while the agent looks, grouped when many, the unseen count.
#include "changenotifier.h"
#include "statusvocabulary.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace bridge;

namespace {

const QDateTime t0(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);

Conversation conv(const QString &id, const QString &status, int createdMin, int updatedMin,
                  const QString &customer = QStringLiteral("zoe@example.com")) {
    Conversation c;
    c.id = id;
    c.name = QStringLiteral("Order ") + id;
    c.status = ConversationStatus(status);
    c.createdAt = t0.addSecs(createdMin * 60);
    c.updatedAt = t0.addSecs(updatedMin * 60);
    c.externalParticipants = {Participant{customer, QStringLiteral("email"), {}, {}, {}}};
    return c;
}

Conversation conv(const char *id, const char *status, int createdMin, int updatedMin) {
    return conv(QString::fromUtf8(id), QString::fromUtf8(status), createdMin, updatedMin);
}

struct RecordingSender : NoticeSender {
    void send(const Notice &notice) override { sent.append(notice); }
    QList<Notice> sent;
};

} // namespace

class TestChangeNotifier : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();

    void newConversationIsOneCreatedSinceTheRowsBefore();
    void rowMovedOntoThePageIsNotNew();
    void ghostThatBecameActiveInEitherGeneration();
    void assignedToMeOnlyWithAnIdentifier();
    void sameRowsNoEvents();
    void rowThatChangedIntoAFilteredViewArrives();

    void firstLoadOnlyRemembers();
    void watchedViewNotifiesWithCustomerAndName();
    void nothingWhileLooking();
    void nothingForAViewNotWatched();
    void nothingWhenSwitchedOffGlobally();
    void manyAtOnceAreGrouped();
    void unseenCountClearsWhenSeen();
    void watchedViewsRememberedPerProfile();
    void viewTitles();
};

void TestChangeNotifier::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BridgeDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_changenotifier"));
}

void TestChangeNotifier::init() {
    QSettings().clear();
}

void TestChangeNotifier::newConversationIsOneCreatedSinceTheRowsBefore() {
    const QList<Conversation> before{conv("a", "active", 0, 10), conv("b", "active", 0, 5)};
    const QList<Conversation> after{conv("n", "active", 11, 11), conv("a", "active", 0, 10),
                                    conv("b", "active", 0, 5)};
    const auto events = conversationEvents(before, after, StatusVocabulary::classic());
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].kind, ConversationEvent::Kind::New);
    QCOMPARE(events[0].conversationId, QStringLiteral("n"));
    QCOMPARE(events[0].name, QStringLiteral("Order n"));
    QCOMPARE(events[0].customer, QStringLiteral("zoe@example.com"));

    // Created in the same second as the newest change before (the server's times have whole seconds).
    const QList<Conversation> tie{conv("t", "active", 10, 10), conv("a", "active", 0, 10)};
    QCOMPARE(conversationEvents(before, tie, StatusVocabulary::classic()).size(), 1);
}

void TestChangeNotifier::rowMovedOntoThePageIsNotNew() {
    // "c" was on page 2 and moved up when "b" was archived elsewhere: old, not new.
    const QList<Conversation> before{conv("a", "active", 0, 10), conv("b", "active", 0, 5)};
    const QList<Conversation> after{conv("a", "active", 0, 10), conv("c", "active", 0, 3)};
    QVERIFY(conversationEvents(before, after, StatusVocabulary::classic()).isEmpty());
}

void TestChangeNotifier::ghostThatBecameActiveInEitherGeneration() {
    const auto check = [](const StatusVocabulary &statuses, const QString &ghost, const QString &active) {
        const QList<Conversation> before{conv(QStringLiteral("g"), ghost, 0, 1),
                                         conv(QStringLiteral("h"), ghost, 0, 1)};
        const QList<Conversation> after{conv(QStringLiteral("g"), active, 0, 20),
                                        conv(QStringLiteral("h"), ghost, 0, 1)};
        const auto events = conversationEvents(before, after, statuses);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].kind, ConversationEvent::Kind::BecameActive);
        QCOMPARE(events[0].conversationId, QStringLiteral("g"));
    };
    check(StatusVocabulary::classic(), QStringLiteral("ghost"), QStringLiteral("active"));
    check(StatusVocabulary::connect(), QStringLiteral("GHOST"), QStringLiteral("ACTIVE"));
    // Archived → active is not a ghost waking up.
    const QList<Conversation> before{conv("x", "archived", 0, 1)};
    const QList<Conversation> after{conv("x", "active", 0, 2)};
    QVERIFY(conversationEvents(before, after, StatusVocabulary::classic()).isEmpty());
}

void TestChangeNotifier::assignedToMeOnlyWithAnIdentifier() {
    const Conversation before = conv("a", "active", 0, 1);
    Conversation after = conv("a", "active", 0, 2);
    after.internalParticipants = {
        Participant{QStringLiteral("Me@Example.com"), QStringLiteral("email"), {}, {}, {}}};
    QVERIFY(conversationEvents({before}, {after}, StatusVocabulary::classic()).isEmpty());
    const auto events = conversationEvents({before}, {after}, StatusVocabulary::classic(),
                                           {QStringLiteral("me@example.com")});
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].kind, ConversationEvent::Kind::AssignedToMe);
    // Already mine before: nothing new.
    QVERIFY(
        conversationEvents({after}, {after}, StatusVocabulary::classic(), {QStringLiteral("me@example.com")})
            .isEmpty());
}

void TestChangeNotifier::sameRowsNoEvents() {
    const QList<Conversation> rows{conv("a", "ghost", 0, 10), conv("b", "active", 0, 5)};
    QVERIFY(conversationEvents(rows, rows, StatusVocabulary::classic()).isEmpty());
}

void TestChangeNotifier::rowThatChangedIntoAFilteredViewArrives() {
    // A view of active conversations: "w" was a ghost (not on the page), became active just now.
    const QList<Conversation> before{conv("a", "active", 0, 10), conv("b", "active", 0, 5)};
    const QList<Conversation> after{conv("w", "active", 0, 12), conv("a", "active", 0, 10)};
    QVERIFY(conversationEvents(before, after, StatusVocabulary::classic()).isEmpty()); // unfiltered
    const auto events = conversationEvents(before, after, StatusVocabulary::classic(), {{}, true});
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].kind, ConversationEvent::Kind::Arrived);
    QCOMPARE(events[0].conversationId, QStringLiteral("w"));
    // Moved up from page 2 (older than every row before): not an arrival.
    const QList<Conversation> shifted{conv("a", "active", 0, 10), conv("c", "active", 0, 3)};
    QVERIFY(conversationEvents(before, shifted, StatusVocabulary::classic(), {{}, true}).isEmpty());

    // Through the notifier: a watched view of active conversations tells the arrival.
    RecordingSender sender;
    ChangeNotifier notifier(&sender);
    notifier.setProfile(QStringLiteral("p"));
    ListQuery active;
    active.filter.status = ConversationStatus(QStringLiteral("active"));
    notifier.setWatched(active.filter, true);
    notifier.observe(active, before, StatusVocabulary::classic(), false);
    notifier.observe(active, after, StatusVocabulary::classic(), false);
    QCOMPARE(sender.sent.size(), 1);
    QCOMPARE(sender.sent.first().body, QStringLiteral("Now in Active"));
    QCOMPARE(sender.sent.first().conversationId, QStringLiteral("w"));
}

void TestChangeNotifier::firstLoadOnlyRemembers() {
    RecordingSender sender;
    ChangeNotifier notifier(&sender);
    notifier.setProfile(QStringLiteral("p"));
    ListQuery query;
    notifier.setWatched(query.filter, true);
    QVERIFY(
        notifier.observe(query, {conv("a", "active", 5, 5)}, StatusVocabulary::classic(), false).isEmpty());
    QVERIFY(sender.sent.isEmpty());
    // Another page of the same view is a first load too.
    QVERIFY(
        notifier.observe(query.withPage(2), {conv("z", "active", 9, 9)}, StatusVocabulary::classic(), false)
            .isEmpty());
    QVERIFY(sender.sent.isEmpty());
}

void TestChangeNotifier::watchedViewNotifiesWithCustomerAndName() {
    RecordingSender sender;
    ChangeNotifier notifier(&sender);
    notifier.setProfile(QStringLiteral("p"));
    ListQuery query;
    notifier.setWatched(query.filter, true);
    notifier.observe(query, {conv("g", "ghost", 0, 1)}, StatusVocabulary::classic(), false);
    notifier.observe(
        query,
        {conv(QStringLiteral("g"), QStringLiteral("active"), 0, 2, QStringLiteral("björn@example.com"))},
        StatusVocabulary::classic(), false);
    QCOMPARE(sender.sent.size(), 1);
    const Notice &notice = sender.sent.first();
    QCOMPARE(notice.summary, QStringLiteral("björn@example.com · Order g"));
    QCOMPARE(notice.body, QStringLiteral("Now Active (was Ghost) in All conversations"));
    QCOMPARE(notice.conversationId, QStringLiteral("g"));
    QCOMPARE(notifier.unseen(), 1);
}

void TestChangeNotifier::nothingWhileLooking() {
    RecordingSender sender;
    ChangeNotifier notifier(&sender);
    notifier.setProfile(QStringLiteral("p"));
    ListQuery query;
    notifier.setWatched(query.filter, true);
    notifier.observe(query, {conv("a", "active", 0, 1)}, StatusVocabulary::classic(), true);
    const auto events = notifier.observe(query, {conv("n", "active", 3, 3), conv("a", "active", 0, 1)},
                                         StatusVocabulary::classic(), true);
    QCOMPARE(events.size(), 1); // found, but the agent sees it for themselves
    QVERIFY(sender.sent.isEmpty());
    QCOMPARE(notifier.unseen(), 0);
}

void TestChangeNotifier::nothingForAViewNotWatched() {
    RecordingSender sender;
    ChangeNotifier notifier(&sender);
    notifier.setProfile(QStringLiteral("p"));
    ListQuery watched;
    watched.filter.status = ConversationStatus(QStringLiteral("ghost"));
    notifier.setWatched(watched.filter, true);
    ListQuery all; // no filter: another view
    notifier.observe(all, {conv("a", "active", 0, 1)}, StatusVocabulary::classic(), false);
    notifier.observe(all, {conv("n", "active", 3, 3), conv("a", "active", 0, 1)}, StatusVocabulary::classic(),
                     false);
    QVERIFY(sender.sent.isEmpty());
    // The watched view on another page size is the same view.
    ListQuery bigger = watched;
    bigger.limit = 100;
    notifier.observe(bigger, {conv("g", "ghost", 0, 1)}, StatusVocabulary::classic(), false);
    notifier.observe(bigger, {conv("n", "ghost", 3, 3), conv("g", "ghost", 0, 1)},
                     StatusVocabulary::classic(), false);
    QCOMPARE(sender.sent.size(), 1);
    QCOMPARE(sender.sent.first().body, QStringLiteral("New conversation in Ghost"));
}

void TestChangeNotifier::nothingWhenSwitchedOffGlobally() {
    RecordingSender sender;
    ChangeNotifier notifier(&sender);
    notifier.setProfile(QStringLiteral("p"));
    ListQuery query;
    notifier.setWatched(query.filter, true);
    QVERIFY(WatchedViews::enabledGlobally());
    WatchedViews::setEnabledGlobally(false);
    notifier.observe(query, {conv("a", "active", 0, 1)}, StatusVocabulary::classic(), false);
    notifier.observe(query, {conv("n", "active", 3, 3), conv("a", "active", 0, 1)},
                     StatusVocabulary::classic(), false);
    QVERIFY(sender.sent.isEmpty());
    QCOMPARE(notifier.unseen(), 0);
}

void TestChangeNotifier::manyAtOnceAreGrouped() {
    RecordingSender sender;
    ChangeNotifier notifier(&sender);
    notifier.setProfile(QStringLiteral("p"));
    ListQuery query;
    query.filter.status = ConversationStatus(QStringLiteral("GHOST"));
    notifier.setWatched(query.filter, true);
    QList<Conversation> before{conv("a", "GHOST", 0, 1)};
    notifier.observe(query, before, StatusVocabulary::connect(), false);
    QList<Conversation> after = before;
    for (int i = 0; i < 5; ++i)
        after.prepend(conv(QStringLiteral("n%1").arg(i), QStringLiteral("GHOST"), 10 + i, 10 + i));
    notifier.observe(query, after, StatusVocabulary::connect(), false);
    QCOMPARE(sender.sent.size(), 1);
    const Notice &notice = sender.sent.first();
    QCOMPARE(notice.summary, QStringLiteral("5 conversations changed in Ghost"));
    QCOMPARE(notice.count, 5);
    QVERIFY(notice.conversationId.isEmpty());
    const QStringList lines = notice.body.split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines[0], QStringLiteral("New conversation: zoe@example.com · Order n4"));
    QCOMPARE(lines[3], QStringLiteral("and 2 more"));
    QCOMPARE(notifier.unseen(), 5);

    // Two at once are two notices.
    sender.sent.clear();
    QList<Conversation> two = after;
    two.prepend(conv("m1", "GHOST", 30, 30));
    two.prepend(conv("m2", "GHOST", 31, 31));
    notifier.observe(query, two, StatusVocabulary::connect(), false);
    QCOMPARE(sender.sent.size(), 2);
    QCOMPARE(sender.sent[0].conversationId, QStringLiteral("m2"));
    QCOMPARE(sender.sent[1].conversationId, QStringLiteral("m1"));
}

void TestChangeNotifier::unseenCountClearsWhenSeen() {
    ChangeNotifier notifier(nullptr);
    notifier.setProfile(QStringLiteral("p"));
    ListQuery query;
    notifier.setWatched(query.filter, true);
    QSignalSpy spy(&notifier, &ChangeNotifier::unseenChanged);
    notifier.observe(query, {conv("a", "active", 0, 1)}, StatusVocabulary::classic(), false);
    notifier.observe(query, {conv("n", "active", 3, 3), conv("a", "active", 0, 1)},
                     StatusVocabulary::classic(), false);
    QCOMPARE(notifier.unseen(), 1);
    notifier.markSeen();
    QCOMPARE(notifier.unseen(), 0);
    QCOMPARE(spy.size(), 2);
    QCOMPARE(spy.last().first().toInt(), 0);
}

void TestChangeNotifier::watchedViewsRememberedPerProfile() {
    ConversationFilter ghost;
    ghost.status = ConversationStatus(QStringLiteral("ghost"));
    {
        ChangeNotifier notifier(nullptr);
        notifier.setProfile(QStringLiteral("work"));
        notifier.setWatched(ghost, true);
    }
    QVERIFY(WatchedViews::load(QStringLiteral("work")).isWatched(ghost));
    QVERIFY(!WatchedViews::load(QStringLiteral("work")).isWatched(ConversationFilter{}));
    QVERIFY(!WatchedViews::load(QStringLiteral("home")).isWatched(ghost));
    WatchedViews work = WatchedViews::load(QStringLiteral("work"));
    work.setWatched(ghost, false);
    QVERIFY(!WatchedViews::load(QStringLiteral("work")).isWatched(ghost));
}

void TestChangeNotifier::viewTitles() {
    const StatusVocabulary &classic = StatusVocabulary::classic();
    QCOMPARE(ChangeNotifier::viewTitle({}, classic), QStringLiteral("All conversations"));
    ConversationFilter filter;
    filter.status = ConversationStatus(QStringLiteral("ghost"));
    filter.customer = ParticipantRef{QStringLiteral("zoe@example.com"), ParticipantType::Email};
    QCOMPARE(ChangeNotifier::viewTitle(filter, classic), QStringLiteral("Ghost · zoe@example.com"));
}

QTEST_GUILESS_MAIN(TestChangeNotifier)
#include "tst_changenotifier.moc"
