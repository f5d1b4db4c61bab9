// The local store against real SQLite files in a temporary folder: what is kept comes back equal,
// old and broken files, permissions, search by any part, search during a long write, no secret.
#include "conversationstore.h"
#include "conversationstoreschema.h"
#include "sandboxfixture.h"
#include "searchfold.h"
#include "storesearch.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace bridge;

namespace {

Participant participant(const QString &identifier, const QString &type, const QString &role = {}) {
    return Participant{
        identifier, type, role, QDateTime(QDate(2026, 3, 1), QTime(9, 30, 15, 250), Qt::UTC), {}};
}

Conversation conversation(int n, const QString &name, const QString &customer, const QString &agent = {}) {
    Conversation c;
    c.id = QStringLiteral("conv-%1-a7f3").arg(n, 6, 10, QLatin1Char('0'));
    c.workspaceId = QStringLiteral("ws-1");
    c.name = name;
    c.status = ConversationStatus(QStringLiteral("ghost"));
    c.externalParticipants = {participant(customer, QStringLiteral("email"), QStringLiteral("customer"))};
    if (!agent.isEmpty())
        c.internalParticipants = {participant(agent, QStringLiteral("email"))};
    c.createdAt = QDateTime(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC).addSecs(n);
    c.updatedAt = QDateTime(QDate(2026, 2, 1), QTime(8, 0), Qt::UTC).addSecs(n * 60);
    return c;
}

QList<Conversation> filler(int count, int from = 1000) {
    QList<Conversation> out;
    out.reserve(count);
    for (int i = 0; i < count; ++i)
        out.append(conversation(from + i, QStringLiteral("Order %1 follow-up").arg(from + i),
                                QStringLiteral("customer%1@example.org").arg(from + i)));
    return out;
}

QList<Conversation> people() {
    return {conversation(1, QStringLiteral("Björn Lindqvist refund"), QStringLiteral("bjorn.l@nordmail.se")),
            conversation(2, QStringLiteral("Ørsted wind farm visit"), QStringLiteral("+4512345678")),
            conversation(3, QStringLiteral("Straße der Einheit"), QStringLiteral("hans@strasse.de"),
                         QStringLiteral("agent.kim@bridge.example")),
            conversation(4, QStringLiteral("Plain question"), QStringLiteral("someone@else.com"))};
}

int permissionsOf(const QString &path) {
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 0777);
}

int userVersionOf(const QString &path) {
    int version = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
                version = q.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
    return version;
}

QStringList idsOf(const QList<Conversation> &conversations) {
    QStringList ids;
    for (const Conversation &c : conversations)
        ids.append(c.id);
    return ids;
}

QStringList asideFiles(const QString &folder, const QString &reason) {
    return QDir(folder).entryList({QStringLiteral("*.") + reason + QStringLiteral("-*.sqlite")}, QDir::Files);
}

} // namespace

class TestConversationStore : public QObject {
    Q_OBJECT

    QString storePath(const QTemporaryDir &dir) const {
        return dir.filePath(QStringLiteral("stores/work.sqlite"));
    }

private slots:
    void sqliteHasTrigramSearch() {
        QTemporaryDir dir;
        ConversationStore store(storePath(dir));
        QVERIFY2(store.isOpen(), qPrintable(store.notice()));
        QVERIFY(store.notice().isEmpty());
        QCOMPARE(userVersionOf(store.path()), storeschema::CurrentVersion);
    }

    void keptConversationsComeBackEqual() {
        QTemporaryDir dir;
        ConversationStore store(storePath(dir));
        QList<Conversation> page = people();
        // Times in another offset and missing ones, a status no vocabulary knows, a Connect id.
        page[1].updatedAt = QDateTime(QDate(2026, 2, 3), QTime(23, 59, 59, 999), Qt::OffsetFromUTC, 7200);
        page[1].internalParticipants = {
            Participant{QStringLiteral("u_123"), QStringLiteral("ID"), {}, {}, {}}};
        page[2].status = ConversationStatus(QStringLiteral("NOT_ASSIGNED_TO_HUMAN"));
        page[3].teamId = QStringLiteral("team-9");
        const QDateTime seen = QDateTime::currentDateTime();
        ListQuery query;
        query.limit = 50;
        store.rememberPage(query, page, seen);
        store.flush();

        const std::optional<StoredPage> stored = store.storedPage(query);
        QVERIFY(stored.has_value());
        QCOMPARE(stored->conversations, page);
        QCOMPARE(stored->seenAt.toMSecsSinceEpoch(), seen.toMSecsSinceEpoch());
        QVERIFY(!store.storedPage(query.withPage(2)).has_value());

        const StoreSearchResult found = store.search(page[2].id);
        QCOMPARE(found.conversations, QList<Conversation>{page[2]});
    }

    void storedPageSurvivesReopening() {
        QTemporaryDir dir;
        const ListQuery query;
        {
            ConversationStore store(storePath(dir));
            store.rememberPage(query, people(), QDateTime::currentDateTime());
            store.keepCheckpoint(QStringLiteral("walk"), "page=7");
        } // the destructor finishes the queued writes
        ConversationStore again(storePath(dir));
        QCOMPARE(again.storedPage(query)->conversations, people());
        QCOMPARE(again.checkpoint(QStringLiteral("walk")), QByteArray("page=7"));
    }

    void checkpointSeesEveryKeepBeforeIt() {
        QTemporaryDir dir;
        ConversationStore store(storePath(dir));
        store.keepCheckpoint(QStringLiteral("walk"), "a");
        store.keepCheckpoint(QStringLiteral("walk"), "b");
        QCOMPARE(store.checkpoint(QStringLiteral("walk")), QByteArray("b"));
        store.keepCheckpoint(QStringLiteral("walk"), {});
        QVERIFY(store.checkpoint(QStringLiteral("walk")).isEmpty());
    }

    void version1FileIsMigrated() {
        QTemporaryDir dir;
        const QString path = storePath(dir);
        QDir().mkpath(QFileInfo(path).absolutePath());
        const QByteArray body =
            R"({"id":"old-42","workspaceId":"ws","name":"Björn from before","status":"active",)"
            R"("teamId":"","createdAt":"2025-05-01T10:00:00.000Z","updatedAt":)"
            R"("2025-05-02T10:00:00.000Z","customers":[{"identifier":"b@old.se","type":"email",)"
            R"("role":"","joinedAt":null,"lastSeenAt":null}],"agents":[]})";
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            const QStringList statements = storeschema::statementsOfVersion(1);
            for (const QString &statement : statements)
                QVERIFY2(q.exec(statement), qPrintable(statement));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
            q.prepare(
                QStringLiteral("INSERT INTO conversations(id, body, seen_at) VALUES ('old-42', ?, 1000)"));
            q.addBindValue(QString::fromUtf8(body));
            QVERIFY(q.exec());
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));

        ConversationStore store(path);
        QVERIFY2(store.isOpen() && store.notice().isEmpty(), qPrintable(store.notice()));
        store.flush();
        QCOMPARE(userVersionOf(path), storeschema::CurrentVersion);
        const StoreSearchResult found = store.search(QStringLiteral("bjorn"));
        QCOMPARE(found.matched, 1);
        ConversationFilter active;
        active.status = ConversationStatus(QStringLiteral("active"));
        QCOMPARE(store.search(QStringLiteral("bjorn"), active).matched, 1);
        QCOMPARE(found.conversations.first().id, QStringLiteral("old-42"));
        QCOMPARE(found.conversations.first().externalParticipants.first().identifier,
                 QStringLiteral("b@old.se"));
    }

    void version2FileIsMigrated() {
        QTemporaryDir dir;
        const QString path = storePath(dir);
        QDir().mkpath(QFileInfo(path).absolutePath());
        const Conversation kept = people().first(); // ghost
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v2"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (int version : {1, 2}) {
                const QStringList statements = storeschema::statementsOfVersion(version);
                for (const QString &statement : statements)
                    QVERIFY2(q.exec(statement), qPrintable(statement));
            }
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 2")));
            q.prepare(
                QStringLiteral("INSERT INTO conversations(row, id, body, seen_at) VALUES (7, ?, ?, 1000)"));
            q.addBindValue(kept.id);
            q.addBindValue(QStringLiteral(R"({"id":"%1","name":"Björn Lindqvist refund","status":"ghost"})")
                               .arg(kept.id));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            q.prepare(QStringLiteral("INSERT INTO search_text(row, updated_at, folded) VALUES (7, 5, ?)"));
            q.addBindValue(foldForSearch(QStringLiteral("Björn Lindqvist refund")));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v2"));

        ConversationStore store(path);
        QVERIFY2(store.isOpen() && store.notice().isEmpty(), qPrintable(store.notice()));
        QCOMPARE(userVersionOf(path), storeschema::CurrentVersion);
        ConversationFilter filter;
        filter.status = ConversationStatus(QStringLiteral("ghost"));
        QCOMPARE(idsOf(store.search(QStringLiteral("lindqvist"), filter).conversations),
                 QStringList{kept.id});
        filter.status = ConversationStatus(QStringLiteral("active"));
        QCOMPARE(store.search(QStringLiteral("lindqvist"), filter).matched, 0);
        // A later write of the same conversation moves it, in the index too.
        Conversation now = kept;
        now.status = ConversationStatus(QStringLiteral("active"));
        now.name = QStringLiteral("Renamed");
        store.keepConversations({now}, QDateTime::currentDateTime());
        store.flush();
        QCOMPARE(store.search(QStringLiteral("lindqvist"), filter).matched, 0);
        QCOMPARE(idsOf(store.search(QStringLiteral("renamed"), filter).conversations), QStringList{kept.id});
    }

    void corruptFileIsSetAside() {
        QTemporaryDir dir;
        const QString path = storePath(dir);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QByteArray junk(64 * 1024, '\0');
        for (char &c : junk)
            c = char(QRandomGenerator::global()->bounded(256));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(junk);
        }
        ConversationStore store(path);
        QVERIFY(store.isOpen());
        QVERIFY2(store.notice().contains(QStringLiteral("could not be read")), qPrintable(store.notice()));
        const QStringList aside = asideFiles(QFileInfo(path).absolutePath(), QStringLiteral("corrupt"));
        QCOMPARE(aside.size(), 1);
        QVERIFY(store.notice().contains(aside.first()));
        QFile kept(QFileInfo(path).absolutePath() + QLatin1Char('/') + aside.first());
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), junk);
        // The fresh store works.
        store.keepConversations(people(), QDateTime::currentDateTime());
        store.flush();
        QCOMPARE(store.search(QStringLiteral("orsted")).matched, 1);
    }

    void newerFileIsSetAside() {
        QTemporaryDir dir;
        const QString path = storePath(dir);
        QDir().mkpath(QFileInfo(path).absolutePath());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE future (x)")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(storeschema::CurrentVersion + 1)));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        ConversationStore store(path);
        QVERIFY(store.isOpen());
        QVERIFY2(store.notice().contains(QStringLiteral("newer version")), qPrintable(store.notice()));
        const QStringList aside = asideFiles(QFileInfo(path).absolutePath(), QStringLiteral("newer"));
        QCOMPARE(aside.size(), 1);
        QCOMPARE(userVersionOf(QFileInfo(path).absolutePath() + QLatin1Char('/') + aside.first()),
                 storeschema::CurrentVersion + 1);
        QCOMPARE(userVersionOf(path), storeschema::CurrentVersion);
    }

    void filesAreTheOwnersOnly() {
        QTemporaryDir dir;
        const QString path = storePath(dir);
        ConversationStore store(path);
        store.keepConversations(filler(50), QDateTime::currentDateTime());
        store.flush();
        QCOMPARE(permissionsOf(QFileInfo(path).absolutePath()), 0700);
        QCOMPARE(permissionsOf(path), 0600);
        QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
        QCOMPARE(permissionsOf(path + QStringLiteral("-wal")), 0600);
        QCOMPARE(permissionsOf(path + QStringLiteral("-shm")), 0600);
    }

    void foldsCaseAccentsAndLetters() {
        QCOMPARE(foldForSearch(QStringLiteral("Björn")), QStringLiteral("bjorn"));
        QCOMPARE(foldForSearch(QStringLiteral("ØRSTED")), QStringLiteral("orsted"));
        QCOMPARE(foldForSearch(QStringLiteral("Straße")), QStringLiteral("strasse"));
        QCOMPARE(foldForSearch(QStringLiteral("Æsir Łódź")), QStringLiteral("aesir lodz"));
    }

    void searchFindsAnyPart_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("ids");
        const QList<Conversation> p = people();
        QTest::newRow("accented") << QStringLiteral("björn") << QStringList{p[0].id};
        QTest::newRow("upper case, no accent") << QStringLiteral("BJORN") << QStringList{p[0].id};
        QTest::newRow("inside a word") << QStringLiteral("rsted") << QStringList{p[1].id};
        QTest::newRow("piece of an email") << QStringLiteral("nordmail") << QStringList{p[0].id};
        QTest::newRow("agent email") << QStringLiteral("agent.kim@") << QStringList{p[2].id};
        QTest::newRow("phone digits") << QStringLiteral("234567") << QStringList{p[1].id};
        QTest::newRow("id fragment") << QStringLiteral("0003-a7") << QStringList{p[2].id};
        QTest::newRow("eszett typed plain") << QStringLiteral("strasse der") << QStringList{p[2].id};
        QTest::newRow("two letters") << QStringLiteral("RS") << QStringList{p[1].id};
        QTest::newRow("a word and two letters") << QStringLiteral("refund bj") << QStringList{p[0].id};
        QTest::newRow("nothing") << QStringLiteral("zzzq") << QStringList{};
        QTest::newRow("like wildcards are literal") << QStringLiteral("%_") << QStringList{};
    }

    void searchFindsAnyPart() {
        QFETCH(QString, text);
        QFETCH(QStringList, ids);
        QTemporaryDir dir;
        ConversationStore store(storePath(dir));
        store.keepConversations(people() + filler(200), QDateTime::currentDateTime());
        store.flush();
        const StoreSearchResult found = store.search(text);
        QCOMPARE(idsOf(found.conversations), ids);
        QCOMPARE(found.matched, ids.size());
        QCOMPARE(found.searched, 204);
    }

    void searchReturnsNewestFirstAndCountsAll() {
        QTemporaryDir dir;
        ConversationStore store(storePath(dir));
        store.keepConversations(filler(300), QDateTime::currentDateTime());
        store.flush();
        const StoreSearchResult found = store.search(QStringLiteral("example.org"), {}, 10);
        QCOMPARE(found.matched, 300);
        QCOMPARE(found.conversations.size(), 10);
        QCOMPARE(found.conversations.first().id, filler(1, 1299).first().id);
        // A replaced conversation is found by its new name only.
        Conversation renamed = filler(1, 1000).first();
        renamed.name = QStringLiteral("Renamed Ørsted");
        store.keepConversations({renamed}, QDateTime::currentDateTime());
        store.flush();
        QCOMPARE(store.search(QStringLiteral("orsted")).matched, 1);
        QCOMPARE(store.search(QStringLiteral("order 1000 follow")).matched, 0);
        QCOMPARE(store.stats().count, 300);
    }

    void searchKeepsToTheFilter() {
        QTemporaryDir dir;
        ConversationStore store(storePath(dir));
        QList<Conversation> rows = filler(40);
        for (int i = 0; i < rows.size(); i += 4)
            rows[i].status = ConversationStatus(QStringLiteral("active"));
        rows[5].internalParticipants = {
            participant(QStringLiteral("Agent.Kim@Bridge.example"), QStringLiteral("email"))};
        rows[8].internalParticipants = {
            participant(QStringLiteral("agent.kim@bridge.example"), QStringLiteral("email"))};
        rows[8].status = ConversationStatus(QStringLiteral("active"));
        store.keepConversations(rows, QDateTime::currentDateTime());
        store.flush();

        ConversationFilter active;
        active.status = ConversationStatus(QStringLiteral("active"));
        StoreSearchResult found = store.search(QStringLiteral("example.org"), active);
        QCOMPARE(found.matched, 10);
        QCOMPARE(found.conversations.size(), 10);
        for (const Conversation &c : std::as_const(found.conversations))
            QCOMPARE(c.status.raw(), QStringLiteral("active"));
        QCOMPARE(found.searched, 40);
        // Few rows asked for: the newest first, the count still whole.
        found = store.search(QStringLiteral("example.org"), active, 3);
        QCOMPARE(found.matched, 10);
        QCOMPARE(idsOf(found.conversations), (QStringList{rows[36].id, rows[32].id, rows[28].id}));
        // Short words (no index) and a filter.
        QCOMPARE(store.search(QStringLiteral("10"), active).matched, 10);
        ConversationFilter kim;
        kim.agent = ParticipantRef{QStringLiteral("AGENT.KIM@bridge.example"), ParticipantType::Unspecified};
        QCOMPARE(idsOf(store.search(QStringLiteral("follow"), kim).conversations),
                 (QStringList{rows[8].id, rows[5].id}));
        kim.status = active.status;
        QCOMPARE(idsOf(store.search(QStringLiteral("follow"), kim).conversations), QStringList{rows[8].id});
        ConversationFilter customer;
        customer.customer = ParticipantRef{rows[7].externalParticipants.first().identifier.toUpper(),
                                           ParticipantType::Unspecified};
        QCOMPARE(idsOf(store.search(QStringLiteral("order"), customer).conversations),
                 QStringList{rows[7].id});
        // The customer is a participant, not a piece of one.
        customer.customer->identifier = QStringLiteral("customer100");
        QCOMPARE(store.search(QStringLiteral("order"), customer).matched, 0);
    }

    void searchAnswersDuringALongWrite() {
        QTemporaryDir dir;
        ConversationStore store(storePath(dir));
        store.keepConversations(people() + filler(2000), QDateTime::currentDateTime());
        store.flush();
        QElapsedTimer writing;
        writing.start();
        store.keepConversations(filler(60000, 100000), QDateTime::currentDateTime());
        int answeredWhileWriting = 0;
        qint64 slowest = 0;
        QElapsedTimer timer;
        while (store.pendingWrites() > 0) {
            timer.start();
            const StoreSearchResult found = store.search(QStringLiteral("björn"));
            slowest = std::max(slowest, timer.elapsed());
            QCOMPARE(found.matched, 1);
            if (store.pendingWrites() > 0)
                ++answeredWhileWriting;
        }
        const qint64 writeTook = writing.elapsed();
        // A search that waited for the write would take about as long as the write, and answer
        // after it; these answered many times while it went on (wall clock on a busy machine).
        QVERIFY2(answeredWhileWriting >= 5, qPrintable(QString::number(answeredWhileWriting)));
        QVERIFY2(slowest * 4 < writeTook,
                 qPrintable(QStringLiteral("%1 ms of %2 ms").arg(slowest).arg(writeTook)));
        QCOMPARE(store.search(QStringLiteral("customer100042@")).matched, 1);
    }

    void clearForgetsEverythingAndShrinks() {
        QTemporaryDir dir;
        ConversationStore store(storePath(dir));
        const QDateTime earlier = QDateTime::currentDateTime().addDays(-2);
        const QDateTime later = QDateTime::currentDateTime();
        store.keepConversations(filler(2000), earlier);
        store.rememberPage(ListQuery{}, people(), later);
        store.keepCheckpoint(QStringLiteral("walk"), "x");
        store.flush();
        const StoreStats before = store.stats();
        QCOMPARE(before.count, 2004);
        QCOMPARE(before.oldestSeen.toMSecsSinceEpoch(), earlier.toMSecsSinceEpoch());
        QCOMPARE(before.newestSeen.toMSecsSinceEpoch(), later.toMSecsSinceEpoch());
        QVERIFY(before.bytesOnDisk > 100 * 1024);

        store.clear();
        QVERIFY(store.checkpoint(QStringLiteral("walk")).isEmpty());
        store.flush();
        const StoreStats after = store.stats();
        QCOMPARE(after.count, 0);
        QVERIFY(!after.newestSeen.isValid());
        QVERIFY2(after.bytesOnDisk < before.bytesOnDisk / 4,
                 qPrintable(QStringLiteral("%1 → %2").arg(before.bytesOnDisk).arg(after.bytesOnDisk)));
        QVERIFY(!store.storedPage(ListQuery{}).has_value());
        QCOMPARE(store.search(QStringLiteral("bjorn")).matched, 0);
    }

    void removeFilesDeletesTheDatabase() {
        QTemporaryDir dir;
        const QString path = storePath(dir);
        {
            ConversationStore store(path);
            store.keepConversations(people(), QDateTime::currentDateTime());
        }
        QVERIFY(QFile::exists(path));
        QVERIFY(ConversationStore::removeFiles(path));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void renameFilesMovesTheStore() {
        QTemporaryDir dir;
        const QString from = storePath(dir);
        const QString to = dir.filePath(QStringLiteral("stores/home.sqlite"));
        {
            ConversationStore store(from);
            store.keepConversations(people(), QDateTime::currentDateTime());
        }
        QVERIFY(ConversationStore::renameFiles(from, to));
        QVERIFY(!QFile::exists(from));
        ConversationStore renamed(to);
        QCOMPARE(renamed.search(QStringLiteral("orsted")).matched, 1);
    }

    void defaultPathIsPerProfile() {
        const QString a = ConversationStore::defaultPath(QStringLiteral("Work"));
        const QString b = ConversationStore::defaultPath(QStringLiteral("../Home"));
        QVERIFY(a.endsWith(QStringLiteral("/stores/Work.sqlite")));
        QVERIFY(a != b);
        QVERIFY2(!b.contains(QStringLiteral("/../")), qPrintable(b));
    }

    void noSecretInTheFile() {
        testing::Sandbox sandbox;
        const bridge::Credentials credentials = testing::sandboxCredentials(*sandbox.server);
        QVERIFY(!credentials.secret.isEmpty());
        std::optional<Expected<ConversationPage>> outcome;
        ListQuery query;
        query.limit = 100;
        sandbox.client->list(query, this, [&](const Expected<ConversationPage> &r) { outcome = r; });
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 10000);
        QVERIFY(outcome->ok());
        QVERIFY(!outcome->value().conversations.isEmpty());

        QTemporaryDir dir;
        const QString path = storePath(dir);
        {
            ConversationStore store(path);
            store.rememberPage(query, outcome->value().conversations, QDateTime::currentDateTime());
            store.keepCheckpoint(QStringLiteral("walk"), "cursor");
            store.flush();
            QCOMPARE(store.storedPage(query)->conversations, outcome->value().conversations);
            QByteArray bytes;
            for (const QString &file : QStringList{path, path + QStringLiteral("-wal")}) {
                QFile f(file);
                QVERIFY(f.open(QIODevice::ReadOnly));
                bytes += f.readAll();
            }
            QVERIFY(bytes.contains(outcome->value().conversations.first().id.toUtf8())); // the grep works
            QVERIFY(!bytes.contains(credentials.secret));
            if (!credentials.apiKey.isEmpty())
                QVERIFY(!bytes.contains(credentials.apiKey.toUtf8()));
        }
    }

    void scopeLineSaysWhatWasSearched() {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const QDateTime now(QDate(2026, 12, 5), QTime(21, 38), Qt::UTC);
        StoreSearchResult result;
        result.matched = 12;
        result.searched = 100000;
        QCOMPARE(searchScopeLine(result, SearchScope{true, now.addSecs(-125)}, now),
                 QStringLiteral("12 of 100,000 conversations in the offline copy, updated 2 min ago"));
        result.searched = 340;
        QCOMPARE(
            searchScopeLine(result, SearchScope{false, now}, now),
            QStringLiteral("12 in 340 cached conversations — keep an offline copy to search everything"));
        QCOMPARE(
            searchScopeLine(result, SearchScope{false, now, QStringLiteral("Ghost")}, now),
            QStringLiteral(
                "12 in 340 cached conversations — keep an offline copy to search everything · within Ghost"));
    }
};

QTEST_MAIN(TestConversationStore)
#include "tst_conversationstore.moc"
