#include "detailspane.h"

#include "conversationtablemodel.h"
#include "statusbadgedelegate.h"
#include "statusvocabulary.h"

#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace {

QLabel *valueLabel(QWidget *parent) {
    auto *label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QLabel *headingLabel(const QString &text, QWidget *parent) {
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setContentsMargins(0, 10, 0, 2);
    return label;
}

void clearLayout(QVBoxLayout *layout) {
    while (QLayoutItem *item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

} // namespace

DetailsPane::DetailsPane(QWidget *parent)
    : QScrollArea(parent)
    , m_content(new QWidget(this))
    , m_placeholder(new QLabel(tr("Select a conversation to see its details."), m_content))
    , m_details(new QWidget(m_content)) {
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setMinimumWidth(260);
    setAccessibleName(tr("Conversation details"));

    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);

    m_title = new QLabel(m_details);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_status = new QLabel(m_details);
    m_id = valueLabel(m_details);
    m_copyId = new QPushButton(style()->standardIcon(QStyle::SP_FileIcon), tr("Copy ID"), m_details);
    m_copyId->setAccessibleName(tr("Copy conversation ID"));
    m_copyId->setToolTip(tr("Copy the conversation ID to the clipboard"));
    connect(m_copyId, &QPushButton::clicked, this, [this] {
        if (!m_conversation)
            return;
        QApplication::clipboard()->setText(m_conversation->id);
        emit idCopied(m_conversation->id);
    });
    m_archive = new QPushButton(tr("Archive"), m_details);
    m_archive->setObjectName(QStringLiteral("archiveButton"));
    m_archive->setToolTip(tr("Archive this conversation (Ctrl+E)"));
    m_reactivate = new QPushButton(tr("Re-activate"), m_details);
    m_reactivate->setObjectName(QStringLiteral("reactivateButton"));
    m_reactivate->setToolTip(tr("Make this conversation active again (Ctrl+Shift+E)"));
    m_rename = new QPushButton(tr("Rename…"), m_details);
    m_rename->setObjectName(QStringLiteral("renameButton"));
    m_rename->setToolTip(tr("Rename this conversation (F2)"));
    connect(m_archive, &QPushButton::clicked, this, [this] {
        if (m_conversation)
            emit archiveRequested(m_conversation->id);
    });
    connect(m_reactivate, &QPushButton::clicked, this, [this] {
        if (m_conversation)
            emit reactivateRequested(m_conversation->id);
    });
    connect(m_rename, &QPushButton::clicked, this, [this] {
        if (m_conversation)
            emit renameRequested(*m_conversation);
    });
    auto *actionRow = new QHBoxLayout;
    actionRow->setSpacing(6);
    actionRow->addWidget(m_archive);
    actionRow->addWidget(m_reactivate);
    actionRow->addWidget(m_rename);
    actionRow->addStretch(1);

    m_workspace = valueLabel(m_details);
    m_team = valueLabel(m_details);
    m_created = valueLabel(m_details);
    m_updated = valueLabel(m_details);

    auto *idRow = new QHBoxLayout;
    idRow->setSpacing(6);
    idRow->addWidget(m_id, 1);
    idRow->addWidget(m_copyId);

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignLeft);
    form->setHorizontalSpacing(12);
    form->addRow(tr("Status:"), m_status);
    form->addRow(tr("ID:"), idRow);
    form->addRow(tr("Workspace:"), m_workspace);
    form->addRow(tr("Team:"), m_team);
    form->addRow(tr("Created:"), m_created);
    form->addRow(tr("Updated:"), m_updated);

    m_customersHeading = headingLabel(tr("Customers"), m_details);
    m_customers = new QVBoxLayout;
    m_customers->setSpacing(6);
    m_agentsHeading = headingLabel(tr("Agents"), m_details);
    m_agents = new QVBoxLayout;
    m_agents->setSpacing(6);

    auto *details = new QVBoxLayout(m_details);
    details->setContentsMargins(0, 0, 0, 0);
    details->addWidget(m_title);
    details->addSpacing(4);
    details->addLayout(actionRow);
    details->addSpacing(6);
    details->addLayout(form);
    details->addWidget(m_customersHeading);
    details->addLayout(m_customers);
    details->addWidget(m_agentsHeading);
    details->addLayout(m_agents);
    details->addStretch(1);

    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(12, 8, 12, 12);
    content->addWidget(m_placeholder, 1);
    content->addWidget(m_details, 1);
    setWidget(m_content);

    setConversation(std::nullopt);
}

void DetailsPane::setConversation(const std::optional<bridge::Conversation> &conversation) {
    m_conversation = conversation;
    m_placeholder->setVisible(!conversation);
    m_details->setVisible(bool(conversation));
    if (!conversation)
        return;
    const bridge::Conversation &c = *conversation;

    m_title->setText(c.name.isEmpty() ? tr("(no name)") : c.name);
    const QColor badge = StatusBadgeDelegate::badgeColor(c.status);
    m_status->setTextFormat(Qt::RichText);
    m_status->setText(QStringLiteral("<span style=\"background:%1;color:white;font-weight:bold\">"
                                     "&nbsp;%2&nbsp;</span>")
                          .arg(badge.name(), c.status.raw().toHtmlEscaped())); // as it came
    m_status->setAccessibleName(tr("Status %1").arg(c.status.raw()));
    m_id->setText(c.id);
    const bridge::StatusVocabulary &statuses = bridge::StatusVocabulary::classic();
    m_archive->setVisible(statuses.offers(c.status, bridge::StatusAction::Archive));
    m_reactivate->setVisible(statuses.offers(c.status, bridge::StatusAction::Reactivate));
    m_workspace->setText(c.workspaceId);
    m_team->setText(c.teamId.isEmpty() ? tr("none") : c.teamId);
    m_created->setText(when(c.createdAt));
    m_updated->setText(when(c.updatedAt));

    fillParticipants(m_customers, m_customersHeading, tr("Customers"), c.externalParticipants,
                     tr("No customers"));
    fillParticipants(m_agents, m_agentsHeading, tr("Agents"), c.internalParticipants,
                     c.teamId.isEmpty() ? tr("Not assigned") : tr("Assigned to team %1").arg(c.teamId));
}

void DetailsPane::fillParticipants(QVBoxLayout *layout, QLabel *heading, const QString &title,
                                   const QList<bridge::Participant> &people, const QString &emptyText) {
    clearLayout(layout);
    heading->setText(people.isEmpty() ? title : tr("%1 (%2)").arg(title).arg(people.size()));
    if (people.isEmpty()) {
        auto *label = valueLabel(m_details);
        label->setText(emptyText);
        label->setEnabled(false);
        layout->addWidget(label);
        return;
    }
    for (const bridge::Participant &p : people) {
        auto *label = valueLabel(m_details);
        label->setTextFormat(Qt::RichText);
        const QString role = p.role.isEmpty() ? tr("no role") : p.role;
        const QString seen = p.lastSeenAt.isValid() ? when(p.lastSeenAt) : tr("never");
        label->setText(QStringLiteral("<b>%1</b><br><span>%2 · %3</span><br><small>%4<br>%5</small>")
                           .arg(p.identifier.toHtmlEscaped(), p.type.toHtmlEscaped(), role.toHtmlEscaped(),
                                tr("Joined %1").arg(when(p.joinedAt)).toHtmlEscaped(),
                                tr("Last seen %1").arg(seen).toHtmlEscaped()));
        label->setAccessibleName(p.identifier);
        layout->addWidget(label);
    }
}

QString DetailsPane::when(const QDateTime &time) const {
    if (!time.isValid())
        return tr("unknown");
    const QString absolute = QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (qAbs(time.secsTo(now)) > 7 * 24 * 3600)
        return absolute; // the relative text of an old time is its date again
    return tr("%1 (%2)").arg(absolute, bridge::ConversationTableModel::relativeTime(time, now));
}
