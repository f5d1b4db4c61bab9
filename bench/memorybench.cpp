// Memory: a fresh process browses 1,000 pages of 100 through BrowsingController into a shown table
// view; VmRSS at page 100 and at the end, VmHWM (peak) at the end.
#include "benchmarks.h"
#include "fliprig.h"
#include "report.h"
#include "sandboxprocess.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTextStream>

namespace {

//! A field of /proc/self/status in KiB ("VmRSS", "VmHWM"); -1 when absent.
qint64 statusKiB(const QByteArray &field) {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(QByteArray(field + ':')))
            return line.mid(field.size() + 1).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

QString mib(qint64 kib) {
    return QString::number(double(kib) / 1024.0, 'f', 1) + QStringLiteral(" MiB");
}

} // namespace

int memoryChild(int pages) {
    bridge::ClientOptions options;
    options.baseUrl = QUrl(qEnvironmentVariable("BRIDGE_BASE_URL"));
    options.workspaceId = qEnvironmentVariable("BRIDGE_WORKSPACE_ID");
    options.apiKey = qEnvironmentVariable("BRIDGE_API_KEY");
    options.secret = qgetenv("BRIDGE_SECRET_KEY");
    options.maxRetries = 0;
    const qint64 atStart = statusKiB("VmRSS");
    FlipRig rig(options, 100);
    if (!rig.restart())
        return 1;
    qint64 at100 = -1;
    while (rig.page() < pages) {
        if (!rig.canFlip() || rig.flip() < 0)
            return 1;
        if (rig.page() == qMin(100, pages))
            at100 = statusKiB("VmRSS");
    }
    QTextStream(stdout) << "start=" << atStart << " at100=" << at100 << " end=" << statusKiB("VmRSS")
                        << " hwm=" << statusKiB("VmHWM") << " pages=" << rig.page() << Qt::endl;
    return 0;
}

void benchMemory(const SandboxProcess &large, const BenchPlan &plan) {
    Report::section(
        QStringLiteral("Memory (a fresh process browsing %1 pages of 100)").arg(plan.memoryPages));
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("BRIDGE_BASE_URL"), large.options().baseUrl.toString());
    environment.insert(QStringLiteral("BRIDGE_WORKSPACE_ID"), large.options().workspaceId);
    environment.insert(QStringLiteral("BRIDGE_API_KEY"), large.options().apiKey);
    environment.insert(QStringLiteral("BRIDGE_SECRET_KEY"), QString::fromUtf8(large.options().secret));
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--memory-child"), QString::number(plan.memoryPages)});
    if (!child.waitForFinished(600000) || child.exitCode() != 0) {
        Report::figure(QStringLiteral("browsing"), QStringLiteral("failed"));
        return;
    }
    const QString output = QString::fromUtf8(child.readAllStandardOutput());
    const auto value = [&output](const QString &key) {
        const auto match = QRegularExpression(key + QStringLiteral("=(-?\\d+)")).match(output);
        return match.hasMatch() ? match.captured(1).toLongLong() : -1;
    };
    const qint64 at100 = value(QStringLiteral("at100"));
    const qint64 end = value(QStringLiteral("end"));
    Report::figure(QStringLiteral("RSS before the first page"), mib(value(QStringLiteral("start"))));
    Report::figure(QStringLiteral("peak RSS (VmHWM) after %1 pages").arg(value(QStringLiteral("pages"))),
                   mib(value(QStringLiteral("hwm"))));
    Report::figure(QStringLiteral("RSS growth, page 100 to page %1").arg(value(QStringLiteral("pages"))),
                   mib(end - at100), QStringLiteral("~0 (bounded)"), end - at100 < 2048);
}
