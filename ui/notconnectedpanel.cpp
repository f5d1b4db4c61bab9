#include "notconnectedpanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

NotConnectedPanel::NotConnectedPanel(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(tr("Not connected to Bridge yet."), this))
    , m_settings(new QPushButton(tr("&Settings…"), this))
    , m_sandbox(new QPushButton(tr("Try the Sand&box"), this)) {
    setObjectName(QStringLiteral("notConnected"));
    m_label->setObjectName(QStringLiteral("notConnectedMessage"));
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    QFont font = m_label->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_label->setFont(font);
    // Accessible names without the mnemonic's ampersand: what a screen reader says.
    m_settings->setObjectName(QStringLiteral("notConnectedSettings"));
    m_settings->setAccessibleName(tr("Settings…"));
    m_sandbox->setObjectName(QStringLiteral("notConnectedSandbox"));
    m_sandbox->setAccessibleName(tr("Try the sandbox"));
    m_sandbox->setToolTip(tr("Browse demo conversations on a built-in server; nothing is saved."));
    connect(m_settings, &QPushButton::clicked, this, &NotConnectedPanel::settingsRequested);
    connect(m_sandbox, &QPushButton::clicked, this, &NotConnectedPanel::sandboxRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_settings);
    buttons->addWidget(m_sandbox);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_label);
    layout->addSpacing(12);
    layout->addLayout(buttons);
    layout->addStretch(2);
    setTabOrder(m_settings, m_sandbox);
}
