// ShortcutScheme: keys changed and stored, conflicts refused with the holder named, defaults given
// back, and a settings file edited into a clash read without two commands on one key.
#include "shortcutscheme.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace bridge;

class TestShortcutScheme : public QObject {
    Q_OBJECT

    static ShortcutScheme scheme() {
        ShortcutScheme s;
        s.addCommand(QStringLiteral("archive"), QStringLiteral("Archive"), QStringLiteral("Ctrl+E"));
        s.addCommand(QStringLiteral("refresh"), QStringLiteral("Refresh"), QStringLiteral("F5"));
        s.addCommand(QStringLiteral("rename"), QStringLiteral("Rename…"), QStringLiteral("F2"));
        s.addCommand(QStringLiteral("about"), QStringLiteral("About"), QString());
        return s;
    }

private slots:
    void conflictsAreRefused() {
        ShortcutScheme s = scheme();
        QCOMPARE(s.holderOf(QStringLiteral("ctrl + e")), QStringLiteral("Archive"));
        QCOMPARE(s.holderOf(QStringLiteral("Ctrl+E"), QStringLiteral("archive")), QString()); // its own
        QVERIFY(!s.set(QStringLiteral("refresh"), QStringLiteral("CTRL+E")));
        QCOMPARE(s.key(QStringLiteral("refresh")), QStringLiteral("F5"));
        QVERIFY(!s.set(QStringLiteral("nothing"), QStringLiteral("Ctrl+J")));
        QVERIFY(s.set(QStringLiteral("refresh"), QStringLiteral("Ctrl+R")));
        QVERIFY(!s.isDefault(QStringLiteral("refresh")));
        QVERIFY(s.holderOf(QString()).isEmpty());                      // no key clashes with nothing
        QVERIFY(s.set(QStringLiteral("about"), QStringLiteral("F5"))); // Refresh gave it up
        QVERIFY(s.set(QStringLiteral("archive"), QString()));          // none at all
        QVERIFY(s.set(QStringLiteral("rename"), QStringLiteral("Ctrl+E")));
    }

    void resetGivesTheDefaultBack() {
        ShortcutScheme s = scheme();
        QVERIFY(s.set(QStringLiteral("refresh"), QStringLiteral("Ctrl+R")));
        QVERIFY(s.set(QStringLiteral("about"), QStringLiteral("F5")));
        s.resetToDefault(QStringLiteral("refresh"));
        QCOMPARE(s.key(QStringLiteral("refresh")), QStringLiteral("F5"));
        QCOMPARE(s.key(QStringLiteral("about")), QString()); // back to its own default: none
        s.set(QStringLiteral("archive"), QStringLiteral("Ctrl+Shift+A"));
        s.resetAll();
        QCOMPARE(s.key(QStringLiteral("archive")), QStringLiteral("Ctrl+E"));
    }

    void storedOnlyWhereChangedAndReadBack() {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        ShortcutScheme s = scheme();
        QVERIFY(s.set(QStringLiteral("archive"), QStringLiteral("Ctrl+Shift+A")));
        QVERIFY(s.set(QStringLiteral("refresh"), QStringLiteral("Ctrl+E"))); // Archive's old key
        QVERIFY(s.set(QStringLiteral("rename"), QString()));
        s.save(settings);
        settings.beginGroup(QStringLiteral("shortcuts"));
        QCOMPARE(settings.childKeys().size(), 3);
        settings.endGroup();

        ShortcutScheme read = scheme();
        read.load(settings);
        QCOMPARE(read.key(QStringLiteral("archive")), QStringLiteral("Ctrl+Shift+A"));
        QCOMPARE(read.key(QStringLiteral("refresh")), QStringLiteral("Ctrl+E"));
        QCOMPARE(read.key(QStringLiteral("rename")), QString());
        QCOMPARE(read.key(QStringLiteral("about")), QString());

        // Back to the defaults: nothing stored.
        read.resetAll();
        read.save(settings);
        settings.beginGroup(QStringLiteral("shortcuts"));
        QVERIFY(settings.childKeys().isEmpty());
        settings.endGroup();
    }

    void aClashEditedByHandKeepsOneKeyPerCommand() {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("shortcuts/refresh"), QStringLiteral("Ctrl+E")); // Archive's default
        settings.setValue(QStringLiteral("shortcuts/rename"), QStringLiteral("ctrl+e"));  // and again
        ShortcutScheme s = scheme();
        s.load(settings);
        QCOMPARE(s.key(QStringLiteral("refresh")), QStringLiteral("Ctrl+E"));
        QCOMPARE(s.key(QStringLiteral("rename")), QString());
        QCOMPARE(s.key(QStringLiteral("archive")), QString()); // its default was taken
        QStringList keys;
        for (const auto &command : s.commands()) {
            if (!command.key.isEmpty())
                keys << ShortcutScheme::normalized(command.key);
        }
        QCOMPARE(keys.size(), QSet<QString>(keys.cbegin(), keys.cend()).size());
    }
};

QTEST_GUILESS_MAIN(TestShortcutScheme)
#include "tst_shortcutscheme.moc"
