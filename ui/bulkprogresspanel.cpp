#include "bulkprogresspanel.h"

#include "bulkqueue.h"

#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

enum ResultColumn { Conversation, Result };
constexpr int FailedRole = Qt::UserRole + 1;

} // namespace

BulkProgressPanel::BulkProgressPanel(bridge::BulkQueue *queue, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_queue(queue)
    , m_title(new QLabel(title, this))
    , m_progress(new QProgressBar(this))
    , m_results(new QTreeWidget(this))
    , m_summary(new QLabel(this)) {
    setWindowTitle(title);
    setModal(false);
    setSizeGripEnabled(true);

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);

    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("%v of %m"));
    m_progress->setAccessibleName(tr("Progress"));

    m_results->setObjectName(QStringLiteral("results"));
    m_results->setAccessibleName(tr("Result per conversation"));
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(true);
    m_results->setAlternatingRowColors(true);
    m_results->setHeaderLabels({tr("Conversation"), tr("Result")});
    m_results->header()->setStretchLastSection(true);
    m_results->header()->resizeSection(Conversation, 240);

    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_summary->setText(tr("Working…"));
    connect(m_summary, &QLabel::linkActivated, this,
            [this](const QString &link) { setShowFailuresOnly(link == QLatin1String("failures")); });

    auto *buttons = new QDialogButtonBox(this);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setToolTip(tr("Stop: conversations not yet sent stay as they are"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_close->setEnabled(false);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_summary->setText(tr("Cancelling: waiting for the requests already sent…"));
        m_queue->cancel();
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_progress);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(560, 420);

    connect(queue, &bridge::BulkQueue::started, this, [this](int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(0);
    });
    connect(queue, &bridge::BulkQueue::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(queue, &bridge::BulkQueue::rowFinished, this, &BulkProgressPanel::onRowFinished);
    connect(queue, &bridge::BulkQueue::finished, this, &BulkProgressPanel::onFinished);
}

void BulkProgressPanel::addRow(const QString &conversationId, const QString &label) {
    auto *item = new QTreeWidgetItem(m_results, {label, tr("waiting")});
    item->setToolTip(Conversation, conversationId);
    item->setData(Conversation, Qt::UserRole, conversationId);
    item->setForeground(Result, palette().brush(QPalette::Disabled, QPalette::Text));
    m_items.insert(conversationId, item);
}

void BulkProgressPanel::onRowFinished(const bridge::BulkResult &result) {
    QTreeWidgetItem *item = m_items.value(result.conversationId);
    if (!item)
        return;
    item->setForeground(Result, palette().brush(QPalette::Text));
    if (result.ok) {
        item->setText(Result, m_doneText.isEmpty() ? tr("done") : m_doneText);
        item->setIcon(Result, style()->standardIcon(QStyle::SP_DialogApplyButton));
    } else if (result.skipped) {
        item->setText(Result, tr("not sent (cancelled)"));
    } else {
        // What happened in the list, the request in the tooltip.
        const bridge::ApiError &e = result.error;
        item->setText(Result, e.headline());
        item->setToolTip(Result, e.line());
        item->setIcon(Result, style()->standardIcon(QStyle::SP_MessageBoxWarning));
        item->setData(Result, FailedRole, true);
    }
    if (!result.ok && !result.skipped)
        m_results->scrollToItem(item);
}

void BulkProgressPanel::onFinished(bool cancelled) {
    m_finished = true;
    m_cancel->setEnabled(false);
    m_close->setEnabled(true);
    m_close->setDefault(true);
    m_progress->setRange(0, qMax(1, m_queue->total()));
    m_progress->setValue(m_queue->doneCount());
    const QString summary = m_queue->summary(m_doneText); // "18 archived", "3 set to Blocked"
    QString text = summary.toHtmlEscaped();
    if (m_queue->failedCount() > 0)
        text += QStringLiteral(" (<a href=\"failures\">%1</a>)").arg(tr("show"));
    if (cancelled)
        text += QStringLiteral("<br>") + tr("Cancelled.").toHtmlEscaped();
    m_summary->setText(text);
    setWindowTitle(summary);
    emit finished(summary);
}

void BulkProgressPanel::setShowFailuresOnly(bool only) {
    m_failuresOnly = only;
    for (int i = 0; i < m_results->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_results->topLevelItem(i);
        item->setHidden(only && !item->data(Result, FailedRole).toBool());
    }
    if (m_finished && m_queue->failedCount() > 0) {
        const QString link = only ? QStringLiteral(" (<a href=\"all\">%1</a>)").arg(tr("show all"))
                                  : QStringLiteral(" (<a href=\"failures\">%1</a>)").arg(tr("show"));
        m_summary->setText(m_queue->summary().toHtmlEscaped() + link);
    }
}

void BulkProgressPanel::closeEvent(QCloseEvent *event) {
    // While the queue runs the panel only hides: its results still arrive and can be shown again.
    setAttribute(Qt::WA_DeleteOnClose, m_finished);
    QDialog::closeEvent(event);
}
