#include "storesearch.h"

#include <QCoreApplication>
#include <QLocale>

namespace bridge {

namespace {

class StoreText {
    Q_DECLARE_TR_FUNCTIONS(bridge::StoreSearch)
};

} // namespace

QString ageInWords(const QDateTime &when, const QDateTime &now) {
    const qint64 seconds = when.secsTo(now);
    if (seconds < 60)
        return StoreText::tr("just now");
    if (seconds < 3600)
        return StoreText::tr("%n min ago", nullptr, int(seconds / 60));
    if (seconds < 24 * 3600)
        return StoreText::tr("%n h ago", nullptr, int(seconds / 3600));
    const QLocale locale;
    return StoreText::tr("on %1").arg(locale.toString(when.toLocalTime(), QLocale::ShortFormat));
}

namespace {

QString scopeLine(const StoreSearchResult &result, const SearchScope &scope, const QDateTime &now) {
    const QLocale locale;
    const QString matched = locale.toString(result.matched);
    const QString searched = locale.toString(result.searched);
    if (scope.offlineCopy) {
        const QString line =
            StoreText::tr("%1 of %2 conversations in the offline copy", nullptr, result.searched)
                .arg(matched, searched);
        if (!scope.updatedAt.isValid())
            return line;
        return StoreText::tr("%1, updated %2").arg(line, ageInWords(scope.updatedAt, now));
    }
    return StoreText::tr("%1 in %2 cached conversations — keep an offline copy to search everything", nullptr,
                         result.searched)
        .arg(matched, searched);
}

} // namespace

QString searchScopeLine(const StoreSearchResult &result, const SearchScope &scope, const QDateTime &now) {
    const QString line = scopeLine(result, scope, now);
    return scope.within.isEmpty() ? line : StoreText::tr("%1 · within %2").arg(line, scope.within);
}

} // namespace bridge
