// SavedViews and SavedViewsModel: names refused as the agent would be told, order kept through
// add / rename / remove / move, the list stored per group in a real QSettings file and read back,
// counts per filter, and drag-and-drop moves through moveRows.
#include "savedviews.h"
#include "savedviewsmodel.h"

#include <QAbstractItemModelTester>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bridge;

namespace {

//! QStrings of UTF-8 literals (the tests are built without casts from const char *).
QStringList strings(std::initializer_list<const char *> texts) {
    QStringList out;
    for (const char *text : texts)
        out << QString::fromUtf8(text);
    return out;
}

SavedView view(const QString &name, const QString &status, const QString &customer = {}) {
    SavedView v;
    v.name = name;
    v.filter.status = ConversationStatus(status);
    if (!customer.isEmpty())
        v.filter.customer = ParticipantRef(customer, ParticipantType::Email);
    return v;
}

QStringList names(const SavedViews &views) {
    QStringList out;
    for (const SavedView &v : views.views())
        out << v.name;
    return out;
}

QStringList names(const SavedViewsModel &model) {
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row).data().toString();
    return out;
}

} // namespace

class TestSavedViews : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    QString settingsPath() const { return m_dir->filePath(QStringLiteral("settings.ini")); }

private slots:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    void namesAreCheckedLikeTheAgentIsTold() {
        SavedViews views;
        QVERIFY(views.add(view(QStringLiteral("Ghost — mine"), QStringLiteral("ghost"))));
        QVERIFY(!views.nameProblem(QString()).isEmpty());
        QVERIFY(!views.nameProblem(QStringLiteral("   ")).isEmpty());
        QVERIFY(!views.nameProblem(QStringLiteral(" VIP")).isEmpty());
        QVERIFY(!views.nameProblem(QString(65, QLatin1Char('x'))).isEmpty());
        QVERIFY(views.nameProblem(QString(64, QLatin1Char('x'))).isEmpty());
        QVERIFY(!views.nameProblem(QStringLiteral("a\nb")).isEmpty());
        QVERIFY(!views.nameProblem(QStringLiteral("GHOST — MINE")).isEmpty());   // taken, whatever the case
        QVERIFY(views.nameProblem(QStringLiteral("GHOST — MINE"), 0).isEmpty()); // its own name
        QVERIFY(!views.add(view(QStringLiteral("ghost — mine"), QStringLiteral("active"))));
        QCOMPARE(views.size(), 1);
        QCOMPARE(views.indexOf(QStringLiteral("GHOST — mine")), 0);
        QCOMPARE(views.indexOf(QStringLiteral("other")), -1);
    }

    void addRenameRemoveMoveKeepOrder() {
        SavedViews views;
        QVERIFY(views.add(view(QStringLiteral("A"), QStringLiteral("active"))));
        QVERIFY(views.add(view(QStringLiteral("B"), QStringLiteral("ghost"))));
        QVERIFY(views.add(view(QStringLiteral("C"), QStringLiteral("archived"))));
        QVERIFY(views.move(0, 2));
        QCOMPARE(names(views), strings({"B", "C", "A"}));
        QVERIFY(views.move(2, 0));
        QCOMPARE(names(views), strings({"A", "B", "C"}));
        QVERIFY(!views.move(0, 3));
        QVERIFY(!views.move(1, 1));
        QVERIFY(!views.rename(1, QStringLiteral("c"))); // another view's name
        QVERIFY(views.rename(1, QStringLiteral("b")));  // its own, in another case
        QVERIFY(views.rename(1, QStringLiteral("Unassigned")));
        QCOMPARE(names(views), strings({"A", "Unassigned", "C"}));
        QVERIFY(views.remove(0));
        QVERIFY(!views.remove(5));
        QCOMPARE(names(views), strings({"Unassigned", "C"}));

        SavedView changed =
            view(QStringLiteral("unassigned"), QStringLiteral("active"), QStringLiteral("vip@example.com"));
        changed.pageSize = 50;
        QVERIFY(views.replace(changed));
        QCOMPARE(views.at(0).name, QStringLiteral("Unassigned")); // the spelling first chosen
        QCOMPARE(views.at(0).pageSize, 50);
        QCOMPARE(views.at(0).filter.customer->identifier, QStringLiteral("vip@example.com"));
    }

    void storedPerGroupAndReadBack() {
        SavedViews views;
        SavedView vip = view(QStringLiteral("VIP customers"), QString(), QStringLiteral("vip@example.com"));
        vip.filter.agent = ParticipantRef(QStringLiteral("+15550100"), ParticipantType::Phone);
        vip.pageSize = 100;
        vip.search = QStringLiteral("björn");
        QVERIFY(views.add(view(QStringLiteral("Ghost — mine"), QStringLiteral("ghost"))));
        QVERIFY(views.add(vip));
        QVERIFY(views.add(view(QStringLiteral("Third"), QStringLiteral("BLOCKED"))));
        {
            QSettings settings(settingsPath(), QSettings::IniFormat);
            views.save(settings, QStringLiteral("view/profile:work"));
            SavedViews other;
            QVERIFY(other.add(view(QStringLiteral("Other profile's"), QStringLiteral("active"))));
            other.save(settings, QStringLiteral("view/profile:home"));
        }
        {
            QSettings settings(settingsPath(), QSettings::IniFormat);
            const SavedViews read = SavedViews::load(settings, QStringLiteral("view/profile:work"));
            QCOMPARE(read, views);
            QCOMPARE(read.at(1).filter.agent->type, ParticipantType::Phone);
            QCOMPARE(read.at(1).search, QStringLiteral("björn"));
            QVERIFY(read.at(0).search.isEmpty());
            QCOMPARE(names(SavedViews::load(settings, QStringLiteral("view/profile:home"))),
                     strings({"Other profile's"}));
            QVERIFY(SavedViews::load(settings, QStringLiteral("view/profile:none")).isEmpty());
        }
        // A shorter list replaces the longer one whole.
        views.remove(2);
        views.remove(0);
        {
            QSettings settings(settingsPath(), QSettings::IniFormat);
            views.save(settings, QStringLiteral("view/profile:work"));
        }
        QSettings settings(settingsPath(), QSettings::IniFormat);
        QCOMPARE(names(SavedViews::load(settings, QStringLiteral("view/profile:work"))),
                 strings({"VIP customers"}));
    }

    void modelSavesEveryChangeAndMovesRows() {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        SavedViewsModel model(&settings);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setGroup(QStringLiteral("view/profile:work"));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.save(view(QStringLiteral("A"), QStringLiteral("active"))));
        QVERIFY(model.save(view(QStringLiteral("B"), QStringLiteral("ghost"))));
        QVERIFY(model.save(view(QStringLiteral("C"), QStringLiteral("archived"))));
        QVERIFY(!model.save(view(QStringLiteral(" "), QStringLiteral("archived"))));
        QCOMPARE(names(model), strings({"A", "B", "C"}));

        // As a drop from a list view asks: row 0 to before row 3 (the end).
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QVERIFY(model.moveRow({}, 0, {}, 3));
        QCOMPARE(moved.size(), 1);
        QCOMPARE(names(model), strings({"B", "C", "A"}));
        QVERIFY(!model.moveRow({}, 1, {}, 2)); // before the next row: where it is
        QVERIFY(model.move(2, 0));             // Alt+Up twice
        QCOMPARE(names(model), strings({"A", "B", "C"}));
        QVERIFY(model.rename(2, QStringLiteral("Archived")));
        QVERIFY(model.remove(1));

        SavedViewsModel reread(&settings);
        reread.setGroup(QStringLiteral("view/profile:work"));
        QCOMPARE(names(reread), strings({"A", "Archived"}));
        reread.setGroup(QStringLiteral("view/profile:home"));
        QCOMPARE(reread.rowCount(), 0);
    }

    void countsAndTheActiveView() {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        SavedViewsModel model(&settings);
        model.setGroup(QStringLiteral("g"));
        const SavedView ghost = view(QStringLiteral("Ghosts"), QStringLiteral("ghost"));
        const SavedView vip = view(QStringLiteral("VIP"), QString(), QStringLiteral("vip@example.com"));
        model.save(ghost);
        model.save(vip);
        QVERIFY(!model.index(0).data(SavedViewsModel::CountRole).isValid()); // never loaded: no count

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setCount(ghost.filter, 340);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(0).data(SavedViewsModel::CountRole).toLongLong(), 340);
        QVERIFY(model.index(0).data(Qt::AccessibleTextRole).toString().contains(QLatin1String("340")));
        QVERIFY(!model.index(1).data(SavedViewsModel::CountRole).isValid());
        model.setCount(ghost.filter, -1); // a cursored load: nothing known any more
        QVERIFY(!model.index(0).data(SavedViewsModel::CountRole).isValid());

        model.setActiveFilter(vip.filter);
        QVERIFY(!model.index(0).data(SavedViewsModel::ActiveRole).toBool());
        QVERIFY(model.index(1).data(SavedViewsModel::ActiveRole).toBool());
        QCOMPARE(model.index(1).data(SavedViewsModel::FilterRole).value<ConversationFilter>(), vip.filter);

        model.setGroup(QStringLiteral("g")); // another profile and back: counts were of that session
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(!model.count(ghost.filter));
    }
};

QTEST_GUILESS_MAIN(TestSavedViews)
#include "tst_savedviews.moc"
