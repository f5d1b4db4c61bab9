#pragma once

#include <QList>
#include <QString>

class QSettings;

namespace bridge {

//! The keys of the window's commands: each command's default, and the key the agent gave it instead
//! (stored in QSettings group "shortcuts", by command id, only where it differs). A key held by
//! another command is refused, never silently taken from it. Keys are QKeySequence portable text
//! ("Ctrl+Shift+E"), compared regardless of case and spaces; an empty key means none.
class ShortcutScheme {
public:
    struct Command {
        QString id;   //!< the action's object name
        QString name; //!< as the menus show it, for messages
        QString defaultKey;
        QString key;
    };

    //! Adds a command with its default key (also its key until load() or set()).
    void addCommand(const QString &id, const QString &name, const QString &defaultKey);
    const QList<Command> &commands() const { return m_commands; }
    QString key(const QString &id) const;
    bool isDefault(const QString &id) const;

    //! The name of the command other than id that holds key, empty when none does (or key is empty).
    QString holderOf(const QString &key, const QString &id = {}) const;
    //! Gives id key (empty: none); false (nothing changed) when another command holds it or id is
    //! unknown.
    bool set(const QString &id, const QString &key);
    void resetToDefault(const QString &id);
    void resetAll();

    //! Reads the keys changed before. A default whose key the agent gave another command is left
    //! without a key; of two stored keys that clash (edited by hand) the first command keeps it.
    void load(QSettings &settings);
    void save(QSettings &settings) const;

    //! "ctrl+shift+e" for "Ctrl+Shift+E" and "ctrl + shift + E".
    static QString normalized(const QString &key);

private:
    int indexOf(const QString &id) const;
    QList<Command> m_commands;
};

} // namespace bridge
