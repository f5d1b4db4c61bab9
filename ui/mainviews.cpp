#include "mainviews.h"

#include "contactsview.h"
#include "mainactions.h"

#include <QAction>
#include <QStackedWidget>

MainViews::MainViews(QStackedWidget *pages, QWidget *conversations, ContactsView *contacts,
                     MainActions *actions, QObject *parent)
    : QObject(parent)
    , m_pages(pages)
    , m_conversations(conversations)
    , m_contacts(contacts) {
    pages->addWidget(contacts);
    connect(actions->showConversations, &QAction::triggered, this, &MainViews::showConversations);
    connect(actions->showContacts, &QAction::triggered, this, &MainViews::showContacts);
}

QWidget *MainViews::currentWidget() const {
    return m_pages->currentWidget();
}

void MainViews::showConversations() {
    if (m_pages->currentWidget() != m_contacts)
        return; // already there, or not connected (the Not connected panel stays)
    m_pages->setCurrentWidget(m_conversations);
    // Back where the agent was in it, else at its first control.
    QWidget *target = m_conversations->focusWidget();
    (target ? target : m_conversations->nextInFocusChain())->setFocus(Qt::ShortcutFocusReason);
}

void MainViews::showContacts() {
    if (m_pages->currentWidget() != m_conversations)
        return; // not connected: nothing to show contacts of
    m_pages->setCurrentWidget(m_contacts);
    m_contacts->activate();
}
