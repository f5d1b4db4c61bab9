#include "connectiontester.h"

#include "bridgeclient.h"
#include "listquery.h"
#include "logging.h"

namespace bridge {

namespace {

ListQuery testQuery() {
    ListQuery query;
    query.page = 1;
    query.limit = ListQuery::MinLimit;
    return query;
}

} // namespace

ConnectionTester::ConnectionTester(QObject *parent)
    : QObject(parent)
    , m_client(new BridgeClient(this)) {
    qRegisterMetaType<ConnectionTestResult>();
}

ConnectionTester::~ConnectionTester() {
    cancel();
}

void ConnectionTester::test(const ClientOptions &given) {
    cancel();
    ClientOptions options = given;
    options.maxRetries = 0; // report the first answer as it is; a test must not hide a flaky server

    ConnectionTestResult result;
    result.workspaceId = options.workspaceId;
    result.signQueryString = options.signQueryString;

    m_client->setOptions(options);
    const quint64 generation = ++m_generation;
    qCDebug(lcNet) << "testing the connection to" << options.baseUrl.toDisplayString() << "signQueryString"
                   << options.signQueryString;
    m_call =
        m_client->list(testQuery(), this,
                       [this, generation, result, options](const Expected<ConversationPage> &answer) mutable {
                           if (generation != m_generation)
                               return;
                           if (answer.ok()) {
                               result.total = answer.value().pagination.total;
                               m_call = {};
                               emit finished(result);
                               return;
                           }
                           result.error = answer.error();
                           if (result.error.kind == ApiError::Kind::Http && result.error.httpStatus == 401) {
                               tryAlternative(result, options);
                               return;
                           }
                           m_call = {};
                           emit finished(result);
                       });
}

void ConnectionTester::tryAlternative(ConnectionTestResult result, ClientOptions options) {
    options.signQueryString = !options.signQueryString;
    // Keep the clock offset a 401 may have taught the first attempt.
    const qint64 offset = m_client->clockOffsetSeconds();
    m_client->setOptions(options);
    m_client->setClockOffsetSeconds(offset);
    const quint64 generation = m_generation;
    m_call = m_client->list(testQuery(), this,
                            [this, generation, result](const Expected<ConversationPage> &answer) mutable {
                                if (generation != m_generation)
                                    return;
                                if (answer.ok()) {
                                    result.alternativeAccepted = true;
                                    result.alternativeTotal = answer.value().pagination.total;
                                }
                                m_call = {};
                                emit finished(result);
                            });
}

void ConnectionTester::cancel() {
    ++m_generation;
    m_call.cancel();
    m_call = {};
}

bool ConnectionTester::isRunning() const {
    return m_call.isRunning();
}

} // namespace bridge
