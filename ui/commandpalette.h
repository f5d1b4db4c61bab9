#pragma once

#include <QFrame>
#include <functional>

class QLabel;
class QLineEdit;
class QListView;
class QStandardItemModel;

//! One thing the palette offers: a command, a saved view, a profile or a conversation.
struct PaletteCommand {
    QString text;        //!< shown, without mnemonics
    QString detail;      //!< right-aligned and muted: a shortcut, or what kind of thing it is
    QString matchText;   //!< what typing is matched against; empty: text
    bool enabled = true; //!< a disabled command shows greyed after the others and cannot run
    std::function<void()> run;
};

//! Ctrl+K: a frameless window over the main one, a line to type in and the commands that match it
//! (fuzzyRank: subsequences, word starts first, case and accents ignored), best first. Up / Down /
//! Page Up / Page Down move in the list while typing; Enter runs the one selected and closes; Escape or
//! a click elsewhere closes. A tool window rather than a Qt::Popup: Qt leaves popups out of the
//! accessibility tree's windows, so a screen reader could not find the palette it is typing in. Object names:
//! commandPalette, paletteSearch, paletteList.
class CommandPalette : public QFrame {
    Q_OBJECT
public:
    //! source: asked each time the palette opens for what it offers now.
    CommandPalette(std::function<QList<PaletteCommand>()> source, QWidget *window);

    //! Fills the list from the source, shows the popup over the window's top and puts the focus in
    //! the search field (empty).
    void popUp();
    QLineEdit *searchField() const { return m_search; }
    QListView *list() const { return m_list; }
    //! Texts shown, in order (tests and the accessibility check read them).
    QStringList shownTexts() const;

signals:
    //! After a command ran (the palette is closed by then).
    void commandRun(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    //! Closes when another window takes the keyboard (once the palette has had it since it opened).
    void changeEvent(QEvent *event) override;

private:
    void refilter();
    void runCurrent();
    void moveCurrent(int by);

    std::function<QList<PaletteCommand>()> m_source;
    QList<PaletteCommand> m_commands;
    QWidget *m_window;
    QLineEdit *m_search;
    QListView *m_list;
    QLabel *m_nothing;
    QStandardItemModel *m_model;
    bool m_hadKeyboard = false;
};
