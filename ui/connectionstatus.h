#pragma once

#include "credentials.h"

#include <QDateTime>
#include <QWidget>

class QLabel;
class QTimer;

//! The status bar's account of the connection: a Sandbox badge in sandbox mode, the workspace,
//! where the credentials come from, the data's age ("Updated 2 min ago", kept current, in warning
//! colours and words once older than the auto-refresh interval allows or while offline), and a
//! clock-skew notice.
class ConnectionStatus : public QWidget {
    Q_OBJECT
public:
    explicit ConnectionStatus(QWidget *parent = nullptr);

    void setConnection(const QString &workspaceId, bridge::Credentials::Source source, bool sandbox);
    void setLastRefreshed(const QDateTime &when);
    //! The auto-refresh interval in seconds (0: off), which says how old the data may get.
    void setRefreshInterval(int seconds);
    //! The network is unreachable: the age is shown as a warning, whatever it is.
    void setOffline(bool offline);
    //! The age shown is a warning (too old for the interval, or offline).
    bool isStale() const { return m_stale; }
    //! Server time minus local time; 0 hides the notice.
    void setClockSkew(qint64 offsetSeconds);

    QLabel *sandboxBadge() const { return m_sandbox; }
    QLabel *workspaceLabel() const { return m_workspace; }
    QLabel *sourceLabel() const { return m_source; }
    QLabel *refreshedLabel() const { return m_refreshed; }
    QLabel *skewLabel() const { return m_skew; }

    //! "keychain", "environment", "this session only", "sandbox", translated.
    static QString sourceText(bridge::Credentials::Source source);

private:
    void showAge();

    QLabel *m_sandbox;
    QLabel *m_workspace;
    QLabel *m_source;
    QLabel *m_refreshed;
    QLabel *m_skew;
    QTimer *m_ageing;
    QDateTime m_refreshedAt;
    int m_intervalSeconds = 0;
    bool m_offline = false;
    bool m_stale = false;
};
