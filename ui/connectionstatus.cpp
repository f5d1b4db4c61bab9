#include "connectionstatus.h"

#include "dataage.h"
#include "themecolors.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTimer>

namespace {

QFrame *separator(QWidget *parent) {
    auto *line = new QFrame(parent);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    return line;
}

} // namespace

ConnectionStatus::ConnectionStatus(QWidget *parent)
    : QWidget(parent)
    , m_sandbox(new QLabel(tr("Sandbox"), this))
    , m_workspace(new QLabel(this))
    , m_source(new QLabel(this))
    , m_refreshed(new QLabel(this))
    , m_skew(new QLabel(this))
    , m_ageing(new QTimer(this)) {
    m_refreshed->setObjectName(QStringLiteral("dataAge"));
    // "2 min ago" has to become "3 min ago" by itself.
    m_ageing->setInterval(15 * 1000);
    connect(m_ageing, &QTimer::timeout, this, &ConnectionStatus::showAge);
    // Orange badge, dark text: readable on light and dark status bars alike.
    m_sandbox->setAutoFillBackground(true);
    QPalette badge = m_sandbox->palette();
    badge.setColor(QPalette::Window, QColor(0xff, 0xb3, 0x00));
    badge.setColor(QPalette::WindowText, QColor(0x21, 0x21, 0x21));
    m_sandbox->setPalette(badge);
    QFont bold = m_sandbox->font();
    bold.setBold(true);
    m_sandbox->setFont(bold);
    m_sandbox->setContentsMargins(8, 1, 8, 1);
    m_sandbox->setToolTip(tr("Connected to the built-in sandbox server with demo data. "
                             "Your stored credentials are not used."));
    m_sandbox->setAccessibleName(tr("Sandbox mode"));
    m_sandbox->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    m_sandbox->hide();

    QPalette warn = m_skew->palette();
    warn.setColor(QPalette::WindowText, ThemeColors::errorText(warn));
    m_skew->setPalette(warn);
    m_skew->hide();

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(8);
    layout->addWidget(m_sandbox);
    layout->addWidget(m_workspace);
    layout->addWidget(separator(this));
    layout->addWidget(m_source);
    layout->addWidget(separator(this));
    layout->addWidget(m_refreshed);
    layout->addWidget(m_skew);
    layout->addStretch(1);
    setLastRefreshed({});
}

void ConnectionStatus::setConnection(const QString &workspaceId, bridge::Credentials::Source source,
                                     bool sandbox) {
    m_sandbox->setVisible(sandbox);
    m_workspace->setText(tr("Workspace: %1").arg(workspaceId));
    m_source->setText(tr("Credentials: %1").arg(sourceText(source)));
}

void ConnectionStatus::setLastRefreshed(const QDateTime &when) {
    m_refreshedAt = when;
    showAge();
}

void ConnectionStatus::setRefreshInterval(int seconds) {
    m_intervalSeconds = seconds;
    showAge();
}

void ConnectionStatus::setOffline(bool offline) {
    m_offline = offline;
    showAge();
}

void ConnectionStatus::showAge() {
    if (!m_refreshedAt.isValid()) {
        m_ageing->stop();
        m_stale = m_offline;
        m_refreshed->setText(m_offline ? tr("Offline · not loaded yet") : tr("Not loaded yet"));
        m_refreshed->setToolTip({});
        m_refreshed->setPalette(palette());
        return;
    }
    if (!m_ageing->isActive())
        m_ageing->start();
    const qint64 age = qMax<qint64>(0, m_refreshedAt.secsTo(QDateTime::currentDateTimeUtc()));
    const bool tooOld = bridge::DataAge::isStale(age, m_intervalSeconds);
    m_stale = tooOld || m_offline;
    QString text = bridge::DataAge::text(age);
    if (m_offline)
        text = tr("Offline · %1").arg(text);
    else if (tooOld)
        text = tr("%1 · may be out of date").arg(text);
    m_refreshed->setText(text);
    m_refreshed->setPalette(m_stale ? ThemeColors::withErrorText(palette()) : palette());

    const QString at = QLocale().toString(m_refreshedAt.toLocalTime(), QLocale::LongFormat);
    QString tip = tr("Last read from the server: %1.").arg(at);
    if (m_offline)
        tip += QLatin1Char(' ') + tr("The network is unreachable; the list refreshes when it is back.");
    else if (tooOld && m_intervalSeconds > 0)
        tip += QLatin1Char(' ') + tr("Auto-refresh should have updated it by now: the server may be "
                                     "unreachable. Press F5 to try again.");
    else if (tooOld)
        tip += QLatin1Char(' ') + tr("Auto-refresh is off: press F5 to refresh, or turn it on.");
    m_refreshed->setToolTip(tip);
    m_refreshed->setAccessibleName(text);
}

void ConnectionStatus::setClockSkew(qint64 offsetSeconds) {
    m_skew->setVisible(offsetSeconds != 0);
    if (offsetSeconds == 0)
        return;
    const qint64 magnitude = qAbs(offsetSeconds);
    const QString amount =
        magnitude >= 120 ? tr("%1 min").arg((magnitude + 30) / 60) : tr("%1 s").arg(magnitude);
    m_skew->setText(offsetSeconds > 0
                        ? tr("Your clock is %1 behind the server's; requests are adjusted.").arg(amount)
                        : tr("Your clock is %1 ahead of the server's; requests are adjusted.").arg(amount));
}

QString ConnectionStatus::sourceText(bridge::Credentials::Source source) {
    switch (source) {
    case bridge::Credentials::Source::None:
        return tr("none");
    case bridge::Credentials::Source::Keychain:
        return tr("keychain");
    case bridge::Credentials::Source::Environment:
        return tr("environment");
    case bridge::Credentials::Source::SessionOnly:
        return tr("this session only");
    case bridge::Credentials::Source::Sandbox:
        return tr("sandbox");
    }
    return bridge::Credentials::sourceName(source);
}
