// The local store: searching 100,000 stored conversations as an agent types, and what they take on
// disk. No network: the store is filled directly, as a finished offline copy would leave it.
#include "benchmarks.h"
#include "conversationstore.h"
#include "report.h"
#include "samples.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <ctime>

namespace {

const char *const firstNames[] = {"Anna", "Björn",  "Chloé",   "Dmitri", "Émile", "Fatima", "Günter",
                                  "Hana", "Ines",   "Jörg",    "Kenji",  "Léa",   "Mårten", "Nuno",
                                  "Olga", "Pål",    "Quentin", "Rosa",   "Søren", "Tomás",  "Uma",
                                  "Vera", "Wiebke", "Xavier",  "Yusuf",  "Zoë"};
const char *const lastNames[] = {"Lindqvist", "Ørsted", "Müller", "García",   "Nakamura",
                                 "Okafor",    "Rossi",  "Dubois", "Kowalski", "Novák",
                                 "Silva",     "Jensen", "Murphy", "Schmidt"};
const char *const topics[] = {"refund",  "delivery", "invoice",  "login problem",
                              "upgrade", "return",   "warranty", "address change"};

bridge::Conversation made(int n) {
    const QString first = QString::fromUtf8(firstNames[n % std::size(firstNames)]);
    const QString last = QString::fromUtf8(lastNames[(n / 7) % std::size(lastNames)]);
    const QString topic = QString::fromUtf8(topics[(n / 3) % std::size(topics)]);
    bridge::Conversation c;
    c.id = QStringLiteral("c%1-%2")
               .arg(n, 7, 10, QLatin1Char('0'))
               .arg(qHash(n) % 0xffff, 4, 16, QLatin1Char('0'));
    c.workspaceId = QStringLiteral("ws-bench");
    c.name = first + QLatin1Char(' ') + last + QStringLiteral(" — ") + topic;
    c.status = bridge::ConversationStatus(n % 5 == 0 ? QStringLiteral("ghost") : QStringLiteral("active"));
    const QString mail =
        (first + QLatin1Char('.') + last).toLower() + QString::number(n) + QStringLiteral("@example.com");
    c.externalParticipants = {
        bridge::Participant{mail, QStringLiteral("email"), QStringLiteral("customer"), {}, {}}};
    c.internalParticipants = {bridge::Participant{
        QStringLiteral("agent%1@bridge.example").arg(n % 40), QStringLiteral("email"), {}, {}, {}}};
    c.createdAt = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC).addSecs(qint64(n) * 97);
    c.updatedAt = c.createdAt.addSecs(3600);
    return c;
}

// CPU time of this thread: on a machine busy with other work the wall clock also counts waiting
// for a core, which the search itself does not cause.
double threadCpuMs() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

QString loadAverage() {
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll().split(' ').value(0))
                                          : QString();
}

} // namespace

void benchStore(const BenchPlan &plan) {
    constexpr int total = 100000;
    Report::section(QStringLiteral("Local store (%1 conversations, SQLite FTS5 trigram)").arg(total));
    QTemporaryDir dir;
    bridge::ConversationStore store(dir.filePath(QStringLiteral("stores/bench.sqlite")));
    QElapsedTimer clock;
    clock.start();
    const QDateTime seen = QDateTime::currentDateTime();
    for (int from = 0; from < total; from += 1000) {
        QList<bridge::Conversation> batch;
        batch.reserve(1000);
        for (int n = from; n < from + 1000; ++n)
            batch.append(made(n));
        store.keepConversations(batch, seen); // pages of 1000, as a walk would keep them
    }
    store.flush();
    const double writeMs = double(clock.nsecsElapsed()) / 1e6;
    Report::figure(QStringLiteral("writing %1 conversations (off the GUI thread)").arg(total),
                   Report::ms(writeMs));
    const double megabytes = double(store.stats().bytesOnDisk) / (1024.0 * 1024.0);
    Report::figure(QStringLiteral("size on disk per 100,000"),
                   QStringLiteral("%1 MB").arg(megabytes * 100000.0 / total, 0, 'f', 1));

    const QString typed = QStringLiteral("björn");
    Samples keystrokes;
    Samples cpu;
    int matched = 0;
    for (int round = 0; round < plan.storeSearchRounds; ++round) {
        for (int length = 1; length <= typed.size(); ++length) {
            clock.restart();
            const double cpuBefore = threadCpuMs();
            const bridge::StoreSearchResult result = store.search(typed.left(length), {}, 200);
            keystrokes.add(double(clock.nsecsElapsed()) / 1e6);
            cpu.add(threadCpuMs() - cpuBefore);
            matched = result.matched;
        }
    }
    Report::figure(QStringLiteral("search per keystroke typing “björn”, median"),
                   Report::ms(keystrokes.median()), QStringLiteral("< 16 ms"), keystrokes.median() < 16);
    Report::figure(QStringLiteral("search per keystroke, worst"), Report::ms(keystrokes.worst()),
                   QStringLiteral("< 50 ms"), keystrokes.worst() < 50);
    Report::figure(QStringLiteral("search per keystroke, CPU time, median / worst"),
                   Report::ms(cpu.median()) + QStringLiteral(" / ") + Report::ms(cpu.worst()));

    // The same keystrokes within a status filter (a saved view "Ghost — björn"): the filter is read
    // from each matching row's stored body.
    bridge::ConversationFilter ghosts;
    ghosts.status = bridge::ConversationStatus(QStringLiteral("ghost"));
    Samples filtered;
    int matchedGhosts = 0;
    for (int round = 0; round < plan.storeSearchRounds; ++round) {
        for (int length = 1; length <= typed.size(); ++length) {
            clock.restart();
            const bridge::StoreSearchResult result = store.search(typed.left(length), ghosts, 200);
            filtered.add(double(clock.nsecsElapsed()) / 1e6);
            matchedGhosts = result.matched;
        }
    }
    Report::figure(QStringLiteral("the same within the ghost filter, median"), Report::ms(filtered.median()),
                   QStringLiteral("< 16 ms"), filtered.median() < 16);
    Report::figure(QStringLiteral("within the ghost filter, worst"), Report::ms(filtered.worst()),
                   QStringLiteral("< 50 ms"), filtered.worst() < 50);
    Report::note(QStringLiteral("load average %1 while measuring").arg(loadAverage()));
    Report::note(
        QStringLiteral("“björn” matches %1 of %2 (%3 of them ghosts); 200 rows returned per keystroke")
            .arg(matched)
            .arg(total)
            .arg(matchedGhosts));
}
