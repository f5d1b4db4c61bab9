#include "watchedviews.h"

#include "listquery.h"

#include <QSettings>

namespace bridge {

namespace {

QString group(const QString &profileKey) {
    // Like the view state: a slash in the key would otherwise open a sub-group.
    QString key = profileKey;
    key.replace(QLatin1Char('/'), QLatin1Char('_')).replace(QLatin1Char('\\'), QLatin1Char('_'));
    return QLatin1String("notifications/") + (key.isEmpty() ? QStringLiteral("_") : key);
}

const QString globalKey = QStringLiteral("notifications/enabled");
const QString watchedKey = QStringLiteral("watched");

} // namespace

WatchedViews WatchedViews::load(const QString &profileKey) {
    WatchedViews views;
    views.m_profileKey = profileKey;
    QSettings settings;
    settings.beginGroup(group(profileKey));
    const QStringList keys = settings.value(watchedKey).toStringList();
    for (const QString &key : keys)
        views.m_keys.insert(key.toUtf8());
    return views;
}

bool WatchedViews::enabledGlobally() {
    return QSettings().value(globalKey, true).toBool();
}

void WatchedViews::setEnabledGlobally(bool enabled) {
    QSettings().setValue(globalKey, enabled);
}

QByteArray WatchedViews::keyOf(const ConversationFilter &filter) {
    ListQuery query; // page 1, the default size, no cursor: only the filter tells keys apart
    query.filter = filter;
    return query.key();
}

void WatchedViews::setWatched(const ConversationFilter &filter, bool watched) {
    const QByteArray key = keyOf(filter);
    if (watched)
        m_keys.insert(key);
    else
        m_keys.remove(key);
    QStringList keys;
    for (const QByteArray &k : std::as_const(m_keys))
        keys.append(QString::fromUtf8(k));
    keys.sort();
    QSettings settings;
    settings.beginGroup(group(m_profileKey));
    settings.setValue(watchedKey, keys);
}

} // namespace bridge
