// Scale: the cost of listing one page must not grow with the data set. Whole path and bare GET at
// 240 and 100,000 conversations; their difference is the client's own part.
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

struct PageCosts {
    Samples whole;
    Samples bare;
};

PageCosts listingCosts(const SandboxProcess &sandbox, int pages) {
    bridge::BridgeClient client;
    client.setOptions(sandbox.options());
    bridge::ConversationTableModel model;
    BaselineGet baseline(sandbox.options());
    const int fullPages = sandbox.count() / 100; // a short last page would flatter the small data set
    PageCosts costs;
    for (int i = 0; i < pages + 10; ++i) {
        bridge::ListQuery query;
        query.limit = 100;
        query.page = 1 + int((qint64(i) * 7919) % fullPages); // spread over the whole data set
        QObject context;
        bool finished = false;
        double whole = -1;
        QElapsedTimer clock;
        clock.start();
        client.list(query, &context, [&](const bridge::Expected<bridge::ConversationPage> &result) {
            if (result.ok()) {
                model.setConversations(result.value().conversations);
                whole = double(clock.nsecsElapsed()) / 1e6;
            }
            finished = true;
        });
        waitFor([&finished] { return finished; });
        const double bare = baseline.timeOnce(query);
        if (whole < 0 || bare < 0)
            return {};
        if (i >= 10) {
            costs.whole.add(whole);
            costs.bare.add(bare);
        }
    }
    return costs;
}

} // namespace

void benchScale(const SandboxProcess &small, const SandboxProcess &large, const BenchPlan &plan) {
    Report::section(QStringLiteral("Scale (listing a page of 100 at %1 vs %2 conversations)")
                        .arg(small.count())
                        .arg(large.count()));
    const PageCosts a = listingCosts(small, plan.scalePages);
    const PageCosts b = listingCosts(large, plan.scalePages);
    if (a.whole.isEmpty() || b.whole.isEmpty()) {
        Report::figure(QStringLiteral("listing"), QStringLiteral("failed"));
        return;
    }
    for (const auto &[count, costs] : {std::pair{small.count(), &a}, std::pair{large.count(), &b}}) {
        Report::figure(QStringLiteral("page at %1: whole path, median").arg(count),
                       Report::ms(costs->whole.median()));
        Report::figure(QStringLiteral("page at %1: bare GET (server + transport)").arg(count),
                       Report::ms(costs->bare.median()));
    }
    const double clientSmall = a.whole.median() - a.bare.median();
    const double clientLarge = b.whole.median() - b.bare.median();
    const double growth = b.whole.median() / a.whole.median();
    Report::figure(QStringLiteral("client part per page at %1 / at %2").arg(small.count()).arg(large.count()),
                   Report::ms(clientSmall) + QStringLiteral(" / ") + Report::ms(clientLarge));
    Report::figure(QStringLiteral("per-page cost %1 / %2").arg(large.count()).arg(small.count()),
                   Report::ratio(growth), QStringLiteral("~1.00"), growth <= 1.15);
}
