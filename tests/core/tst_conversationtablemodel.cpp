// ConversationTableModel: columns, roles, tooltips, in-place updates vs resets, relative times.
#include "conversationtablemodel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace bridge;
using Column = ConversationTableModel::Column;

namespace {

const QDateTime kNow = QDateTime(QDate(2024, 3, 15), QTime(12, 0), Qt::UTC);

Participant participant(const QString &identifier, const QString &type, const QString &role) {
    Participant p;
    p.identifier = identifier;
    p.type = type;
    p.role = role;
    return p;
}

Conversation conversation(const QString &id, const QString &name = {}) {
    Conversation c;
    c.id = id;
    c.workspaceId = QStringLiteral("ws");
    c.name = name;
    c.status = ConversationStatus(QStringLiteral("active"));
    c.externalParticipants = {
        participant(QStringLiteral("ann@example.com"), QStringLiteral("email"), QStringLiteral("customer"))};
    c.createdAt = kNow.addDays(-10);
    c.updatedAt = kNow.addSecs(-5 * 60);
    return c;
}

QList<Conversation> threeRows() {
    return {conversation(QStringLiteral("c1"), QStringLiteral("One")),
            conversation(QStringLiteral("c2"), QStringLiteral("Two")),
            conversation(QStringLiteral("c3"), QStringLiteral("Three"))};
}

} // namespace

class TestConversationTableModel : public QObject {
    Q_OBJECT

    ConversationTableModel *newModel() {
        auto *model = new ConversationTableModel(this);
        new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, model);
        return model;
    }

    static QVariant cell(const ConversationTableModel *model, int row, Column column,
                         int role = Qt::DisplayRole) {
        return model->data(model->index(row, int(column)), role);
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void emptyModel() {
        auto *model = newModel();
        QCOMPARE(model->rowCount(), 0);
        QCOMPARE(model->columnCount(), int(Column::Count));
        QCOMPARE(model->columnCount(), 7);
        QCOMPARE(model->rowOf(QStringLiteral("x")), -1);
        QVERIFY(model->conversationAt(0) == nullptr);
    }

    void headers() {
        auto *model = newModel();
        const QStringList expected = {QStringLiteral("Name"),     QStringLiteral("Status"),
                                      QStringLiteral("Customer"), QStringLiteral("Assigned"),
                                      QStringLiteral("Updated"),  QStringLiteral("Created"),
                                      QStringLiteral("ID")};
        for (int i = 0; i < int(Column::Count); ++i) {
            QCOMPARE(model->headerData(i, Qt::Horizontal).toString(), expected.at(i));
            QCOMPARE(ConversationTableModel::columnTitle(Column(i)), expected.at(i));
        }
    }

    void displayAndRawValues() {
        auto *model = newModel();
        Conversation c = conversation(QStringLiteral("conv_1"), QStringLiteral("Billing question"));
        c.externalParticipants.append(
            participant(QStringLiteral("+15551234567"), QStringLiteral("phone"), QStringLiteral("customer")));
        c.internalParticipants = {participant(QStringLiteral("agent@corp.example"), QStringLiteral("email"),
                                              QStringLiteral("agent")),
                                  participant(QStringLiteral("boss@corp.example"), QStringLiteral("email"),
                                              QStringLiteral("agent"))};
        model->setConversations({c});
        QCOMPARE(model->rowCount(), 1);

        QCOMPARE(cell(model, 0, Column::Name).toString(), QStringLiteral("Billing question"));
        QCOMPARE(cell(model, 0, Column::Customer).toString(),
                 QStringLiteral("ann@example.com, +15551234567"));
        QCOMPARE(cell(model, 0, Column::Assigned).toString(),
                 QStringLiteral("agent@corp.example, boss@corp.example"));
        QCOMPARE(cell(model, 0, Column::Id).toString(), QStringLiteral("conv_1"));
        QVERIFY(!cell(model, 0, Column::Status).toString().isEmpty());
        // Relative to the real clock: these dates are far in the past, so a date.
        QCOMPARE(cell(model, 0, Column::Created).toString(),
                 QLocale().toString(c.createdAt.toLocalTime().date(), QLocale::ShortFormat));

        // Raw values: strings for text columns, QDateTime for dates.
        QCOMPARE(cell(model, 0, Column::Name, ConversationTableModel::RawValueRole).toString(),
                 QStringLiteral("Billing question"));
        QCOMPARE(cell(model, 0, Column::Status, ConversationTableModel::RawValueRole).toString(),
                 QStringLiteral("active"));
        const QVariant updated = cell(model, 0, Column::Updated, ConversationTableModel::RawValueRole);
        QCOMPARE(updated.metaType(), QMetaType::fromType<QDateTime>());
        QCOMPARE(updated.toDateTime(), c.updatedAt);
        QCOMPARE(cell(model, 0, Column::Created, ConversationTableModel::RawValueRole).toDateTime(),
                 c.createdAt);
        QCOMPARE(cell(model, 0, Column::Customer, ConversationTableModel::RawValueRole).metaType(),
                 QMetaType::fromType<QString>());

        // The id and the whole conversation from any column.
        for (int col = 0; col < int(Column::Count); ++col) {
            QCOMPARE(cell(model, 0, Column(col), ConversationTableModel::IdRole).toString(),
                     QStringLiteral("conv_1"));
            const QVariant v = cell(model, 0, Column(col), ConversationTableModel::ConversationRole);
            QVERIFY(v.canConvert<Conversation>());
            QCOMPARE(v.value<Conversation>(), c);
        }
        QCOMPARE(*model->conversationAt(0), c);
        QCOMPARE(model->rowOf(QStringLiteral("conv_1")), 0);
    }

    void assignedTeamOrNobody() {
        auto *model = newModel();
        Conversation team = conversation(QStringLiteral("t"));
        team.teamId = QStringLiteral("team_42");
        Conversation nobody = conversation(QStringLiteral("n"));
        model->setConversations({team, nobody});
        QCOMPARE(cell(model, 0, Column::Assigned).toString(), QStringLiteral("Team team_42"));
        QCOMPARE(cell(model, 0, Column::Assigned, Qt::ToolTipRole).toString(),
                 QStringLiteral("Team team_42"));
        QCOMPARE(cell(model, 1, Column::Assigned).toString(), QString());
        QCOMPARE(cell(model, 1, Column::Assigned, ConversationTableModel::RawValueRole).toString(),
                 QString());
    }

    void emptyNameAndUnknownStatus() {
        auto *model = newModel();
        Conversation c = conversation(QStringLiteral("c"));
        c.status = ConversationStatus(QStringLiteral("snoozed"));
        model->setConversations({c});
        QCOMPARE(cell(model, 0, Column::Name).toString(), QString());
        QCOMPARE(cell(model, 0, Column::Status).toString(), QStringLiteral("snoozed"));
        QCOMPARE(cell(model, 0, Column::Status, ConversationTableModel::RawValueRole).toString(),
                 QStringLiteral("snoozed"));
    }

    void knownStatusesHaveText() {
        auto *model = newModel();
        QList<Conversation> rows;
        for (const char *s : {"active", "archived", "ghost"}) {
            Conversation c = conversation(QString::fromLatin1(s));
            c.status = ConversationStatus(QString::fromLatin1(s));
            rows.append(c);
        }
        model->setConversations(rows);
        for (int row = 0; row < 3; ++row) {
            const QString text = cell(model, row, Column::Status).toString();
            QCOMPARE(text.toLower(), rows.at(row).status.raw());
        }
    }

    void tooltips() {
        auto *model = newModel();
        Conversation c = conversation(QStringLiteral("conv_9"), QStringLiteral("A rather long name"));
        c.externalParticipants.append(
            participant(QStringLiteral("+15551234567"), QStringLiteral("phone"), QStringLiteral("customer")));
        c.internalParticipants = {participant(QStringLiteral("agent@corp.example"), QStringLiteral("email"),
                                              QStringLiteral("agent"))};
        model->setConversations({c});

        const QString customers = cell(model, 0, Column::Customer, Qt::ToolTipRole).toString();
        const QStringList lines = customers.split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).contains(QLatin1String("ann@example.com")));
        QVERIFY(lines.at(0).contains(QLatin1String("email")));
        QVERIFY(lines.at(1).contains(QLatin1String("+15551234567")));
        QVERIFY(lines.at(1).contains(QLatin1String("phone")));

        const QString agents = cell(model, 0, Column::Assigned, Qt::ToolTipRole).toString();
        QVERIFY(agents.contains(QLatin1String("agent@corp.example")));
        QVERIFY(agents.contains(QLatin1String("email")));

        QCOMPARE(cell(model, 0, Column::Updated, Qt::ToolTipRole).toString(),
                 QLocale().toString(c.updatedAt.toLocalTime(), QLocale::LongFormat));
        QCOMPARE(cell(model, 0, Column::Created, Qt::ToolTipRole).toString(),
                 QLocale().toString(c.createdAt.toLocalTime(), QLocale::LongFormat));
        QCOMPARE(cell(model, 0, Column::Name, Qt::ToolTipRole).toString(),
                 QStringLiteral("A rather long name"));
        QCOMPARE(cell(model, 0, Column::Id, Qt::ToolTipRole).toString(), QStringLiteral("conv_9"));
    }

    void sameIdsUpdateInPlace() {
        auto *model = newModel();
        model->setConversations(threeRows());
        QSignalSpy reset(model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);

        QList<Conversation> rows = threeRows();
        rows[1].name = QStringLiteral("Two, renamed");
        rows[2].status = ConversationStatus(QStringLiteral("archived"));
        model->setConversations(rows);

        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        const auto topLeft = changed.at(0).at(0).value<QModelIndex>();
        const auto bottomRight = changed.at(0).at(1).value<QModelIndex>();
        QCOMPARE(topLeft, model->index(0, 0));
        QCOMPARE(bottomRight, model->index(2, int(Column::Count) - 1));
        QCOMPARE(cell(model, 1, Column::Name).toString(), QStringLiteral("Two, renamed"));

        // Nothing changed at all: no signal.
        model->setConversations(rows);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(reset.count(), 0);
    }

    void otherIdsReset() {
        auto *model = newModel();
        model->setConversations(threeRows());
        QSignalSpy reset(model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);

        QList<Conversation> reordered = threeRows();
        std::swap(reordered[0], reordered[2]);
        model->setConversations(reordered);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model->rowOf(QStringLiteral("c3")), 0);

        model->setConversations({conversation(QStringLiteral("c9"))});
        QCOMPARE(reset.count(), 2);
        QCOMPARE(model->rowCount(), 1);

        model->setConversations({});
        QCOMPARE(reset.count(), 3);
        QCOMPARE(model->rowCount(), 0);
        QCOMPARE(changed.count(), 0);
    }

    void updateConversationByRow() {
        auto *model = newModel();
        model->setConversations(threeRows());
        QSignalSpy reset(model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);

        Conversation c = threeRows().at(1);
        c.status = ConversationStatus(QStringLiteral("ghost"));
        QVERIFY(model->updateConversation(c));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), model->index(1, 0));
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>(), model->index(1, int(Column::Count) - 1));
        QCOMPARE(model->conversationAt(1)->status.raw(), QStringLiteral("ghost"));

        QVERIFY(!model->updateConversation(conversation(QStringLiteral("elsewhere"))));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model->rowCount(), 3);
    }

    void relativeTime_data() {
        QTest::addColumn<QDateTime>("when");
        QTest::addColumn<QString>("expected");
        QTest::newRow("now") << kNow << QStringLiteral("just now");
        QTest::newRow("59 s") << kNow.addSecs(-59) << QStringLiteral("just now");
        QTest::newRow("future (skew)") << kNow.addSecs(3600) << QStringLiteral("just now");
        QTest::newRow("1 min") << kNow.addSecs(-60) << QStringLiteral("1 min ago");
        QTest::newRow("5 min") << kNow.addSecs(-5 * 60 - 30) << QStringLiteral("5 min ago");
        QTest::newRow("59 min") << kNow.addSecs(-59 * 60) << QStringLiteral("59 min ago");
        QTest::newRow("1 h") << kNow.addSecs(-3600) << QStringLiteral("1 h ago");
        QTest::newRow("3 h") << kNow.addSecs(-3 * 3600 - 1200) << QStringLiteral("3 h ago");
        QTest::newRow("23 h") << kNow.addSecs(-23 * 3600) << QStringLiteral("23 h ago");
        QTest::newRow("yesterday") << kNow.addSecs(-26 * 3600) << QStringLiteral("yesterday");
        QTest::newRow("2 days") << kNow.addDays(-2) << QStringLiteral("2 days ago");
        QTest::newRow("6 days") << kNow.addDays(-6) << QStringLiteral("6 days ago");
        const QDateTime old = kNow.addDays(-30);
        QTest::newRow("older: a date")
            << old << QLocale().toString(old.toLocalTime().date(), QLocale::ShortFormat);
    }

    void relativeTime() {
        QFETCH(QDateTime, when);
        QFETCH(QString, expected);
        QCOMPARE(ConversationTableModel::relativeTime(when, kNow), expected);
    }

    void relativeTimeInvalid() { QCOMPARE(ConversationTableModel::relativeTime({}, kNow), QString()); }

    void relativeTimeWithTheTimeOfDay() {
        const QDateTime old = kNow.addDays(-30);
        QCOMPARE(
            ConversationTableModel::relativeTime(old, kNow, true),
            QStringLiteral("%1, %2").arg(QLocale().toString(old.toLocalTime().date(), QLocale::ShortFormat),
                                         QLocale().toString(old.toLocalTime().time(), QLocale::ShortFormat)));
        QCOMPARE(ConversationTableModel::relativeTime(kNow.addSecs(-26 * 3600), kNow, true),
                 QStringLiteral("yesterday, %1")
                     .arg(QLocale().toString(kNow.addSecs(-26 * 3600).toLocalTime().time(),
                                             QLocale::ShortFormat)));
        // Hours and minutes already tell rows apart.
        QCOMPARE(ConversationTableModel::relativeTime(kNow.addSecs(-3 * 3600), kNow, true),
                 QStringLiteral("3 h ago"));
    }

    //! Rows whose dates fall on one day show the time too; a row alone on its day shows the day only,
    //! and that follows the rows as they change.
    void rowsSharingADayShowTheTime() {
        auto *model = newModel();
        const QDateTime day = QDateTime(QDate(2023, 6, 1), QTime(9, 30)).toUTC();
        Conversation a = conversation(QStringLiteral("a"));
        Conversation b = conversation(QStringLiteral("b"));
        Conversation c = conversation(QStringLiteral("c"));
        a.updatedAt = day;
        b.updatedAt = day.addSecs(5 * 3600);
        c.updatedAt = day.addDays(-3);
        model->setConversations({a, b, c});
        const auto dateOnly = [](const QDateTime &when) {
            return QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat);
        };
        const auto withTime = [&dateOnly](const QDateTime &when) {
            return QStringLiteral("%1, %2").arg(
                dateOnly(when), QLocale().toString(when.toLocalTime().time(), QLocale::ShortFormat));
        };
        QCOMPARE(cell(model, 0, Column::Updated).toString(), withTime(a.updatedAt));
        QCOMPARE(cell(model, 1, Column::Updated).toString(), withTime(b.updatedAt));
        QCOMPARE(cell(model, 2, Column::Updated).toString(), dateOnly(c.updatedAt));
        QVERIFY(cell(model, 0, Column::Updated) != cell(model, 1, Column::Updated));
        // The Created column counts its own days: all three were created on one day.
        QCOMPARE(cell(model, 2, Column::Created).toString(), withTime(c.createdAt));

        b.updatedAt = day.addDays(-10); // b moves away: a is alone on its day now
        QVERIFY(model->updateConversation(b));
        QCOMPARE(cell(model, 0, Column::Updated).toString(), dateOnly(a.updatedAt));
        model->setConversations({a, c}); // rows removed
        QCOMPARE(cell(model, 0, Column::Updated).toString(), dateOnly(a.updatedAt));
        c.id = QStringLiteral("d");
        c.updatedAt = day.addSecs(60);
        model->setConversations({a, c}); // another id: rows replaced
        QCOMPARE(cell(model, 0, Column::Updated).toString(), withTime(a.updatedAt));
    }
};

QTEST_GUILESS_MAIN(TestConversationTableModel)
#include "tst_conversationtablemodel.moc"
