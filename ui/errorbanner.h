#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

//! An inline banner above the table for a failed load: the error's line, Retry, and on a refused
//! signature or key (401) Open Settings…. The rows already shown stay below it.
class ErrorBanner : public QFrame {
    Q_OBJECT
public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    //! Shows text; offerSettings adds the Open Settings… button.
    void showError(const QString &text, bool offerSettings);

    QLabel *label() const { return m_label; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *settingsButton() const { return m_settings; }

signals:
    void retryRequested();
    void settingsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateColours();

    QLabel *m_icon;
    QLabel *m_label;
    QPushButton *m_retry;
    QPushButton *m_settings;
    QToolButton *m_close;
    bool m_updatingColours = false;
};
