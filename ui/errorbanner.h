#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

//! An inline banner above the table for a failed load: the error's line, Retry, and on a refused
//! signature or key (401) Open Settings…. The rows already shown stay below it. With the request id
//! of the failed call, Details opens the request inspector at it.
class ErrorBanner : public QFrame {
    Q_OBJECT
public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    //! Shows text; offerSettings adds the Open Settings… button; a requestId adds Details.
    void showError(const QString &text, bool offerSettings, const QString &requestId = {});
    //! An action the server refused (the rows are fine): no Retry of the page, Details when known.
    void showActionError(const QString &text, const QString &requestId);
    QString requestId() const { return m_requestId; }

    QLabel *label() const { return m_label; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *settingsButton() const { return m_settings; }
    QPushButton *detailsButton() const { return m_details; }

signals:
    void retryRequested();
    void settingsRequested();
    //! Details: show the request with this id in the request inspector.
    void detailsRequested(const QString &requestId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateColours();

    QLabel *m_icon;
    QLabel *m_label;
    QPushButton *m_retry;
    QPushButton *m_settings;
    QPushButton *m_details;
    QString m_requestId;
    QToolButton *m_close;
    bool m_updatingColours = false;
};
