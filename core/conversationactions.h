#pragma once

#include "apierror.h"
#include "callhandle.h"
#include "conversation.h"
#include "conversationupdate.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace bridge {

class BridgeClient;
class ConversationTableModel;

//! Archive, re-activate, rename, set the status of and change the people on one conversation with an
//! optimistic update: the row in the model changes at once; the PATCH is sent; on success the row becomes the
//! server's answer; on failure the row goes back to what the server holds (re-fetched with get(); when that
//! fails too, the copy from before the change) and the error is reported. One action per id at a time.
class ConversationActions : public QObject {
    Q_OBJECT
public:
    //! model may be null (no optimistic update, e.g. bridgectl); neither is owned.
    ConversationActions(BridgeClient *client, ConversationTableModel *model, QObject *parent = nullptr);
    ~ConversationActions() override;

    //! Each returns false, sends nothing and emits nothing when an action for that id is already
    //! running or the update is invalid (empty, or a name conversationNameProblem() refuses).
    //! Otherwise the row (when on the model's page) shows the change before this returns.
    bool archive(const QString &conversationId);
    bool reactivate(const QString &conversationId); //!< the status StatusAction::Reactivate sets
    bool rename(const QString &conversationId, const QString &newName);
    bool apply(const QString &conversationId, const ConversationUpdate &update);

    bool isRunning(const QString &conversationId) const;
    //! Drops every action in flight: nobody hears back, rows stay as they are now.
    void cancelAll();

signals:
    //! Once per accepted action, after the model holds the final row: the server's conversation
    //! (ok), or the rolled-back one (!ok, error set; error.mayHaveSucceeded when the answer was lost).
    void actionFinished(const QString &conversationId, bool ok, const bridge::ApiError &error);
    //! When ok: the conversation as the server now has it (also when it is not on the model's page).
    void conversationUpdated(const bridge::Conversation &conversation);

private:
    BridgeClient *m_client;
    QPointer<ConversationTableModel> m_model;
    QHash<QString, CallHandle> m_running;
};

} // namespace bridge
