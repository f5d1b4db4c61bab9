#include "textoutput.h"

#include "jsonencoder.h"

#include <QStringList>

using namespace bridge;

namespace textoutput {

namespace {

constexpr qsizetype MaxCell = 40; // terminal columns

//! East Asian wide and fullwidth characters: two terminal columns each (as wcwidth() counts them).
struct WideRange {
    char32_t first;
    char32_t last;
};
constexpr WideRange WideRanges[] = {
    {0x1100, 0x115F},   // Hangul Jamo initial consonants
    {0x2329, 0x232A},   // angle brackets
    {0x2E80, 0x303E},   // CJK radicals ... CJK symbols and punctuation (U+303F is narrow)
    {0x3040, 0xA4CF},   // kana, CJK ideographs ... Yi
    {0xAC00, 0xD7A3},   // Hangul syllables
    {0xF900, 0xFAFF},   // CJK compatibility ideographs
    {0xFE10, 0xFE19},   // vertical forms
    {0xFE30, 0xFE6F},   // CJK compatibility forms
    {0xFF00, 0xFF60},   // fullwidth forms
    {0xFFE0, 0xFFE6},   // fullwidth signs
    {0x1F300, 0x1F64F}, // pictographs, emoticons
    {0x1F900, 0x1F9FF}, // supplemental pictographs
    {0x20000, 0x3FFFD}, // CJK extension planes
};

//! Columns a code point takes in a terminal: 0 for combining marks and invisible formatting, 2 for
//! East Asian wide characters, 1 for the rest.
int columns(char32_t c) {
    const QChar::Category category = QChar::category(c);
    if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing ||
        category == QChar::Other_Format)
        return 0;
    for (const WideRange &range : WideRanges) {
        if (c >= range.first && c <= range.last)
            return 2;
    }
    return 1;
}

//! Pads \a text with spaces to \a width terminal columns.
QString padded(const QString &text, qsizetype width) {
    return text + QString(qMax<qsizetype>(0, width - displayWidth(text)), QLatin1Char(' '));
}

QString cell(QString text) {
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (displayWidth(text) <= MaxCell)
        return text;
    // Cut at a code point, leaving a column for the ellipsis.
    QString out;
    qsizetype used = 0;
    for (const char32_t c : text.toUcs4()) {
        const int w = columns(c);
        if (used + w > MaxCell - 1)
            break;
        out += QString::fromUcs4(&c, 1);
        used += w;
    }
    return out + QStringLiteral("…");
}

QString assigned(const Conversation &c) {
    if (!c.internalParticipants.isEmpty())
        return participantsSummary(c.internalParticipants);
    return c.teamId.isEmpty() ? QStringLiteral("-") : QStringLiteral("team ") + c.teamId;
}

} // namespace

QString conversations(qint64 count) {
    return count == 1 ? QStringLiteral("1 conversation") : QStringLiteral("%1 conversations").arg(count);
}

qsizetype displayWidth(const QString &text) {
    qsizetype width = 0;
    for (const char32_t c : text.toUcs4())
        width += columns(c);
    return width;
}

QString participantsSummary(const QList<Participant> &participants) {
    return joinedIdentifiers(participants, u", ");
}

QString table(const QStringList &headers, const QList<QStringList> &rows) {
    QList<qsizetype> widths;
    for (const QString &h : headers)
        widths.append(displayWidth(h));
    for (const QStringList &row : rows)
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = qMax(widths[i], displayWidth(row[i]));
    const auto line = [&](const QStringList &cells) -> QString {
        QStringList out;
        for (qsizetype i = 0; i < cells.size(); ++i)
            out.append(i + 1 < cells.size() ? padded(cells[i], widths[i]) : cells[i]);
        return out.join(QStringLiteral("  ")) + QLatin1Char('\n');
    };
    QString out = line(headers);
    for (const QStringList &row : rows)
        out += line(row);
    return out;
}

QString pageTable(const ConversationPage &page) {
    const QStringList headers{QStringLiteral("ID"),       QStringLiteral("STATUS"),
                              QStringLiteral("NAME"),     QStringLiteral("CUSTOMER"),
                              QStringLiteral("ASSIGNED"), QStringLiteral("UPDATED")};
    QList<QStringList> rows;
    for (const Conversation &c : page.conversations)
        rows.append({c.id, c.status.raw(), cell(c.name), cell(participantsSummary(c.externalParticipants)),
                     cell(assigned(c)), JsonEncoder::dateTime(c.updatedAt)});
    return table(headers, rows) + pageFooter(page.pagination, page.conversations.size());
}

QString pageFooter(const Pagination &p, qsizetype shown, QString (*counted)(qint64)) {
    if (!p.cursored)
        return QStringLiteral("Page %1 of %2 · %3\n")
            .arg(p.page)
            .arg(qMax(1, p.totalPages))
            .arg(counted(p.total));
    // No totals by cursor: what this page holds, and how to ask for the next one.
    if (!p.hasNext())
        return QStringLiteral("%1 on this page · last page\n").arg(counted(shown));
    return QStringLiteral("%1 on this page · more follow\nnext: --cursor %2\n")
        .arg(counted(shown), p.nextCursor);
}

QString channelTable(const QList<ProviderChannel> &channels) {
    QList<QStringList> rows;
    for (const ProviderChannel &c : channels)
        rows.append({c.provider, cell(c.identifier)});
    return table({QStringLiteral("PROVIDER"), QStringLiteral("CHANNEL")}, rows) +
           (channels.size() == 1 ? QStringLiteral("1 channel\n")
                                 : QStringLiteral("%1 channels\n").arg(channels.size()));
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
