#include "stateoverlay.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

StateOverlay::StateOverlay(QWidget *viewport)
    : QWidget(viewport)
    , m_label(new QLabel(this))
    , m_clear(new QPushButton(tr("Clear filters"), this)) {
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    QFont font = m_label->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_label->setFont(font);
    m_clear->setAccessibleName(tr("Clear filters"));
    connect(m_clear, &QPushButton::clicked, this, &StateOverlay::clearRequested);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_label);
    layout->addSpacing(8);
    layout->addWidget(m_clear, 0, Qt::AlignHCenter);
    layout->addStretch(2);

    viewport->installEventFilter(this);
    setGeometry(viewport->rect());
    hide();
}

void StateOverlay::showMessage(const QString &text, bool offerClear) {
    m_label->setText(text);
    m_clear->setVisible(offerClear);
    setGeometry(parentWidget()->rect());
    show();
    raise();
}

bool StateOverlay::eventFilter(QObject *watched, QEvent *event) {
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}
