#pragma once

#include "contact.h"
#include "participantref.h"

#include <QWidget>

class ContactPane;
class ErrorBanner;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;
class StateOverlay;

namespace bridge {
class BridgeClient;
class ContactBrowser;
struct ApiError;
} // namespace bridge

//! The Contacts page beside Conversations: a search that runs as the agent types (ContactBrowser:
//! debounced, the last text wins), the page of contacts with Previous / Next (page numbers, or
//! "more" for an API that pages by cursor), the empty and error states, and the selected
//! contact's pane with its actions. Thin: the browser decides what is asked and shown.
//!
//! Object names: contactSearch, newContact, contactBanner, contactTable, contactPane,
//! contactsPrevious, contactsNext, contactsPageLabel, contactsEmpty.
class ContactsView : public QWidget {
    Q_OBJECT
public:
    //! client: not owned, must outlive the view.
    explicit ContactsView(bridge::BridgeClient *client, QWidget *parent = nullptr);

    //! A new connection (profile, credentials): forgets what was shown, follows the client's API
    //! generation, and loads again the next time the view is shown.
    void setConnection();
    //! A profile switch began: nothing of the old workspace may stay or arrive.
    void clear();
    //! Puts the focus in the search box, loading the first page if nothing was loaded yet.
    void activate();

    bridge::ContactBrowser *browser() const { return m_browser; }
    QLineEdit *searchEdit() const { return m_search; }
    QTableView *table() const { return m_table; }
    ContactPane *pane() const { return m_pane; }
    ErrorBanner *banner() const { return m_banner; }
    QPushButton *newContactButton() const { return m_newContact; }
    QPushButton *previousButton() const { return m_previous; }
    QPushButton *nextButton() const { return m_next; }
    QLabel *pageLabel() const { return m_pageLabel; }
    StateOverlay *emptyState() const { return m_emptyState; }

    //! "Page 2 of 5 · 87 contacts", or for a cursored list "Page 3 · 20 contacts · more" / "· last page".
    static QString pageText(const bridge::Pagination &pagination, int rowsShown);

signals:
    //! "Conversations with this contact": show the conversations of customer.
    void conversationsRequested(const bridge::ParticipantRef &customer);
    //! "New (ghost) conversation…" with customer prefilled.
    void newConversationRequested(const bridge::ParticipantRef &customer, bool ghost);
    //! A passing message for the status bar ("Saved Zoë Ørsted").
    void notice(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void build();
    void connectBrowser();
    void onPageShown();
    void onError(const bridge::ApiError &error);
    void updatePager();
    void updatePane();
    void openNewContact();
    void openEdit(const bridge::Contact &contact);
    void confirmDelete(const bridge::Contact &contact);

    bridge::BridgeClient *m_client;
    bridge::ContactBrowser *m_browser;
    QLineEdit *m_search = nullptr;
    QPushButton *m_newContact = nullptr;
    ErrorBanner *m_banner = nullptr;
    QSplitter *m_splitter = nullptr;
    QTableView *m_table = nullptr;
    StateOverlay *m_emptyState = nullptr;
    ContactPane *m_pane = nullptr;
    QPushButton *m_previous = nullptr;
    QLabel *m_pageLabel = nullptr;
    QPushButton *m_next = nullptr;
    bool m_connected = false;
};
