#pragma once

#include "conversation.h"
#include "conversationsink.h"
#include "conversationstoreschema.h"
#include "listquery.h"
#include "storesearch.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QThread>
#include <atomic>
#include <optional>

namespace bridge {

class StoreWriter;

//! The rows of a page as last shown, and when they were seen from the server.
struct StoredPage {
    QList<Conversation> conversations; //!< in the order shown; rows cleared since are left out
    QDateTime seenAt;
};

//! How much the store holds, for Settings ("size and age").
struct StoreStats {
    qint64 bytesOnDisk = 0; //!< the database and its write-ahead log
    int count = 0;          //!< conversations stored
    QDateTime oldestSeen;   //!< invalid when empty
    QDateTime newestSeen;
};

//! The local store of one profile: an SQLite database (WAL) holding the conversations read from
//! the server, exactly as decoded, with when each was last seen; the pages last shown, for
//! start-up; where walks over every page stand. Never credentials. Writes are queued, in order, to
//! a thread of their own with its own connection, so the caller (the GUI thread) never waits for
//! one; reads (search, pages) use a second connection on the owner's thread and, thanks to WAL,
//! never wait for a write either.
//!
//! The folder is made 0700 and the files 0600. A file that cannot be read, or that a newer build
//! wrote, is renamed aside with the time and a fresh store is started; notice() then says so.
class ConversationStore : public QObject, public ConversationSink {
    Q_OBJECT
public:
    //! The store of profile in the user's data folder: <AppDataLocation>/stores/<profile>.sqlite.
    static QString defaultPath(const QString &profile);
    //! Deletes the store files at path (database, log, shared memory); for a removed profile. The
    //! store must not be open.
    static bool removeFiles(const QString &path);
    //! Moves the store files at from to to (a renamed profile). Neither may be open.
    static bool renameFiles(const QString &from, const QString &to);

    //! Opens (or creates, or migrates) the store at path. Opening does its small schema work on
    //! the calling thread; everything later is written on the store's own thread.
    explicit ConversationStore(const QString &path, QObject *parent = nullptr);
    ~ConversationStore() override; //!< finishes the queued writes first

    QString path() const { return m_path; }
    bool isOpen() const { return m_open; }
    //! A plain sentence when opening had to set the old file aside; empty otherwise.
    QString notice() const { return m_notice; }

    // ConversationSink
    void keepConversations(const QList<Conversation> &conversations, const QDateTime &seenAt) override;
    void keepCheckpoint(const QString &key, const QByteArray &state) override;
    QByteArray checkpoint(const QString &key) const override;

    //! Keeps the page shown for query (its rows, in order) and its conversations; queued.
    void rememberPage(const ListQuery &query, const QList<Conversation> &page, const QDateTime &seenAt);
    //! The page last remembered for query (matched by ListQuery::key()), from what is committed.
    std::optional<StoredPage> storedPage(const ListQuery &query) const;

    //! The first limit conversations matching text (any part of the name, a participant or the
    //! id; case and accents ignored) and filter (its status; a customer and an agent among the
    //! participants, identifiers compared without regard to ASCII case), most recently updated
    //! first, and the counts.
    StoreSearchResult search(const QString &text, const ConversationFilter &filter = {},
                             int limit = 200) const;

    StoreStats stats() const;
    //! Forgets everything stored (conversations, pages, checkpoints) and gives the space back; queued.
    void clear();

    //! Waits until every write queued so far is committed (tests, shutdown, before reading back).
    void flush();
    //! Writes queued and not yet committed.
    int pendingWrites() const { return m_pending.load(); }

signals:
    //! A queued write was committed (or failed: then error is a sentence for the log).
    void written(const QString &error);

private:
    void open();
    bool openReader();
    storeschema::Verdict tryOpenReader();
    void setAside(const QString &reason);
    void startWriter();
    void loadCheckpoints();
    void enqueue(std::function<QString(StoreWriter &)> task);
    //! Conversations stored, counted again only after a write.
    int storedCount() const;

    QString m_path;
    QString m_readName;
    bool m_open = false;
    QString m_notice;
    QThread m_thread;
    StoreWriter *m_writer = nullptr;
    std::atomic<int> m_pending{0};
    std::atomic<int> m_writes{0}; //!< writes committed so far: a count read before one is stale
    mutable int m_count = 0;
    mutable int m_countedAt = -1;
    mutable QMutex m_checkpointLock;
    QHash<QString, QByteArray> m_checkpoints;
};

} // namespace bridge
