#pragma once

#include "conversation.h"
#include "conversationpage.h"
#include "participantref.h"

#include <QJsonObject>

//! Values back to the Connect generation's JSON shapes (api-connect.md), for --json: participants
//! nested as {"externals": [...], "internals": [...]} with identifierType, name and status null when
//! absent, a page as {"conversations": [...], "cursor": C or null}. The classic shapes are
//! bridge::JsonEncoder's. Dates as RFC 3339 UTC with Z.
namespace connectjson {

QJsonObject toJson(const bridge::Participant &participant);
QJsonObject toJson(const bridge::Conversation &conversation);
QJsonObject toJson(const bridge::ConversationPage &page);
//! {"workspaceId": ..., "providerChannels": [{"provider", "identifier"}...]}
QJsonObject channels(const QString &workspaceId, const QList<bridge::ProviderChannel> &channels);

} // namespace connectjson
