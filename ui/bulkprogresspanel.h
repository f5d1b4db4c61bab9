#pragma once

#include <QDialog>
#include <QHash>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace bridge {
class BulkQueue;
struct BulkResult;
} // namespace bridge

//! A non-modal window that follows one bulk action: a progress bar, one line per conversation
//! ("waiting", "archived", the error), Cancel (stops what has not started), and at the end the
//! summary "18 archived, 2 failed (show)" where "show" lists only the failures. Closing it while
//! the queue runs only hides it; once the queue has finished it is deleted on close.
//!
//! Object names: progress, results, summary, cancelButton, closeButton.
class BulkProgressPanel : public QDialog {
    Q_OBJECT
public:
    //! queue: observed, not owned (give it this panel as parent to tie their lives together).
    BulkProgressPanel(bridge::BulkQueue *queue, const QString &title, QWidget *parent = nullptr);

    //! What a row that succeeded says ("archived"); "done" by default.
    void setDoneText(const QString &text) { m_doneText = text; }
    //! Before the queue starts: one line per id, labelled (name or id).
    void addRow(const QString &conversationId, const QString &label);

    QProgressBar *progressBar() const { return m_progress; }
    QTreeWidget *resultList() const { return m_results; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *cancelButton() const { return m_cancel; }
    bool isFinished() const { return m_finished; }
    //! Shows only the failed lines (the "show" link), or every line again.
    void setShowFailuresOnly(bool only);

signals:
    //! Once, after the queue's finished() was shown: the summary line.
    void finished(const QString &summary);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void onRowFinished(const bridge::BulkResult &result);
    void onFinished(bool cancelled);

    bridge::BulkQueue *m_queue;
    QLabel *m_title;
    QProgressBar *m_progress;
    QTreeWidget *m_results;
    QLabel *m_summary;
    QPushButton *m_cancel;
    QPushButton *m_close;
    QHash<QString, QTreeWidgetItem *> m_items;
    QString m_doneText;
    bool m_finished = false;
    bool m_failuresOnly = false;
};
