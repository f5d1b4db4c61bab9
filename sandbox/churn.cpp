#include "churn.h"

#include "conversationstore.h"

#include <QSet>

namespace bridge::sandbox {

Churn::Words Churn::Words::classic() {
    return {QStringLiteral("active"),   QStringLiteral("archived"), QStringLiteral("ghost"),
            QStringLiteral("email"),    QStringLiteral("phone"),    QStringLiteral("external"),
            QStringLiteral("+1-555-%1")};
}

Churn::Churn(quint32 seed, Words words)
    : m_rng(seed ^ 0x6368726eU)
    , m_words(std::move(words)) {}

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
        } else if (record.status == m_words.active) {
            record.status = m_words.inactive;
        } else {
            record.status = m_words.active;
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
        const QString identifier = phone ? m_words.walkInPhone.arg(n % 10000000, 7, 10, QLatin1Char('0'))
                                         : QStringLiteral("walk-in.%1@example.com").arg(n);
        record.externalParticipants.append(
            {identifier, phone ? m_words.phoneType : m_words.emailType, m_words.externalRole, when, {}});
        record.name = QStringLiteral("New request %1-%2").arg(m_round).arg(i + 1);
        record.status = m_rng.bounded(4) == 0 ? m_words.ghost : m_words.active;
        result.created.prepend(store.add(record).id);
    }
    return result;
}

} // namespace bridge::sandbox
