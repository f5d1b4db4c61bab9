#include "detailspane.h"

#include "conversationtablemodel.h"
#include "participanttypebox.h"
#include "sidepane.h"
#include "statusbadgedelegate.h"
#include "statusvocabulary.h"

#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QStyle>
#include <QToolButton>
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

//! "Email" for "email" and "EMAIL"; a type no generation has, as it came.
QString typeName(const QString &wire) {
    const QString name = ParticipantTypeBox::displayName(bridge::participantTypeFromWire(wire));
    return name.isEmpty() ? wire : name;
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
    , m_statuses(&bridge::StatusVocabulary::classic())
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
    m_id = idField(tr("Conversation ID"), m_details);
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
    // Where the generation has no one-step actions (Connect), one button offers every status.
    m_setStatus = new QPushButton(tr("Set &Status…"), m_details);
    m_setStatus->setObjectName(QStringLiteral("setStatusButton"));
    m_setStatus->setToolTip(tr("Give this conversation another status (Ctrl+T)"));
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
    connect(m_setStatus, &QPushButton::clicked, this, [this] {
        if (m_conversation)
            emit setStatusRequested(*m_conversation);
    });
    connect(m_rename, &QPushButton::clicked, this, [this] {
        if (m_conversation)
            emit renameRequested(*m_conversation);
    });
    auto *actionRow = new QHBoxLayout;
    actionRow->setSpacing(6);
    actionRow->addWidget(m_archive);
    actionRow->addWidget(m_reactivate);
    actionRow->addWidget(m_setStatus);
    actionRow->addWidget(m_rename);
    actionRow->addStretch(1);

    m_workspace = idField(tr("Workspace"), m_details);
    m_team = idField(tr("Team"), m_details);
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

    auto *details = new QVBoxLayout(m_details);
    details->setContentsMargins(0, 0, 0, 0);
    details->addWidget(m_title);
    details->addSpacing(4);
    details->addLayout(actionRow);
    details->addSpacing(6);
    details->addLayout(form);
    buildPeople(m_customers, PersonSide::Customer, tr("Add custo&mer…"), details);
    buildPeople(m_agents, PersonSide::Agent, tr("Add ag&ent…"), details);
    details->addStretch(1);

    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(12, 8, 12, 12);
    content->addWidget(m_placeholder, 1);
    content->addWidget(m_details, 1);
    setWidget(m_content);

    setConversation(std::nullopt);
}

void DetailsPane::buildPeople(People &people, PersonSide side, const QString &addText, QVBoxLayout *into) {
    people.heading = headingLabel(QString(), m_details);
    people.add = new QPushButton(addText, m_details);
    people.add->setObjectName(side == PersonSide::Customer ? QStringLiteral("addCustomerButton")
                                                           : QStringLiteral("addAgentButton"));
    people.add->setToolTip(side == PersonSide::Customer ? tr("Add a customer to this conversation")
                                                        : tr("Add an agent to this conversation"));
    connect(people.add, &QPushButton::clicked, this, [this, side] {
        if (m_conversation)
            emit addPersonRequested(*m_conversation, side);
    });
    auto *headingRow = new QHBoxLayout;
    headingRow->addWidget(people.heading, 1);
    headingRow->addWidget(people.add, 0, Qt::AlignBottom);
    people.rows = new QVBoxLayout;
    people.rows->setSpacing(6);
    into->addLayout(headingRow);
    into->addLayout(people.rows);
}

QPushButton *DetailsPane::addButton(PersonSide side) const {
    return side == PersonSide::Customer ? m_customers.add : m_agents.add;
}

QToolButton *DetailsPane::removeButton(PersonSide side, int index) const {
    return (side == PersonSide::Customer ? m_customers : m_agents).removeButtons.value(index);
}

void DetailsPane::setStatuses(const bridge::StatusVocabulary &statuses) {
    m_statuses = &statuses;
    const std::optional<bridge::Conversation> shown = m_conversation;
    m_filled = false; // shown again with the new names and buttons
    setConversation(shown);
}

void DetailsPane::setConversation(const std::optional<bridge::Conversation> &conversation) {
    if (m_filled && conversation == m_conversation)
        return; // the same: the person rows (and the focus on one of their buttons) stay
    m_filled = true;
    m_conversation = conversation;
    m_placeholder->setVisible(!conversation);
    m_details->setVisible(bool(conversation));
    if (!conversation)
        return;
    const bridge::Conversation &c = *conversation;

    m_title->setText(c.name.isEmpty() ? tr("(no name)") : c.name);
    showStatus(c);
    showId(m_id, c.id);
    showId(m_workspace, c.workspaceId);
    showId(m_team, c.teamId.isEmpty() ? tr("none") : c.teamId);
    m_created->setText(when(c.createdAt));
    m_updated->setText(when(c.updatedAt));

    // The keyboard's focus now, not the pane's last focused child (which stays set once the focus
    // went elsewhere, the saved views' list for one).
    QWidget *focused = QApplication::focusWidget();
    const bool focusInPeople = m_details->isAncestorOf(focused) && qobject_cast<QToolButton *>(focused);
    fillPeople(m_customers, PersonSide::Customer, tr("Customers"), c.externalParticipants,
               tr("No customers"));
    fillPeople(m_agents, PersonSide::Agent, tr("Agents"), c.internalParticipants,
               c.teamId.isEmpty() ? tr("Not assigned") : tr("Assigned to team %1").arg(c.teamId));
    if (focusInPeople) // its Remove button went with the row: the keyboard stays in the pane
        m_copyId->setFocus(Qt::OtherFocusReason);
    fitPaneToContent(this, 260);
}

void DetailsPane::showStatus(const bridge::Conversation &c) {
    const QColor badge = StatusBadgeDelegate::badgeColor(c.status);
    const QString name = m_statuses->displayName(c.status); // an unknown value as it came
    m_status->setTextFormat(Qt::RichText);
    m_status->setText(QStringLiteral("<span style=\"background:%1;color:white;font-weight:bold\">"
                                     "&nbsp;%2&nbsp;</span>")
                          .arg(badge.name(), name.toHtmlEscaped()));
    m_status->setAccessibleName(tr("Status %1").arg(name));
    m_status->setToolTip(c.status.raw());
    m_archive->setVisible(m_statuses->offers(c.status, bridge::StatusAction::Archive));
    m_reactivate->setVisible(m_statuses->offers(c.status, bridge::StatusAction::Reactivate));
    m_setStatus->setVisible(!m_statuses->hasActions());
}

void DetailsPane::fillPeople(People &people, PersonSide side, const QString &title,
                             const QList<bridge::Participant> &list, const QString &emptyText) {
    clearLayout(people.rows);
    people.removeButtons.clear();
    people.heading->setText(list.isEmpty() ? title : tr("%1 (%2)").arg(title).arg(list.size()));
    if (list.isEmpty()) {
        auto *label = valueLabel(m_details);
        label->setText(emptyText);
        label->setEnabled(false);
        people.rows->addWidget(label);
        return;
    }
    for (const bridge::Participant &p : list)
        people.rows->addWidget(personRow(p, side, people));
    // New buttons join the end of the window's Tab chain: put them after their side's Add button.
    QWidget *previous = people.add;
    for (QToolButton *remove : std::as_const(people.removeButtons)) {
        setTabOrder(previous, remove);
        previous = remove;
    }
}

QWidget *DetailsPane::personRow(const bridge::Participant &p, PersonSide side, People &people) {
    auto *row = new QWidget(m_details);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = valueLabel(row);
    label->setTextFormat(Qt::RichText);
    const QString role = p.role.isEmpty() ? tr("no role") : p.role;
    const QString seen = p.lastSeenAt.isValid() ? when(p.lastSeenAt) : tr("never");
    label->setText(QStringLiteral("<b>%1</b><br><span>%2 · %3</span><br><small>%4<br>%5</small>")
                       .arg(p.identifier.toHtmlEscaped(), typeName(p.type).toHtmlEscaped(),
                            role.toHtmlEscaped(), tr("Joined %1").arg(when(p.joinedAt)).toHtmlEscaped(),
                            tr("Last seen %1").arg(seen).toHtmlEscaped()));
    label->setAccessibleName(p.identifier);
    label->setAccessibleDescription(tr("%1, role %2, last seen %3").arg(typeName(p.type), role, seen));

    auto *remove = new QToolButton(row);
    remove->setObjectName(QStringLiteral("removePersonButton"));
    remove->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton, nullptr, this));
    remove->setAutoRaise(true);
    remove->setFocusPolicy(Qt::StrongFocus);
    const QString name = tr("Remove %1").arg(p.identifier);
    remove->setAccessibleName(name);
    remove->setToolTip(side == PersonSide::Customer ? tr("Remove this customer from the conversation")
                                                    : tr("Remove this agent from the conversation"));
    // The type as the server named it; one no generation knows is left to detection.
    bridge::ParticipantType type = bridge::participantTypeFromWire(p.type);
    if (type == bridge::ParticipantType::Unspecified)
        type = bridge::detectParticipantType(p.identifier);
    const bridge::ParticipantRef person(p.identifier, type);
    connect(remove, &QToolButton::clicked, this, [this, side, person] {
        if (m_conversation)
            emit removePersonRequested(*m_conversation, side, person);
    });
    people.removeButtons.append(remove);
    layout->addWidget(label, 1);
    layout->addWidget(remove, 0, Qt::AlignTop);
    return row;
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
