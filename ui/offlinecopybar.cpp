#include "offlinecopybar.h"

#include "bridgeclient.h"
#include "conversationsink.h"
#include "refreshwatcher.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

using bridge::OfflineCopy;

OfflineCopyBar::OfflineCopyBar(bridge::BridgeClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_label(new QLabel(this))
    , m_pause(new QPushButton(tr("Pause"), this)) {
    m_label->setObjectName(QStringLiteral("offlineCopyStatus"));
    m_label->setTextFormat(Qt::PlainText);
    m_pause->setObjectName(QStringLiteral("offlineCopyPauseButton"));
    m_pause->setAccessibleName(tr("Pause the offline copy"));
    m_pause->setShortcut(shortcut());
    m_pause->setToolTip(tr("Pause or resume the offline copy (%1)")
                            .arg(m_pause->shortcut().toString(QKeySequence::NativeText)));
    m_pause->setFocusPolicy(Qt::StrongFocus);
    m_pause->setAutoDefault(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_pause);
    connect(m_pause, &QPushButton::clicked, this, &OfflineCopyBar::togglePause);
    hide();
}

OfflineCopyBar::~OfflineCopyBar() = default;

QKeySequence OfflineCopyBar::shortcut() {
    return QKeySequence(tr("Ctrl+Shift+P", "pause or resume the offline copy"));
}

void OfflineCopyBar::setUp(bridge::ConversationSink *sink, bool enabled,
                           const bridge::OfflineCopyOptions &options) {
    m_copy.reset();
    if (!sink || !enabled) {
        hide();
        return;
    }
    m_copy = std::make_unique<OfflineCopy>(m_client, sink, OfflineCopy::checkpointKey(m_client->options()));
    m_copy->setOptions(options);
    connect(m_copy.get(), &OfflineCopy::progress, this, &OfflineCopyBar::showProgress);
    connect(m_copy.get(), &OfflineCopy::statusChanged, this, &OfflineCopyBar::showProgress);
    show();
    m_copy->start();
    showProgress();
}

void OfflineCopyBar::followRefreshes(bridge::RefreshWatcher *watcher) {
    connect(watcher, &bridge::RefreshWatcher::refreshed, this, [this] {
        if (m_copy)
            m_copy->refresh();
    });
}

void OfflineCopyBar::showProgress() {
    if (!m_copy)
        return;
    const QLocale locale;
    const bridge::OfflineCopyState &s = m_copy->state();
    const OfflineCopy::Status status = m_copy->status();
    QString text;
    if (status == OfflineCopy::Status::Current ||
        (status == OfflineCopy::Status::Idle && s.finishedAt.isValid())) {
        text = s.finishedTotal >= 0
                   ? tr("Offline copy: %1 conversations, updated %2")
                         .arg(locale.toString(s.finishedTotal),
                              locale.toString(s.finishedAt.toLocalTime().time(), QLocale::ShortFormat))
                   : tr("Offline copy: updated %1")
                         .arg(locale.toString(s.finishedAt.toLocalTime().time(), QLocale::ShortFormat));
    } else if (status == OfflineCopy::Status::Failed) {
        text = tr("Offline copy: stopped, the server did not answer; it goes on at the next refresh");
    } else if (s.phase == bridge::OfflineCopyState::Phase::Recent) {
        text = tr("Offline copy: looking for changes");
    } else if (s.total >= 0) {
        text = tr("Offline copy: %1 of %2").arg(locale.toString(s.kept), locale.toString(s.total));
    } else {
        // Two English sources: the window ships no English translation to pick the plural.
        text = s.pagesDone == 1 ? tr("Offline copy: %n page", nullptr, s.pagesDone)
                                : tr("Offline copy: %Ln pages", nullptr, s.pagesDone);
    }
    if (status == OfflineCopy::Status::Paused)
        text = tr("%1 (paused)").arg(text);
    m_label->setText(text);
    const bool running = status == OfflineCopy::Status::Walking || status == OfflineCopy::Status::Paused;
    m_pause->setVisible(running);
    m_pause->setText(status == OfflineCopy::Status::Paused ? tr("Resume") : tr("Pause"));
    m_pause->setShortcut(shortcut()); // setText() sets the text's mnemonic, here none
    m_pause->setAccessibleName(status == OfflineCopy::Status::Paused ? tr("Resume the offline copy")
                                                                     : tr("Pause the offline copy"));
}

void OfflineCopyBar::togglePause() {
    if (!m_copy)
        return;
    if (m_copy->status() == OfflineCopy::Status::Paused)
        m_copy->resume();
    else
        m_copy->pause();
}
