#pragma once

#include <QDockWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTabWidget;

namespace bridge {
class BridgeClient;
class RequestLog;
struct ApiError;
} // namespace bridge

//! The request inspector (View ▸ Request Inspector, Ctrl+Shift+I): every attempt the client made,
//! newest at the bottom (method, path, query, status, duration, retry), and for the selected one
//! the string-to-sign (classic; a Connect request is not signed, so the tab is hidden for it), the
//! headers as sent (the API key masked; the secret is never in a record), the body and the start of
//! the answer. "Copy as curl" puts a command on the clipboard that replays exactly that attempt: a
//! classic one with its timestamp and signature; a Connect one reading its key from $BRIDGE_API_KEY,
//! so the key (Connect's secret) is never copied.
//!
//! Object names: requestTable, requestDetails, stringToSign, headers, requestBody, response,
//! copyCurlButton, clearButton.
class RequestInspector : public QDockWidget {
    Q_OBJECT
public:
    //! Attaches a RequestLog of its own to client (not owned).
    explicit RequestInspector(bridge::BridgeClient *client, QWidget *parent = nullptr);
    //! Shows log (not owned, must outlive the inspector), which may have recorded attempts
    //! before the inspector was built.
    explicit RequestInspector(bridge::RequestLog *log, QWidget *parent = nullptr);

    bridge::RequestLog *log() const { return m_log; }
    QTableView *table() const { return m_table; }
    QPushButton *copyCurlButton() const { return m_copyCurl; }

    //! Shows the dock with the attempt of that request id selected; false when it is not logged.
    bool showRequest(const QString &requestId);
    bool showError(const bridge::ApiError &error);
    //! The row (in the log) of the attempt selected, -1 for none.
    int selectedRow() const;

public slots:
    void copyAsCurl();

signals:
    //! A passing message ("Copied a curl command…").
    void notice(const QString &text);

private:
    void showSelected();

    bridge::RequestLog *m_log;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QTabWidget *m_tabs;
    QLabel *m_summary;
    QPlainTextEdit *m_stringToSign;
    QPlainTextEdit *m_headers;
    QPlainTextEdit *m_body;
    QPlainTextEdit *m_response;
    QPushButton *m_copyCurl;
    QPushButton *m_clear;
    bool m_followNewest = true;
};
