#include "setstatusdialog.h"

#include "statusvocabulary.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace {

//! text with '&' before its first letter that is not in used yet (then in used); as it is when
//! every letter is taken.
QString withMnemonic(const QString &text, QString &used) {
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i).toLower();
        if (c.isLetter() && !used.contains(c)) {
            used.append(c);
            return QString(text).insert(i, QLatin1Char('&'));
        }
    }
    return text;
}

} // namespace

SetStatusDialog::SetStatusDialog(const bridge::StatusVocabulary &statuses, const QString &what,
                                 const std::optional<bridge::ConversationStatus> &current, QWidget *parent)
    : QDialog(parent)
    , m_current(current)
    , m_group(new QButtonGroup(this)) {
    setWindowTitle(tr("Set Status"));
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 44);
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("New status for %1:").arg(what), this);
    title->setWordWrap(true);
    title->setTextFormat(Qt::PlainText);
    layout->addWidget(title);

    QString used = QStringLiteral("sc"); // Set, Cancel
    for (const bridge::ConversationStatus &status : statuses.values(bridge::StatusVocabulary::Update)) {
        auto *button = new QRadioButton(withMnemonic(statuses.displayName(status), used), this);
        button->setObjectName(QStringLiteral("status") + status.raw());
        button->setProperty("bridgeStatus", status.raw());
        if (status == current)
            button->setText(tr("%1 (now)").arg(button->text()));
        m_group->addButton(button);
        m_choices.append(button);
        layout->addWidget(button);
        if (status == current || (!current && m_choices.size() == 1))
            button->setChecked(true);
    }
    title->setBuddy(m_choices.value(0));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_set = buttons->addButton(tr("&Set Status"), QDialogButtonBox::AcceptRole);
    m_set->setObjectName(QStringLiteral("setButton"));
    m_set->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!m_set->isEnabled())
            return;
        emit statusChosen(chosen());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_group, &QButtonGroup::buttonToggled, this, &SetStatusDialog::refresh);
    if (QAbstractButton *checked = m_group->checkedButton())
        checked->setFocus(Qt::OtherFocusReason);
    refresh();
}

bridge::ConversationStatus SetStatusDialog::chosen() const {
    const QAbstractButton *checked = m_group->checkedButton();
    return checked ? bridge::ConversationStatus(checked->property("bridgeStatus").toString())
                   : bridge::ConversationStatus();
}

QRadioButton *SetStatusDialog::choice(const bridge::ConversationStatus &status) const {
    for (QRadioButton *button : m_choices) {
        if (button->property("bridgeStatus").toString() == status.raw())
            return button;
    }
    return nullptr;
}

void SetStatusDialog::refresh() {
    const bridge::ConversationStatus status = chosen();
    m_set->setEnabled(!status.isEmpty() && status != m_current);
}
