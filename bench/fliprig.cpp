#include "fliprig.h"

#include "apidialect.h"
#include "conversationtablemodel.h"
#include "waitfor.h"

FlipRig::FlipRig(const bridge::ClientOptions &options, int pageSize)
    : m_controller(&m_client) {
    m_client.setOptions(options);
    m_view.setModel(m_controller.model());
    m_view.resize(1280, 800); // the conversation list of a maximised window on a 1080p screen
    m_view.show();
    connect(&m_client, &bridge::BridgeClient::attemptFinished, this,
            [this](const bridge::RequestRecord &record) { m_lastAnswered = record.query; });
    connect(&m_controller, &bridge::BrowsingController::pageShown, this, [this] { m_shown = true; });
    bridge::ListQuery query;
    query.limit = pageSize;
    m_controller.setQuery(query);
}

bool FlipRig::waitForPrefetch() {
    if (!m_controller.canGoNext())
        return true;
    // The next page's query as it goes on the wire (a cursored page is reached by the cursor the page
    // shown gave), compared with the query of the attempt that finished last.
    const bridge::ListQuery shown = m_controller.query();
    const bridge::ListQuery nextPage = shown.withPage(shown.page + 1, m_controller.pagination().nextCursor);
    const QByteArray next = m_client.dialect().list(m_client.options().workspaceId, nextPage).query;
    return waitFor([&] { return m_lastAnswered == next && !m_view.isArmed(); });
}

bool FlipRig::restart() {
    m_shown = false;
    m_controller.goToPage(1);
    m_controller.invalidate();
    return waitFor([this] { return m_shown && !m_controller.isLoading(); }) && waitForPrefetch();
}

double FlipRig::flip() {
    m_view.arm();
    m_controller.next();
    if (!waitFor([this] { return !m_view.isArmed(); }, 10000))
        return -1;
    const double ms = m_view.lastMs();
    return waitForPrefetch() ? ms : -1;
}
