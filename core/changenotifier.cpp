#include "changenotifier.h"

#include "statusvocabulary.h"

namespace bridge {

namespace {

constexpr int MaxPagesKept = 64; //!< pages remembered for comparison; more start again from nothing

//! "björn@example.com · Order 1234", whichever parts there are.
QString who(const ConversationEvent &event) {
    QStringList parts;
    if (!event.customer.isEmpty())
        parts.append(event.customer);
    parts.append(event.name.isEmpty() ? event.conversationId : event.name);
    return parts.join(QStringLiteral(" · "));
}

QString what(const ConversationEvent &event, const StatusVocabulary &statuses) {
    switch (event.kind) {
    case ConversationEvent::Kind::New:
        return ChangeNotifier::tr("New conversation");
    case ConversationEvent::Kind::BecameActive: {
        const QString ghost = statuses.displayName(
            statuses.matching(QStringLiteral("ghost")).value_or(ConversationStatus(QStringLiteral("ghost"))));
        const QString active =
            statuses.displayName(statuses.matching(QStringLiteral("active"))
                                     .value_or(ConversationStatus(QStringLiteral("active"))));
        return ChangeNotifier::tr("Now %1 (was %2)").arg(active, ghost);
    }
    case ConversationEvent::Kind::AssignedToMe:
        return ChangeNotifier::tr("Assigned to you");
    case ConversationEvent::Kind::Arrived:
        return ChangeNotifier::tr("Changed");
    }
    return {};
}

} // namespace

ChangeNotifier::ChangeNotifier(NoticeSender *sender, QObject *parent)
    : QObject(parent)
    , m_sender(sender) {}

void ChangeNotifier::setProfile(const QString &profileKey) {
    m_watched = WatchedViews::load(profileKey);
    forgetPages();
}

void ChangeNotifier::setWatched(const ConversationFilter &filter, bool watched) {
    m_watched.setWatched(filter, watched);
}

QList<ConversationEvent> ChangeNotifier::observe(const ListQuery &query, const QList<Conversation> &rows,
                                                 const StatusVocabulary &statuses, bool looking) {
    const QByteArray key = query.key();
    const auto it = m_pages.find(key);
    if (it == m_pages.end()) {
        if (m_pages.size() >= MaxPagesKept)
            m_pages.clear();
        m_pages.insert(key, rows);
        return {};
    }
    const QList<ConversationEvent> events =
        conversationEvents(*it, rows, statuses, EventRules{m_me, !query.filter.isEmpty()});
    *it = rows;
    // The agent sees the marked rows for themselves; a view nobody watches stays quiet.
    if (events.isEmpty() || looking || !WatchedViews::enabledGlobally() || !m_watched.isWatched(query.filter))
        return events;
    m_unseen += int(events.size());
    emit unseenChanged(m_unseen);
    for (const Notice &notice : notices(events, viewTitle(query.filter, statuses), statuses)) {
        if (m_sender)
            m_sender->send(notice);
        emit noticeSent(notice);
    }
    return events;
}

void ChangeNotifier::forgetPages() {
    m_pages.clear();
}

void ChangeNotifier::markSeen() {
    if (m_unseen == 0)
        return;
    m_unseen = 0;
    emit unseenChanged(0);
}

QList<Notice> ChangeNotifier::notices(const QList<ConversationEvent> &events, const QString &title,
                                      const StatusVocabulary &statuses) {
    QList<Notice> out;
    if (events.size() < GroupThreshold) {
        for (const ConversationEvent &event : events) {
            // An arrival is news because of the view it joined: "Now in Active · agent ana@example.com".
            const QString body = event.kind == ConversationEvent::Kind::Arrived
                                     ? ChangeNotifier::tr("Now in %1").arg(title)
                                     : ChangeNotifier::tr("%1 in %2").arg(what(event, statuses), title);
            out.append({who(event), body, event.conversationId, 1});
        }
        return out;
    }
    const int count = int(events.size());
    QStringList lines;
    for (int i = 0; i < qMin(count, GroupLines); ++i)
        lines.append(QStringLiteral("%1: %2").arg(what(events[i], statuses), who(events[i])));
    if (count > GroupLines)
        lines.append(ChangeNotifier::tr("and %n more", nullptr, count - GroupLines));
    out.append({ChangeNotifier::tr("%n conversations changed in %1", nullptr, count).arg(title),
                lines.join(QLatin1Char('\n')),
                {},
                count});
    return out;
}

QString ChangeNotifier::viewTitle(const ConversationFilter &filter, const StatusVocabulary &statuses) {
    QStringList parts;
    if (!filter.status.isEmpty())
        parts.append(statuses.displayName(filter.status));
    if (filter.customer)
        parts.append(filter.customer->identifier);
    if (filter.agent)
        parts.append(ChangeNotifier::tr("agent %1").arg(filter.agent->identifier));
    return parts.isEmpty() ? ChangeNotifier::tr("All conversations") : parts.join(QStringLiteral(" · "));
}

} // namespace bridge
