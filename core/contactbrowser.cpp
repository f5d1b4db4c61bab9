#include "contactbrowser.h"

#include "bridgeclient.h"
#include "contactdialect.h"
#include "contacttablemodel.h"
#include "logging.h"

#include <QTimer>

namespace bridge {

ContactBrowser::ContactBrowser(BridgeClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(new ContactTableModel(this))
    , m_debounce(new QTimer(this)) {
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DebounceMs);
    connect(m_debounce, &QTimer::timeout, this, [this] { search(m_pendingText); });
}

ContactBrowser::~ContactBrowser() {
    m_call.cancel();
    m_definitionsCall.cancel();
}

void ContactBrowser::setSearchText(const QString &text) {
    m_pendingText = text.trimmed();
    // Whatever is on its way answers a text the agent has left behind: it must never show.
    if (m_call.isRunning()) {
        m_call.cancel();
        emit loadingChanged(false);
    }
    m_debounce->start();
}

void ContactBrowser::search(const QString &text) {
    m_debounce->stop();
    m_pendingText = text.trimmed();
    ContactQuery query = m_query;
    query.search = m_pendingText;
    m_cursors.clear(); // cursors belong to the search they were given for
    start(query.withPage(1));
}

void ContactBrowser::load() {
    if (!m_definitionsFetched)
        loadDefinitions();
    search(m_query.search);
}

void ContactBrowser::setPageSize(int limit) {
    const ContactDialect &api = m_client->contactDialect();
    limit = qBound(api.minLimit(), limit, api.maxLimit());
    if (limit == m_query.limit)
        return;
    m_query.limit = limit;
    if (m_loaded || m_call.isRunning())
        search(m_query.search);
}

void ContactBrowser::next() {
    if (!canGoNext())
        return;
    const int page = m_query.page + 1;
    if (m_pagination.cursored)
        m_cursors.insert(page, m_pagination.nextCursor);
    start(m_query.withPage(page, m_cursors.value(page)));
}

void ContactBrowser::previous() {
    if (canGoPrevious())
        goToPage(m_query.page - 1);
}

void ContactBrowser::goToPage(int page) {
    page = qMax(1, page);
    if (m_pagination.cursored && page > 1 && !m_cursors.contains(page))
        return; // a cursored list reaches only the pages it has walked through
    start(m_query.withPage(page, m_cursors.value(page)));
}

void ContactBrowser::refresh() {
    start(m_query);
}

void ContactBrowser::clear() {
    m_debounce->stop();
    m_call.cancel();
    m_definitionsCall.cancel();
    m_definitionsFetched = false;
    m_definitions.clear();
    m_cursors.clear();
    m_query = ContactQuery{};
    m_pagination = Pagination{};
    m_loaded = false;
    m_error.reset();
    m_model->setContacts({});
    emit definitionsChanged();
}

void ContactBrowser::start(const ContactQuery &query) {
    const bool wasLoading = m_call.isRunning();
    m_call.cancel();
    m_query = query;
    m_call = m_client->contacts(query, this, [this, query](const Expected<ContactPage> &answer) {
        if (query != m_query)
            return; // never reached: a newer query cancels this call; kept as the rule it enforces
        m_call = {};
        emit loadingChanged(false);
        if (!answer.ok()) {
            m_error = answer.error();
            emit errorOccurred(answer.error());
            return;
        }
        m_error.reset();
        m_loaded = true;
        m_pagination = answer.value().pagination;
        m_model->setContacts(answer.value().contacts);
        emit pageShown();
    });
    if (!wasLoading)
        emit loadingChanged(true);
}

void ContactBrowser::loadDefinitions() {
    if (!m_client->contactDialect().supports(ContactOperation::AttributeDefinitions))
        return;
    m_definitionsFetched = true;
    m_definitionsCall =
        m_client->attributeDefinitions(this, [this](const Expected<QList<AttributeDefinition>> &answer) {
            m_definitionsCall = {};
            if (answer.ok())
                m_definitions = answer.value();
            else
                m_definitionsFetched = false; // tried again with the next load
            emit definitionsChanged();
        });
}

} // namespace bridge
