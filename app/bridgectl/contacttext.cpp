#include "contacttext.h"

#include "jsonencoder.h"
#include "textoutput.h"

#include <QStringList>

using namespace bridge;

namespace contacttext {

namespace {

QString orDash(const QString &text) {
    return text.isEmpty() ? QStringLiteral("-") : text;
}

QString rows(const QList<Contact> &list) {
    bool typed = false;
    for (const Contact &c : list)
        typed = typed || c.type != ContactType::Unknown;
    QStringList headers{QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("EMAIL"),
                        QStringLiteral("CELLPHONE"), QStringLiteral("OWNER")};
    if (typed)
        headers.append(QStringLiteral("TYPE"));
    QList<QStringList> table;
    for (const Contact &c : list) {
        QStringList row{c.id, orDash(c.displayName()), orDash(c.email), orDash(c.cellphone),
                        orDash(c.ownerId)};
        if (typed)
            row.append(orDash(contactTypeName(c.type)));
        table.append(row);
    }
    return textoutput::table(headers, table);
}

} // namespace

QString contacts(qint64 count) {
    return count == 1 ? QStringLiteral("1 contact") : QStringLiteral("%1 contacts").arg(count);
}

QString pageTable(const QList<Contact> &list, const Pagination &pagination) {
    return rows(list) + textoutput::pageFooter(pagination, list.size(), contacts);
}

QString allTable(const QList<Contact> &list) {
    return rows(list) + contacts(list.size()) + QLatin1Char('\n');
}

QString contactBlock(const Contact &c) {
    QString out;
    const auto field = [&out](const char *label, const QString &value) {
        if (!value.isEmpty())
            out += QStringLiteral("%1 %2\n").arg(QString::fromLatin1(label).leftJustified(12), value);
    };
    field("id", c.id);
    field("workspace", c.workspaceId);
    field("first name", c.firstName);
    field("last name", c.lastName);
    field("email", c.email);
    field("cellphone", c.cellphone);
    field("language", c.languageCode);
    field("owner", c.ownerId);
    field("type", contactTypeName(c.type));
    field("created", JsonEncoder::dateTime(c.createdAt));
    field("updated", JsonEncoder::dateTime(c.updatedAt));
    for (const ContactAttribute &a : c.attributes)
        field("attribute", a.key + QStringLiteral(": ") + a.values.join(QStringLiteral(", ")));
    return out;
}

} // namespace contacttext
