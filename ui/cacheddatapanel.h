#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;

namespace bridge {
class ConversationStore;
}

//! Settings' account of the profile's local store: its size and age, and "Clear Cached Data". While
//! an offline copy writes page after page, the figures are counted again at most once a second.
class CachedDataPanel : public QWidget {
    Q_OBJECT
public:
    static constexpr int RecountMs = 1000;

    //! store: not owned, must outlive the panel.
    explicit CachedDataPanel(bridge::ConversationStore *store, QWidget *parent = nullptr);

    QLabel *summary() const { return m_summary; }
    QPushButton *clearButton() const { return m_clear; }

private:
    void update();
    void clear();

    bridge::ConversationStore *m_store;
    QLabel *m_summary;
    QPushButton *m_clear;
    QTimer *m_recount;
};
