#pragma once

#include "apierror.h"
#include "callhandle.h"
#include "listquery.h"

#include <QObject>
#include <QSet>
#include <QStringList>

namespace bridge {

class BridgeClient;

//! The ids of every conversation matching a filter, read page by page (PageLimit rows a page, by
//! number or by cursor as the generation pages), for a bulk action over the whole filter ("Select
//! all 340 matching"). Every id is read before anything is changed: an action that moves
//! conversations out of the filter would otherwise shift the pages under the walk. An id seen
//! twice (a conversation that moved between two pages while they were read) is kept once.
class MatchingIds : public QObject {
    Q_OBJECT
public:
    static constexpr int PageLimit = 100;

    explicit MatchingIds(BridgeClient *client, QObject *parent = nullptr);
    ~MatchingIds() override;

    //! Starts; false (nothing emitted) while running.
    bool start(const ConversationFilter &filter);
    //! Drops the page in flight; finished(false, true, {}) at once.
    void cancel();

    bool isRunning() const { return m_running; }
    const QStringList &ids() const { return m_ids; } //!< in the server's order, without repeats

signals:
    //! After each page: ids found so far, and the total when the generation says it (else -1).
    void progress(int found, qint64 total);
    //! Once per start(): ok when every page was read; else cancelled or error says why.
    void finished(bool ok, bool cancelled, const bridge::ApiError &error);

private:
    void fetch(int page, const QString &cursor);

    BridgeClient *m_client;
    ListQuery m_query;
    CallHandle m_call;
    QStringList m_ids;
    QSet<QString> m_seen;
    bool m_running = false;
};

} // namespace bridge
