#include "cacheddatapanel.h"

#include "conversationstore.h"
#include "storesearch.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

CachedDataPanel::CachedDataPanel(bridge::ConversationStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_summary(new QLabel(this))
    , m_clear(new QPushButton(tr("C&lear Cached Data…"), this))
    , m_recount(new QTimer(this)) {
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary, 1);
    layout->addWidget(m_clear);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_clear->setToolTip(tr("Forgets the conversations kept on this computer for this profile. Nothing on the "
                           "server changes."));
    connect(m_clear, &QPushButton::clicked, this, &CachedDataPanel::clear);
    // Counting 100,000 rows takes a few milliseconds: once after a burst of writes, not after each.
    m_recount->setSingleShot(true);
    m_recount->setInterval(RecountMs);
    connect(m_recount, &QTimer::timeout, this, &CachedDataPanel::update);
    connect(m_store, &bridge::ConversationStore::written, this, [this] {
        if (!m_recount->isActive())
            m_recount->start();
    });
    update();
}

void CachedDataPanel::update() {
    const bridge::StoreStats stats = m_store->stats();
    const QString size = QLocale().formattedDataSize(stats.bytesOnDisk);
    if (stats.count == 0) {
        m_summary->setText(tr("No conversations kept on this computer (%1).").arg(size));
    } else {
        const QDateTime now = QDateTime::currentDateTime();
        const QString kept =
            stats.count == 1
                ? tr("%n conversation kept on this computer, %1; oldest read %2, newest %3.", nullptr, 1)
                : tr("%Ln conversations kept on this computer, %1; oldest read %2, newest %3.", nullptr,
                     stats.count);
        m_summary->setText(kept.arg(size, bridge::ageInWords(stats.oldestSeen, now),
                                    bridge::ageInWords(stats.newestSeen, now)));
    }
    m_clear->setEnabled(stats.count > 0);
}

void CachedDataPanel::clear() {
    const auto answer = QMessageBox::question(this, tr("Clear Cached Data"),
                                              tr("Forget the conversations kept on this computer for this "
                                                 "profile? The list is read from the server "
                                                 "again; nothing on the server changes."),
                                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_store->clear(); // written() updates the summary once it is done
    m_clear->setEnabled(false);
}
