#pragma once

#include "credentials.h"

#include <QDateTime>
#include <QWidget>

class QLabel;

//! The status bar's account of the connection: a Sandbox badge in sandbox mode, the workspace,
//! where the credentials come from, the time of the last refresh, and a clock-skew notice.
class ConnectionStatus : public QWidget {
    Q_OBJECT
public:
    explicit ConnectionStatus(QWidget *parent = nullptr);

    void setConnection(const QString &workspaceId, bridge::Credentials::Source source, bool sandbox);
    void setLastRefreshed(const QDateTime &when);
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
    QLabel *m_sandbox;
    QLabel *m_workspace;
    QLabel *m_source;
    QLabel *m_refreshed;
    QLabel *m_skew;
};
