#include "conversationstore.h"

#include "conversationstoreschema.h"
#include "searchfold.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QUuid>

namespace bridge {

namespace {

class StoreText {
    Q_DECLARE_TR_FUNCTIONS(bridge::ConversationStore)
};

constexpr QFileDevice::Permissions OwnerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions OwnerOnlyFolder = OwnerOnlyFile | QFileDevice::ExeOwner;
// Keeps the fields of a conversation apart in the folded text, so no match spans two of them.
constexpr char16_t FieldSeparator = u'\x1f';
// Above this many matches a search walks the rows newest first rather than sorting its matches.
constexpr int ManyMatches = 2000;

QString sideFile(const QString &path, const char *suffix) {
    return path + QLatin1String(suffix);
}

QDateTime decodeTime(const QJsonValue &v) {
    return v.isString() ? QDateTime::fromString(v.toString(), Qt::ISODateWithMs) : QDateTime();
}

// Empty fields are left out (read back as empty): the bodies are most of the file.
void putText(QJsonObject &o, const QString &key, const QString &value) {
    if (!value.isEmpty())
        o.insert(key, value);
}

void putTime(QJsonObject &o, const QString &key, const QDateTime &value) {
    if (value.isValid())
        o.insert(key, value.toString(Qt::ISODateWithMs));
}

QJsonArray encodeParticipants(const QList<Participant> &participants) {
    QJsonArray out;
    for (const Participant &p : participants) {
        QJsonObject o;
        putText(o, QStringLiteral("identifier"), p.identifier);
        putText(o, QStringLiteral("type"), p.type);
        putText(o, QStringLiteral("role"), p.role);
        putTime(o, QStringLiteral("joinedAt"), p.joinedAt);
        putTime(o, QStringLiteral("lastSeenAt"), p.lastSeenAt);
        out.append(o);
    }
    return out;
}

QList<Participant> decodeParticipants(const QJsonArray &array) {
    QList<Participant> out;
    out.reserve(array.size());
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        out.append(Participant{
            o.value(QStringLiteral("identifier")).toString(), o.value(QStringLiteral("type")).toString(),
            o.value(QStringLiteral("role")).toString(), decodeTime(o.value(QStringLiteral("joinedAt"))),
            decodeTime(o.value(QStringLiteral("lastSeenAt")))});
    }
    return out;
}

// The store's own form of a decoded conversation: every field, so what is read back is equal to
// what was kept, whichever API generation it came from.
QByteArray encodeConversation(const Conversation &c) {
    QJsonObject o;
    putText(o, QStringLiteral("id"), c.id);
    putText(o, QStringLiteral("workspaceId"), c.workspaceId);
    putText(o, QStringLiteral("name"), c.name);
    putText(o, QStringLiteral("status"), c.status.raw());
    putText(o, QStringLiteral("teamId"), c.teamId);
    putTime(o, QStringLiteral("createdAt"), c.createdAt);
    putTime(o, QStringLiteral("updatedAt"), c.updatedAt);
    if (!c.externalParticipants.isEmpty())
        o.insert(QStringLiteral("customers"), encodeParticipants(c.externalParticipants));
    if (!c.internalParticipants.isEmpty())
        o.insert(QStringLiteral("agents"), encodeParticipants(c.internalParticipants));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Conversation decodeConversation(const QByteArray &body) {
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    Conversation c;
    c.id = o.value(QStringLiteral("id")).toString();
    c.workspaceId = o.value(QStringLiteral("workspaceId")).toString();
    c.name = o.value(QStringLiteral("name")).toString();
    c.status = ConversationStatus(o.value(QStringLiteral("status")).toString());
    c.teamId = o.value(QStringLiteral("teamId")).toString();
    c.createdAt = decodeTime(o.value(QStringLiteral("createdAt")));
    c.updatedAt = decodeTime(o.value(QStringLiteral("updatedAt")));
    c.externalParticipants = decodeParticipants(o.value(QStringLiteral("customers")).toArray());
    c.internalParticipants = decodeParticipants(o.value(QStringLiteral("agents")).toArray());
    return c;
}

QString foldedText(const Conversation &c) {
    QString text = c.name;
    for (const Participant &p : c.externalParticipants)
        text += FieldSeparator + p.identifier;
    for (const Participant &p : c.internalParticipants)
        text += FieldSeparator + p.identifier;
    text += FieldSeparator + c.id;
    return foldForSearch(text);
}

QString describe(const QSqlError &error) {
    return error.text();
}

bool exec(QSqlDatabase &db, const QString &statement) {
    QSqlQuery q(db);
    return q.exec(statement);
}

} // namespace

//! Lives on the store's thread and owns the connection every write goes through.
class StoreWriter : public QObject {
public:
    explicit StoreWriter(QString path)
        : m_path(std::move(path))
        , m_name(QStringLiteral("store-write-") + QUuid::createUuid().toString(QUuid::WithoutBraces)) {}

    QString open() {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(m_path);
        if (!db.open())
            return describe(db.lastError());
        exec(db, QStringLiteral("PRAGMA busy_timeout = 10000"));
        exec(db, QStringLiteral("PRAGMA synchronous = NORMAL"));
        return refold();
    }

    void close() {
        { QSqlDatabase::database(m_name, false).close(); }
        QSqlDatabase::removeDatabase(m_name);
    }

    QString keep(const QList<Conversation> &conversations, const QDateTime &seenAt) {
        return inTransaction([&](QSqlDatabase &db) { return upsert(db, conversations, seenAt); });
    }

    QString keepPage(const QByteArray &key, const QList<Conversation> &page, const QDateTime &seenAt) {
        return inTransaction([&](QSqlDatabase &db) {
            QString error = upsert(db, page, seenAt);
            if (!error.isEmpty())
                return error;
            QJsonArray ids;
            for (const Conversation &c : page)
                ids.append(c.id);
            QSqlQuery q(db);
            q.prepare(
                QStringLiteral("INSERT OR REPLACE INTO pages(query_key, ids, seen_at) VALUES (?, ?, ?)"));
            q.addBindValue(QString::fromUtf8(key));
            q.addBindValue(QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)));
            q.addBindValue(seenAt.toMSecsSinceEpoch());
            return q.exec() ? QString() : describe(q.lastError());
        });
    }

    QString keepCheckpoint(const QString &key, const QByteArray &state) {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        QSqlQuery q(db);
        if (state.isEmpty()) {
            q.prepare(QStringLiteral("DELETE FROM checkpoints WHERE key = ?"));
            q.addBindValue(key);
        } else {
            q.prepare(QStringLiteral("INSERT OR REPLACE INTO checkpoints(key, state) VALUES (?, ?)"));
            q.addBindValue(key);
            q.addBindValue(state);
        }
        return q.exec() ? QString() : describe(q.lastError());
    }

    QString clear() {
        QString error = inTransaction([](QSqlDatabase &db) {
            for (const char *table : {"conversations", "search_text", "pages", "checkpoints"}) {
                QSqlQuery q(db);
                if (!q.exec(QStringLiteral("DELETE FROM ") + QLatin1String(table)))
                    return describe(q.lastError());
            }
            return QString();
        });
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        // Give the space back: the file shrinks and the log is emptied.
        exec(db, QStringLiteral("VACUUM"));
        exec(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        return error;
    }

private:
    template <typename Work> QString inTransaction(Work work) {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (!db.transaction())
            return describe(db.lastError());
        const QString error = work(db);
        if (!error.isEmpty()) {
            db.rollback();
            return error;
        }
        return db.commit() ? QString() : describe(db.lastError());
    }

    QString upsert(QSqlDatabase &db, const QList<Conversation> &conversations, const QDateTime &seenAt) {
        QSqlQuery row(db);
        row.prepare(
            QStringLiteral("INSERT INTO conversations(id, body, seen_at) VALUES (?, ?, ?)"
                           " ON CONFLICT(id) DO UPDATE SET body = excluded.body, seen_at = excluded.seen_at"
                           " RETURNING row"));
        // An upsert, never INSERT OR REPLACE: a replaced row would leave the index its old words.
        QSqlQuery text(db);
        text.prepare(
            QStringLiteral("INSERT INTO search_text(row, updated_at, folded, status) VALUES (?, ?, ?, ?)"
                           " ON CONFLICT(row) DO UPDATE SET updated_at = excluded.updated_at,"
                           " folded = excluded.folded, status = excluded.status"));
        const qint64 seen = seenAt.toMSecsSinceEpoch();
        for (const Conversation &c : conversations) {
            row.bindValue(0, c.id);
            row.bindValue(1, QString::fromUtf8(encodeConversation(c)));
            row.bindValue(2, seen);
            if (!row.exec() || !row.next())
                return describe(row.lastError());
            text.bindValue(0, row.value(0));
            row.finish();
            text.bindValue(1, c.updatedAt.isValid() ? c.updatedAt.toMSecsSinceEpoch() : 0);
            text.bindValue(2, foldedText(c));
            text.bindValue(3, c.status.raw());
            if (!text.exec())
                return describe(text.lastError());
        }
        return {};
    }

    // Rows kept by a build before search (schema version 1) have no folded text yet.
    QString refold() {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        QSqlQuery read(db);
        read.setForwardOnly(true);
        if (!read.exec(QStringLiteral("SELECT body, seen_at FROM conversations c"
                                      " WHERE NOT EXISTS (SELECT 1 FROM search_text s WHERE s.row = c.row)")))
            return describe(read.lastError());
        QHash<qint64, QList<Conversation>> bySeen;
        while (read.next()) {
            bySeen[read.value(1).toLongLong()].append(decodeConversation(read.value(0).toString().toUtf8()));
        }
        read.finish();
        for (auto it = bySeen.cbegin(); it != bySeen.cend(); ++it) {
            const QString error = keep(it.value(), QDateTime::fromMSecsSinceEpoch(it.key()));
            if (!error.isEmpty())
                return error;
        }
        return {};
    }

    QString m_path;
    QString m_name;
};

QString ConversationStore::defaultPath(const QString &profile) {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString file =
        QString::fromLatin1(QUrl::toPercentEncoding(profile, " ")) + QStringLiteral(".sqlite");
    return folder + QStringLiteral("/stores/") + file;
}

bool ConversationStore::removeFiles(const QString &path) {
    bool removed = true;
    for (const QString &file :
         {path, sideFile(path, "-wal"), sideFile(path, "-shm"), sideFile(path, "-journal")}) {
        if (QFile::exists(file))
            removed = QFile::remove(file) && removed;
    }
    return removed;
}

bool ConversationStore::renameFiles(const QString &from, const QString &to) {
    if (!QFile::exists(from))
        return true;
    removeFiles(to);
    bool moved = QFile::rename(from, to);
    for (const char *side : {"-wal", "-shm"}) {
        if (QFile::exists(sideFile(from, side)))
            moved = QFile::rename(sideFile(from, side), sideFile(to, side)) && moved;
    }
    return moved;
}

ConversationStore::ConversationStore(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_readName(QStringLiteral("store-read-") + QUuid::createUuid().toString(QUuid::WithoutBraces)) {
    open();
}

ConversationStore::~ConversationStore() {
    if (m_writer) {
        QMetaObject::invokeMethod(
            m_writer, [this] { m_writer->close(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
        delete m_writer;
    }
    { QSqlDatabase::database(m_readName, false).close(); }
    QSqlDatabase::removeDatabase(m_readName);
}

namespace {

// The folder 0700 and the file 0600 before SQLite first writes to it; SQLite gives its log and
// shared-memory files the database file's permissions.
bool prepareFiles(const QString &path) {
    const QFileInfo info(path);
    const QString folder = info.absolutePath();
    if (!QDir().mkpath(folder) || !QFile::setPermissions(folder, OwnerOnlyFolder))
        return false;
    if (!info.exists()) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly, OwnerOnlyFile))
            return false;
    }
    return QFile::setPermissions(path, OwnerOnlyFile);
}

} // namespace

void ConversationStore::open() {
    if (!prepareFiles(m_path)) {
        m_notice = StoreText::tr("Bridge Desk cannot keep cached conversations: it could not create %1.")
                       .arg(QDir::toNativeSeparators(m_path));
        return;
    }
    if (!openReader())
        return;
    startWriter();
}

storeschema::Verdict ConversationStore::tryOpenReader() {
    storeschema::Verdict verdict = storeschema::Verdict::Corrupt;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_readName);
        db.setDatabaseName(m_path);
        if (db.open()) {
            exec(db, QStringLiteral("PRAGMA busy_timeout = 10000"));
            // Searches read the same pages keystroke after keystroke: keep them at hand.
            exec(db, QStringLiteral("PRAGMA cache_size = -65536"));
            exec(db, QStringLiteral("PRAGMA mmap_size = 268435456"));
            verdict = storeschema::migrate(db);
            if (verdict == storeschema::Verdict::Ready &&
                !exec(db, QStringLiteral("PRAGMA journal_mode = WAL")))
                verdict = storeschema::Verdict::Corrupt;
        }
        if (verdict != storeschema::Verdict::Ready)
            db.close();
    }
    if (verdict != storeschema::Verdict::Ready)
        QSqlDatabase::removeDatabase(m_readName);
    return verdict;
}

bool ConversationStore::openReader() {
    storeschema::Verdict verdict = tryOpenReader();
    if (verdict != storeschema::Verdict::Ready) {
        setAside(verdict == storeschema::Verdict::Newer ? QStringLiteral("newer")
                                                        : QStringLiteral("corrupt"));
        verdict = prepareFiles(m_path) ? tryOpenReader() : storeschema::Verdict::Corrupt;
    }
    if (verdict != storeschema::Verdict::Ready) {
        m_notice = StoreText::tr("Bridge Desk cannot keep cached conversations: %1 cannot be opened.")
                       .arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    m_open = true;
    loadCheckpoints();
    return true;
}

void ConversationStore::setAside(const QString &reason) {
    const QFileInfo info(m_path);
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString aside = info.absolutePath() + QLatin1Char('/') + info.completeBaseName() + QLatin1Char('.') +
                    reason + QLatin1Char('-') + stamp + QStringLiteral(".sqlite");
    for (int n = 2; QFile::exists(aside); ++n)
        aside = info.absolutePath() + QLatin1Char('/') + info.completeBaseName() + QLatin1Char('.') + reason +
                QLatin1Char('-') + stamp + QLatin1Char('-') + QString::number(n) + QStringLiteral(".sqlite");
    QFile::rename(m_path, aside);
    if (QFile::exists(sideFile(m_path, "-wal")))
        QFile::rename(sideFile(m_path, "-wal"), sideFile(aside, "-wal"));
    QFile::remove(sideFile(m_path, "-shm"));
    const QString asideName = QFileInfo(aside).fileName();
    m_notice =
        reason == QLatin1String("newer")
            ? StoreText::tr(
                  "The cached conversations of this profile were saved by a newer version of Bridge Desk, so "
                  "they were set aside as %1 and a new cache was started. Nothing on the server changed.")
                  .arg(asideName)
            : StoreText::tr(
                  "The cached conversations of this profile could not be read (the file is damaged), so they "
                  "were set aside as %1 and a new cache was started. Nothing on the server changed.")
                  .arg(asideName);
}

void ConversationStore::startWriter() {
    m_writer = new StoreWriter(m_path);
    m_writer->moveToThread(&m_thread);
    m_thread.setObjectName(QStringLiteral("conversation store"));
    m_thread.start();
    enqueue([](StoreWriter &writer) { return writer.open(); });
}

void ConversationStore::loadCheckpoints() {
    QSqlQuery q(QSqlDatabase::database(m_readName, false));
    if (!q.exec(QStringLiteral("SELECT key, state FROM checkpoints")))
        return;
    const QMutexLocker lock(&m_checkpointLock);
    while (q.next())
        m_checkpoints.insert(q.value(0).toString(), q.value(1).toByteArray());
}

void ConversationStore::enqueue(std::function<QString(StoreWriter &)> task) {
    if (!m_writer)
        return;
    ++m_pending;
    QMetaObject::invokeMethod(
        m_writer,
        [this, task = std::move(task)] {
            const QString error = task(*m_writer);
            ++m_writes;
            --m_pending;
            emit written(error);
        },
        Qt::QueuedConnection);
}

void ConversationStore::keepConversations(const QList<Conversation> &conversations, const QDateTime &seenAt) {
    enqueue([conversations, seenAt](StoreWriter &writer) { return writer.keep(conversations, seenAt); });
}

void ConversationStore::keepCheckpoint(const QString &key, const QByteArray &state) {
    {
        const QMutexLocker lock(&m_checkpointLock);
        if (state.isEmpty())
            m_checkpoints.remove(key);
        else
            m_checkpoints.insert(key, state);
    }
    enqueue([key, state](StoreWriter &writer) { return writer.keepCheckpoint(key, state); });
}

QByteArray ConversationStore::checkpoint(const QString &key) const {
    const QMutexLocker lock(&m_checkpointLock);
    return m_checkpoints.value(key);
}

void ConversationStore::rememberPage(const ListQuery &query, const QList<Conversation> &page,
                                     const QDateTime &seenAt) {
    enqueue([key = query.key(), page, seenAt](StoreWriter &writer) {
        return writer.keepPage(key, page, seenAt);
    });
}

std::optional<StoredPage> ConversationStore::storedPage(const ListQuery &query) const {
    if (!m_open)
        return std::nullopt;
    const QSqlDatabase db = QSqlDatabase::database(m_readName, false);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT ids, seen_at FROM pages WHERE query_key = ?"));
    q.addBindValue(QString::fromUtf8(query.key()));
    if (!q.exec() || !q.next())
        return std::nullopt;
    StoredPage page;
    page.seenAt = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong());
    const QJsonArray ids = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).array();
    q.finish();
    QSqlQuery row(db);
    row.prepare(QStringLiteral("SELECT body FROM conversations WHERE id = ?"));
    for (const QJsonValue &id : ids) {
        row.bindValue(0, id.toString());
        if (row.exec() && row.next())
            page.conversations.append(decodeConversation(row.value(0).toString().toUtf8()));
        row.finish();
    }
    return page;
}

namespace {

// "a%b_c" as a LIKE pattern that matches it literally (ESCAPE '\').
QString likeAnywhere(const QString &text) {
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// The rows of search_text a folded query matches, as a WHERE clause and the values it binds: the
// trigram index for words of three letters or more (each a phrase, all required), LIKE for shorter
// ones (the index needs three letters).
struct Condition {
    QString where;
    QStringList values;
    QString match; //!< the index's query, empty when every word is short
};

Condition conditionFor(const QString &folded) {
    QStringList phrases;
    Condition c;
    QStringList clauses;
    const QStringList words = folded.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (word.size() >= 3) {
            QString phrase = word;
            phrases.append(QLatin1Char('"') + phrase.replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
                           QLatin1Char('"'));
        } else {
            clauses.append(QStringLiteral("folded LIKE ? ESCAPE '\\'"));
            c.values.append(likeAnywhere(word));
        }
    }
    if (!phrases.isEmpty()) {
        c.match = phrases.join(QLatin1Char(' '));
        clauses.prepend(QStringLiteral(
            "row IN (SELECT rowid FROM conversation_search WHERE conversation_search MATCH ?)"));
        c.values.prepend(c.match);
    }
    c.where = clauses.join(QStringLiteral(" AND "));
    return c;
}

// Adds to c what filter asks of the conversation: its status (beside the folded text), and a customer
// and an agent among its participants, read from its stored body only for the rows the rest matched.
// SQLite's lower() folds ASCII only, as identifiers mostly are.
void addFilter(Condition &c, const ConversationFilter &filter) {
    if (!filter.status.isEmpty()) {
        c.where += QStringLiteral(" AND status = ?");
        c.values.append(filter.status.raw());
    }
    if (!filter.customer && !filter.agent)
        return;
    QStringList parts{QStringLiteral("c.row = search_text.row")};
    const auto among = [&parts, &c](const char *side, const ParticipantRef &ref) {
        parts.append(QStringLiteral("EXISTS (SELECT 1 FROM json_each(c.body, '$.%1') p"
                                    " WHERE lower(json_extract(p.value, '$.identifier')) = ?)")
                         .arg(QLatin1String(side)));
        c.values.append(ref.identifier.trimmed().toLower());
    };
    if (filter.customer)
        among("customers", *filter.customer);
    if (filter.agent)
        among("agents", *filter.agent);
    c.where += QStringLiteral(" AND EXISTS (SELECT 1 FROM conversations c WHERE ") +
               parts.join(QStringLiteral(" AND ")) + QLatin1Char(')');
}

int countOf(const QSqlDatabase &db, const QString &sql, const QStringList &values) {
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QString &v : values)
        q.addBindValue(v);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

} // namespace

int ConversationStore::storedCount() const {
    const int writes = m_writes.load();
    if (m_countedAt != writes) {
        m_count = countOf(QSqlDatabase::database(m_readName, false),
                          QStringLiteral("SELECT count(*) FROM search_text"), {});
        m_countedAt = writes;
    }
    return m_count;
}

StoreSearchResult ConversationStore::search(const QString &text, const ConversationFilter &filter,
                                            int limit) const {
    StoreSearchResult result;
    result.text = text;
    if (!m_open)
        return result;
    const QSqlDatabase db = QSqlDatabase::database(m_readName, false);
    result.searched = storedCount();
    const QString folded = foldForSearch(text).simplified();
    if (folded.isEmpty())
        return result;
    Condition condition = conditionFor(folded);
    // The index counts its own matches without reading a row; short words and filters need the rows.
    const bool indexAlone = !condition.match.isEmpty() && condition.values.size() == 1 && filter.isEmpty();
    addFilter(condition, filter);
    result.matched =
        indexAlone
            ? countOf(db,
                      QStringLiteral(
                          "SELECT count(*) FROM conversation_search WHERE conversation_search MATCH ?"),
                      {condition.match})
            : countOf(db, QStringLiteral("SELECT count(*) FROM search_text WHERE ") + condition.where,
                      condition.values);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Many matches: walk the rows newest first until enough match (the index's matches are looked
    // up, not sorted). Few: fetch them and sort them.
    const QString from = result.matched > ManyMatches
                             ? QStringLiteral("search_text INDEXED BY search_text_by_update")
                             : QStringLiteral("search_text");
    q.prepare(QStringLiteral("SELECT c.body FROM (SELECT row, updated_at FROM ") + from +
              QStringLiteral(" WHERE ") + condition.where +
              QStringLiteral(" ORDER BY updated_at DESC LIMIT ?) s JOIN conversations c ON c.row = s.row"
                             " ORDER BY s.updated_at DESC"));
    for (const QString &v : condition.values)
        q.addBindValue(v);
    q.addBindValue(limit);
    if (!q.exec())
        return result;
    while (q.next())
        result.conversations.append(decodeConversation(q.value(0).toString().toUtf8()));
    return result;
}

StoreStats ConversationStore::stats() const {
    StoreStats stats;
    stats.bytesOnDisk = QFileInfo(m_path).size() + QFileInfo(sideFile(m_path, "-wal")).size();
    if (!m_open)
        return stats;
    QSqlQuery q(QSqlDatabase::database(m_readName, false));
    if (q.exec(QStringLiteral("SELECT count(*), min(seen_at), max(seen_at) FROM conversations")) &&
        q.next()) {
        stats.count = q.value(0).toInt();
        if (stats.count > 0) {
            stats.oldestSeen = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong());
            stats.newestSeen = QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong());
        }
    }
    return stats;
}

void ConversationStore::clear() {
    {
        const QMutexLocker lock(&m_checkpointLock);
        m_checkpoints.clear();
    }
    enqueue([](StoreWriter &writer) { return writer.clear(); });
}

void ConversationStore::flush() {
    if (m_writer)
        QMetaObject::invokeMethod(
            m_writer, [] {}, Qt::BlockingQueuedConnection);
}

} // namespace bridge
