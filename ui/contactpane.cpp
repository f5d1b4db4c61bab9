#include "contactpane.h"

#include "contactdialect.h"
#include "sidepane.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace bridge;

namespace {

void clearForm(QFormLayout *form) {
    while (form->rowCount() > 0)
        form->removeRow(0);
}

} // namespace

ContactPane::ContactPane(QWidget *parent)
    : QScrollArea(parent) {
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("Contact details"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    m_title = new QLabel(body);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);

    m_fields = new QFormLayout;
    layout->addLayout(m_fields);

    auto *attributesTitle = new QLabel(tr("Custom attributes"), body);
    attributesTitle->setFont(QFont(font().family(), font().pointSize(), QFont::Bold));
    layout->addWidget(attributesTitle);
    auto *attributes = new QWidget(body);
    attributes->setObjectName(QStringLiteral("contactAttributes"));
    m_attributes = new QFormLayout(attributes);
    m_attributes->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(attributes);
    m_noAttributes = new QLabel(tr("None"), body);
    layout->addWidget(m_noAttributes);

    // Mnemonics chosen against the window's menus (File, View, Conversation, Help) and the
    // contacts view's own controls.
    m_edit = new QPushButton(tr("&Edit…"), body);
    m_edit->setObjectName(QStringLiteral("contactEdit"));
    m_conversations = new QPushButton(tr("C&onversations with This Contact"), body);
    m_conversations->setObjectName(QStringLiteral("contactConversations"));
    m_newConversation = new QPushButton(tr("New Conversa&tion…"), body);
    m_newConversation->setObjectName(QStringLiteral("contactNewConversation"));
    m_newGhost = new QPushButton(tr("New &Ghost Conversation…"), body);
    m_newGhost->setObjectName(QStringLiteral("contactNewGhost"));
    m_delete = new QPushButton(tr("De&lete…"), body);
    m_delete->setObjectName(QStringLiteral("contactDelete"));
    for (QPushButton *button : {m_edit, m_conversations, m_newConversation, m_newGhost, m_delete})
        layout->addWidget(button);
    layout->addStretch();
    setWidget(body);

    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (m_contact)
            emit editRequested(*m_contact);
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (m_contact)
            emit deleteRequested(*m_contact);
    });
    connect(m_conversations, &QPushButton::clicked, this, [this] {
        if (const auto customer = m_contact ? customerOf(*m_contact) : std::nullopt)
            emit conversationsRequested(*customer);
    });
    connect(m_newConversation, &QPushButton::clicked, this, [this] {
        if (const auto customer = m_contact ? customerOf(*m_contact) : std::nullopt)
            emit newConversationRequested(*customer, false);
    });
    connect(m_newGhost, &QPushButton::clicked, this, [this] {
        if (const auto customer = m_contact ? customerOf(*m_contact) : std::nullopt)
            emit newConversationRequested(*customer, true);
    });
    fill();
}

void ContactPane::setDialect(const ContactDialect &dialect) {
    m_delete->setVisible(dialect.supports(ContactOperation::Delete));
    m_edit->setVisible(dialect.supports(ContactOperation::Update));
}

void ContactPane::setDefinitions(const QList<AttributeDefinition> &definitions) {
    m_definitions = definitions;
    fill();
}

void ContactPane::setContact(const std::optional<Contact> &contact) {
    m_contact = contact;
    fill();
}

std::optional<ParticipantRef> ContactPane::customerOf(const Contact &contact) {
    if (!contact.email.isEmpty())
        return ParticipantRef(contact.email, ParticipantType::Email);
    if (!contact.cellphone.isEmpty())
        return ParticipantRef(contact.cellphone, ParticipantType::Phone);
    return std::nullopt;
}

QLabel *ContactPane::addValue(QFormLayout *form, const QString &name, const QString &value) {
    auto *label = new QLabel(value.isEmpty() ? tr("—") : value, widget());
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    label->setAccessibleName(name);
    form->addRow(name + QLatin1Char(':'), label);
    return label;
}

void ContactPane::fill() {
    clearForm(m_fields);
    clearForm(m_attributes);
    const bool shown = m_contact.has_value();
    const bool reachable = shown && customerOf(*m_contact).has_value();
    m_edit->setEnabled(shown);
    m_delete->setEnabled(shown);
    m_conversations->setEnabled(reachable);
    m_newConversation->setEnabled(reachable);
    m_newGhost->setEnabled(reachable);
    if (!shown) {
        m_title->setText(tr("No contact selected"));
        m_noAttributes->hide();
        return;
    }
    const Contact &c = *m_contact;
    m_title->setText(c.displayName());
    addValue(m_fields, tr("First name"), c.firstName);
    addValue(m_fields, tr("Last name"), c.lastName);
    addValue(m_fields, tr("Email"), c.email);
    addValue(m_fields, tr("Cellphone"), c.cellphone);
    if (c.type != ContactType::Unknown)
        addValue(m_fields, tr("Type"), contactTypeName(c.type));
    if (!c.languageCode.isEmpty())
        addValue(m_fields, tr("Language"), c.languageCode);
    // Ids (UUIDs in Connect) cannot wrap: flat fields that never widen the pane.
    for (const auto &[name, id] : {std::pair{tr("Owner"), c.ownerId}, std::pair{tr("ID"), c.id}}) {
        QLineEdit *field = idField(name, widget());
        showId(field, id.isEmpty() ? tr("—") : id);
        m_fields->addRow(name + QLatin1Char(':'), field);
    }
    if (c.updatedAt.isValid())
        addValue(m_fields, tr("Updated"),
                 QLocale().toString(c.updatedAt.toLocalTime(), QLocale::ShortFormat));

    const QList<NamedAttribute> named = nameAttributes(c.attributes, m_definitions);
    for (const NamedAttribute &attribute : named)
        addValue(m_attributes, attribute.name, attribute.values.join(QStringLiteral(", ")));
    m_noAttributes->setVisible(named.isEmpty());
    fitPaneToContent(this, 240);
}
