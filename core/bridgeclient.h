#pragma once

#include "callhandle.h"
#include "clientoptions.h"
#include "conversation.h"
#include "conversationpage.h"
#include "conversationupdate.h"
#include "expected.h"
#include "listquery.h"
#include "newconversation.h"
#include "requestrecord.h"
#include "requestspec.h"

#include <QObject>

class QNetworkAccessManager;

namespace bridge {

//! The Bridge API, signed. One QNetworkAccessManager; every call returns a CallHandle and ends
//! exactly once, by calling `done` with a typed value or an ApiError, unless it was cancelled or
//! `context` was destroyed first, in which case nothing is called. `done` runs in the event loop,
//! never inside the call that started it.
class BridgeClient : public QObject {
    Q_OBJECT
public:
    explicit BridgeClient(QObject *parent = nullptr);
    ~BridgeClient() override;

    void setOptions(const ClientOptions &options); //!< applies to calls started afterwards
    const ClientOptions &options() const;

    CallHandle list(const ListQuery &query, QObject *context, Callback<ConversationPage> done);
    CallHandle create(const NewConversation &conversation, QObject *context, Callback<Conversation> done);
    CallHandle get(const QString &conversationId, QObject *context, Callback<Conversation> done);
    CallHandle update(const QString &conversationId, const ConversationUpdate &update, QObject *context,
                      Callback<Conversation> done);

    //! Server time minus local time, learnt from the Date header of a 401; 0 until then.
    qint64 clockOffsetSeconds() const;
    void setClockOffsetSeconds(qint64 seconds);

    //! Cancels every call in flight (their callers hear nothing).
    void cancelAll();

    QNetworkAccessManager *networkAccessManager() const;

signals:
    //! A 401 showed the local clock off by more than 30 s; later requests are signed with the offset.
    void clockSkewDetected(qint64 offsetSeconds);
    //! Fires after every attempt, retries included, with what was sent and received (no secret).
    void attemptFinished(const bridge::RequestRecord &record);

private:
    template <typename Endpoint>
    CallHandle start(RequestSpec spec, const FieldErrors &inputErrors, QObject *context,
                     Callback<typename Endpoint::Result> done);

    struct Private;
    Private *d;
};

} // namespace bridge
