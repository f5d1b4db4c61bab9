#include "identifierfield.h"

#include "clearbutton.h"
#include "participanttype.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QStyle>

using bridge::ParticipantRef;
using bridge::ParticipantType;

IdentifierField::IdentifierField(const QString &name, const QString &placeholder, QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_type(new QComboBox(this)) {
    m_edit->setPlaceholderText(placeholder);
    ClearButton::enable(m_edit);
    m_edit->setAccessibleName(name);
    m_edit->setMinimumWidth(190);
    m_type->addItem(tr("Email"), QVariant::fromValue(int(ParticipantType::Email)));
    m_type->addItem(tr("Phone"), QVariant::fromValue(int(ParticipantType::Phone)));
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
    return ParticipantRef{identifier, currentType()};
}

void IdentifierField::setValue(const std::optional<ParticipantRef> &value) {
    const QSignalBlocker blocker(m_edit);
    m_edit->setText(value ? value->identifier : QString());
    m_typeChosenByHand = false;
    if (value && value->type != ParticipantType::Unspecified) {
        setCurrentType(value->type);
        m_typeChosenByHand = value->type != bridge::detectParticipantType(value->identifier);
    } else {
        detectType();
    }
}

QString IdentifierField::problem() const {
    const auto ref = value();
    return ref ? bridge::identifierProblem(ref->identifier, ref->type) : QString();
}

void IdentifierField::setProblemShown(bool shown) {
    const QString text = shown ? problem() : QString();
    m_warning->setVisible(!text.isEmpty());
    m_warning->setToolTip(text);
    m_edit->setToolTip(text);
}

void IdentifierField::detectType() {
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty())
        m_typeChosenByHand = false;
    if (!m_typeChosenByHand)
        setCurrentType(text.isEmpty() ? ParticipantType::Email : bridge::detectParticipantType(text));
}

ParticipantType IdentifierField::currentType() const {
    return ParticipantType(m_type->currentData().toInt());
}

void IdentifierField::setCurrentType(ParticipantType type) {
    const int index = m_type->findData(QVariant::fromValue(int(type)));
    if (index >= 0)
        m_type->setCurrentIndex(index);
}
