#include "conversationstoreschema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace bridge::storeschema {

namespace {

// Version 1: conversations as the server sent them, the pages last shown, the walks' checkpoints.
const char *const version1[] = {
    "CREATE TABLE conversations ("
    " row INTEGER PRIMARY KEY,"
    " id TEXT NOT NULL UNIQUE,"
    " body TEXT NOT NULL,"
    " seen_at INTEGER NOT NULL)",
    "CREATE TABLE pages ("
    " query_key TEXT PRIMARY KEY,"
    " ids TEXT NOT NULL,"
    " seen_at INTEGER NOT NULL)",
    "CREATE TABLE checkpoints ("
    " key TEXT PRIMARY KEY,"
    " state BLOB NOT NULL)",
};

// Version 2: search. A narrow table of the folded text of each conversation (name, participants,
// id; see searchfold.h) and its update time, sharing the conversation's row number, so that a search
// and its ordering by update never read the wide rows; a trigram index over the folded text (any
// three letters find a row) that reads it from there (external content), kept in step by triggers.
// Rows kept by version 1 get their folded text when the store next opens (StoreWriter::refold()).
const char *const version2[] = {
    "CREATE TABLE search_text ("
    " row INTEGER PRIMARY KEY,"
    " updated_at INTEGER NOT NULL,"
    " folded TEXT NOT NULL)",
    "CREATE INDEX search_text_by_update ON search_text(updated_at DESC)",
    "CREATE VIRTUAL TABLE conversation_search USING fts5("
    " folded, content='search_text', content_rowid='row', tokenize='trigram')",
    "CREATE TRIGGER search_text_ai AFTER INSERT ON search_text BEGIN"
    " INSERT INTO conversation_search(rowid, folded) VALUES (new.row, new.folded); END",
    "CREATE TRIGGER search_text_ad AFTER DELETE ON search_text BEGIN"
    " INSERT INTO conversation_search(conversation_search, rowid, folded)"
    " VALUES ('delete', old.row, old.folded); END",
    "CREATE TRIGGER search_text_au AFTER UPDATE ON search_text BEGIN"
    " INSERT INTO conversation_search(conversation_search, rowid, folded)"
    " VALUES ('delete', old.row, old.folded);"
    " INSERT INTO conversation_search(rowid, folded) VALUES (new.row, new.folded); END",
    "CREATE TRIGGER conversations_ad AFTER DELETE ON conversations BEGIN"
    " DELETE FROM search_text WHERE row = old.row; END",
};

// Version 3: each conversation's status beside its folded text, so that a search within a status
// filter reads the narrow table only (kept from the stored body for rows of version 2). The index
// follows the folded text alone: setting the status does not rewrite it.
const char *const version3[] = {
    "ALTER TABLE search_text ADD COLUMN status TEXT NOT NULL DEFAULT ''",
    "DROP TRIGGER search_text_au",
    "CREATE TRIGGER search_text_au AFTER UPDATE OF folded ON search_text BEGIN"
    " INSERT INTO conversation_search(conversation_search, rowid, folded)"
    " VALUES ('delete', old.row, old.folded);"
    " INSERT INTO conversation_search(rowid, folded) VALUES (new.row, new.folded); END",
    "UPDATE search_text SET status = coalesce((SELECT json_extract(c.body, '$.status')"
    " FROM conversations c WHERE c.row = search_text.row), '')",
};

template <std::size_t N> QStringList toList(const char *const (&statements)[N]) {
    QStringList out;
    for (const char *s : statements)
        out.append(QString::fromLatin1(s));
    return out;
}

int userVersion(QSqlDatabase &db, bool *ok) {
    QSqlQuery q(db);
    *ok = q.exec(QStringLiteral("PRAGMA user_version")) && q.next();
    return *ok ? q.value(0).toInt() : 0;
}

bool applyVersion(QSqlDatabase &db, int version) {
    if (!db.transaction())
        return false;
    QSqlQuery q(db);
    const QStringList statements = statementsOfVersion(version);
    for (const QString &statement : statements) {
        if (!q.exec(statement)) {
            db.rollback();
            return false;
        }
    }
    if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version))) {
        db.rollback();
        return false;
    }
    return db.commit();
}

} // namespace

QStringList statementsOfVersion(int version) {
    switch (version) {
    case 1:
        return toList(version1);
    case 2:
        return toList(version2);
    case 3:
        return toList(version3);
    default:
        return {};
    }
}

Verdict migrate(QSqlDatabase &db) {
    bool ok = false;
    int version = userVersion(db, &ok);
    if (!ok)
        return Verdict::Corrupt;
    if (version > CurrentVersion)
        return Verdict::Newer;
    // A file that reads but whose tables are damaged fails here rather than at the first search.
    QSqlQuery check(db);
    if (!check.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !check.next())
        return Verdict::Corrupt;
    while (version < CurrentVersion) {
        if (!applyVersion(db, version + 1))
            return Verdict::Corrupt;
        ++version;
    }
    return Verdict::Ready;
}

} // namespace bridge::storeschema
