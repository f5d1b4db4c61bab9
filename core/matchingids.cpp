#include "matchingids.h"

#include "bridgeclient.h"
#include "conversationpage.h"

namespace bridge {

MatchingIds::MatchingIds(BridgeClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client) {}

MatchingIds::~MatchingIds() {
    m_call.cancel();
}

bool MatchingIds::start(const ConversationFilter &filter) {
    if (m_running)
        return false;
    m_query = {};
    m_query.filter = filter;
    m_query.limit = PageLimit;
    m_ids.clear();
    m_seen.clear();
    m_running = true;
    fetch(1, {});
    return true;
}

void MatchingIds::cancel() {
    if (!m_running)
        return;
    m_call.cancel();
    m_running = false;
    emit finished(false, true, {});
}

void MatchingIds::fetch(int page, const QString &cursor) {
    m_call = m_client->list(m_query.withPage(page, cursor), this,
                            [this, page](const Expected<ConversationPage> &r) {
                                m_call = {};
                                if (!r.ok()) {
                                    m_running = false;
                                    emit finished(false, false, r.error());
                                    return;
                                }
                                for (const Conversation &c : r.value().conversations) {
                                    if (!m_seen.contains(c.id)) {
                                        m_seen.insert(c.id);
                                        m_ids.append(c.id);
                                    }
                                }
                                const Pagination &pagination = r.value().pagination;
                                emit progress(int(m_ids.size()), pagination.cursored ? -1 : pagination.total);
                                if (!m_running)
                                    return; // cancelled from a slot
                                if (pagination.hasNext() && !r.value().conversations.isEmpty()) {
                                    fetch(page + 1, pagination.nextCursor);
                                    return;
                                }
                                m_running = false;
                                emit finished(true, false, {});
                            });
}

} // namespace bridge
