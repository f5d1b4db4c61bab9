#pragma once

#include <QTabWidget>

class ContactsView;
class MainActions;

//! The main area's two views as tabs, "Conversations | Contacts", switched by the tab bar or by
//! View ▸ Conversations (Ctrl+Shift+O) and View ▸ Contacts (Ctrl+Shift+C), which also move the
//! focus into the view shown.
class MainTabs : public QTabWidget {
    Q_OBJECT
public:
    //! conversations: the conversations' page; contacts: the Contacts view. Both become children.
    MainTabs(QWidget *conversations, ContactsView *contacts, MainActions *actions, QWidget *parent = nullptr);

    ContactsView *contacts() const { return m_contacts; }
    QWidget *conversations() const { return m_conversations; }

    void showConversations();
    void showContacts();

private:
    QWidget *m_conversations;
    ContactsView *m_contacts;
};
