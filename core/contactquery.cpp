#include "contactquery.h"

#include "listquery.h"

namespace bridge {

QByteArray ContactQuery::key() const {
    QByteArray out;
    appendQueryParameter(out, QByteArrayLiteral("search"), search);
    appendQueryParameter(out, QByteArrayLiteral("owner"), owner);
    appendQueryParameter(out, QByteArrayLiteral("page"), QString::number(page));
    appendQueryParameter(out, QByteArrayLiteral("limit"), QString::number(limit));
    appendQueryParameter(out, QByteArrayLiteral("cursor"), cursor);
    return out;
}

ContactQuery ContactQuery::withPage(int newPage, const QString &pageCursor) const {
    ContactQuery copy = *this;
    copy.page = newPage;
    copy.cursor = pageCursor;
    return copy;
}

} // namespace bridge
