#include "pagechanges.h"

#include <QHash>

namespace bridge {

PageChanges PageChanges::compare(const QList<Conversation> &before, const QList<Conversation> &after) {
    QHash<QString, const Conversation *> old;
    old.reserve(before.size());
    for (const Conversation &c : before)
        old.insert(c.id, &c);

    QDateTime newestBefore;
    for (const Conversation &c : before) {
        if (!newestBefore.isValid() || c.updatedAt > newestBefore)
            newestBefore = c.updatedAt;
    }

    PageChanges changes;
    for (const Conversation &c : after) {
        const auto it = old.constFind(c.id);
        if (it == old.cend()) {
            changes.newIds.append(c.id);
            if (!newestBefore.isValid() || c.createdAt > newestBefore)
                ++changes.newConversations;
            continue;
        }
        if (differs(**it, c))
            changes.changedIds.append(c.id);
    }
    return changes;
}

bool PageChanges::differs(const Conversation &a, const Conversation &b) {
    return a.updatedAt != b.updatedAt || a.status != b.status || a.name != b.name;
}

} // namespace bridge
