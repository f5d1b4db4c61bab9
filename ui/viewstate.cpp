#include "viewstate.h"

#include <QSettings>

namespace {

std::optional<bridge::ParticipantRef> readRef(const QSettings &settings, const QString &key) {
    const QString identifier = settings.value(key + QLatin1String("/identifier")).toString();
    if (identifier.isEmpty())
        return std::nullopt;
    const QString type = settings.value(key + QLatin1String("/type")).toString();
    return bridge::ParticipantRef{identifier, bridge::participantTypeFromWire(type)};
}

void writeRef(QSettings &settings, const QString &key, const std::optional<bridge::ParticipantRef> &ref) {
    settings.setValue(key + QLatin1String("/identifier"), ref ? ref->identifier : QString());
    settings.setValue(key + QLatin1String("/type"), ref ? bridge::toWireString(ref->type) : QString());
}

} // namespace

QString ViewState::group(const QString &workspaceId) {
    // A workspace id with a slash would otherwise open a sub-group.
    QString key = workspaceId;
    key.replace(QLatin1Char('/'), QLatin1Char('_')).replace(QLatin1Char('\\'), QLatin1Char('_'));
    return QLatin1String("view/") + (key.isEmpty() ? QStringLiteral("_") : key);
}

ViewState ViewState::load(const QString &workspaceId) {
    QSettings settings;
    settings.beginGroup(group(workspaceId));
    ViewState state;
    state.geometry = settings.value(QStringLiteral("geometry")).toByteArray();
    state.splitter = settings.value(QStringLiteral("splitter")).toByteArray();
    state.header = settings.value(QStringLiteral("header")).toByteArray();
    const int pageSize = settings.value(QStringLiteral("pageSize"), 20).toInt();
    state.pageSize = (pageSize == 50 || pageSize == 100) ? pageSize : 20;
    state.filter.status =
        bridge::ConversationStatus(settings.value(QStringLiteral("filter/status")).toString());
    state.filter.customer = readRef(settings, QStringLiteral("filter/customer"));
    state.filter.agent = readRef(settings, QStringLiteral("filter/agent"));
    state.refreshSeconds = settings.value(QStringLiteral("refreshSeconds"), 0).toInt();
    return state;
}

void ViewState::save(const QString &workspaceId) const {
    QSettings settings;
    settings.beginGroup(group(workspaceId));
    settings.setValue(QStringLiteral("geometry"), geometry);
    settings.setValue(QStringLiteral("splitter"), splitter);
    settings.setValue(QStringLiteral("header"), header);
    settings.setValue(QStringLiteral("pageSize"), pageSize);
    settings.setValue(QStringLiteral("filter/status"), filter.status.raw());
    writeRef(settings, QStringLiteral("filter/customer"), filter.customer);
    writeRef(settings, QStringLiteral("filter/agent"), filter.agent);
    settings.setValue(QStringLiteral("refreshSeconds"), refreshSeconds);
}
