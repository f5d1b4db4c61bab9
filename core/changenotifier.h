#pragma once

#include "conversationevents.h"
#include "listquery.h"
#include "watchedviews.h"

#include <QHash>
#include <QObject>
#include <QStringList>

namespace bridge {

class StatusVocabulary;

//! One desktop notification, in words for people.
struct Notice {
    QString summary;
    QString body;
    QString conversationId; //!< the conversation a click opens; empty for a group
    int count = 1;          //!< how many changes it stands for

    friend bool operator==(const Notice &, const Notice &) = default;
};

//! Whoever shows notices (the desktop's notification service). Core decides, this sends.
class NoticeSender {
public:
    virtual ~NoticeSender() = default;
    virtual void send(const Notice &notice) = 0;
};

//! Decides what to tell the agent about a view's changes: compares each load of a page with the last
//! one of the same page, and sends a notice when the view is watched, notifications are on, and the
//! agent is not looking at it. Many changes at once make one notice. Keeps the count of changes the
//! agent has not seen yet (the tray's number) until markSeen().
class ChangeNotifier : public QObject {
    Q_OBJECT
public:
    static constexpr int GroupThreshold = 3; //!< this many changes at once make one grouped notice
    static constexpr int GroupLines = 3;     //!< conversations named in a grouped notice's body

    //! sender: not owned, may be null (then nothing is shown, the count still grows).
    explicit ChangeNotifier(NoticeSender *sender, QObject *parent = nullptr);

    //! The profile whose watched views apply; forgets the pages seen so far.
    void setProfile(const QString &profileKey);
    const WatchedViews &watchedViews() const { return m_watched; }
    bool isWatched(const ConversationFilter &filter) const { return m_watched.isWatched(filter); }
    void setWatched(const ConversationFilter &filter, bool watched);
    //! The agent's own identifier for "assigned to me"; empty leaves those changes out.
    void setAgentIdentifier(const QString &me) { m_me = me; }
    QString agentIdentifier() const { return m_me; }

    //! The rows of query's page as just loaded. The first load of a page only remembers them.
    //! looking: the agent has this view in front of them (the window active and showing it).
    //! Returns the changes found (notified or not).
    QList<ConversationEvent> observe(const ListQuery &query, const QList<Conversation> &rows,
                                     const StatusVocabulary &statuses, bool looking);
    //! Forgets every page seen (another workspace): the next loads are first loads.
    void forgetPages();

    //! Changes in watched views the agent was not looking at, since the last markSeen().
    int unseen() const { return m_unseen; }
    void markSeen();

    //! The notices for events in the view called title: one per change, or one for them all.
    static QList<Notice> notices(const QList<ConversationEvent> &events, const QString &title,
                                 const StatusVocabulary &statuses);
    //! A view's name for people: "Ghost", "Active · björn@example.com", "All conversations".
    static QString viewTitle(const ConversationFilter &filter, const StatusVocabulary &statuses);

signals:
    void unseenChanged(int count);
    //! A notice was handed to the sender.
    void noticeSent(const bridge::Notice &notice);

private:
    NoticeSender *m_sender;
    WatchedViews m_watched;
    QString m_me;
    QHash<QByteArray, QList<Conversation>> m_pages; //!< by ListQuery::key(): the rows last seen
    int m_unseen = 0;
};

} // namespace bridge

Q_DECLARE_METATYPE(bridge::Notice)
