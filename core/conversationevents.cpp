#include "conversationevents.h"

#include "statusvocabulary.h"

#include <QHash>

namespace bridge {

namespace {

bool hasAgent(const Conversation &c, const QString &me) {
    for (const Participant &p : c.internalParticipants) {
        if (p.identifier.compare(me, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

ConversationEvent eventFor(ConversationEvent::Kind kind, const Conversation &c) {
    return {kind, c.id, c.name, joinedIdentifiers(c.externalParticipants, u", ")};
}

} // namespace

QList<ConversationEvent> conversationEvents(const QList<Conversation> &before,
                                            const QList<Conversation> &after,
                                            const StatusVocabulary &statuses, const EventRules &rules) {
    QHash<QString, const Conversation *> old;
    old.reserve(before.size());
    QDateTime newestBefore;
    for (const Conversation &c : before) {
        old.insert(c.id, &c);
        if (!newestBefore.isValid() || c.updatedAt > newestBefore)
            newestBefore = c.updatedAt;
    }
    // Looked up by meaning, so that classic's "ghost" and Connect's "GHOST" both count.
    const std::optional<ConversationStatus> ghost = statuses.matching(QStringLiteral("ghost"));
    const std::optional<ConversationStatus> active = statuses.matching(QStringLiteral("active"));

    QList<ConversationEvent> events;
    for (const Conversation &c : after) {
        const auto it = old.constFind(c.id);
        if (it == old.cend()) {
            // At or after: the server's times have whole seconds, and two changes may share one.
            if (!newestBefore.isValid() || c.createdAt >= newestBefore)
                events.append(eventFor(ConversationEvent::Kind::New, c));
            else if (rules.arrivals && c.updatedAt >= newestBefore) // not from a later page: it changed
                events.append(eventFor(ConversationEvent::Kind::Arrived, c));
            continue;
        }
        const Conversation &was = **it;
        if (ghost && active && was.status == *ghost && c.status == *active)
            events.append(eventFor(ConversationEvent::Kind::BecameActive, c));
        else if (!rules.me.isEmpty() && hasAgent(c, rules.me) && !hasAgent(was, rules.me))
            events.append(eventFor(ConversationEvent::Kind::AssignedToMe, c));
    }
    return events;
}

} // namespace bridge
