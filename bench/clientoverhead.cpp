// Client overhead: one page of 100 through the whole path (sign, send, receive, decode, model
// updated) against a bare GET of the same URL, interleaved A B A B so drift hits both alike.
#include "baselineget.h"
#include "benchmarks.h"
#include "bridgeclient.h"
#include "conversationtablemodel.h"
#include "report.h"
#include "samples.h"
#include "sandboxprocess.h"
#include "waitfor.h"

#include <QElapsedTimer>

namespace {

//! BridgeClient::list then ConversationTableModel::setConversations; ms, or -1 on an error.
double timeClientPage(bridge::BridgeClient &client, bridge::ConversationTableModel &model,
                      const bridge::ListQuery &query) {
    QObject context;
    double ms = -1;
    bool finished = false;
    QElapsedTimer clock;
    clock.start();
    client.list(query, &context, [&](const bridge::Expected<bridge::ConversationPage> &result) {
        if (result.ok()) {
            model.setConversations(result.value().conversations);
            ms = double(clock.nsecsElapsed()) / 1e6;
        }
        finished = true;
    });
    waitFor([&finished] { return finished; });
    return ms;
}

} // namespace

void benchClientOverhead(const SandboxProcess &sandbox, const BenchPlan &plan) {
    Report::section(
        QStringLiteral("Client overhead (page of 100, loopback, %1 conversations)").arg(sandbox.count()));
    bridge::BridgeClient client;
    client.setOptions(sandbox.options());
    bridge::ConversationTableModel model;

    // Two pages alternate, so every model update is a real change of rows (a reset), as on Next.
    bridge::ListQuery queries[2];
    for (int i = 0; i < 2; ++i) {
        queries[i].limit = 100;
        queries[i].page = i + 1;
    }
    BaselineGet baseline(sandbox.options());

    const int warmup = qMax(10, plan.overheadPairs / 10);
    Samples client_, bare, ratios;
    for (int i = 0; i < warmup + plan.overheadPairs; ++i) {
        const int which = i % 2;
        const double a = timeClientPage(client, model, queries[which]);
        const double b = baseline.timeOnce(queries[which]);
        if (a < 0 || b < 0) {
            Report::note(QStringLiteral("a request failed; figure not available"));
            return;
        }
        if (i < warmup)
            continue;
        client_.add(a);
        bare.add(b);
        ratios.add(a / b);
    }
    const double ratio = client_.median() / bare.median();
    Report::figure(QStringLiteral("whole path, median"), Report::ms(client_.median()));
    Report::figure(QStringLiteral("bare QNetworkAccessManager GET, median"), Report::ms(bare.median()));
    Report::figure(QStringLiteral("client overhead (ratio of medians)"), Report::ratio(ratio),
                   QStringLiteral("<= 1.10"), ratio <= 1.10);
    Report::note(QStringLiteral("median of pairwise ratios %1; p90 whole path %2, bare %3; %4 pairs")
                     .arg(Report::ratio(ratios.median()), Report::ms(client_.percentile(90)),
                          Report::ms(bare.percentile(90)))
                     .arg(client_.count()));
}
