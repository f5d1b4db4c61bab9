#include "maintabs.h"

#include "contactsview.h"
#include "mainactions.h"

#include <QAction>
#include <QTabBar>

MainTabs::MainTabs(QWidget *conversations, ContactsView *contacts, MainActions *actions, QWidget *parent)
    : QTabWidget(parent)
    , m_conversations(conversations)
    , m_contacts(contacts) {
    setObjectName(QStringLiteral("mainTabs"));
    setDocumentMode(true);
    tabBar()->setAccessibleName(tr("Views"));
    // No mnemonics on the tabs: the menu bar's letters and the views' own would clash; the
    // View menu's actions and their shortcuts reach both.
    addTab(conversations, tr("Conversations"));
    addTab(contacts, tr("Contacts"));
    setTabToolTip(0, actions->showConversations->toolTip());
    setTabToolTip(1, actions->showContacts->toolTip());
    connect(actions->showConversations, &QAction::triggered, this, &MainTabs::showConversations);
    connect(actions->showContacts, &QAction::triggered, this, &MainTabs::showContacts);
}

void MainTabs::showConversations() {
    setCurrentWidget(m_conversations);
    // Back where the agent was in it, else at its first control.
    QWidget *target = m_conversations->focusWidget();
    (target ? target : m_conversations->nextInFocusChain())->setFocus(Qt::ShortcutFocusReason);
}

void MainTabs::showContacts() {
    setCurrentWidget(m_contacts);
    m_contacts->activate();
}
