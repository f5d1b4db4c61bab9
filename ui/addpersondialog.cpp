#include "addpersondialog.h"

#include "apidialect.h"
#include "clearbutton.h"
#include "fieldhint.h"
#include "participanttypebox.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using bridge::ParticipantRef;

AddPersonDialog::AddPersonDialog(const bridge::ApiDialect &dialect, PersonSide side,
                                 const bridge::Conversation &conversation, QWidget *parent)
    : QDialog(parent)
    , m_dialect(dialect)
    , m_side(side)
    , m_conversation(conversation)
    , m_identifier(new QLineEdit(this))
    , m_type(new ParticipantTypeBox(this))
    , m_hint(new FieldHint(m_identifier, this)) {
    const bool customer = side == PersonSide::Customer;
    setWindowTitle(customer ? tr("Add Customer") : tr("Add Agent"));
    const QString what = conversation.name.isEmpty() ? conversation.id : conversation.name;
    auto *intro = new QLabel(customer ? tr("A customer to add to “%1”:").arg(what)
                                      : tr("An agent to add to “%1”:").arg(what),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    const QList<bridge::ParticipantType> types = customer ? dialect.customerTypes() : dialect.agentTypes();
    m_identifier->setObjectName(QStringLiteral("identifier"));
    m_identifier->setPlaceholderText(ParticipantTypeBox::examples(types));
    m_identifier->setMinimumWidth(m_identifier->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 36);
    ClearButton::enable(m_identifier);
    m_type->setObjectName(QStringLiteral("type"));
    m_type->setTypes(types);
    m_type->setAccessibleName(customer ? tr("Customer identifier type") : tr("Agent identifier type"));
    m_hint->setObjectName(QStringLiteral("identifierHint"));
    auto *line = new QHBoxLayout;
    line->addWidget(m_identifier, 1);
    line->addWidget(m_type);
    auto *label = new QLabel(customer ? tr("C&ustomer:") : tr("&Agent:"), this);
    label->setBuddy(m_identifier);
    auto *form = new QFormLayout;
    form->addRow(label, FieldHint::withHint(line, m_hint));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_add = buttons->addButton(tr("A&dd"), QDialogButtonBox::AcceptRole);
    m_add->setObjectName(QStringLiteral("addButton"));
    m_add->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        refresh();
        if (!m_add->isEnabled())
            return;
        emit personChosen(m_conversation, m_side, person());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_identifier, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (!m_typeChosen)
            m_type->setType(ParticipantTypeBox::likely(text, m_type->types()));
        refresh();
    });
    connect(m_type, &QComboBox::activated, this, [this] {
        m_typeChosen = true;
        refresh();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setTabOrder(m_identifier, m_type);
    m_identifier->setFocus(Qt::OtherFocusReason);
    refresh();
}

ParticipantRef AddPersonDialog::person() const {
    return ParticipantRef(m_identifier->text().trimmed(), m_type->type());
}

bridge::ConversationUpdate AddPersonDialog::update() const {
    bridge::ConversationUpdate update;
    (m_side == PersonSide::Customer ? update.addCustomers : update.addAgents).append(person());
    return update;
}

QString AddPersonDialog::problem() const {
    const ParticipantRef p = person();
    if (p.identifier.isEmpty())
        return QString();
    const QList<bridge::Participant> &already = m_side == PersonSide::Customer
                                                    ? m_conversation.externalParticipants
                                                    : m_conversation.internalParticipants;
    for (const bridge::Participant &q : already) {
        if (q.identifier.compare(p.identifier, Qt::CaseInsensitive) == 0)
            return tr("%1 is already on this conversation.").arg(q.identifier);
    }
    const bridge::FieldErrors errors = m_dialect.validate(update());
    return errors.isEmpty() ? QString() : errors.constFirst().message;
}

void AddPersonDialog::refresh() {
    const QString why = problem();
    m_hint->setProblem(why);
    m_add->setEnabled(!person().identifier.isEmpty() && why.isEmpty());
}
