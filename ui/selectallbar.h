#pragma once

#include <QFrame>
#include <functional>

class ConversationCommands;
class MainWindow;
class QLabel;
class QPushButton;

namespace bridge {
class BridgeClient;
class MatchingIds;
} // namespace bridge

//! The line over the table once every row of a page is selected and more pages match: "All 20
//! conversations on this page are selected. Select all 340 matching" (Connect, which has no
//! totals: "Select all matching"). Taken, Archive / Re-activate / Set status… act on every
//! conversation of the filter: its pages are read first (MatchingIds, with a Cancel), then the
//! usual bulk run takes them (queue, progress, cancel, summary). Another filter or page, or
//! another selection, goes back to acting on the selected rows. Object names: selectAllBar,
//! selectAllMatching (the button: Select all… or Clear selection), cancelSelectAll.
class SelectAllBar : public QFrame {
    Q_OBJECT
public:
    //! Puts itself under the window's error banner. client: not owned.
    SelectAllBar(bridge::BridgeClient *client, MainWindow *window);

    //! Every matching conversation is the target of the next action.
    bool isWholeFilter() const { return m_whole; }
    QLabel *label() const { return m_label; }
    QPushButton *button() const { return m_button; }

    void selectAllMatching();
    void clear();

protected:
    void changeEvent(QEvent *event) override;

private:
    void update();
    void updateColours();
    void gather(const std::function<void(const QStringList &)> &act);

    bridge::BridgeClient *m_client;
    MainWindow *m_window;
    bridge::MatchingIds *m_walk;
    QLabel *m_label;
    QPushButton *m_button;
    QPushButton *m_cancel;
    bool m_whole = false;
    bool m_gathering = false;
    bool m_updatingColours = false;
};
