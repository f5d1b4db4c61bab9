#pragma once

#include "apierror.h"
#include "attributedefinition.h"
#include "callhandle.h"
#include "contact.h"
#include "contactquery.h"

#include <QHash>
#include <QObject>
#include <optional>

class QTimer;

namespace bridge {

class BridgeClient;
class ContactTableModel;

//! What the Contacts view shows: a search typed by the agent and one page of its contacts. The
//! search is debounced (DebounceMs after the last keystroke); any new search or page cancels the
//! call in flight, so the last text typed wins even when an older answer would arrive later.
//! Pages by number (classic) or by cursor (Connect: the cursors seen for this search are kept, so
//! Previous walks back). Also fetches the workspace's attribute definitions, once per connection.
class ContactBrowser : public QObject {
    Q_OBJECT
public:
    static constexpr int DebounceMs = 250;

    explicit ContactBrowser(BridgeClient *client, QObject *parent = nullptr);
    ~ContactBrowser() override;

    ContactTableModel *model() const { return m_model; }
    const ContactQuery &query() const { return m_query; }
    const Pagination &pagination() const { return m_pagination; }
    bool isLoading() const { return m_call.isRunning(); }
    bool hasLoaded() const { return m_loaded; }
    std::optional<ApiError> error() const { return m_error; }
    const QList<AttributeDefinition> &definitions() const { return m_definitions; }

    //! The agent typed: searches for text DebounceMs from now (each call restarts the wait). The
    //! call in flight is cancelled at once: its answer can no longer be shown.
    void setSearchText(const QString &text);
    //! Searches for text now (Enter, or a first load): page 1.
    void search(const QString &text);
    //! Rows per page, bounded to the generation's limits (ContactDialect); page 1 of the search
    //! again when it changed.
    void setPageSize(int limit);
    void next();     //!< no-op unless canGoNext()
    void previous(); //!< no-op unless canGoPrevious()
    //! Numbered lists: any page from 1; cursored lists: only pages whose cursor is known.
    void goToPage(int page);
    void refresh(); //!< the page shown, again
    //! Forgets everything of the workspace (a profile switch or new credentials): cancels every
    //! call, empties the model, forgets the definitions. The next load() fetches them again.
    void clear();
    //! Loads page 1 of the current search, and the definitions when not fetched yet.
    void load();

    bool canGoNext() const { return m_pagination.hasNext(); }
    bool canGoPrevious() const { return m_query.page > 1; }

signals:
    void loadingChanged(bool loading);
    //! The model holds the contacts of query() now.
    void pageShown();
    //! A load failed; the rows already shown stay.
    void errorOccurred(const bridge::ApiError &error);
    //! The attribute definitions arrived (or failed: then none are known and keys show as they came).
    void definitionsChanged();

private:
    void start(const ContactQuery &query);
    void loadDefinitions();

    BridgeClient *m_client;
    ContactTableModel *m_model;
    QTimer *m_debounce;
    QString m_pendingText;
    ContactQuery m_query;
    Pagination m_pagination;
    QHash<int, QString> m_cursors; //!< cursored lists: page number -> its cursor, for this search
    CallHandle m_call;
    CallHandle m_definitionsCall;
    bool m_definitionsFetched = false;
    bool m_loaded = false;
    std::optional<ApiError> m_error;
    QList<AttributeDefinition> m_definitions;
};

} // namespace bridge
