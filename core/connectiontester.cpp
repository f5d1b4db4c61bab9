#include "connectiontester.h"

#include "apidialect.h"
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
    qCDebug(lcNet) << "testing the connection to" << options.baseUrl.toDisplayString() << "api"
                   << apiGenerationName(options.generation) << "signQueryString" << options.signQueryString;
    if (m_client->dialect().health().method.isEmpty()) {
        listFirstPage(result, options);
        return;
    }
    m_call =
        m_client->health(this, [this, generation, result, options](const Expected<bool> &answer) mutable {
            if (generation != m_generation)
                return;
            if (answer.ok()) {
                listFirstPage(result, options);
                return;
            }
            result.error = answer.error();
            if (result.error.httpStatus == 404)
                tryOtherGeneration(result, options);
            else
                finish(result);
        });
}

void ConnectionTester::listFirstPage(ConnectionTestResult result, const ClientOptions &options) {
    const quint64 generation = m_generation;
    m_call =
        m_client->list(testQuery(), this,
                       [this, generation, result, options](const Expected<ConversationPage> &answer) mutable {
                           if (generation != m_generation)
                               return;
                           if (answer.ok()) {
                               const Pagination &pagination = answer.value().pagination;
                               result.total = pagination.cursored ? -1 : pagination.total;
                               result.firstPageCount = int(answer.value().conversations.size());
                               result.more = pagination.hasNext();
                               finish(result);
                               return;
                           }
                           result.error = answer.error();
                           const int status =
                               result.error.kind == ApiError::Kind::Http ? result.error.httpStatus : 0;
                           if (status == 401 && options.generation == ApiGeneration::Classic)
                               tryAlternative(result, options);
                           else if (status == 404)
                               tryOtherGeneration(result, options);
                           else
                               finish(result);
                       });
}

void ConnectionTester::tryOtherGeneration(ConnectionTestResult result, ClientOptions options) {
    // A probe with a made-up credential: the profile's real secret never goes to the other API's
    // routes. Any answer but a 404 (or no answer) means those routes exist on this server.
    const ApiGeneration other =
        options.generation == ApiGeneration::Connect ? ApiGeneration::Classic : ApiGeneration::Connect;
    options.generation = other;
    options.apiKey = QStringLiteral("bridge-desk-probe");
    options.secret = QByteArrayLiteral("bridge-desk-probe");
    m_client->setOptions(options);
    const quint64 generation = m_generation;
    const auto heard = [this, generation, result, other](const ApiError &error) {
        if (generation != m_generation)
            return;
        ConnectionTestResult out = result;
        if (!error.isError() || (error.kind == ApiError::Kind::Http && error.httpStatus != 404))
            out.otherGeneration = other;
        finish(out);
    };
    if (other == ApiGeneration::Connect) {
        m_call = m_client->health(this, [heard](const Expected<bool> &answer) {
            heard(answer.ok() ? ApiError{} : answer.error());
        });
    } else {
        m_call = m_client->list(testQuery(), this, [heard](const Expected<ConversationPage> &answer) {
            heard(answer.ok() ? ApiError{} : answer.error());
        });
    }
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
                                finish(result);
                            });
}

void ConnectionTester::finish(const ConnectionTestResult &result) {
    m_call = {};
    emit finished(result);
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
