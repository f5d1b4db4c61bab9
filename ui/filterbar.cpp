#include "filterbar.h"

#include "apidialect.h"
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

//! A status button's text, with a mnemonic no other control of the window uses (the menus take
//! F, V, C, H; the filter fields U and N; the pager P); a value without one shows its name.
QString buttonText(const bridge::StatusVocabulary &statuses, const ConversationStatus &status) {
    static const QList<std::pair<const char *, const char *>> mnemonics = {
        {"active", QT_TRANSLATE_NOOP("FilterBar", "Ac&tive")},
        {"ghost", QT_TRANSLATE_NOOP("FilterBar", "&Ghost")},
        {"archived", QT_TRANSLATE_NOOP("FilterBar", "A&rchived")},
        {"released", QT_TRANSLATE_NOOP("FilterBar", "Re&leased")},
        {"not_assigned_to_human", QT_TRANSLATE_NOOP("FilterBar", "N&o human")},
        {"blocked", QT_TRANSLATE_NOOP("FilterBar", "&Blocked")},
    };
    for (const auto &[raw, text] : mnemonics) {
        if (status.raw().compare(QLatin1String(raw), Qt::CaseInsensitive) == 0)
            return FilterBar::tr(text);
    }
    return statuses.displayName(status);
}

//! "Exact email or +phone, then Enter": the identifier field's placeholder for types.
QString placeholder(const QList<bridge::ParticipantType> &types) {
    QStringList kinds;
    for (bridge::ParticipantType type : types) {
        if (type == bridge::ParticipantType::Email)
            kinds << FilterBar::tr("email");
        else if (type == bridge::ParticipantType::Phone)
            kinds << FilterBar::tr("+phone");
        else if (type == bridge::ParticipantType::Id)
            kinds << FilterBar::tr("ID");
    }
    const bool many = kinds.size() > 2;
    const QString last = kinds.takeLast();
    const QString either =
        kinds.isEmpty() ? last : FilterBar::tr("%1 or %2").arg(kinds.join(QStringLiteral(", ")), last);
    // Three kinds leave no room in the field for the hint about Enter.
    return many ? FilterBar::tr("Exact %1").arg(either) : FilterBar::tr("Exact %1, then Enter").arg(either);
}

} // namespace

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_statusGroup(new QButtonGroup(this))
    , m_customer(new IdentifierField(tr("Customer"), tr("Exact email or +phone, then Enter"), this))
    , m_agent(new IdentifierField(tr("Agent"), tr("Exact email or +phone, then Enter"), this))
    , m_clear(new QToolButton(this))
    , m_hint(new QLabel(this)) {
    m_statusRow = new QHBoxLayout;
    m_statusRow->setSpacing(0);
    addStatusButtons();
    setStatuses(bridge::StatusVocabulary::classic());
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
    row->addLayout(m_statusRow);
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

void FilterBar::setDialect(const bridge::ApiDialect &dialect) {
    setStatuses(dialect.statuses());
    m_customer->setTypes(dialect.customerTypes());
    m_customer->lineEdit()->setPlaceholderText(placeholder(dialect.customerTypes()));
    m_agent->setTypes(dialect.agentTypes());
    m_agent->lineEdit()->setPlaceholderText(placeholder(dialect.agentTypes()));
    updateHint();
}

void FilterBar::addStatusButtons() {
    // One button for every value of either generation, made once, in order, so that the Tab order
    // and the mnemonics never change; setStatuses() shows those of the profile's generation.
    QList<std::pair<ConversationStatus, QString>> buttons = {{ConversationStatus(), tr("&All")}};
    QList<const bridge::StatusVocabulary *> owners = {nullptr};
    for (const bridge::ApiGeneration generation :
         {bridge::ApiGeneration::Classic, bridge::ApiGeneration::Connect}) {
        const bridge::StatusVocabulary &statuses = bridge::ApiDialect::of(generation).statuses();
        for (const ConversationStatus &status : statuses.values(bridge::StatusVocabulary::Filter)) {
            buttons.append({status, buttonText(statuses, status)});
            owners.append(&statuses);
        }
    }
    for (qsizetype i = 0; i < buttons.size(); ++i) {
        const auto &[value, label] = buttons.at(i);
        const bridge::StatusVocabulary *owner = owners.at(i);
        auto *button = new QToolButton(this);
        button->setText(label);
        button->setCheckable(true);
        button->setProperty(kStatusProperty, value.raw());
        const QString name = owner ? owner->displayName(value) : QString(label).remove(QLatin1Char('&'));
        button->setAccessibleName(tr("Status: %1").arg(name));
        if (owner)
            button->setToolTip(tr("Only conversations with status %1").arg(name));
        button->setFocusPolicy(Qt::StrongFocus);
        button->setMinimumWidth(64);
        m_statusGroup->addButton(button);
        m_statusButtons.append(button);
        m_statusOwners.append(owner);
        m_statusRow->addWidget(button);
    }
}

void FilterBar::setStatuses(const bridge::StatusVocabulary &statuses) {
    for (qsizetype i = 0; i < m_statusButtons.size(); ++i) {
        const bridge::StatusVocabulary *owner = m_statusOwners.at(i);
        m_statusButtons.at(i)->setVisible(!owner || owner == &statuses);
    }
    if (QAbstractButton *checked = m_statusGroup->checkedButton(); !checked || checked->isHidden())
        m_statusButtons.first()->setChecked(true); // a value of the other generation: All
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
        if (!button->isHidden() && button->property(kStatusProperty).toString() == status.raw())
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

QString FilterBar::emptyText(const bridge::ConversationFilter &filter,
                             const bridge::StatusVocabulary &statuses) {
    if (filter.isEmpty())
        return tr("No conversations in this workspace yet");
    // Either generation's spelling ("ghost", "GHOST") has the same sentence.
    const QString status = filter.status.raw().toLower();
    QString what;
    if (status == QLatin1String("active"))
        what = tr("No active conversations");
    else if (status == QLatin1String("ghost"))
        what = tr("No ghost conversations");
    else if (status == QLatin1String("archived"))
        what = tr("No archived conversations");
    else if (!filter.status.isEmpty())
        what = tr("No conversations with status \"%1\"").arg(statuses.displayName(filter.status));
    else
        what = tr("No conversations");

    if (filter.customer)
        what = tr("%1 for %2").arg(what, filter.customer->identifier);
    if (filter.agent)
        what = tr("%1 assigned to %2").arg(what, filter.agent->identifier);
    return what;
}
