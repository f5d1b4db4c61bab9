#include "savedviews.h"

#include <QCoreApplication>
#include <QSettings>

namespace bridge {

namespace {

std::optional<ParticipantRef> readRef(const QSettings &settings, const QString &key) {
    const QString identifier = settings.value(key + QLatin1String("/identifier")).toString();
    if (identifier.isEmpty())
        return std::nullopt;
    const QString type = settings.value(key + QLatin1String("/type")).toString();
    return ParticipantRef{identifier, participantTypeFromWire(type)};
}

void writeRef(QSettings &settings, const QString &key, const std::optional<ParticipantRef> &ref) {
    if (!ref)
        return;
    settings.setValue(key + QLatin1String("/identifier"), ref->identifier);
    settings.setValue(key + QLatin1String("/type"), toWireString(ref->type));
}

bool inRange(const QList<SavedView> &views, int index) {
    return index >= 0 && index < views.size();
}

} // namespace

int SavedViews::indexOf(const QString &name) const {
    for (int i = 0; i < m_views.size(); ++i) {
        if (m_views.at(i).name.compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

QString SavedViews::nameProblem(const QString &name, int except) const {
    if (name.trimmed().isEmpty())
        return tr("A saved view needs a name.");
    if (name != name.trimmed())
        return tr("A view's name cannot start or end with spaces.");
    if (name.size() > MaxNameLength)
        return tr("A view's name is at most 64 characters.");
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Separator_Line ||
            c.category() == QChar::Separator_Paragraph)
            return tr("A view's name cannot contain control characters.");
    }
    const int taken = indexOf(name);
    if (taken >= 0 && taken != except)
        return tr("A view with this name exists already.");
    return {};
}

bool SavedViews::add(const SavedView &view) {
    if (!nameProblem(view.name).isEmpty())
        return false;
    m_views.append(view);
    return true;
}

bool SavedViews::replace(const SavedView &view) {
    const int index = indexOf(view.name);
    if (index < 0)
        return false;
    const QString kept = m_views.at(index).name; // the spelling the agent chose first
    m_views[index] = view;
    m_views[index].name = kept;
    return true;
}

bool SavedViews::rename(int index, const QString &name) {
    if (!inRange(m_views, index) || !nameProblem(name, index).isEmpty())
        return false;
    m_views[index].name = name;
    return true;
}

bool SavedViews::remove(int index) {
    if (!inRange(m_views, index))
        return false;
    m_views.removeAt(index);
    return true;
}

bool SavedViews::move(int from, int to) {
    if (!inRange(m_views, from) || !inRange(m_views, to) || from == to)
        return false;
    m_views.move(from, to);
    return true;
}

SavedViews SavedViews::load(QSettings &settings, const QString &group) {
    SavedViews views;
    settings.beginGroup(group);
    const int count = settings.beginReadArray(QStringLiteral("views"));
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        SavedView view;
        view.name = settings.value(QStringLiteral("name")).toString();
        view.filter.status = ConversationStatus(settings.value(QStringLiteral("status")).toString());
        view.filter.customer = readRef(settings, QStringLiteral("customer"));
        view.filter.agent = readRef(settings, QStringLiteral("agent"));
        view.pageSize = settings.value(QStringLiteral("pageSize"), 20).toInt();
        view.search = settings.value(QStringLiteral("search")).toString().simplified();
        views.add(view); // a name edited into a duplicate or worse is left out
    }
    settings.endArray();
    settings.endGroup();
    return views;
}

void SavedViews::save(QSettings &settings, const QString &group) const {
    settings.beginGroup(group);
    settings.remove(QStringLiteral("views")); // a shorter list leaves no stale entries behind
    settings.beginWriteArray(QStringLiteral("views"), int(m_views.size()));
    for (int i = 0; i < m_views.size(); ++i) {
        const SavedView &view = m_views.at(i);
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("name"), view.name);
        settings.setValue(QStringLiteral("status"), view.filter.status.raw());
        writeRef(settings, QStringLiteral("customer"), view.filter.customer);
        writeRef(settings, QStringLiteral("agent"), view.filter.agent);
        settings.setValue(QStringLiteral("pageSize"), view.pageSize);
        if (!view.search.isEmpty())
            settings.setValue(QStringLiteral("search"), view.search);
    }
    settings.endArray();
    settings.endGroup();
}

} // namespace bridge
