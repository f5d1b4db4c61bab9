#include "shortcutsdialog.h"

#include "fieldhint.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

const char *const DefaultProperty = "defaultShortcut";

QString textOf(const QAction *action) {
    QString text = action->text();
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

//! The window's actions whose keys the agent may change.
QList<QAction *> editable(QWidget *window) {
    QList<QAction *> out;
    for (QAction *action : window->actions()) {
        if (action->objectName().isEmpty() || action->text().isEmpty() || action->isSeparator() ||
            action->property("shortcutFixed").toBool())
            continue;
        if (!action->property(DefaultProperty).isValid()) // the key it was made with
            action->setProperty(DefaultProperty, action->shortcut().toString(QKeySequence::PortableText));
        out.append(action);
    }
    return out;
}

} // namespace

bridge::ShortcutScheme ShortcutsDialog::schemeOf(QWidget *window) {
    bridge::ShortcutScheme scheme;
    for (QAction *action : editable(window))
        scheme.addCommand(action->objectName(), textOf(action), action->property(DefaultProperty).toString());
    return scheme;
}

void ShortcutsDialog::applyStored(QWidget *window) {
    bridge::ShortcutScheme scheme = schemeOf(window);
    QSettings settings;
    scheme.load(settings);
    for (QAction *action : editable(window)) {
        const QString key = scheme.key(action->objectName());
        // An action with several keys keeps its alternates while its first key is the one wanted.
        if (bridge::ShortcutScheme::normalized(action->shortcut().toString(QKeySequence::PortableText)) !=
            bridge::ShortcutScheme::normalized(key))
            action->setShortcut(QKeySequence(key, QKeySequence::PortableText));
    }
}

QAction *ShortcutsDialog::install(QWidget *window, QAction *before) {
    auto *open = new QAction(tr("&Keyboard Shortcuts…"), window);
    open->setObjectName(QStringLiteral("keyboardShortcuts"));
    window->addAction(open);
    if (before) {
        for (QObject *owner : before->associatedObjects()) {
            if (auto *menu = qobject_cast<QMenu *>(owner)) {
                const QList<QAction *> actions = menu->actions();
                const qsizetype at = actions.indexOf(before);
                menu->insertAction(actions.value(at + 1), open); // right after it
                break;
            }
        }
    }
    connect(open, &QAction::triggered, window, [window] {
        auto *dialog = new ShortcutsDialog(window);
        dialog->setObjectName(QStringLiteral("shortcutsDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    applyStored(window);
    return open;
}

ShortcutsDialog::ShortcutsDialog(QWidget *window)
    : QDialog(window)
    , m_window(window)
    , m_list(new QTreeWidget(this))
    , m_edit(new QKeySequenceEdit(this))
    , m_hint(new FieldHint(m_edit, this))
    , m_clear(new QPushButton(tr("C&lear"), this))
    , m_reset(new QPushButton(tr("&Reset to Default"), this)) {
    setWindowTitle(tr("Keyboard Shortcuts"));
    setWindowModality(Qt::WindowModal);
    m_list->setObjectName(QStringLiteral("shortcutList"));
    m_list->setAccessibleName(tr("Commands and their shortcuts"));
    m_list->setHeaderLabels({tr("Command"), tr("Shortcut")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_edit->setObjectName(QStringLiteral("shortcutEdit"));
    m_edit->setAccessibleName(tr("New shortcut"));
    m_hint->setObjectName(QStringLiteral("shortcutHint"));
    m_reset->setObjectName(QStringLiteral("resetShortcut"));
    auto *restoreAll = new QPushButton(tr("Restore &All Defaults"), this);
    restoreAll->setObjectName(QStringLiteral("restoreAllShortcuts"));
    auto *label = new QLabel(tr("&Shortcut for the selected command (press the keys):"), this);
    label->setBuddy(m_edit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto *row = new QHBoxLayout;
    row->addWidget(m_edit, 1);
    row->addWidget(m_clear);
    row->addWidget(m_reset);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(restoreAll);
    bottom->addStretch(1);
    bottom->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(label);
    layout->addLayout(FieldHint::withHint(row, m_hint));
    layout->addLayout(bottom);
    resize(520, 560);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ShortcutsDialog::showCurrent);
    connect(m_edit, &QKeySequenceEdit::keySequenceChanged, this, [this](const QKeySequence &sequence) {
        if (m_showing || sequence.isEmpty())
            return;
        // One chord, as every shortcut of the window is: the key just pressed, shown alone.
        const QKeySequence pressed(sequence[sequence.count() - 1]);
        m_showing = true;
        m_edit->setKeySequence(pressed);
        m_showing = false;
        tryKey(pressed.toString(QKeySequence::PortableText));
    });
    connect(m_clear, &QPushButton::clicked, this, [this] { tryKey({}); });
    connect(m_reset, &QPushButton::clicked, this, [this] {
        m_scheme.resetToDefault(currentId());
        commit();
    });
    connect(restoreAll, &QPushButton::clicked, this, [this] {
        m_scheme.resetAll();
        commit();
    });

    m_scheme = schemeOf(window);
    QSettings settings;
    m_scheme.load(settings);
    fill();
    m_list->setCurrentItem(m_list->topLevelItem(0));
}

QString ShortcutsDialog::currentId() const {
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

void ShortcutsDialog::fill() {
    const QString current = currentId();
    m_list->clear();
    for (const auto &command : m_scheme.commands()) {
        const QString key =
            QKeySequence(command.key, QKeySequence::PortableText).toString(QKeySequence::NativeText);
        auto *item = new QTreeWidgetItem(m_list, {command.name, key});
        item->setData(0, Qt::UserRole, command.id);
        item->setData(0, Qt::AccessibleTextRole,
                      key.isEmpty() ? tr("%1, no shortcut").arg(command.name)
                                    : command.name + QStringLiteral(", ") + key);
        if (!m_scheme.isDefault(command.id)) {
            QFont bold = item->font(1);
            bold.setBold(true); // changed from its default
            item->setFont(1, bold);
        }
        if (command.id == current)
            m_list->setCurrentItem(item);
    }
}

void ShortcutsDialog::showCurrent() {
    const QString id = currentId();
    m_showing = true;
    m_edit->setKeySequence(QKeySequence(m_scheme.key(id), QKeySequence::PortableText));
    m_showing = false;
    m_hint->setProblem({});
    m_reset->setEnabled(!id.isEmpty() && !m_scheme.isDefault(id));
    m_clear->setEnabled(!id.isEmpty() && !m_scheme.key(id).isEmpty());
}

void ShortcutsDialog::tryKey(const QString &key) {
    const QString id = currentId();
    if (id.isEmpty())
        return;
    const QString holder = m_scheme.holderOf(key, id);
    if (!holder.isEmpty()) {
        m_hint->setProblem(
            tr("%1 is already the shortcut of “%2”. Give that command another key first.")
                .arg(QKeySequence(key, QKeySequence::PortableText).toString(QKeySequence::NativeText),
                     holder));
        return;
    }
    m_scheme.set(id, key);
    commit();
}

void ShortcutsDialog::commit() {
    QSettings settings;
    m_scheme.save(settings);
    applyStored(m_window);
    fill();
    showCurrent();
}
