#include "contactdialog.h"

#include "bridgeclient.h"
#include "errorbanner.h"
#include "fieldhint.h"
#include "fieldpath.h"
#include "uilogging.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace bridge;

ContactDialog::ContactDialog(BridgeClient *client, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_operation(ContactOperation::Create) {
    setWindowTitle(tr("New Contact"));
    build();
}

ContactDialog::ContactDialog(BridgeClient *client, const Contact &contact, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_operation(ContactOperation::Update)
    , m_contactId(contact.id) {
    setWindowTitle(tr("Edit Contact"));
    build();
    m_fields.value(ContactDraft::FirstName)->setText(contact.firstName);
    m_fields.value(ContactDraft::LastName)->setText(contact.lastName);
    m_fields.value(ContactDraft::Cellphone)->setText(contact.cellphone);
    m_fields.value(ContactDraft::Email)->setText(contact.email);
    m_fields.value(ContactDraft::Owner)->setText(contact.ownerId);
    refresh();
}

ContactDialog::~ContactDialog() {
    m_call.cancel();
    // Hiding in ~QDialog fires editingFinished on the focused field: nothing of ours may run then.
    const QList<QLineEdit *> edits = findChildren<QLineEdit *>();
    for (QLineEdit *edit : edits)
        disconnect(edit, nullptr, this, nullptr);
}

void ContactDialog::build() {
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 60);
    auto *layout = new QVBoxLayout(this);
    m_banner = new ErrorBanner(this);
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setDismissible(false);
    layout->addWidget(m_banner);
    auto *formWidget = new QWidget(this);
    m_form = new QFormLayout(formWidget);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->addWidget(formWidget);

    const QStringList required = m_client->contactDialect().requiredFields(m_operation);
    const auto placeholder = [&required](const QString &name, const QString &text) {
        return required.contains(name) ? text : tr("Optional");
    };
    addField(ContactDraft::FirstName, tr("&First name:"), placeholder(ContactDraft::FirstName, {}));
    addField(ContactDraft::LastName, tr("&Last name:"), placeholder(ContactDraft::LastName, {}));
    addField(ContactDraft::Cellphone, tr("Cell&phone:"), tr("+ and the country code, e.g. +15550100001"));
    addField(ContactDraft::Email, tr("&Email:"), placeholder(ContactDraft::Email, tr("name@example.com")));
    addField(ContactDraft::Owner, tr("&Owner:"), tr("Optional: the agent who owns the contact"));
    m_otherHint = new FieldHint(formWidget, formWidget);
    m_form->addRow(m_otherHint);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    layout->addWidget(buttons);
    // Save goes through submit(), never straight to accept(): accepted() is left unconnected.
    connect(m_save, &QPushButton::clicked, this, &ContactDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_fields.value(m_order.constFirst())->setFocus(Qt::OtherFocusReason);
    refresh();
}

QLineEdit *ContactDialog::addField(const QString &name, const QString &label, const QString &placeholder) {
    QWidget *parent = m_form->parentWidget();
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    auto *hint = new FieldHint(edit, parent);
    hint->setObjectName(name + QStringLiteral("Hint"));
    auto *labelWidget = new QLabel(label, parent);
    labelWidget->setBuddy(edit);
    edit->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    m_form->addRow(labelWidget, FieldHint::withHint(edit, hint));
    m_fields.insert(name, edit);
    m_hints.insert(name, hint);
    m_order.append(name);
    connect(edit, &QLineEdit::textChanged, this, &ContactDialog::refresh);
    const auto touch = [this, name] {
        m_touched.insert(name, true);
        refresh();
    };
    connect(edit, &QLineEdit::textEdited, this, touch);
    connect(edit, &QLineEdit::editingFinished, this, touch);
    return edit;
}

ContactDraft ContactDialog::draft() const {
    ContactDraft d;
    d.firstName = m_fields.value(ContactDraft::FirstName)->text().trimmed();
    d.lastName = m_fields.value(ContactDraft::LastName)->text().trimmed();
    d.cellphone = m_fields.value(ContactDraft::Cellphone)->text().trimmed();
    d.email = m_fields.value(ContactDraft::Email)->text().trimmed();
    d.ownerIdentifier = m_fields.value(ContactDraft::Owner)->text().trimmed();
    return d;
}

FieldErrors ContactDialog::problems() const {
    return m_client->contactDialect().validate(draft(), m_operation);
}

void ContactDialog::refresh() {
    QHash<QString, QString> shown;
    QStringList other;
    for (const FieldError &error : problems()) {
        const QString field = FieldPath::parse(error.field).field;
        if (!m_fields.contains(field)) {
            other.append(error.message);
        } else if (m_submitAttempted || m_touched.value(field)) {
            if (!shown.contains(field))
                shown.insert(field, error.message);
        }
    }
    for (auto it = m_hints.cbegin(); it != m_hints.cend(); ++it)
        it.value()->setProblem(shown.value(it.key()));
    m_otherHint->setProblem(m_submitAttempted ? other.join(QLatin1Char('\n')) : QString());
    m_save->setEnabled(!m_call.isRunning());
}

void ContactDialog::submit() {
    if (m_call.isRunning())
        return; // one request at a time
    m_submitAttempted = true;
    refresh();
    if (!problems().isEmpty()) {
        for (const QString &name : std::as_const(m_order)) {
            if (!m_hints.value(name)->problem().isEmpty()) {
                m_fields.value(name)->setFocus(Qt::OtherFocusReason);
                break;
            }
        }
        return;
    }
    m_banner->hide();
    m_form->parentWidget()->setEnabled(false);
    auto done = [this](const Expected<Contact> &answer) { finish(answer); };
    m_call = m_operation == ContactOperation::Update
                 ? m_client->updateContact(m_contactId, draft(), this, done)
                 : m_client->createContact(draft(), this, done);
    refresh();
}

void ContactDialog::finish(const Expected<Contact> &answer) {
    m_call = {};
    m_form->parentWidget()->setEnabled(true);
    refresh();
    if (answer.ok()) {
        emit saved(answer.value());
        accept();
        return;
    }
    m_banner->showMessage(answer.error().headline());
    m_banner->label()->setToolTip(answer.error().line());
}

void ContactDialog::done(int result) {
    if (m_call.isRunning()) {
        qCInfo(lcUi) << "contact dialog closed while its request was in flight: cancelled";
        m_call.cancel();
    }
    QDialog::done(result);
}
