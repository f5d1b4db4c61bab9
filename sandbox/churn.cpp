#include "churn.h"

#include "conversationstore.h"

#include <QSet>

namespace bridge::sandbox {

Churn::Churn(quint32 seed)
    : m_rng(seed ^ 0x6368726eU) {}

ChurnResult Churn::apply(ConversationStore &store, const QString &workspaceId, int newCount, int changedCount,
                         const QDateTime &now) {
    ++m_round;
    ChurnResult result;
    const QDateTime when = now.toUTC();

    // Changes first, among the conversations that were there before this round.
    const QList<ConversationRecord> &all = store.all();
    changedCount = qBound(0, changedCount, int(all.size()));
    QSet<qsizetype> picked;
    while (picked.size() < changedCount)
        picked.insert(qsizetype(m_rng.bounded(quint32(all.size()))));
    QList<ConversationRecord> changed;
    for (qsizetype index : std::as_const(picked))
        changed.append(all.at(index));
    std::sort(changed.begin(), changed.end(),
              [](const ConversationRecord &a, const ConversationRecord &b) { return a.id < b.id; });
    for (ConversationRecord record : std::as_const(changed)) {
        if (m_rng.bounded(2) == 0) {
            const QString base = record.name.value_or(QStringLiteral("Conversation"));
            record.name = base.section(QStringLiteral(" · renamed"), 0, 0) +
                          QStringLiteral(" · renamed %1").arg(m_round);
        } else if (record.status == QLatin1String("active")) {
            record.status = QStringLiteral("archived");
        } else {
            record.status = QStringLiteral("active");
        }
        record.updatedAt = when;
        store.replace(record);
        result.changed.prepend(record.id);
    }

    for (int i = 0; i < newCount; ++i) {
        ConversationRecord record;
        record.workspaceId = workspaceId;
        record.createdAt = record.updatedAt = when;
        const quint32 n = m_rng.bounded(100000U);
        const bool phone = m_rng.bounded(3) == 0;
        const QString identifier =
            phone ? QStringLiteral("+1-555-%1").arg(n % 10000000, 7, 10, QLatin1Char('0'))
                  : QStringLiteral("walk-in.%1@example.com").arg(n);
        record.externalParticipants.append({identifier,
                                            phone ? QStringLiteral("phone") : QStringLiteral("email"),
                                            QStringLiteral("external"),
                                            when,
                                            {}});
        record.name = QStringLiteral("New request %1-%2").arg(m_round).arg(i + 1);
        record.status = m_rng.bounded(4) == 0 ? QStringLiteral("ghost") : QStringLiteral("active");
        result.created.prepend(store.add(record).id);
    }
    return result;
}

} // namespace bridge::sandbox
