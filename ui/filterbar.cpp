#include "filterbar.h"

#include "identifierfield.h"
#include "statusvocabulary.h"
#include "themecolors.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QToolButton>

using bridge::ConversationStatus;

namespace {

const char kStatusProperty[] = "bridgeStatus"; // the raw status of a button; empty for All

} // namespace

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_statusGroup(new QButtonGroup(this))
    , m_customer(new IdentifierField(tr("Customer"), tr("Exact email or +phone, then Enter"), this))
    , m_agent(new IdentifierField(tr("Agent"), tr("Exact email or +phone, then Enter"), this))
    , m_clear(new QToolButton(this))
    , m_hint(new QLabel(this)) {
    auto *statusRow = new QHBoxLayout;
    statusRow->setSpacing(0);
    const bridge::StatusVocabulary &vocabulary = bridge::StatusVocabulary::classic();
    // With a mnemonic that no other control of the window uses; a value without one shows its name.
    const QList<std::pair<ConversationStatus, QString>> mnemonics = {
        {bridge::ClassicStatus::active(), tr("Ac&tive")},
        {bridge::ClassicStatus::ghost(), tr("&Ghost")},
        {bridge::ClassicStatus::archived(), tr("A&rchived")},
    };
    QList<std::pair<ConversationStatus, QString>> statuses = {{ConversationStatus(), tr("&All")}};
    for (const ConversationStatus &status : vocabulary.values(bridge::StatusVocabulary::Filter)) {
        QString label = vocabulary.displayName(status);
        for (const auto &[value, text] : mnemonics) {
            if (value == status)
                label = text;
        }
        statuses.append({status, label});
    }
    for (const auto &[value, label] : statuses) {
        auto *button = new QToolButton(this);
        button->setText(label);
        button->setCheckable(true);
        button->setProperty(kStatusProperty, value.raw());
        button->setAccessibleName(tr("Status: %1").arg(QString(label).remove(QLatin1Char('&'))));
        button->setFocusPolicy(Qt::StrongFocus);
        button->setMinimumWidth(64);
        m_statusGroup->addButton(button);
        m_statusButtons.append(button);
        statusRow->addWidget(button);
    }
    m_statusButtons.first()->setChecked(true);
    connect(m_statusGroup, &QButtonGroup::buttonClicked, this, [this] { tryApply(); });

    auto *customerLabel = new QLabel(tr("C&ustomer:"), this);
    customerLabel->setBuddy(m_customer->lineEdit());
    auto *agentLabel = new QLabel(tr("Age&nt:"), this);
    agentLabel->setBuddy(m_agent->lineEdit());

    m_clear->setText(tr("Clear"));
    m_clear->setIcon(style()->standardIcon(QStyle::SP_DialogResetButton));
    m_clear->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_clear->setAccessibleName(tr("Clear filters"));
    m_clear->setToolTip(tr("Clear all filters"));
    m_clear->setFocusPolicy(Qt::StrongFocus);
    connect(m_clear, &QToolButton::clicked, this, &FilterBar::clearAndApply);

    for (IdentifierField *field : {m_customer, m_agent}) {
        connect(field, &IdentifierField::returnPressed, this, [this] { tryApply(); });
        connect(field, &IdentifierField::edited, this, &FilterBar::updateHint);
    }

    m_hint->setVisible(false);
    m_hint->setWordWrap(true);
    QPalette hintPalette = m_hint->palette();
    hintPalette.setColor(QPalette::WindowText, ThemeColors::errorText(hintPalette));
    m_hint->setPalette(hintPalette);

    auto *row = new QHBoxLayout;
    row->setSpacing(8);
    row->addLayout(statusRow);
    row->addSpacing(12);
    row->addWidget(customerLabel);
    row->addWidget(m_customer, 1);
    row->addSpacing(4);
    row->addWidget(agentLabel);
    row->addWidget(m_agent, 1);
    row->addWidget(m_clear);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(row);
    layout->addWidget(m_hint);
}

ConversationStatus FilterBar::checkedStatus() const {
    const QAbstractButton *checked = m_statusGroup->checkedButton();
    return checked ? ConversationStatus(checked->property(kStatusProperty).toString()) : ConversationStatus();
}

bridge::ConversationFilter FilterBar::filter() const {
    return {checkedStatus(), m_customer->value(), m_agent->value()};
}

QToolButton *FilterBar::statusButton(const ConversationStatus &status) const {
    for (QToolButton *button : m_statusButtons) {
        if (button->property(kStatusProperty).toString() == status.raw())
            return button;
    }
    return nullptr;
}

void FilterBar::setFilter(const bridge::ConversationFilter &filter) {
    if (QToolButton *button = statusButton(filter.status))
        button->setChecked(true);
    m_customer->setValue(filter.customer);
    m_agent->setValue(filter.agent);
    m_showProblems = false;
    updateHint();
}

void FilterBar::applyStatus(const ConversationStatus &status) {
    if (QToolButton *button = statusButton(status)) {
        button->setChecked(true);
        tryApply();
    }
}

void FilterBar::clearAndApply() {
    m_statusButtons.first()->setChecked(true);
    m_customer->setValue(std::nullopt);
    m_agent->setValue(std::nullopt);
    m_showProblems = false;
    updateHint();
    emit filterApplied(filter());
}

void FilterBar::focusFilter() {
    m_customer->lineEdit()->setFocus(Qt::ShortcutFocusReason);
    m_customer->lineEdit()->selectAll();
}

bool FilterBar::tryApply() {
    m_showProblems = true;
    updateHint();
    if (!m_customer->problem().isEmpty() || !m_agent->problem().isEmpty())
        return false;
    m_showProblems = false;
    emit filterApplied(filter());
    return true;
}

void FilterBar::updateHint() {
    QStringList lines;
    const QList<std::pair<IdentifierField *, QString>> fields = {{m_customer, tr("Customer")},
                                                                 {m_agent, tr("Agent")}};
    for (const auto &[field, name] : fields) {
        const QString problem = m_showProblems ? field->problem() : QString();
        field->setProblemShown(!problem.isEmpty());
        if (!problem.isEmpty())
            lines << tr("%1: %2").arg(name, problem);
    }
    m_hint->setText(lines.join(QLatin1Char('\n')));
    m_hint->setVisible(!lines.isEmpty());
}

QString FilterBar::emptyText(const bridge::ConversationFilter &filter) {
    if (filter.isEmpty())
        return tr("No conversations in this workspace yet");
    QString what;
    if (filter.status == bridge::ClassicStatus::active())
        what = tr("No active conversations");
    else if (filter.status == bridge::ClassicStatus::ghost())
        what = tr("No ghost conversations");
    else if (filter.status == bridge::ClassicStatus::archived())
        what = tr("No archived conversations");
    else if (!filter.status.isEmpty())
        what = tr("No conversations with status \"%1\"").arg(filter.status.raw());
    else
        what = tr("No conversations");

    if (filter.customer)
        what = tr("%1 for %2").arg(what, filter.customer->identifier);
    if (filter.agent)
        what = tr("%1 assigned to %2").arg(what, filter.agent->identifier);
    return what;
}
