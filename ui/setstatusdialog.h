#pragma once

#include "conversationstatus.h"

#include <QDialog>
#include <QList>
#include <optional>

class QButtonGroup;
class QPushButton;
class QRadioButton;

namespace bridge {
class StatusVocabulary;
}

//! "Set status…": one of the statuses the API generation lets an update set
//! (StatusVocabulary::values(Update)), for one conversation or for several. With one, its current
//! status is preselected and choosing it again sets nothing.
//!
//! Object names: status<RAW> per choice (statusBLOCKED), setButton.
class SetStatusDialog : public QDialog {
    Q_OBJECT
public:
    //! what: the conversation's name or "3 conversations", for the title line; current: the status
    //! of the one conversation, nullopt for several.
    SetStatusDialog(const bridge::StatusVocabulary &statuses, const QString &what,
                    const std::optional<bridge::ConversationStatus> &current, QWidget *parent = nullptr);

    bridge::ConversationStatus chosen() const;
    QRadioButton *choice(const bridge::ConversationStatus &status) const;
    QPushButton *setButton() const { return m_set; }

signals:
    //! Accepted with a status to set.
    void statusChosen(const bridge::ConversationStatus &status);

private:
    void refresh();

    std::optional<bridge::ConversationStatus> m_current;
    QButtonGroup *m_group;
    QList<QRadioButton *> m_choices;
    QPushButton *m_set;
};
