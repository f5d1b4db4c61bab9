#pragma once

#include "offlinecopy.h"

#include <QKeySequence>
#include <QWidget>

class QLabel;
class QPushButton;

namespace bridge {
class BridgeClient;
class ConversationSink;
class RefreshWatcher;
} // namespace bridge

//! The offline copy in the status bar: "Offline copy: 3,400 of 100,000" (numbered lists) or "Offline
//! copy: 34 pages" (cursored lists, which have no total), "… (paused)", "Offline copy: 100,000
//! conversations, updated 21:36", and a Pause / Resume button: a real button in the tab order, with
//! shortcut() (Ctrl+Shift+P; not Ctrl+Alt, which a line edit may take for AltGr text). Runs the
//! OfflineCopy itself: it starts when a sink is given and the profile keeps a copy, and keeps current
//! with every refresh of the list (the auto-refresh the window uses).
//!
//! Object names: offlineCopyStatus, offlineCopyPauseButton.
class OfflineCopyBar : public QWidget {
    Q_OBJECT
public:
    explicit OfflineCopyBar(bridge::BridgeClient *client, QWidget *parent = nullptr);
    ~OfflineCopyBar() override;

    //! Stops any copy; then, with a sink and enabled, starts one into sink for the client's
    //! workspace (going on from its checkpoint). Hidden when none runs.
    void setUp(bridge::ConversationSink *sink, bool enabled, const bridge::OfflineCopyOptions &options);
    //! Each refresh the watcher makes also brings the copy up to date once it is done.
    void followRefreshes(bridge::RefreshWatcher *watcher);

    static QKeySequence shortcut();

    bridge::OfflineCopy *copy() const { return m_copy.get(); }
    QLabel *statusLabel() const { return m_label; }
    QPushButton *pauseButton() const { return m_pause; }

private:
    void showProgress();
    void togglePause();

    bridge::BridgeClient *m_client;
    std::unique_ptr<bridge::OfflineCopy> m_copy;
    QLabel *m_label;
    QPushButton *m_pause;
};
