#pragma once

#include "callhandle.h"
#include "contact.h"
#include "conversation.h"
#include "participantref.h"

#include <QList>
#include <QObject>

class QTimer;

namespace bridge {

class BridgeClient;

//! One completion for an identifier field: who it is (name, email, phone, each may be empty) and
//! what choosing it fills in (an identifier of one of the field's types).
struct ContactSuggestion {
    QString name;
    QString email;
    QString phone;
    ParticipantRef ref;

    //! "Zoë Ørsted · zoe.orsted@example.com · +447700900123", the empty parts left out.
    QString text() const;

    friend bool operator==(const ContactSuggestion &, const ContactSuggestion &) = default;
};

//! Completions for an identifier as it is typed: the identifiers already seen in the workspace's
//! loaded conversations (at once), then the contacts the API finds for the text (debounced, the
//! call in flight cancelled by each new text: the last text typed wins). Suggestions offer only the
//! field's types (ApiDialect::customerTypes() / agentTypes()).
class ContactSuggester : public QObject {
    Q_OBJECT
public:
    static constexpr int DebounceMs = 250;
    static constexpr int MinimumLength = 2; //!< shorter texts ask nobody
    static constexpr int Limit = 8;         //!< contacts asked of the API

    ContactSuggester(BridgeClient *client, const QList<ParticipantType> &types, QObject *parent = nullptr);
    ~ContactSuggester() override;

    //! The identifiers seen in this workspace (seenCustomers() / seenAgents() of the loaded pages).
    void setKnown(const QList<ParticipantRef> &known);
    //! The agent typed text: local suggestions now, the API's DebounceMs later (none for a whole
    //! email address, which needs no completing).
    void setText(const QString &text);
    QString text() const { return m_text; }
    const QList<ContactSuggestion> &suggestions() const { return m_suggestions; }

    //! The suggestion for contact, given what was typed: its email, else its phone (its phone
    //! first when the digits typed are in it), else on an API with IDs its id; nullopt when the
    //! field's types allow none of them.
    static std::optional<ContactSuggestion>
    fromContact(const Contact &contact, const QList<ParticipantType> &types, const QString &typed);
    //! The distinct customers (external participants) / agents of conversations.
    static QList<ParticipantRef> seenCustomers(const QList<Conversation> &conversations);
    static QList<ParticipantRef> seenAgents(const QList<Conversation> &conversations);
    //! text in lower case without accents (Zoë -> zoe, Ørsted -> orsted), for matching.
    static QString folded(const QString &text);

signals:
    //! suggestions() changed (for text()).
    void suggestionsChanged();

private:
    void ask();
    void show(const QList<ContactSuggestion> &remote);

    BridgeClient *m_client;
    QList<ParticipantType> m_types;
    QList<ParticipantRef> m_known;
    QTimer *m_debounce;
    CallHandle m_call;
    QString m_text;
    QList<ContactSuggestion> m_suggestions;
};

} // namespace bridge
