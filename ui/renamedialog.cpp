#include "renamedialog.h"

#include "clearbutton.h"
#include "fieldhint.h"
#include "newconversation.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

RenameDialog::RenameDialog(const QString &conversationId, const QString &currentName, QWidget *parent)
    : QDialog(parent)
    , m_id(conversationId)
    , m_current(currentName)
    , m_name(new QLineEdit(currentName, this))
    , m_hint(new FieldHint(m_name, this)) {
    setWindowTitle(tr("Rename Conversation"));
    m_name->setObjectName(QStringLiteral("name"));
    ClearButton::enable(m_name);
    m_name->setPlaceholderText(tr("No name"));
    m_name->selectAll();
    m_hint->setObjectName(QStringLiteral("nameHint"));

    auto *idLabel = new QLabel(tr("Conversation %1").arg(conversationId), this);
    idLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    idLabel->setEnabled(false);

    auto *nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name);
    auto *form = new QFormLayout;
    form->addRow(nameLabel, m_name);
    form->addRow(QString(), m_hint);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_rename = buttons->addButton(tr("&Rename"), QDialogButtonBox::AcceptRole);
    m_rename->setObjectName(QStringLiteral("renameButton"));
    m_rename->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        validate();
        if (!m_rename->isEnabled())
            return;
        emit renameRequested(m_id, name());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &RenameDialog::validate);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(idLabel);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    validate();
}

QString RenameDialog::name() const {
    return m_name->text().trimmed();
}

void RenameDialog::validate() {
    const QString problem = bridge::conversationNameProblem(name());
    m_hint->setProblem(problem);
    m_rename->setEnabled(problem.isEmpty() && name() != m_current);
}
