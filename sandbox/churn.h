#pragma once

#include <QDateTime>
#include <QRandomGenerator>
#include <QStringList>

namespace bridge::sandbox {

class ConversationStore;

//! What one round of churn did, for tests to compare with what a client saw.
struct ChurnResult {
    QStringList created; //!< new conversations, newest first
    QStringList changed; //!< existing conversations renamed or given another status, newest first
    QStringList affected() const { return created + changed; }
};

//! Changes over time, so that auto-refresh can be seen and tested: new conversations at the top,
//! status changes (active → archived, archived → active, ghost → active) and renames, each with
//! updatedAt set to the server's clock (so they move to the front). The same seed and the same
//! calls give the same changes.
class Churn {
public:
    //! The words of the data churn changes: each API generation stores conversations in its own.
    struct Words {
        QString active;
        QString inactive; //!< where an active conversation goes ("archived")
        QString ghost;
        QString emailType;
        QString phoneType;
        QString externalRole;
        QString walkInPhone; //!< %1: seven digits

        static Words classic();
    };

    explicit Churn(quint32 seed, Words words = Words::classic());

    ChurnResult apply(ConversationStore &store, const QString &workspaceId, int newCount, int changedCount,
                      const QDateTime &now);

private:
    QRandomGenerator m_rng;
    Words m_words;
    int m_round = 0;
};

} // namespace bridge::sandbox
