#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

//! An inline banner for what went wrong: a warning icon and the text on a red tint derived from the
//! palette. Above the table for a failed load: the error's line, Retry, and on a refused signature
//! or key (401) Open Settings…; the rows already shown stay below it. With the request id of the
//! failed call, Details opens the request inspector at it. A dialog shows its own choices in it
//! instead (addButton(), showMessage()).
class ErrorBanner : public QFrame {
    Q_OBJECT
public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    //! Shows text; offerSettings adds the Open Settings… button; a requestId adds Details.
    void showError(const QString &text, bool offerSettings, const QString &requestId = {});
    //! An action the server refused (the rows are fine): no Retry of the page, Details when known.
    void showActionError(const QString &text, const QString &requestId);
    //! Text only: none of the built-in buttons; the buttons added with addButton() stay as they are.
    void showMessage(const QString &text);
    //! A button of the caller's, placed after the text (in the order added); the banner owns it.
    //! It is never the dialog's default button.
    QPushButton *addButton(const QString &text);
    //! Whether the banner offers to dismiss it (an × button); it does by default.
    void setDismissible(bool dismissible);
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
    int m_nextButtonIndex = 0; //!< layout position of the next button of the caller's
    bool m_updatingColours = false;
};
