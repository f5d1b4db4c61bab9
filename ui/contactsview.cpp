#include "contactsview.h"

#include "bridgeclient.h"
#include "clearbutton.h"
#include "contactbrowser.h"
#include "contactdialect.h"
#include "contactdialog.h"
#include "contactpane.h"
#include "contacttablemodel.h"
#include "errorbanner.h"
#include "stateoverlay.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace bridge;
using Column = ContactTableModel::Column;

ContactsView::ContactsView(BridgeClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_browser(new ContactBrowser(client, this)) {
    build();
    connectBrowser();
}

void ContactsView::build() {
    // Mnemonics: none of the menu bar's (File, View, Conversation, Help) nor the toolbar's Profile.
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("contactSearch"));
    ClearButton::enable(m_search); // its clear button named for screen readers
    m_search->setPlaceholderText(tr("Name, email or phone"));
    m_search->setAccessibleName(tr("Search contacts"));
    auto *searchLabel = new QLabel(tr("&Search contacts:"), this);
    searchLabel->setBuddy(m_search);
    m_newContact = new QPushButton(tr("&New Contact…"), this);
    m_newContact->setObjectName(QStringLiteral("newContact"));
    auto *top = new QHBoxLayout;
    top->addWidget(searchLabel);
    top->addWidget(m_search, 1);
    top->addWidget(m_newContact);

    m_banner = new ErrorBanner(this);
    m_banner->setObjectName(QStringLiteral("contactBanner"));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("contactTable"));
    m_table->setAccessibleName(tr("Contacts"));
    m_table->setModel(m_browser->model());
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false); // Tab leaves the table: every control stays reachable
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int charWidth = m_table->fontMetrics().averageCharWidth();
    m_table->horizontalHeader()->resizeSection(int(Column::Name), charWidth * 26);
    m_table->horizontalHeader()->resizeSection(int(Column::Email), charWidth * 30);
    m_table->horizontalHeader()->resizeSection(int(Column::Cellphone), charWidth * 18);
    m_table->horizontalHeader()->resizeSection(int(Column::Type), charWidth * 12);
    m_emptyState = new StateOverlay(m_table->viewport());
    m_emptyState->setObjectName(QStringLiteral("contactsEmpty"));

    m_pane = new ContactPane(this);
    m_pane->setObjectName(QStringLiteral("contactPane"));
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_pane);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    m_previous = new QPushButton(tr("Previo&us"), this);
    m_previous->setObjectName(QStringLiteral("contactsPrevious"));
    m_previous->setAccessibleName(tr("Previous page of contacts"));
    m_next = new QPushButton(tr("Ne&xt"), this);
    m_next->setObjectName(QStringLiteral("contactsNext"));
    m_next->setAccessibleName(tr("Next page of contacts"));
    m_pageLabel = new QLabel(this);
    m_pageLabel->setObjectName(QStringLiteral("contactsPageLabel"));
    auto *pager = new QHBoxLayout;
    pager->addWidget(m_previous);
    pager->addWidget(m_next);
    pager->addWidget(m_pageLabel, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 6);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addWidget(m_splitter, 1);
    layout->addLayout(pager);

    // Tab: search, New Contact, (banner buttons), table, the pane's actions, Previous, Next.
    setTabOrder(m_search, m_newContact);
    setTabOrder(m_newContact, m_table);
    setTabOrder(m_table, m_pane->editButton());
    setTabOrder(m_pane->editButton(), m_pane->conversationsButton());
    setTabOrder(m_pane->conversationsButton(), m_pane->newConversationButton());
    setTabOrder(m_pane->newConversationButton(), m_pane->newGhostButton());
    setTabOrder(m_pane->newGhostButton(), m_pane->deleteButton());
    setTabOrder(m_pane->deleteButton(), m_previous);
    setTabOrder(m_previous, m_next);

    connect(m_search, &QLineEdit::textEdited, m_browser, &ContactBrowser::setSearchText);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { m_browser->search(m_search->text()); });
    connect(m_newContact, &QPushButton::clicked, this, &ContactsView::openNewContact);
    connect(m_previous, &QPushButton::clicked, m_browser, &ContactBrowser::previous);
    connect(m_next, &QPushButton::clicked, m_browser, &ContactBrowser::next);
    connect(m_banner, &ErrorBanner::retryRequested, m_browser, &ContactBrowser::refresh);
    connect(m_emptyState, &StateOverlay::clearRequested, this, [this] {
        m_search->clear();
        m_browser->search(QString());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ContactsView::updatePane);
    connect(m_pane, &ContactPane::editRequested, this, &ContactsView::openEdit);
    connect(m_pane, &ContactPane::deleteRequested, this, &ContactsView::confirmDelete);
    connect(m_pane, &ContactPane::conversationsRequested, this, &ContactsView::conversationsRequested);
    connect(m_pane, &ContactPane::newConversationRequested, this, &ContactsView::newConversationRequested);
    updatePager();
}

void ContactsView::connectBrowser() {
    connect(m_browser, &ContactBrowser::pageShown, this, &ContactsView::onPageShown);
    connect(m_browser, &ContactBrowser::errorOccurred, this, &ContactsView::onError);
    connect(m_browser, &ContactBrowser::loadingChanged, this, &ContactsView::updatePager);
    connect(m_browser, &ContactBrowser::definitionsChanged, this,
            [this] { m_pane->setDefinitions(m_browser->definitions()); });
}

void ContactsView::setConnection() {
    m_browser->clear();
    m_pane->setDialect(m_client->contactDialect());
    m_pane->setContact(std::nullopt);
    m_search->clear();
    m_banner->hide();
    m_emptyState->hide();
    m_connected = true;
    if (isVisible())
        m_browser->load();
    updatePager();
}

void ContactsView::clear() {
    m_browser->clear();
    m_pane->setContact(std::nullopt);
    m_banner->hide();
    m_emptyState->hide();
    m_connected = false;
    updatePager();
}

void ContactsView::activate() {
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ContactsView::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    // Loaded when first looked at: the conversations' first paint asks nothing of the contacts.
    if (m_connected && !m_browser->hasLoaded() && !m_browser->isLoading())
        m_browser->load();
}

void ContactsView::onPageShown() {
    m_banner->hide();
    m_table->setColumnHidden(int(Column::Type), !m_browser->model()->hasTypes());
    if (m_browser->model()->rowCount() == 0) {
        const QString search = m_browser->query().search;
        m_emptyState->showMessage(search.isEmpty() ? tr("No contacts in this workspace yet.")
                                                   : tr("No contacts match “%1”.").arg(search),
                                  !search.isEmpty());
    } else {
        m_emptyState->hide();
    }
    updatePager();
    updatePane();
}

void ContactsView::onError(const ApiError &error) {
    m_banner->showError(tr("The contacts could not be loaded. %1").arg(error.headline()), false,
                        error.requestId);
    m_banner->label()->setToolTip(error.line());
    m_banner->detailsButton()->hide(); // the request inspector belongs to the conversations
    updatePager();
}

namespace {

//! "1 contact", "20 contacts": two English sources (the window ships no English translation to
//! pick plural forms); German and others translate both.
QString contactCount(int n) {
    return n == 1 ? ContactsView::tr("%n contact", nullptr, n) : ContactsView::tr("%Ln contacts", nullptr, n);
}

} // namespace

QString ContactsView::pageText(const Pagination &pagination, int rowsShown) {
    if (pagination.cursored) {
        const QString rows = contactCount(rowsShown);
        return (pagination.hasNext() ? tr("Page %1 · %2 · more") : tr("Page %1 · %2 · last page"))
            .arg(QLocale().toString(pagination.page), rows);
    }
    const int total = int(qMin<qint64>(pagination.total, INT_MAX));
    const QString count = contactCount(total);
    if (pagination.totalPages <= 0)
        return count;
    return tr("Page %1 of %2 · %3")
        .arg(QLocale().toString(pagination.page), QLocale().toString(pagination.totalPages), count);
}

void ContactsView::updatePager() {
    const bool loading = m_browser->isLoading();
    m_previous->setEnabled(m_browser->canGoPrevious());
    m_next->setEnabled(m_browser->canGoNext());
    if (!m_browser->hasLoaded())
        m_pageLabel->setText(loading ? tr("Loading contacts…") : QString());
    else
        m_pageLabel->setText(pageText(m_browser->pagination(), m_browser->model()->rowCount()) +
                             (loading ? tr(" · loading…") : QString()));
}

void ContactsView::updatePane() {
    const QVariant value = m_table->selectionModel()->currentIndex().data(ContactTableModel::ContactRole);
    m_pane->setContact(value.isValid() ? std::optional(value.value<Contact>()) : std::nullopt);
}

void ContactsView::openNewContact() {
    auto *dialog = new ContactDialog(m_client, this);
    dialog->setObjectName(QStringLiteral("contactDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ContactDialog::saved, this, [this](const Contact &contact) {
        emit notice(tr("Created %1").arg(contact.displayName()));
        m_search->setText(contact.displayName());
        m_browser->search(contact.displayName()); // the agent sees it at once
    });
    dialog->open();
}

void ContactsView::openEdit(const Contact &contact) {
    auto *dialog = new ContactDialog(m_client, contact, this);
    dialog->setObjectName(QStringLiteral("contactDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ContactDialog::saved, this, [this](const Contact &saved) {
        emit notice(tr("Saved %1").arg(saved.displayName()));
        m_browser->model()->updateContact(saved);
        updatePane();
    });
    dialog->open();
}

void ContactsView::confirmDelete(const Contact &contact) {
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete Contact"),
                                tr("Delete %1? This cannot be undone.").arg(contact.displayName()),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmDelete"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *remove = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(remove, &QPushButton::clicked, this, [this, contact] {
        m_client->deleteContact(contact.id, this, [this, contact](const Expected<bool> &answer) {
            if (!answer.ok()) {
                m_banner->showActionError(
                    tr("%1 was not deleted. %2").arg(contact.displayName(), answer.error().headline()),
                    answer.error().requestId);
                return;
            }
            emit notice(tr("Deleted %1").arg(contact.displayName()));
            m_browser->refresh();
        });
    });
    box->open();
}
