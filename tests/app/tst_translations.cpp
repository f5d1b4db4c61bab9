// Translations: the German .ts is complete for every text in the sources today (lupdate is run on
// a copy, so a string added without a translation fails here instead of silently staying English),
// its translations keep the placeholders and mnemonics of their sources, and at run time the
// embedded .qm really reaches the contexts the code asks (a text lupdate files under the wrong
// context would stay English while the .ts looks complete).
#include "conversationtablemodel.h"
#include "desktoptranslations.h"
#include "pagerbar.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;             //!< "", "unfinished", "vanished", "obsolete"
    QStringList translations; //!< one, or one per numerus form
    QString key() const { return context + QLatin1Char('\x1f') + source + QLatin1Char('\x1f') + comment; }
};

QList<Message> readTs(const QString &path, QString *error) {
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        const auto name = xml.name();
        if (xml.isStartElement()) {
            if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                current = Message{};
                inMessage = true;
                current.context = context;
                current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                current.comment = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                current.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!current.numerus)
                    current.translations = {xml.readElementText()};
            } else if (name == QLatin1String("numerusform")) {
                current.translations.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && name == QLatin1String("message")) {
            messages.append(current);
            inMessage = false;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QString describe(const Message &m) {
    return QStringLiteral("[%1] \"%2\"").arg(m.context, m.source);
}

// %1..%99, %n, %Ln, %L1: what must survive translation.
QStringList placeholders(const QString &text) {
    static const QRegularExpression re(QStringLiteral("%L?(\\d{1,2}|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(0));
    found.sort();
    found.removeDuplicates();
    return found;
}

bool hasMnemonic(const QString &text) {
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        if (text.at(i + 1).isLetterOrNumber())
            return true;
    }
    return false;
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void germanIsCompleteForTheSources();
    void translationsKeepPlaceholdersAndMnemonics_data();
    void translationsKeepPlaceholdersAndMnemonics();
    void germanAtRunTime();
    void englishNeedsNoFile();

private:
    QString m_committed;
    QList<Message> m_messages;
};

void TestTranslations::initTestCase() {
    m_committed = QStringLiteral(BRIDGE_SOURCE_DIR "/resources/translations/bridgedesk_de.ts");
    QString error;
    m_messages = readTs(m_committed, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(m_messages.size() > 100);
}

void TestTranslations::germanIsCompleteForTheSources() {
    // 1. The committed file: nothing unfinished, nothing empty.
    QStringList problems;
    for (const Message &m : std::as_const(m_messages)) {
        if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
            continue;
        if (m.type == QLatin1String("unfinished"))
            problems.append(QStringLiteral("unfinished: ") + describe(m));
        else if (m.translations.isEmpty() || m.translations.contains(QString()))
            problems.append(QStringLiteral("empty: ") + describe(m));
        else if (m.numerus && m.translations.size() != 2)
            problems.append(QStringLiteral("German needs two plural forms: ") + describe(m));
    }

    // 2. The sources today: lupdate on a copy finds no text the file lacks, and files every
    //    text under a context the code really uses (no "lacks Q_OBJECT" guesses).
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("bridgedesk_de.ts"));
    QVERIFY(QFile::copy(m_committed, copy));
    QProcess lupdate;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LUPDATE"), QStringLiteral(BRIDGE_LUPDATE));
    lupdate.setProcessEnvironment(env);
    lupdate.start(QStringLiteral(BRIDGE_SOURCE_DIR "/resources/translations/lupdate.sh"), {copy});
    QVERIFY(lupdate.waitForFinished(120000));
    const QString output =
        QString::fromLocal8Bit(lupdate.readAllStandardOutput() + lupdate.readAllStandardError());
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, qPrintable(output));
    for (const QString &line : output.split(QLatin1Char('\n'))) {
        if (line.contains(QLatin1String("lacks Q_OBJECT")) ||
            line.contains(QLatin1String("Cannot invoke tr()")) ||
            line.contains(QLatin1String("warning"), Qt::CaseInsensitive))
            problems.append(QStringLiteral("lupdate: ") + line.trimmed());
    }
    QString error;
    const QList<Message> fresh = readTs(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QSet<QString> committedKeys;
    for (const Message &m : std::as_const(m_messages))
        committedKeys.insert(m.key());
    int stale = 0;
    QSet<QString> freshKeys;
    for (const Message &m : fresh) {
        freshKeys.insert(m.key());
        if (!committedKeys.contains(m.key()))
            problems.append(
                QStringLiteral("not in bridgedesk_de.ts (run ./dev.sh translations, then translate): ") +
                describe(m));
    }
    for (const Message &m : std::as_const(m_messages))
        stale += freshKeys.contains(m.key()) ? 0 : 1;
    if (stale > 0)
        qWarning(
            "%d entries of bridgedesk_de.ts are no longer in the sources: ./dev.sh translations drops them",
            stale);

    for (const QString &p : std::as_const(problems))
        qWarning("%s", qPrintable(p));
    QVERIFY2(
        problems.isEmpty(),
        qPrintable(
            QStringLiteral("%1 problem(s) with the German translation; see above").arg(problems.size())));
}

void TestTranslations::translationsKeepPlaceholdersAndMnemonics_data() {
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("translation");
    QTest::addColumn<bool>("numerus");
    for (const Message &m : std::as_const(m_messages)) {
        for (const QString &t : m.translations) {
            if (!t.isEmpty())
                QTest::newRow(qPrintable(describe(m).left(90))) << m.source << t << m.numerus;
        }
    }
}

void TestTranslations::translationsKeepPlaceholdersAndMnemonics() {
    QFETCH(QString, source);
    QFETCH(QString, translation);
    QFETCH(bool, numerus);
    QStringList expected = placeholders(source);
    QStringList actual = placeholders(translation);
    if (numerus) {
        // A singular form may spell the number out ("eine Minute"): %n is optional there.
        expected.removeAll(QStringLiteral("%n"));
        expected.removeAll(QStringLiteral("%Ln"));
        actual.removeAll(QStringLiteral("%n"));
        actual.removeAll(QStringLiteral("%Ln"));
    }
    QCOMPARE(actual, expected);
    QCOMPARE(hasMnemonic(translation), hasMnemonic(source));
}

void TestTranslations::germanAtRunTime() {
    const QStringList loaded = DeskTranslations::install(QLocale(QLocale::German, QLocale::Germany));
    QVERIFY2(!loaded.isEmpty() && loaded.first().startsWith(QLatin1String(":/i18n/bridgedesk_de")),
             qPrintable(loaded.join(QLatin1Char(' '))));
    QVERIFY(DeskTranslations::languages().contains(QStringLiteral("de")));
    QCOMPARE(QLocale().language(), QLocale::German);

    using Model = bridge::ConversationTableModel;
    QCOMPARE(Model::columnTitle(Model::Column::Customer), QStringLiteral("Kunde"));
    // Texts from the model's helper functions (not members of the class) reach their context too.
    Model model;
    bridge::Conversation c;
    c.id = QStringLiteral("cv_1");
    c.status = bridge::ConversationStatus(QStringLiteral("active"));
    c.teamId = QStringLiteral("tm_support");
    model.setConversations({c});
    QCOMPARE(model.index(0, int(Model::Column::Status)).data().toString(), QStringLiteral("Aktiv"));
    QVERIFY(model.index(0, int(Model::Column::Assigned)).data().toString().startsWith(QLatin1String("Team")));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(Model::relativeTime(now.addSecs(-5 * 60), now), QStringLiteral("vor 5 Min."));
    QCOMPARE(Model::relativeTime(now.addSecs(-60 * 60), now), QStringLiteral("vor 1 Std."));

    bridge::Pagination pagination;
    pagination.page = 1;
    pagination.totalPages = 120;
    pagination.total = 2400;
    // German digit grouping from QLocale, not a hard-coded format.
    QCOMPARE(PagerBar::pageText(pagination), QStringLiteral("Seite 1 von 120 · 2.400 Unterhaltungen"));

    if (loaded.size() > 1) // Qt's own German (qt6-translations-l10n): standard buttons
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
    else
        qInfo("Qt's own German (qtbase_de.qm) is not installed: standard buttons stay English");
}

void TestTranslations::englishNeedsNoFile() {
    QVERIFY(DeskTranslations::install(QLocale(QLocale::English, QLocale::UnitedStates)).isEmpty());
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
