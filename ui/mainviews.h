#pragma once

#include <QObject>

class ContactsView;
class MainActions;
class QStackedWidget;
class QWidget;

//! The main area's two views, Conversations and Contacts, as pages of the window's stack, switched
//! by View ▸ Conversations (Ctrl+Shift+O) and View ▸ Contacts (Ctrl+Shift+C), which also move the
//! focus into the view shown. (No tab bar: a screen reader took its current tab for the focus.)
class MainViews : public QObject {
    Q_OBJECT
public:
    //! pages: the window's stack, which holds conversations already; contacts is added to it.
    MainViews(QStackedWidget *pages, QWidget *conversations, ContactsView *contacts, MainActions *actions,
              QObject *parent = nullptr);

    ContactsView *contacts() const { return m_contacts; }
    QWidget *conversations() const { return m_conversations; }
    QWidget *currentWidget() const;

    void showConversations();
    void showContacts();

private:
    QStackedWidget *m_pages;
    QWidget *m_conversations;
    ContactsView *m_contacts;
};
