#include "filterbar.h"

#include "identifierfield.h"
#include "themecolors.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QToolButton>

using bridge::ParticipantRef;

namespace {

const char kStatusProperty[] = "bridgeStatus";

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
    const QList<std::pair<QString, QString>> statuses = {
        {QString(), tr("&All")},
        {QStringLiteral("active"), tr("Ac&tive")},
        {QStringLiteral("ghost"), tr("&Ghost")},
        {QStringLiteral("archived"), tr("A&rchived")},
    };
    for (const auto &[value, label] : statuses) {
        auto *button = new QToolButton(this);
        button->setText(label);
        button->setCheckable(true);
        button->setProperty(kStatusProperty, value);
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

QString FilterBar::status() const {
    const QAbstractButton *checked = m_statusGroup->checkedButton();
    return checked ? checked->property(kStatusProperty).toString() : QString();
}

std::optional<ParticipantRef> FilterBar::customer() const {
    return m_customer->value();
}

std::optional<ParticipantRef> FilterBar::agent() const {
    return m_agent->value();
}

QToolButton *FilterBar::statusButton(const QString &status) const {
    for (QToolButton *button : m_statusButtons) {
        if (button->property(kStatusProperty).toString() == status)
            return button;
    }
    return nullptr;
}

void FilterBar::setFilters(const bridge::ListQuery &query) {
    if (QToolButton *button = statusButton(query.status))
        button->setChecked(true);
    m_customer->setValue(query.externalUser);
    m_agent->setValue(query.internalUser);
    m_showProblems = false;
    updateHint();
}

void FilterBar::applyStatus(const QString &status) {
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
    emit applied();
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
    emit applied();
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

QString FilterBar::emptyText(const bridge::ListQuery &query) {
    QString what;
    if (query.status == QLatin1String("active"))
        what = tr("No active conversations");
    else if (query.status == QLatin1String("ghost"))
        what = tr("No ghost conversations");
    else if (query.status == QLatin1String("archived"))
        what = tr("No archived conversations");
    else if (!query.status.isEmpty())
        what = tr("No conversations with status \"%1\"").arg(query.status);
    else
        what = tr("No conversations");

    if (query.externalUser)
        what = tr("%1 for %2").arg(what, query.externalUser->identifier);
    if (query.internalUser)
        what = tr("%1 assigned to %2").arg(what, query.internalUser->identifier);
    if (query.status.isEmpty() && !query.externalUser && !query.internalUser)
        return tr("No conversations in this workspace yet");
    return what;
}
