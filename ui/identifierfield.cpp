#include "identifierfield.h"

#include "clearbutton.h"
#include "participanttype.h"
#include "participanttypebox.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QStyle>

using bridge::ParticipantRef;
using bridge::ParticipantType;

IdentifierField::IdentifierField(const QString &name, const QString &placeholder, QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_type(new ParticipantTypeBox(this)) {
    m_edit->setPlaceholderText(placeholder);
    ClearButton::enable(m_edit);
    m_edit->setAccessibleName(name);
    m_edit->setMinimumWidth(190);
    m_type->setAccessibleName(tr("%1 identifier type").arg(name));
    m_type->setToolTip(tr("Detected as you type; choose to override"));

    m_warning =
        m_edit->addAction(style()->standardIcon(QStyle::SP_MessageBoxWarning), QLineEdit::TrailingPosition);
    ClearButton::name(m_edit, m_warning, tr("Problem with this identifier"));
    m_warning->setVisible(false);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_type);
    setFocusProxy(m_edit);

    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        detectType();
        emit edited();
    });
    connect(m_edit, &QLineEdit::returnPressed, this, &IdentifierField::returnPressed);
    connect(m_type, &QComboBox::activated, this, [this] {
        m_typeChosenByHand = !m_edit->text().trimmed().isEmpty();
        emit edited();
    });
}

std::optional<ParticipantRef> IdentifierField::value() const {
    const QString identifier = m_edit->text().trimmed();
    if (identifier.isEmpty())
        return std::nullopt;
    return ParticipantRef{identifier, m_type->type()};
}

void IdentifierField::setValue(const std::optional<ParticipantRef> &value) {
    const QSignalBlocker blocker(m_edit);
    m_edit->setText(value ? value->identifier : QString());
    m_typeChosenByHand = false;
    if (value && value->type != ParticipantType::Unspecified) {
        m_type->setType(value->type);
        // A value set whole (a restored filter) keeps its type as if chosen, whatever it looks like.
        m_typeChosenByHand = value->type != ParticipantTypeBox::likely(value->identifier, m_type->types()) ||
                             !bridge::fitsOneOf(value->identifier, m_type->types());
    } else {
        detectType();
    }
}

QString IdentifierField::problem() const {
    const auto ref = value();
    if (!ref)
        return QString();
    // A name typed in the hope of a search fits none of the kinds: say so, not how phones are spelled.
    if (!m_typeChosenByHand && !bridge::fitsOneOf(ref->identifier, m_type->types()))
        return bridge::noneOfProblem(m_type->types());
    return bridge::identifierProblem(ref->identifier, ref->type);
}

void IdentifierField::setProblemShown(bool shown) {
    const QString text = shown ? problem() : QString();
    m_warning->setVisible(!text.isEmpty());
    m_warning->setToolTip(text);
    m_edit->setToolTip(text);
}

void IdentifierField::setTypes(const QList<ParticipantType> &types) {
    const ParticipantType before = m_type->type();
    m_type->setTypes(types);
    if (m_type->type() != before) // the agent's choice is not offered any more
        m_typeChosenByHand = false;
    detectType();
}

void IdentifierField::detectType() {
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty())
        m_typeChosenByHand = false;
    if (!m_typeChosenByHand)
        m_type->setType(text.isEmpty() ? m_type->types().value(0)
                                       : ParticipantTypeBox::likely(text, m_type->types()));
}
