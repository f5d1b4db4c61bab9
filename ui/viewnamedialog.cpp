#include "viewnamedialog.h"

#include "fieldhint.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ViewNameDialog::ViewNameDialog(const QString &title, const QString &initial,
                               std::function<QString(const QString &)> problemOf,
                               std::function<bool(const QString &)> replacing, QWidget *parent)
    : QDialog(parent)
    , m_problemOf(std::move(problemOf))
    , m_replacing(std::move(replacing))
    , m_name(new QLineEdit(initial, this))
    , m_hint(new FieldHint(m_name, this)) {
    setWindowTitle(title);
    setWindowModality(Qt::WindowModal);
    m_name->setObjectName(QStringLiteral("viewName"));
    m_name->setAccessibleName(tr("View name"));
    m_name->selectAll();
    m_hint->setObjectName(QStringLiteral("viewNameHint"));
    auto *label = new QLabel(tr("&Name:"), this);
    label->setBuddy(m_name);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveViewButton"));
    m_saveText = m_save->text();
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!m_problemOf(name()).isEmpty())
            return;
        emit nameChosen(name());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &ViewNameDialog::validate);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addLayout(FieldHint::withHint(m_name, m_hint));
    layout->addWidget(buttons);
    setMinimumWidth(360);
    validate();
}

QString ViewNameDialog::name() const {
    return m_name->text();
}

void ViewNameDialog::validate() {
    const QString problem = m_problemOf(name());
    // An empty field is not yet a mistake: Save is off, nothing is said in red.
    m_hint->setProblem(name().isEmpty() ? QString() : problem);
    m_save->setEnabled(problem.isEmpty());
    const bool replaces = problem.isEmpty() && m_replacing && m_replacing(name());
    m_save->setText(replaces ? tr("&Replace") : m_saveText);
    m_save->setToolTip(replaces ? tr("A view of this name exists: it will show the current filters.")
                                : QString());
}
