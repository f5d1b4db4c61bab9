#pragma once

#include "conversation.h"
#include "credentials.h"
#include "newconversation.h"

#include <QDateTime>
#include <QList>
#include <QMainWindow>
#include <optional>

class AutoRefreshControl;
class Composer;
class ConnectionStatus;
class ContactsView;
class ConversationCommands;
class DetailsPane;
class ErrorBanner;
class ExportRunner;
class FilterBar;
class MainActions;
class MainViews;
class NotificationCentre;
class NotConnectedPanel;
class OfflineCopyBar;
class PagerBar;
class ProfileSwitcher;
class RequestInspector;
class SavedViewsDock;
class PaletteCommands;
class QDialog;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTableView;
class StateOverlay;
class StoreSearchBox;
class QLabel;

namespace bridge {
class BridgeClient;
class BrowsingController;
class ConversationSink;
class ConversationStore;
class ProfileManager;
class ResumeWatcher;
class RequestLog;
struct ApiError;
struct OfflineCopyOptions;
} // namespace bridge

//! Bridge Desk's window: filters, the page of conversations, paging, the details of the selection,
//! and the states between (loading, empty, error), in the API generation of the client's profile
//! (its statuses, types, paging and actions, from client->dialect()). It asks a BrowsingController for
//! everything it shows and remembers its layout and last filter per workspace.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    //! client: configured for credentials, not owned, must outlive the window. Loads at once.
    MainWindow(bridge::BridgeClient *client, const bridge::Credentials &credentials, bool sandbox,
               QWidget *parent = nullptr);
    //! Not connected yet (the first-start settings were cancelled): menus, no list, and a message
    //! offering Settings… and the sandbox. setConnection() turns it into the window above.
    explicit MainWindow(bridge::BridgeClient *client, QWidget *parent = nullptr);
    ~MainWindow() override;

    //! After the client's options changed: remembers the old workspace's view, restores the new
    //! one's and reloads.
    void setConnection(const bridge::Credentials &credentials, bool sandbox);
    //! False until the first setConnection(): the Not connected panel shows.
    bool isConnected() const { return !m_workspaceId.isNull(); }
    NotConnectedPanel *notConnectedPanel() const { return m_notConnected; }
    //! Shows a passing message in the status bar (e.g. the notice of a credentials save).
    void showNotice(const QString &text);

    //! Opens the create dialog (window-modal, non-blocking). After a create the list reloads,
    //! switches filters that would hide the new conversation, and selects it when it appears.
    //! customer: prefilled (a contact's), with the workspace's known people offered as completions.
    void openCreateDialog(bool ghost, const std::optional<bridge::ParticipantRef> &customer = std::nullopt);
    //! Switches to Conversations and filters them by customer (Contacts ▸ Conversations with…).
    void showCustomerConversations(const bridge::ParticipantRef &customer);
    //! After a create: drops cached pages and reloads page 1, first letting filters that would hide
    //! conversation give way (status switched to its own, participant filters it fails cleared);
    //! selects it when it shows.
    //! After a lost create answer: shows the first customer's conversations so the agent can check.
    void showPossibleDuplicate(const bridge::NewConversation &draft);
    void revealConversation(const bridge::Conversation &conversation);
    //! Shows conversation in the details pane, selecting its row when it is on the page (Open by ID).
    void showConversation(const bridge::Conversation &conversation);
    //! Opens File ▸ Import CSV… (non-blocking); returns the dialog.
    QDialog *openImportDialog();

    //! Adds the profile switcher to the toolbar. While the manager switches, the window forgets
    //! the old workspace's rows at once; setConnection() then loads the new one's. Each profile
    //! has its own remembered view. manager: not owned.
    void setProfileManager(bridge::ProfileManager *manager);
    //! Keeps an offline copy of the connected workspace in sink when keep is on (sink null: none),
    //! with its progress and a Pause button in the status bar, kept current by the list's
    //! auto-refresh. Call again after setConnection() to follow another workspace.
    void setOfflineCopy(bridge::ConversationSink *sink, bool keep, const bridge::OfflineCopyOptions &options);
    OfflineCopyBar *offlineCopyBar() const { return m_offlineCopyBar; }

    //! The profile's local store (not owned; null: none). Shows the rows it kept for the current
    //! view at once, marked as cached, until the server answers; keeps every page the server sends;
    //! searches it from the search box (Ctrl+F). Defined in mainwindowstore.cpp.
    void setConversationStore(bridge::ConversationStore *store);
    StoreSearchBox *searchBox() const { return m_search; }
    //! The store's search shown, within the current filters ("" when the server's list shows).
    QString storeSearchText() const;
    //! Searches the store for text within the current filters, as typing it would; "" shows the
    //! server's list again. Nothing without a store.
    void setStoreSearchText(const QString &text);
    //! "as of 21:36 (cached)", or what a search looked through.
    QLabel *storeLine() const { return m_storeLine; }

    bridge::BrowsingController *controller() const { return m_controller; }
    QTableView *conversationView() const { return m_table; }
    QSortFilterProxyModel *proxyModel() const { return m_proxy; }
    FilterBar *filterBar() const { return m_filterBar; }
    PagerBar *pagerBar() const { return m_pager; }
    DetailsPane *detailsPane() const { return m_details; }
    //! The message composer under the details pane (Connect; a sentence on classic).
    Composer *composer() const { return m_composer; }
    ErrorBanner *errorBanner() const { return m_banner; }
    StateOverlay *emptyState() const { return m_emptyState; }
    ConnectionStatus *connectionStatus() const { return m_status; }
    MainActions *actions() const { return m_actions; }
    ConversationCommands *commands() const { return m_commands; }
    AutoRefreshControl *autoRefresh() const { return m_autoRefresh; }
    //! Built on first use (View ▸ Request Inspector, a banner's Details): the first paint does
    //! not show it. Its log records every attempt from the start.
    RequestInspector *requestInspector();
    ExportRunner *exportRunner() const { return m_export; }
    ProfileSwitcher *profileSwitcher() const { return m_profileSwitcher; }
    MainViews *views() const { return m_views; }
    ContactsView *contactsView() const;
    //! Notifications about watched views, the tray icon.
    NotificationCentre *notifications() const { return m_notifications; }
    //! Network back, machine awake: the page shown is refreshed at once.
    bridge::ResumeWatcher *resumeWatcher() const { return m_resume; }
    //! The sidebar of the profile's saved views (View ▸ Saved Views).
    SavedViewsDock *savedViews() const { return m_savedViews; }
    //! Ctrl+K: the command palette's contents.
    PaletteCommands *commandPalette() const { return m_palette; }
    bridge::ProfileManager *profileManager() const { return m_profiles; }

signals:
    //! File ▸ Settings… or Open Settings… on a 401 banner; whoever wired the window opens the dialog.
    void settingsRequested();
    //! Try the sandbox, from the Not connected panel.
    void sandboxRequested();
    //! The model holds the rows of a newly shown page (after the view has been updated).
    void pageShown();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *buildCentre();
    void setUpTable();
    void connectController();
    void connectActions();
    void onPageShown();
    void onError(const bridge::ApiError &error);
    void updateStates();
    void updateActions();
    void updateDetails();
    //! Reads conversation id again after a message went into it (a ghost may have become active).
    void refreshConversation(const QString &id);
    //! Puts the client's API generation on the filters, the pager, the details and the actions.
    void applyDialect();
    void restoreView(bool dropCache);
    void saveView() const;
    void showAbout();
    void setUpTools();
    void beginProfileSwitch(const QString &profile);
    QString viewKey() const;
    // The local store (mainwindowstore.cpp).
    void setUpStoreSearch();
    void showCachedPage();
    void keepShownPage();
    void searchStore(const QString &text);
    void endStoreSearch();

    bridge::BridgeClient *m_client;
    bridge::BrowsingController *m_controller;
    QSortFilterProxyModel *m_proxy;
    MainActions *m_actions;
    QStackedWidget *m_pages = nullptr; //!< the conversations, or the Not connected panel
    MainViews *m_views = nullptr;      //!< Conversations or Contacts
    NotConnectedPanel *m_notConnected = nullptr;
    FilterBar *m_filterBar = nullptr;
    ErrorBanner *m_banner = nullptr;
    QTableView *m_table = nullptr;
    StateOverlay *m_emptyState = nullptr;
    DetailsPane *m_details = nullptr;
    Composer *m_composer = nullptr;
    QSplitter *m_side = nullptr; //!< the details over the composer
    QSplitter *m_splitter = nullptr;
    PagerBar *m_pager = nullptr;
    ConnectionStatus *m_status = nullptr;
    ConversationCommands *m_commands = nullptr;
    AutoRefreshControl *m_autoRefresh = nullptr;
    NotificationCentre *m_notifications = nullptr;
    bridge::ResumeWatcher *m_resume = nullptr;
    OfflineCopyBar *m_offlineCopyBar = nullptr;
    bridge::RequestLog *m_requestLog = nullptr;
    RequestInspector *m_inspector = nullptr; //!< built by requestInspector()
    ExportRunner *m_export = nullptr;
    ProfileSwitcher *m_profileSwitcher = nullptr;
    SavedViewsDock *m_savedViews = nullptr;
    PaletteCommands *m_palette = nullptr;
    bridge::ProfileManager *m_profiles = nullptr;
    std::optional<bridge::Conversation> m_opened; //!< shown by Open by ID while no row is current
    QString m_viewKey; //!< whose view state is shown: the profile's, else the workspace's
    QString m_workspaceId;
    QString m_pendingSelection; //!< id of a just-created conversation to select when it shows
    bool m_loadedOnce = false;
    bridge::ConversationStore *m_store = nullptr;
    StoreSearchBox *m_search = nullptr;
    QLabel *m_storeLine = nullptr;
    QList<bridge::Conversation> m_pageRows; //!< the server's page, kept while search results show
    QDateTime m_keptAt;                     //!< when the last page given to the store was read
    QDateTime m_cachedAt;                   //!< the stored page shown, until the server answers
    QDateTime m_searchScopeAt;              //!< the newest stored row, when a search began
    bool m_searching = false;
};
