#include "shortcutscheme.h"

#include <QSet>
#include <QSettings>

namespace bridge {

namespace {
const auto Group = QStringLiteral("shortcuts");
}

QString ShortcutScheme::normalized(const QString &key) {
    QString out = key.toLower();
    out.remove(QLatin1Char(' '));
    return out;
}

int ShortcutScheme::indexOf(const QString &id) const {
    for (int i = 0; i < m_commands.size(); ++i) {
        if (m_commands.at(i).id == id)
            return i;
    }
    return -1;
}

void ShortcutScheme::addCommand(const QString &id, const QString &name, const QString &defaultKey) {
    if (indexOf(id) >= 0)
        return;
    m_commands.append({id, name, defaultKey, defaultKey});
}

QString ShortcutScheme::key(const QString &id) const {
    const int i = indexOf(id);
    return i < 0 ? QString() : m_commands.at(i).key;
}

bool ShortcutScheme::isDefault(const QString &id) const {
    const int i = indexOf(id);
    return i < 0 || normalized(m_commands.at(i).key) == normalized(m_commands.at(i).defaultKey);
}

QString ShortcutScheme::holderOf(const QString &key, const QString &id) const {
    const QString wanted = normalized(key);
    if (wanted.isEmpty())
        return {};
    for (const Command &command : m_commands) {
        if (command.id != id && normalized(command.key) == wanted)
            return command.name;
    }
    return {};
}

bool ShortcutScheme::set(const QString &id, const QString &key) {
    const int i = indexOf(id);
    if (i < 0 || !holderOf(key, id).isEmpty())
        return false;
    m_commands[i].key = key;
    return true;
}

void ShortcutScheme::resetToDefault(const QString &id) {
    const int i = indexOf(id);
    if (i < 0)
        return;
    const QString wanted = m_commands.at(i).defaultKey;
    // Whoever took the default meanwhile gives it back: defaults never clash among themselves.
    for (Command &other : m_commands) {
        if (other.id != id && normalized(other.key) == normalized(wanted))
            other.key = other.defaultKey;
    }
    m_commands[i].key = wanted;
}

void ShortcutScheme::resetAll() {
    for (Command &command : m_commands)
        command.key = command.defaultKey;
}

void ShortcutScheme::load(QSettings &settings) {
    settings.beginGroup(Group);
    QSet<QString> taken;
    // Keys the agent chose first (in the commands' order), then the defaults that are still free.
    for (Command &command : m_commands) {
        if (!settings.contains(command.id))
            continue;
        const QString key = settings.value(command.id).toString();
        command.key = taken.contains(normalized(key)) ? QString() : key;
        if (!command.key.isEmpty())
            taken.insert(normalized(command.key));
    }
    for (Command &command : m_commands) {
        if (settings.contains(command.id))
            continue;
        command.key = taken.contains(normalized(command.defaultKey)) ? QString() : command.defaultKey;
        if (!command.key.isEmpty())
            taken.insert(normalized(command.key));
    }
    settings.endGroup();
}

void ShortcutScheme::save(QSettings &settings) const {
    settings.remove(Group);
    settings.beginGroup(Group);
    for (const Command &command : m_commands) {
        if (normalized(command.key) != normalized(command.defaultKey))
            settings.setValue(command.id, command.key);
    }
    settings.endGroup();
}

} // namespace bridge
