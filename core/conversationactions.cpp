#include "conversationactions.h"

#include "apidialect.h"
#include "bridgeclient.h"
#include "conversationtablemodel.h"

#include <algorithm>
#include <optional>

namespace bridge {

namespace {

bool samePerson(const Participant &p, const ParticipantRef &ref) {
    return p.identifier.compare(ref.identifier, Qt::CaseInsensitive) == 0;
}

//! people after update's additions and removals of one side, as the server would list them.
void applyPeople(QList<Participant> &people, const QList<ParticipantRef> &added,
                 const QList<ParticipantRef> &removed) {
    for (const ParticipantRef &gone : removed)
        people.removeIf([&gone](const Participant &p) { return samePerson(p, gone); });
    for (const ParticipantRef &ref : added) {
        if (std::none_of(people.cbegin(), people.cend(),
                         [&ref](const Participant &p) { return samePerson(p, ref); }))
            people.append(Participant{ref.identifier, toWireString(ref.type), {}, {}, {}});
    }
}

//! The optimistic row: what the conversation looks like once the server has applied update.
Conversation applied(Conversation c, const ConversationUpdate &update) {
    if (update.name)
        c.name = *update.name;
    if (update.status)
        c.status = *update.status;
    applyPeople(c.externalParticipants, update.addCustomers, update.removeCustomers);
    applyPeople(c.internalParticipants, update.addAgents, update.removeAgents);
    return c;
}

} // namespace

ConversationActions::ConversationActions(BridgeClient *client, ConversationTableModel *model, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model) {}

ConversationActions::~ConversationActions() {
    cancelAll();
}

bool ConversationActions::archive(const QString &conversationId) {
    ConversationUpdate update;
    update.status = m_client->dialect().statuses().target(StatusAction::Archive);
    return apply(conversationId, update);
}

bool ConversationActions::reactivate(const QString &conversationId) {
    ConversationUpdate update;
    update.status = m_client->dialect().statuses().target(StatusAction::Reactivate);
    return apply(conversationId, update);
}

bool ConversationActions::rename(const QString &conversationId, const QString &newName) {
    ConversationUpdate update;
    update.name = newName;
    return apply(conversationId, update);
}

bool ConversationActions::apply(const QString &conversationId, const ConversationUpdate &update) {
    if (conversationId.isEmpty() || m_running.contains(conversationId) || update.isEmpty() ||
        !m_client->dialect().validate(update).isEmpty())
        return false;

    // The optimistic change: the row shows the new values before the server answers.
    std::optional<Conversation> before;
    if (m_model) {
        const int row = m_model->rowOf(conversationId);
        if (row >= 0) {
            before = *m_model->conversationAt(row);
            m_model->updateConversation(applied(*before, update));
        }
    }

    const QString id = conversationId;
    m_running.insert(
        id, m_client->update(id, update, this, [this, id, before](const Expected<Conversation> &r) {
            if (r.ok()) {
                m_running.remove(id);
                if (m_model)
                    m_model->updateConversation(r.value());
                emit conversationUpdated(r.value());
                emit actionFinished(id, true, {});
                return;
            }
            // Refused (or the answer was lost): show what the server holds now, not a guess.
            const ApiError error = r.error();
            m_running.insert(
                id, m_client->get(id, this, [this, id, before, error](const Expected<Conversation> &g) {
                    m_running.remove(id);
                    if (m_model) {
                        if (g.ok())
                            m_model->updateConversation(g.value());
                        else if (before)
                            m_model->updateConversation(*before);
                    }
                    emit actionFinished(id, false, error);
                }));
        }));
    return true;
}

bool ConversationActions::isRunning(const QString &conversationId) const {
    return m_running.contains(conversationId);
}

void ConversationActions::cancelAll() {
    for (CallHandle &handle : m_running)
        handle.cancel();
    m_running.clear();
}

} // namespace bridge
