#pragma once

#include "participantref.h"

#include <QObject>

class QCompleter;
class QLineEdit;
class QStandardItemModel;

namespace bridge {
class BridgeClient;
class ContactSuggester;
} // namespace bridge

//! Completion for an identifier field: a popup under edit with the ContactSuggester's suggestions
//! (each "name · email · phone") as the agent types. Choosing one puts its identifier in the field
//! and emits chosen() with its type; typing on without choosing leaves the field as it was.
class IdentifierCompleter : public QObject {
    Q_OBJECT
public:
    //! Installs itself on edit (and is owned by it). types: the field's (customers' or agents').
    IdentifierCompleter(bridge::BridgeClient *client, const QList<bridge::ParticipantType> &types,
                        QLineEdit *edit);

    //! Identifiers seen in the workspace, offered before the API answers.
    void setKnown(const QList<bridge::ParticipantRef> &known);
    QCompleter *completer() const { return m_completer; }
    bridge::ContactSuggester *suggester() const { return m_suggester; }

    //! The completer installed on edit, or nullptr.
    static IdentifierCompleter *of(QLineEdit *edit);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    //! The agent picked a suggestion; the field already holds ref.identifier.
    void chosen(const bridge::ParticipantRef &ref);

private:
    void showSuggestions();

    QLineEdit *m_edit;
    bridge::ContactSuggester *m_suggester;
    QStandardItemModel *m_model;
    QCompleter *m_completer;
};
