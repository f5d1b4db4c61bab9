#pragma once

#include "conversationfilter.h"

#include <QWidget>

class IdentifierField;
class QButtonGroup;
class QLabel;
class QToolButton;

//! The filters above the table: status (All / Active / Ghost / Archived) as segmented buttons, a
//! customer and an agent identifier, and a button that clears them all. A status button applies at
//! once; Enter in a field applies. Nothing applies while a field holds an invalid identifier: the
//! field is marked and a hint line says what is wrong. The status buttons are the values the
//! status vocabulary allows as a filter.
class FilterBar : public QWidget {
    Q_OBJECT
public:
    explicit FilterBar(QWidget *parent = nullptr);

    //! The filter shown: the status button checked, the identifiers typed.
    bridge::ConversationFilter filter() const;

    //! Shows filter, without emitting filterApplied().
    void setFilter(const bridge::ConversationFilter &filter);
    //! Selects a status button and applies, as a click would.
    void applyStatus(const bridge::ConversationStatus &status);
    //! Empties everything and applies.
    void clearAndApply();
    //! Puts the keyboard focus in the customer field, text selected.
    void focusFilter();

    IdentifierField *customerField() const { return m_customer; }
    IdentifierField *agentField() const { return m_agent; }
    //! The button of status; the empty status is "All". Null when there is none.
    QToolButton *statusButton(const bridge::ConversationStatus &status) const;

    //! "No ghost conversations for alice@example.com", for the empty state of filter.
    static QString emptyText(const bridge::ConversationFilter &filter);

signals:
    //! The agent asked for the filter shown (a status button, Enter in a field, Clear), and its
    //! identifiers are valid.
    void filterApplied(const bridge::ConversationFilter &filter);

private:
    bool tryApply();
    bridge::ConversationStatus checkedStatus() const;
    void updateHint();

    QButtonGroup *m_statusGroup;
    QList<QToolButton *> m_statusButtons;
    IdentifierField *m_customer;
    IdentifierField *m_agent;
    QToolButton *m_clear;
    QLabel *m_hint;
    bool m_showProblems = false;
};
