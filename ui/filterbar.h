#pragma once

#include "listquery.h"

#include <QWidget>

class IdentifierField;
class QButtonGroup;
class QLabel;
class QToolButton;

//! The filters above the table: status (All / Active / Ghost / Archived) as segmented buttons, a
//! customer and an agent identifier, and a button that clears them all. A status button applies at
//! once; Enter in a field applies. Nothing applies while a field holds an invalid identifier: the
//! field is marked and a hint line says what is wrong.
class FilterBar : public QWidget {
    Q_OBJECT
public:
    explicit FilterBar(QWidget *parent = nullptr);

    QString status() const; //!< "", "active", "ghost" or "archived"
    std::optional<bridge::ParticipantRef> customer() const;
    std::optional<bridge::ParticipantRef> agent() const;

    //! Shows the filters of query, without emitting applied().
    void setFilters(const bridge::ListQuery &query);
    //! Selects a status button and applies, as a click would.
    void applyStatus(const QString &status);
    //! Empties everything and applies.
    void clearAndApply();
    //! Puts the keyboard focus in the customer field, text selected.
    void focusFilter();

    IdentifierField *customerField() const { return m_customer; }
    IdentifierField *agentField() const { return m_agent; }
    QToolButton *statusButton(const QString &status) const;

    //! "No ghost conversations for alice@example.com", for the empty state of query.
    static QString emptyText(const bridge::ListQuery &query);

signals:
    //! The agent asked for the filters shown, and they are valid: read status(), customer(), agent().
    void applied();

private:
    bool tryApply();
    void updateHint();

    QButtonGroup *m_statusGroup;
    QList<QToolButton *> m_statusButtons;
    IdentifierField *m_customer;
    IdentifierField *m_agent;
    QToolButton *m_clear;
    QLabel *m_hint;
    bool m_showProblems = false;
};
