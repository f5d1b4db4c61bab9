// Page flip: Next on a prefetched page until the new rows are painted, at 240 and 100,000
// conversations in the sandbox; and on a cursored list (Connect), where Next follows a cursor.
#include "benchmarks.h"
#include "fliprig.h"
#include "report.h"
#include "samples.h"
#include "sandboxprocess.h"

namespace {

//! flips samples of Next on prefetched pages of 100; empty on failure.
Samples flipSamples(const SandboxProcess &sandbox, int flips) {
    FlipRig rig(sandbox.options(), 100);
    Samples samples;
    if (!rig.restart())
        return samples;
    for (int i = 0; i < 3; ++i) // warm up: first paints build fonts and caches
        rig.flip();
    while (samples.count() < flips) {
        if (!rig.canFlip() && !rig.restart())
            return {};
        const double ms = rig.flip();
        if (ms < 0)
            return {};
        samples.add(ms);
    }
    return samples;
}

void reportFlips(const QString &label, const Samples &samples) {
    if (samples.isEmpty()) {
        Report::figure(label, QStringLiteral("failed"));
        return;
    }
    Report::figure(label + QStringLiteral(", median"), Report::ms(samples.median()),
                   QStringLiteral("< 16 ms"), samples.median() < 16);
    Report::figure(label + QStringLiteral(", worst"), Report::ms(samples.worst()), QStringLiteral("< 16 ms"),
                   samples.worst() < 16);
}

} // namespace

void benchPageFlip(const SandboxProcess &small, const SandboxProcess &large, const SandboxProcess &connect,
                   const BenchPlan &plan) {
    Report::section(QStringLiteral("Page flip (Next on a prefetched page of 100 until painted, offscreen)"));
    const Samples atSmall = flipSamples(small, plan.flips);
    const Samples atLarge = flipSamples(large, plan.flips);
    reportFlips(QStringLiteral("flip at %1").arg(small.count()), atSmall);
    reportFlips(QStringLiteral("flip at %1").arg(large.count()), atLarge);
    if (!atSmall.isEmpty() && !atLarge.isEmpty()) {
        Report::note(QStringLiteral("p90 %1 at %2, %3 at %4; %5 flips each")
                         .arg(Report::ms(atSmall.percentile(90)))
                         .arg(small.count())
                         .arg(Report::ms(atLarge.percentile(90)))
                         .arg(large.count())
                         .arg(atSmall.count()));
    }
    if (connect.count() > 0)
        reportFlips(QStringLiteral("flip at %1, Connect (by cursor)").arg(connect.count()),
                    flipSamples(connect, plan.flips));
}
