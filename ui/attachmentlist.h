#pragma once

#include "attachment.h"

#include <QWidget>

class QLabel;
class QToolButton;
class QVBoxLayout;

//! The files going with a message, one line each: the name, the size, a Remove button named for
//! the file, and under a file Bridge would refuse, why (AttachmentRules::problem()), so the agent
//! learns of a limit before anything is sent.
//!
//! Object names: attachmentLabel, attachmentProblem, removeAttachmentButton (accessible name
//! "Remove <name>").
class AttachmentList : public QWidget {
    Q_OBJECT
public:
    explicit AttachmentList(QWidget *parent = nullptr);

    void setAttachments(const QList<bridge::Attachment> &attachments);
    const QList<bridge::Attachment> &attachments() const { return m_attachments; }
    //! Adds the files at paths, each once (a path already listed is skipped).
    void addFiles(const QStringList &paths);
    //! The first refused attachment's sentence; empty when every one may be sent.
    QString firstProblem() const;
    //! While a send runs the list stays as it is.
    void setRemovable(bool removable);

    QToolButton *removeButton(int index) const { return m_removeButtons.value(index); }
    QLabel *problemLabel(int index) const { return m_problemLabels.value(index); }
    //! The Remove buttons in order, for the composer's Tab chain.
    const QList<QToolButton *> &removeButtons() const { return m_removeButtons; }

signals:
    //! An attachment was added or removed by the agent (not by setAttachments()).
    void changed();

private:
    void rebuild();
    QWidget *row(int index);

    QList<bridge::Attachment> m_attachments;
    QList<QToolButton *> m_removeButtons;
    QList<QLabel *> m_problemLabels;
    QVBoxLayout *m_rows;
    bool m_removable = true;
};
