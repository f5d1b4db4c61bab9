#include "errorbanner.h"

#include "themecolors.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_label(new QLabel(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
    , m_settings(new QPushButton(tr("Open &Settings…"), this))
    , m_details(new QPushButton(tr("&Details"), this))
    , m_close(new QToolButton(this)) {
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setAccessibleName(tr("Error"));

    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_retry->setAccessibleName(tr("Retry"));
    m_settings->setAccessibleName(tr("Open Settings"));
    m_details->setToolTip(tr("Show this request in the request inspector (Ctrl+Shift+I)"));
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setAutoRaise(true);
    m_close->setAccessibleName(tr("Dismiss error"));
    m_close->setToolTip(tr("Dismiss"));

    connect(m_retry, &QPushButton::clicked, this, &ErrorBanner::retryRequested);
    connect(m_settings, &QPushButton::clicked, this, &ErrorBanner::settingsRequested);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    connect(m_details, &QPushButton::clicked, this, [this] { emit detailsRequested(m_requestId); });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->setSpacing(8);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_label, 1);
    m_nextButtonIndex = layout->count();
    layout->addWidget(m_details);
    layout->addWidget(m_settings);
    layout->addWidget(m_retry);
    layout->addWidget(m_close);
    updateColours();
    hide();
}

void ErrorBanner::showError(const QString &text, bool offerSettings, const QString &requestId) {
    m_label->setText(text);
    m_settings->setVisible(offerSettings);
    m_retry->setVisible(true);
    m_requestId = requestId;
    m_details->setVisible(!requestId.isEmpty());
    show();
}

void ErrorBanner::showActionError(const QString &text, const QString &requestId) {
    showError(text, false, requestId);
    m_retry->setVisible(false);
}

void ErrorBanner::showMessage(const QString &text) {
    showError(text, false);
    m_retry->setVisible(false);
}

QPushButton *ErrorBanner::addButton(const QString &text) {
    auto *button = new QPushButton(text, this);
    button->setAutoDefault(false); // Enter in a dialog never presses it: only a deliberate press
    static_cast<QHBoxLayout *>(layout())->insertWidget(m_nextButtonIndex++, button, 0, Qt::AlignTop);
    return button;
}

void ErrorBanner::setDismissible(bool dismissible) {
    m_close->setVisible(dismissible);
}

void ErrorBanner::changeEvent(QEvent *event) {
    if (event->type() == QEvent::PaletteChange && !m_updatingColours)
        updateColours();
    QFrame::changeEvent(event);
}

void ErrorBanner::updateColours() {
    // A tint of red over the window colour: pale in a light palette, dark red in a dark one.
    const QPalette base = parentWidget() ? parentWidget()->palette() : palette();
    QPalette p = palette();
    p.setColor(QPalette::Window, ThemeColors::tinted(base, QColor(0xd3, 0x2f, 0x2f), 0.16));
    m_updatingColours = true;
    setPalette(p);
    m_updatingColours = false;
}
