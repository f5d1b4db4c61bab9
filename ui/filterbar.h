#pragma once

#include "conversationfilter.h"

#include <QWidget>

class IdentifierField;
class QButtonGroup;
class QHBoxLayout;
class QLabel;
class QToolButton;

namespace bridge {
class ApiDialect;
class StatusVocabulary;
} // namespace bridge

//! The filters above the table: status as segmented buttons (All, then the values the API
//! generation's status vocabulary allows as a filter: Active / Ghost / Archived in classic, five in
//! Connect), a customer and an agent identifier (named by the generation's types), and a button that
//! clears them all. A status button applies at once; Enter in a field applies. Nothing applies while
//! a field holds an invalid identifier: the field is marked and a hint line says what is wrong.
class FilterBar : public QWidget {
    Q_OBJECT
public:
    explicit FilterBar(QWidget *parent = nullptr);

    //! The status buttons and identifier types of dialect's generation (classic until set). The
    //! filter shown stays as far as the generation has it; nothing is applied.
    void setDialect(const bridge::ApiDialect &dialect);

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
    //! The button of status (of the generation shown); the empty status is "All". Null when there is none.
    QToolButton *statusButton(const bridge::ConversationStatus &status) const;

    //! "No ghost conversations for alice@example.com", for the empty state of filter; statuses
    //! names a status no sentence of its own covers.
    static QString emptyText(const bridge::ConversationFilter &filter,
                             const bridge::StatusVocabulary &statuses);

signals:
    //! The agent asked for the filter shown (a status button, Enter in a field, Clear), and its
    //! identifiers are valid.
    void filterApplied(const bridge::ConversationFilter &filter);

private:
    void addStatusButtons();
    void setStatuses(const bridge::StatusVocabulary &statuses);
    bool tryApply();
    bridge::ConversationStatus checkedStatus() const;
    void updateHint();

    QHBoxLayout *m_statusRow;
    QButtonGroup *m_statusGroup;
    QList<QToolButton *> m_statusButtons;
    QList<const bridge::StatusVocabulary *> m_statusOwners; //!< per button; null for All
    IdentifierField *m_customer;
    IdentifierField *m_agent;
    QToolButton *m_clear;
    QLabel *m_hint;
    bool m_showProblems = false;
};
