#include "textoutput.h"

#include "jsonencoder.h"

#include <QStringList>

using namespace bridge;

namespace textoutput {

namespace {

constexpr qsizetype MaxCell = 40;

QString cell(QString text) {
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text.size() > MaxCell ? text.left(MaxCell - 1) + QStringLiteral("…") : text;
}

QString assigned(const Conversation &c) {
    if (!c.internalParticipants.isEmpty())
        return participantsSummary(c.internalParticipants);
    return c.teamId.isEmpty() ? QStringLiteral("-") : QStringLiteral("team ") + c.teamId;
}

} // namespace

QString participantsSummary(const QList<Participant> &participants) {
    return joinedIdentifiers(participants, u", ");
}

QString pageTable(const ConversationPage &page) {
    const QStringList headers{QStringLiteral("ID"),       QStringLiteral("STATUS"),
                              QStringLiteral("NAME"),     QStringLiteral("CUSTOMER"),
                              QStringLiteral("ASSIGNED"), QStringLiteral("UPDATED")};
    QList<QStringList> rows;
    for (const Conversation &c : page.conversations)
        rows.append({c.id, c.status.raw(), cell(c.name), cell(participantsSummary(c.externalParticipants)),
                     cell(assigned(c)), JsonEncoder::dateTime(c.updatedAt)});
    QList<qsizetype> widths;
    for (const QString &h : headers)
        widths.append(h.size());
    for (const QStringList &row : std::as_const(rows))
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = qMax(widths[i], row[i].size());
    const auto line = [&](const QStringList &cells) -> QString {
        QStringList padded;
        for (qsizetype i = 0; i < cells.size(); ++i)
            padded.append(i + 1 < cells.size() ? cells[i].leftJustified(widths[i]) : cells[i]);
        return padded.join(QStringLiteral("  ")) + QLatin1Char('\n');
    };
    QString out = line(headers);
    for (const QStringList &row : std::as_const(rows))
        out += line(row);
    const Pagination &p = page.pagination;
    out += QStringLiteral("Page %1 of %2 · %3 conversations\n")
               .arg(p.page)
               .arg(qMax(1, p.totalPages))
               .arg(p.total);
    return out;
}

QString conversationBlock(const Conversation &c) {
    QString out;
    const auto field = [&out](const char *label, const QString &value) {
        if (!value.isEmpty())
            out += QStringLiteral("%1 %2\n").arg(QString::fromLatin1(label).leftJustified(12), value);
    };
    field("id", c.id);
    field("workspace", c.workspaceId);
    field("name", c.name);
    field("status", c.status.raw());
    field("team", c.teamId);
    field("created", JsonEncoder::dateTime(c.createdAt));
    field("updated", JsonEncoder::dateTime(c.updatedAt));
    const auto people = [&out](const char *label, const QList<Participant> &list) {
        for (const Participant &p : list)
            out += QStringLiteral("%1 %2 (%3%4)\n")
                       .arg(QString::fromLatin1(label).leftJustified(12), p.identifier, p.type,
                            p.role.isEmpty() ? QString() : QStringLiteral(", ") + p.role);
    };
    people("customer", c.externalParticipants);
    people("agent", c.internalParticipants);
    return out;
}

} // namespace textoutput
