#include "profileswitcher.h"

#include "profilemanager.h"
#include "settingsdialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>

namespace {
constexpr int kNewProfile = 1; //!< Qt::UserRole + 1 marks the "New Profile…" entry
}

ProfileSwitcher::ProfileSwitcher(bridge::ProfileManager *manager, QWidget *parent)
    : QWidget(parent)
    , m_manager(manager)
    , m_box(new QComboBox(this)) {
    m_box->setObjectName(QStringLiteral("profileBox"));
    m_box->setAccessibleName(tr("Profile"));
    m_box->setToolTip(tr("Switch to another workspace connection"));
    m_box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *label = new QLabel(tr("&Profile:"), this);
    label->setBuddy(m_box);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(6);
    layout->addWidget(label);
    layout->addWidget(m_box);

    connect(m_box, &QComboBox::activated, this, [this](int index) {
        if (m_box->itemData(index, Qt::UserRole + 1).toInt() == kNewProfile) {
            reload(); // back to the current profile while the dialogs are open
            newProfile();
            return;
        }
        const QString name = m_box->itemData(index).toString();
        if (!name.isEmpty() && name != m_manager->current())
            m_manager->switchTo(name);
    });
    connect(manager, &bridge::ProfileManager::profilesChanged, this, &ProfileSwitcher::reload);
    connect(manager, &bridge::ProfileManager::switching, this, &ProfileSwitcher::reload);
    reload();
}

void ProfileSwitcher::reload() {
    const QSignalBlocker blocker(m_box);
    m_box->clear();
    const QString current = m_manager->current();
    for (const QString &name : m_manager->profiles()) {
        m_box->addItem(name, name);
        if (name == current)
            m_box->setCurrentIndex(m_box->count() - 1);
    }
    m_box->insertSeparator(m_box->count());
    m_box->addItem(tr("New Profile…"));
    m_box->setItemData(m_box->count() - 1, kNewProfile, Qt::UserRole + 1);
}

void ProfileSwitcher::newProfile() {
    auto *ask = new QInputDialog(window());
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowTitle(tr("New Profile"));
    ask->setLabelText(tr("Name of the new profile (e.g. the workspace or the customer):"));
    ask->setInputMode(QInputDialog::TextInput);
    connect(ask, &QInputDialog::textValueSelected, this, [this](const QString &text) {
        const QString name = text.trimmed();
        const QString problem = m_manager->nameProblem(name);
        if (!problem.isEmpty()) {
            auto *box =
                new QMessageBox(QMessageBox::Warning, tr("New Profile"), problem, QMessageBox::Ok, window());
            box->setAttribute(Qt::WA_DeleteOnClose);
            connect(box, &QMessageBox::finished, this, &ProfileSwitcher::newProfile);
            box->open();
            return;
        }
        askCredentials(name);
    });
    ask->open();
}

void ProfileSwitcher::askCredentials(const QString &name) {
    auto *dialog = new SettingsDialog(m_manager->credentialStore(name), window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("New Profile “%1”").arg(name));
    dialog->setSettings({});
    connect(dialog, &SettingsDialog::saved, this, [this, name] {
        m_manager->switchTo(name);
        reload();
    });
    dialog->open();
}
