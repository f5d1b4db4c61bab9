#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

//! What the window shows before any connection exists (first-start settings cancelled): a centred
//! "Not connected" message and the two ways on, Settings… and Try the sandbox. No list, no banner:
//! nothing has been asked of a server yet, so nothing has failed.
class NotConnectedPanel : public QWidget {
    Q_OBJECT
public:
    explicit NotConnectedPanel(QWidget *parent = nullptr);

    QLabel *label() const { return m_label; }
    QPushButton *settingsButton() const { return m_settings; }
    QPushButton *sandboxButton() const { return m_sandbox; }

signals:
    void settingsRequested();
    void sandboxRequested();

private:
    QLabel *m_label;
    QPushButton *m_settings;
    QPushButton *m_sandbox;
};
