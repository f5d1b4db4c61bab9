#pragma once

#include "conversation.h"
#include "conversationpage.h"
#include "participantref.h"

#include <QJsonObject>

namespace bridge {

//! Values back to the Connect generation's JSON shapes (api-connect.md), for --json output and
//! exports: participants nested as {"externals": [...], "internals": [...]} with identifierType, name
//! and status null when absent, a page as {"conversations": [...], "cursor": C or null}. The classic
//! shapes are JsonEncoder's. Dates as RFC 3339 UTC with Z.
class ConnectJsonEncoder {
public:
    static QJsonObject toJson(const Participant &participant);
    static QJsonObject toJson(const Conversation &conversation);
    static QJsonObject toJson(const ConversationPage &page);
    //! {"workspaceId": ..., "providerChannels": [{"provider", "identifier"}...]}
    static QJsonObject channels(const QString &workspaceId, const QList<ProviderChannel> &channels);
};

} // namespace bridge
