#include "dataset.h"

#include <QSet>

#include <algorithm>
#include <array>

namespace bridge::sandbox {

namespace {

struct Person {
    const char *displayName; // UTF-8
    const char *emailLocal;
};

constexpr std::array<Person, 20> kCustomers{{
    {"José García", "jose.garcia"},
    {"Zoë Ørsted", "zoe.orsted"},
    {"Łukasz Wiśniewski", "lukasz.wisniewski"},
    {"王芳", "wang.fang"},
    {"Anaïs Dubois", "anais.dubois"},
    {"Søren Madsen", "soren.madsen"},
    {"Björn Lindqvist", "bjorn.lindqvist"},
    {"Chloé Martin", "chloe.martin"},
    {"Ayşe Yılmaz", "ayse.yilmaz"},
    {"Nguyễn Văn An", "an.nguyen"},
    {"Renée Dvořák", "renee.dvorak"},
    {"Priya Raghunathan", "priya.raghunathan"},
    {"Olúwaseun Adéyẹmí", "seun.adeyemi"},
    {"Małgorzata Nowak", "malgorzata.nowak"},
    {"Jürgen Müller", "juergen.mueller"},
    {"Ingrid Ødegård", "ingrid.odegard"},
    {"田中さくら", "sakura.tanaka"},
    {"Αλέξανδρος Παππάς", "alexandros.pappas"},
    {"Мария Иванова", "maria.ivanova"},
    {"Sean O'Brien", "sean.obrien"},
}};

constexpr std::array<const char *, 4> kDomains{{"example.com", "example.org", "example.net", "mail.example"}};

constexpr std::array<const char *, 14> kTopics{{
    "Billing question",
    "Refund request",
    "Delivery delay",
    "Password reset",
    "Upgrade to Pro",
    "Café order",
    "Rückerstattung",
    "Problème de livraison",
    "Invoice #%1",
    "Order #%1",
    "Account locked",
    "Feature request",
    "Cancel subscription",
    "Señal débil en la app",
}};

constexpr std::array<const char *, 4> kTeams{
    {"team_sales", "team_support", "team_billing", "team_onboarding"}};

constexpr std::array<const char *, 8> kAgents{{
    "ana.souza@bridge.example",
    "mateus.lima@bridge.example",
    "li.wei@bridge.example",
    "fatima.zahra@bridge.example",
    "oskar.nyberg@bridge.example",
    "emeka.obi@bridge.example",
    "ines.ferreira@bridge.example",
    "+1-555-0100-200",
}};

template <typename T, std::size_t N> const T &pick(QRandomGenerator &rng, const std::array<T, N> &items) {
    return items[rng.bounded(quint32(N))];
}

QString phone(QRandomGenerator &rng) {
    switch (rng.bounded(4)) {
    case 0:
        return QStringLiteral("+44-20-7946-0%1").arg(rng.bounded(1000), 3, 10, QLatin1Char('0'));
    case 1:
        return QStringLiteral("+49-30-901820-%1").arg(rng.bounded(100), 2, 10, QLatin1Char('0'));
    default:
        return QStringLiteral("+1-555-0%1-%2")
            .arg(rng.bounded(1000), 3, 10, QLatin1Char('0'))
            .arg(rng.bounded(1000), 3, 10, QLatin1Char('0'));
    }
}

QString email(QRandomGenerator &rng, const Person &person) {
    QString local = QLatin1String(person.emailLocal);
    if (rng.bounded(6) == 0)
        local += QStringLiteral("+orders");
    return local + QLatin1Char('@') + QLatin1String(pick(rng, kDomains));
}

QDateTime between(QRandomGenerator &rng, const QDateTime &from, const QDateTime &to) {
    const qint64 span = std::max<qint64>(0, from.secsTo(to));
    return from.addSecs(span == 0 ? 0 : qint64(rng.bounded(quint32(std::min<qint64>(span, 0x7fffffff)))));
}

ParticipantRecord participant(QRandomGenerator &rng, const QString &identifier, const QString &type,
                              const QString &role, const QDateTime &joined, const QDateTime &updated) {
    ParticipantRecord record{identifier, type, role, joined, {}};
    if (rng.bounded(10) >= 3)
        record.lastSeenAt = between(rng, joined, updated);
    return record;
}

ConversationRecord conversation(QRandomGenerator &rng, const QString &workspaceId, QSet<QString> &usedIds) {
    ConversationRecord record;
    do {
        record.id = Dataset::conversationId(rng);
    } while (usedIds.contains(record.id));
    usedIds.insert(record.id);
    record.workspaceId = workspaceId;

    const qint64 maxAge = 240LL * 24 * 3600;
    record.updatedAt = Dataset::anchor().addSecs(-qint64(rng.bounded(quint32(maxAge))));
    record.createdAt = record.updatedAt.addSecs(-qint64(rng.bounded(30U * 24 * 3600)));

    const int statusRoll = int(rng.bounded(100));
    record.status = statusRoll < 72   ? QStringLiteral("active")
                    : statusRoll < 88 ? QStringLiteral("archived")
                                      : QStringLiteral("ghost");

    const Person &customer = pick(rng, kCustomers);
    const int externalCount = rng.bounded(5) == 0 ? 2 : 1;
    for (int i = 0; i < externalCount; ++i) {
        const Person &person = i == 0 ? customer : pick(rng, kCustomers);
        const bool isPhone = rng.bounded(10) < 4;
        const QString identifier = isPhone ? phone(rng) : email(rng, person);
        const QDateTime joined = between(rng, record.createdAt, record.updatedAt);
        record.externalParticipants.append(
            participant(rng, identifier, isPhone ? QStringLiteral("phone") : QStringLiteral("email"),
                        QStringLiteral("external"), i == 0 ? record.createdAt : joined, record.updatedAt));
    }

    const int shape = int(rng.bounded(10));
    if (shape >= 4 && shape < 7) { // internal participants
        const int internalCount = 1 + int(rng.bounded(2));
        for (int i = 0; i < internalCount; ++i) {
            const QString agent = QLatin1String(pick(rng, kAgents));
            const bool isPhone = agent.startsWith(QLatin1Char('+'));
            record.internalParticipants.append(
                participant(rng, agent, isPhone ? QStringLiteral("phone") : QStringLiteral("email"),
                            QStringLiteral("internal"), record.createdAt, record.updatedAt));
        }
    } else if (shape >= 7) { // a team, sometimes with an assigned agent
        record.teamId = QLatin1String(pick(rng, kTeams));
        if (rng.bounded(2) == 0) {
            const QString agent = QLatin1String(pick(rng, kAgents));
            const bool isPhone = agent.startsWith(QLatin1Char('+'));
            record.internalParticipants.append(
                participant(rng, agent, isPhone ? QStringLiteral("phone") : QStringLiteral("email"),
                            QStringLiteral("agent"), record.createdAt, record.updatedAt));
        }
    }

    if (rng.bounded(100) < 85) {
        QString topic = QString::fromUtf8(pick(rng, kTopics));
        if (topic.contains(QLatin1String("%1")))
            topic = topic.arg(1000 + rng.bounded(9000));
        record.name = topic + QStringLiteral(" — ") + QString::fromUtf8(customer.displayName);
    }
    return record;
}

} // namespace

QDateTime Dataset::anchor() {
    return QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
}

QList<QPair<QString, QString>> Dataset::customers() {
    QList<QPair<QString, QString>> people;
    for (const Person &person : kCustomers)
        people.append({QString::fromUtf8(person.displayName), QLatin1String(person.emailLocal)});
    return people;
}

QStringList Dataset::agentEmails() {
    QStringList emails;
    for (const char *agent : kAgents) {
        if (QLatin1String(agent).contains(QLatin1Char('@')))
            emails.append(QLatin1String(agent));
    }
    return emails;
}

QString Dataset::conversationId(QRandomGenerator &rng) {
    const quint64 value = (quint64(rng.generate()) << 16) ^ quint64(rng.bounded(0x10000));
    return QStringLiteral("conv_%1").arg(value & 0xffffffffffffULL, 12, 16, QLatin1Char('0'));
}

QList<ConversationRecord> Dataset::generate(quint32 seed, int count, const QString &workspaceId) {
    QRandomGenerator rng(seed);
    QSet<QString> usedIds;
    QList<ConversationRecord> records;
    records.reserve(std::max(0, count));
    for (int i = 0; i < count; ++i)
        records.append(conversation(rng, workspaceId, usedIds));
    std::stable_sort(records.begin(), records.end(),
                     [](const ConversationRecord &a, const ConversationRecord &b) {
                         if (a.updatedAt != b.updatedAt)
                             return a.updatedAt > b.updatedAt;
                         return a.id < b.id;
                     });
    return records;
}

} // namespace bridge::sandbox
