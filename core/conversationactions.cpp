#include "conversationactions.h"
#include "bridgeclient.h"
#include "conversationtablemodel.h"
namespace bridge {
ConversationActions::ConversationActions(BridgeClient *client, ConversationTableModel *model, QObject *parent)
    : QObject(parent), m_client(client), m_model(model) {}
ConversationActions::~ConversationActions() { cancelAll(); }
bool ConversationActions::archive(const QString &id) { ConversationUpdate u; u.status = QStringLiteral("archived"); return apply(id, u); }
bool ConversationActions::reactivate(const QString &id) { ConversationUpdate u; u.status = QStringLiteral("active"); return apply(id, u); }
bool ConversationActions::rename(const QString &id, const QString &name) { ConversationUpdate u; u.name = name; return apply(id, u); }
bool ConversationActions::apply(const QString &, const ConversationUpdate &) { return false; }
bool ConversationActions::isRunning(const QString &id) const { return m_running.contains(id); }
void ConversationActions::cancelAll() { for (CallHandle &h : m_running) h.cancel(); m_running.clear(); }
void ConversationActions::finish(const QString &, bool, const ApiError &) {}
} // namespace bridge
