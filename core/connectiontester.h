#pragma once

#include "apierror.h"
#include "callhandle.h"
#include "clientoptions.h"

#include <QMetaType>
#include <QObject>
#include <QString>
#include <optional>

namespace bridge {

class BridgeClient;

//! What a connection test found out. A value, delivered once by ConnectionTester::finished().
struct ConnectionTestResult {
    ApiError error;               //!< the answer to the options as given; Kind::None when they work
    qint64 total = -1;            //!< conversations in the workspace when they work and it is known, else -1
    int firstPageCount = -1;      //!< conversations on the first page when they work, else -1
    bool more = false;            //!< more pages follow the first
    QString workspaceId;          //!< the workspace that was asked
    bool signQueryString = false; //!< the path-signing convention of the options as given

    //! Only after a 401: the other convention (!signQueryString) was tried and the server accepted
    //! it. alternativeTotal is then the count it reported.
    bool alternativeAccepted = false;
    qint64 alternativeTotal = -1;

    //! Only after a 404: the server has the other generation's routes (they answered without a 404
    //! to a probe carrying no real credential), so the profile likely picked the wrong API.
    std::optional<ApiGeneration> otherGeneration;

    bool ok() const { return !error.isError(); }
};

//! "Test connection": in Connect the health check, then one list call; in classic one signed list call
//! (page 1, limit 20). It reports the total count (classic) or the first page (Connect), or the exact
//! ApiError. On a 404 it probes whether the server speaks the other generation. On a classic 401 it tries
//! once more with the other path-signing convention (signQueryString toggled; the two differ even for a plain
//! list, which always sends page=1&limit=20), so a settings form can offer to switch. Never retries on its
//! own otherwise: a test reports what happened. Nothing is stored.
class ConnectionTester : public QObject {
    Q_OBJECT
public:
    explicit ConnectionTester(QObject *parent = nullptr);
    ~ConnectionTester() override;

    //! Starts a test; a test still running is cancelled first and never reports.
    //! finished() fires once, later, from the event loop (even for options that cannot be sent).
    void test(const ClientOptions &options);
    //! Stops the running test, if any: finished() will not fire for it.
    void cancel();
    bool isRunning() const;

signals:
    void finished(const bridge::ConnectionTestResult &result);

private:
    void listFirstPage(ConnectionTestResult result, const ClientOptions &options);
    void tryAlternative(ConnectionTestResult result, ClientOptions options);
    void tryOtherGeneration(ConnectionTestResult result, ClientOptions options);
    void finish(const ConnectionTestResult &result);

    BridgeClient *m_client;
    CallHandle m_call;
    quint64 m_generation = 0;
};

} // namespace bridge

Q_DECLARE_METATYPE(bridge::ConnectionTestResult)
