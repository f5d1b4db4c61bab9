#include "attachmentlist.h"

#include "attachmentrules.h"
#include "themecolors.h"

#include <algorithm>

#include <QGridLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

AttachmentList::AttachmentList(QWidget *parent)
    : QWidget(parent)
    , m_rows(new QVBoxLayout(this)) {
    m_rows->setContentsMargins(0, 0, 0, 0);
    m_rows->setSpacing(2);
    setAccessibleName(tr("Attachments"));
    hide(); // shown with the first file
}

void AttachmentList::setAttachments(const QList<bridge::Attachment> &attachments) {
    if (attachments == m_attachments)
        return;
    m_attachments = attachments;
    rebuild();
}

void AttachmentList::addFiles(const QStringList &paths) {
    bool added = false;
    for (const QString &path : paths) {
        const bridge::Attachment attachment = bridge::Attachment::fromFile(path);
        const bool listed =
            std::any_of(m_attachments.cbegin(), m_attachments.cend(),
                        [&](const bridge::Attachment &a) { return a.filePath == attachment.filePath; });
        if (listed)
            continue;
        m_attachments.append(attachment);
        added = true;
    }
    if (!added)
        return;
    rebuild();
    emit changed();
}

QString AttachmentList::firstProblem() const {
    for (const bridge::Attachment &attachment : m_attachments) {
        if (const QString problem = bridge::AttachmentRules::problem(attachment); !problem.isEmpty())
            return problem;
    }
    return {};
}

void AttachmentList::setRemovable(bool removable) {
    m_removable = removable;
    for (QToolButton *button : std::as_const(m_removeButtons))
        button->setEnabled(removable);
}

void AttachmentList::rebuild() {
    // Later, not now: the row of a Remove button goes while that button's click is being handled.
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        item->widget()->hide();
        item->widget()->deleteLater();
        delete item;
    }
    m_removeButtons.clear();
    m_problemLabels.clear();
    for (int i = 0; i < m_attachments.size(); ++i)
        m_rows->addWidget(row(i));
    setVisible(!m_attachments.isEmpty());
}

QWidget *AttachmentList::row(int index) {
    const bridge::Attachment &attachment = m_attachments.at(index);
    auto *row = new QWidget(this);
    auto *layout = new QGridLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setVerticalSpacing(0);

    const QString size =
        attachment.size < 0 ? tr("not found") : bridge::AttachmentRules::sizeText(attachment.size);
    auto *label = new QLabel(tr("%1 · %2").arg(attachment.name, size), row);
    label->setObjectName(QStringLiteral("attachmentLabel"));
    label->setTextFormat(Qt::PlainText);
    label->setToolTip(attachment.filePath);
    label->setMinimumWidth(60);

    auto *remove = new QToolButton(row);
    remove->setObjectName(QStringLiteral("removeAttachmentButton"));
    remove->setText(tr("Remove"));
    remove->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton, nullptr, this));
    remove->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    remove->setAutoRaise(true);
    remove->setFocusPolicy(Qt::StrongFocus);
    remove->setAccessibleName(tr("Remove %1").arg(attachment.name));
    remove->setToolTip(tr("Do not send %1 with the message").arg(attachment.name));
    remove->setEnabled(m_removable);
    connect(remove, &QToolButton::clicked, this, [this, path = attachment.filePath] {
        m_attachments.removeIf([&](const bridge::Attachment &a) { return a.filePath == path; });
        rebuild();
        emit changed();
    });
    m_removeButtons.append(remove);

    layout->addWidget(label, 0, 0);
    layout->addWidget(remove, 0, 1, Qt::AlignTop);
    layout->setColumnStretch(0, 1);

    const QString problem = bridge::AttachmentRules::problem(attachment);
    auto *problemLabel = new QLabel(problem, row);
    problemLabel->setObjectName(QStringLiteral("attachmentProblem"));
    problemLabel->setTextFormat(Qt::PlainText);
    problemLabel->setWordWrap(true);
    problemLabel->setPalette(ThemeColors::withErrorText(problemLabel->palette()));
    problemLabel->setVisible(!problem.isEmpty());
    m_problemLabels.append(problemLabel);
    layout->addWidget(problemLabel, 1, 0, 1, 2);
    if (!problem.isEmpty())
        label->setAccessibleDescription(problem);
    return row;
}
